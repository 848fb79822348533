package nl.plein.discussion;

import nl.plein.shared.FieldErrors;

/** A post refused its input; the errors name the fields, so the form shows them there. */
public class DiscussionFormException extends RuntimeException {

    private final transient FieldErrors errors;

    public DiscussionFormException(FieldErrors errors) {
        super("Invalid contribution: " + errors.asMap());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
