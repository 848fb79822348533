package nl.plein.decision;

import nl.plein.shared.FieldErrors;

/** The form had errors; nothing was saved. */
public class InvalidDecisionException extends RuntimeException {

    private final transient FieldErrors errors;

    InvalidDecisionException(FieldErrors errors) {
        super("Invalid decision: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
