package nl.plein.moderation;

import nl.plein.shared.FieldErrors;

/** A moderation form refused its input; the errors name the fields. */
public class ModerationFormException extends RuntimeException {

    private final transient FieldErrors errors;

    public ModerationFormException(FieldErrors errors) {
        super("Invalid form: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
