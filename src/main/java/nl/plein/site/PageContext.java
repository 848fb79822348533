package nl.plein.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.ReturnPath;
import nl.plein.identity.StaffRole;
import nl.plein.tenancy.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every template needs besides its own model: who is asking, for which organisation, in which
 * language. Templates translate with {@link #t}; forms take their CSRF field from {@link #csrf}.
 */
public final class PageContext {

    private final HttpServletRequest request;
    private final Organisation organisation;
    private final Optional<PleinPrincipal> user;
    private final Locale locale;
    private final MessageSource messages;

    PageContext(
            HttpServletRequest request,
            Organisation organisation,
            Optional<PleinPrincipal> user,
            Locale locale,
            MessageSource messages) {
        this.request = request;
        this.organisation = organisation;
        this.user = user;
        this.locale = locale;
        this.messages = messages;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The translation of {@code key}, or {@code otherwise} where the bundles have none (a code from elsewhere). */
    public String tOr(String key, String otherwise) {
        return key == null ? otherwise : messages.getMessage(key, null, otherwise, locale);
    }

    public Organisation organisation() {
        return organisation;
    }

    public Optional<PleinPrincipal> user() {
        return user;
    }

    public boolean signedIn() {
        return user.isPresent();
    }

    public boolean staff() {
        return user.map(PleinPrincipal::isStaff).orElse(false);
    }

    public boolean has(StaffRole role) {
        return user.map(u -> u.has(role)).orElse(false);
    }

    public String lang() {
        return locale.getLanguage();
    }

    /**
     * The language of what staff and residents wrote (Dutch), for a {@code lang} attribute on it while the site
     * speaks English, so a screen reader pronounces it as Dutch; null (inherit) when the site speaks Dutch.
     */
    public String contentLang() {
        return english() ? "nl" : null;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    public String path() {
        return request.getRequestURI();
    }

    /** The login link that brings the person back to this page (a page shown after a POST goes to its GET). */
    public String loginLink() {
        String query = request.getQueryString();
        boolean get = "GET".equals(request.getMethod());
        return ReturnPath.loginLink(request.getRequestURI() + (get && query != null ? "?" + query : ""));
    }

    /** The current address with the language switched, so a switch keeps the user where they are. */
    public String switchLanguageUrl() {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod())) {
            // A form answered with errors has a POST-only address; switch on the page the form was on.
            URI from = referer();
            path = from == null
                            || from.getRawPath() == null
                            || !from.getRawPath().startsWith("/")
                            || from.getRawPath().startsWith("//")
                    ? "/"
                    : from.getRawPath();
            query = from == null ? null : from.getRawQuery();
        }
        String kept =
                query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + (english() ? "nl" : "en");
    }

    /** Only the path and query of the Referer are used, never its host: the link stays on this site. */
    private URI referer() {
        String referer = request.getHeader("Referer");
        try {
            return referer == null ? null : URI.create(referer);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Loaded on use only, so pages without forms create no session. */
    public CsrfToken csrf() {
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    /** Whether this browser is a public kiosk (see {@link KioskMode}). */
    public boolean kiosk() {
        return request.getAttribute(KioskMode.ON_ATTRIBUTE) != null;
    }

    /** Seconds without use after which a kiosk page ends the session (plein.kiosk.idle). */
    public long kioskIdle() {
        return request.getAttribute(KioskMode.IDLE_ATTRIBUTE) instanceof Long seconds ? seconds : 0;
    }

    public boolean inBackOffice() {
        return request.getRequestURI().startsWith("/beheer");
    }

    public boolean current(String prefix) {
        String path = request.getRequestURI();
        return prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
    }
}
