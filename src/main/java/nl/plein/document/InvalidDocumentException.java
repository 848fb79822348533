package nl.plein.document;

import nl.plein.shared.FieldErrors;

/** Input that breaks a rule; the errors name the fields so the page shows them there. */
public class InvalidDocumentException extends RuntimeException {

    private final transient FieldErrors errors;

    public InvalidDocumentException(FieldErrors errors) {
        super("Invalid: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
