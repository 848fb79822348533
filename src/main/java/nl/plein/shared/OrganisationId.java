package nl.plein.shared;

import java.io.Serializable;

/** The tenant key. Every row of tenant data carries it, and every query filters on it. */
public record OrganisationId(long value) implements Serializable {

    public OrganisationId {
        if (value <= 0) {
            throw new IllegalArgumentException("organisation id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
