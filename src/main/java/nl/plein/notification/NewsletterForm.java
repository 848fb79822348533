package nl.plein.notification;

/** A newsletter as staff typed it; {@code audience} is "project-{id}" or "area-{id}". */
public record NewsletterForm(String audience, String subject, String body, String requestKey) {

    public NewsletterForm {
        audience = strip(audience);
        subject = strip(subject);
        body = body == null ? "" : body.strip();
        requestKey = strip(requestKey);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
