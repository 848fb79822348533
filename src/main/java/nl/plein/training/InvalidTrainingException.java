package nl.plein.training;

import nl.plein.shared.FieldErrors;

/** Input that breaks a rule, with the fields it concerns. */
public class InvalidTrainingException extends RuntimeException {

    private final transient FieldErrors errors;

    public InvalidTrainingException(FieldErrors errors) {
        super("Invalid: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
