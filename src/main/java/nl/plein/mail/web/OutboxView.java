package nl.plein.mail.web;

import java.util.List;
import nl.plein.mail.MailOutbox;

/** @param retried the id of the mail just put back in the queue, or null */
public record OutboxView(
        List<MailOutbox.Mail> mails, long total, int page, int pages, boolean smtpEnabled, Long retried) {

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
