package nl.plein.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a person goes back to after logging in: the page whose "Log in om ..." link they followed. Only a path
 * on this site is accepted, so the parameter cannot send anyone to another site ("//evil.example", "https:").
 */
public final class ReturnPath {

    /** The login form's field that carries the page. */
    public static final String PARAMETER = "terug";

    private static final int MAX_LENGTH = 2000;

    private ReturnPath() {}

    public static Optional<String> local(String value) {
        if (value == null
                || value.length() > MAX_LENGTH
                || !value.startsWith("/")
                || value.startsWith("//")
                || value.contains("\\")
                || value.chars().anyMatch(Character::isISOControl)
                || value.startsWith("/inloggen")
                || value.startsWith("/uitloggen")
                || value.startsWith("/registreren")
                || value.startsWith("/wachtwoord")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The login page's address that comes back to {@code path}, or the plain login page for a path not allowed. */
    public static String loginLink(String path) {
        return local(path)
                .map(p -> "/inloggen?" + PARAMETER + "=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                .orElse("/inloggen");
    }
}
