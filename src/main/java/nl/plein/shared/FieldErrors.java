package nl.plein.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validation result of a form: field name to message key. Templates translate the keys, so a
 * message always appears in the user's language, beside the field it belongs to.
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public FieldErrors rejectIf(boolean condition, String field, String messageKey) {
        return condition ? reject(field, messageKey) : this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String get(String field) {
        return errors.get(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> asMap() {
        return Map.copyOf(errors);
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
