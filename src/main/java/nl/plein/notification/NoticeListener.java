package nl.plein.notification;

import nl.plein.shared.Notice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Stores a notice's notifications just before the publisher's transaction commits, in that
 * transaction: the notifications (and their outbox mails) exist exactly when the change does.
 */
@Component
class NoticeListener {

    private final Notifications notifications;

    NoticeListener(Notifications notifications) {
        this.notifications = notifications;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(Notice notice) {
        notifications.deliver(notice);
    }
}
