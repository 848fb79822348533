package nl.plein.identity.web;

import nl.plein.identity.TokenStatus;

/** The view records of RegistrationController's pages, apart from the controller so templates never depend on it. */
public final class RegistrationViews {

    private RegistrationViews() {}

    /** What the form shows again after a mistake; the password is never sent back. */
    public record RegistrationForm(String email, String displayName, boolean adult, boolean terms) {}

    /** The page behind a link from a mail: the token for the button, or why the link no longer works. */
    public record LinkPage(String token, TokenStatus status) {}
}
