package nl.plein.mail.web;

import java.util.List;
import nl.plein.mail.MailOutbox;

/**
 * @param retried the id of the mail just put back in the queue, or null
 * @param shown the id of the mail whose links the platform admin opened, or null: all others are masked
 */
public record OutboxView(
        List<MailOutbox.Mail> mails, long total, int page, int pages, boolean smtpEnabled, Long retried, Long shown) {

    public boolean linksShown(long mailId) {
        return shown != null && shown == mailId;
    }

    /** PENDING, SENT or FAILED, as the database's check constraint allows. */
    public static String statusKey(String status) {
        return "outbox.status." + status;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
