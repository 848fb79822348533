package nl.plein.idea;

import nl.plein.shared.FieldErrors;

/** An idea form refused its input; the errors name the fields. */
public class IdeaFormException extends RuntimeException {

    private final transient FieldErrors errors;

    public IdeaFormException(FieldErrors errors) {
        super("Invalid idea: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
