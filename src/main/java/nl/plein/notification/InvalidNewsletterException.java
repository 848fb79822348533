package nl.plein.notification;

import nl.plein.shared.FieldErrors;

/** The newsletter form had errors; nothing was sent. */
public class InvalidNewsletterException extends RuntimeException {

    private final transient FieldErrors errors;

    InvalidNewsletterException(FieldErrors errors) {
        super("Invalid newsletter: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
