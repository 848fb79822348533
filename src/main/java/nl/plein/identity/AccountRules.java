package nl.plein.identity;

import java.util.Locale;
import nl.plein.shared.FieldErrors;

/** The checks on account fields, shared by registration, account page, reset and staff management. */
final class AccountRules {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;
    static final int MAX_NAME = 80;
    static final int MAX_EMAIL = nl.plein.shared.EmailAddress.MAX_LENGTH;

    private AccountRules() {}

    static String normalise(String email) {
        return email == null ? "" : email.trim();
    }

    static boolean sameEmail(String a, String b) {
        return normalise(a).toLowerCase(Locale.ROOT).equals(normalise(b).toLowerCase(Locale.ROOT));
    }

    static void email(FieldErrors errors, String field, String email) {
        String value = normalise(email);
        errors.rejectIf(value.isEmpty(), field, "error.email.required")
                .rejectIf(value.length() > MAX_EMAIL, field, "error.email.tooLong")
                .rejectIf(
                        value.length() <= MAX_EMAIL && !nl.plein.shared.EmailAddress.plausible(value),
                        field,
                        "error.email.invalid");
    }

    static void displayName(FieldErrors errors, String field, String name) {
        errors.rejectIf(FieldErrors.isBlank(name), field, "error.displayName.required")
                .rejectIf(name != null && name.trim().length() > MAX_NAME, field, "error.displayName.tooLong");
    }

    /** At least ten characters and not the e-mail address: length beats forced symbols (NIST SP 800-63B). */
    static void newPassword(FieldErrors errors, String field, String password, String email) {
        String value = password == null ? "" : password;
        errors.rejectIf(value.length() < MIN_PASSWORD, field, "error.password.tooShort")
                .rejectIf(value.length() > MAX_PASSWORD, field, "error.password.tooLong")
                .rejectIf(sameEmail(value, email), field, "error.password.sameAsEmail");
    }
}
