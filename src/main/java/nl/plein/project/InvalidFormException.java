package nl.plein.project;

import nl.plein.shared.FieldErrors;

/** A command refused its input; the errors name the fields, so the form can show them there. */
public class InvalidFormException extends RuntimeException {

    private final transient FieldErrors errors;

    public InvalidFormException(FieldErrors errors) {
        super("Invalid form: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
