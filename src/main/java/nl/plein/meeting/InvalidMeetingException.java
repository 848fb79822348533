package nl.plein.meeting;

import nl.plein.shared.FieldErrors;

/** A form that breaks a rule; the errors name the fields, so the page can show them there. */
public class InvalidMeetingException extends RuntimeException {

    private final transient FieldErrors errors;

    public InvalidMeetingException(FieldErrors errors) {
        super("Invalid: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
