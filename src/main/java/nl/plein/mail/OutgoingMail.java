package nl.plein.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mail to put in the outbox, with optional extra headers (such as {@code List-Unsubscribe}) and
 * attachments (such as an iCalendar file). Build it with {@link #to(String, String, String)}.
 */
public record OutgoingMail(
        String recipient, String subject, String body, Map<String, String> headers, List<Attachment> attachments) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
        attachments = List.copyOf(attachments);
    }

    public static OutgoingMail to(String recipient, String subject, String body) {
        return new OutgoingMail(recipient, subject, body, Map.of(), List.of());
    }

    public OutgoingMail withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(recipient, subject, body, more, attachments);
    }

    public OutgoingMail withAttachment(String filename, String contentType, byte[] content) {
        var more = new java.util.ArrayList<>(attachments);
        more.add(new Attachment(filename, contentType, content));
        return new OutgoingMail(recipient, subject, body, headers, more);
    }

    /** {@code contentType} may carry parameters, e.g. {@code text/calendar; method=REQUEST}. */
    public record Attachment(String filename, String contentType, byte[] content) {}
}
