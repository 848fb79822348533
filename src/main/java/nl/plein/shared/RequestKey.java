package nl.plein.shared;

import java.util.UUID;

/**
 * The random key a form carries so a double submit is stored once: the second submit with the same key
 * finds the first one's row.
 */
public final class RequestKey {

    private RequestKey() {}

    /** The form's key, or null when it is missing or not a UUID (the submit then counts on its own). */
    public static UUID parse(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
