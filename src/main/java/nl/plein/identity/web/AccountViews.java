package nl.plein.identity.web;

import nl.plein.shared.FieldErrors;

/** The view records of AccountController's pages, apart from the controller so templates never depend on it. */
public final class AccountViews {

    private AccountViews() {}

    /**
     * The account page: the four forms, which of them (if any) failed with which errors, and what the
     * person typed there. Passwords are never sent back.
     */
    public record AccountPage(
            String displayName,
            String email,
            String notice,
            String failedForm,
            FieldErrors errors,
            String typedName,
            String typedEmail,
            boolean deleteConfirmed) {
        public FieldErrors errorsOf(String form) {
            return form.equals(failedForm) ? errors : new FieldErrors();
        }
    }
}
