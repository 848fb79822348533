package nl.plein.identity.web;

/** The view records of LoginController's pages, apart from the controller so templates never depend on it. */
public final class LoginViews {

    private LoginViews() {}

    /** What the login page shows: the address typed so far and, after a failure, why. */
    public record LoginForm(String email, String error, long waitSeconds, String notice, String returnTo) {}
}
