package nl.plein.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Kiosk mode for a public device (a laptop in the library, a tablet at a meeting): staff switch it on for that
 * browser with a cookie. On it, a session ends after {@code plein.kiosk.idle} without use: the page warns first
 * and then ends the session itself (kiosk.js, through the logout form); without JavaScript the server forgets the
 * session a minute later anyway. So nobody finds the previous person's account or answers.
 */
@Component
class KioskMode extends OncePerRequestFilter {

    static final String COOKIE = "plein-kiosk";
    static final String ON_ATTRIBUTE = KioskMode.class.getName() + ".on";
    static final String IDLE_ATTRIBUTE = KioskMode.class.getName() + ".idle";

    /** The server keeps a kiosk session this much longer than the page waits, so the page's own logout works. */
    static final Duration SERVER_MARGIN = Duration.ofMinutes(1);

    private final Duration idle;

    KioskMode(@Value("${plein.kiosk.idle:2m}") Duration idle) {
        this.idle = idle;
    }

    static boolean on(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "1".equals(cookie.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    static Cookie cookie(boolean on) {
        var cookie = new Cookie(COOKIE, on ? "1" : "");
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(on ? (int) Duration.ofDays(365).toSeconds() : 0);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(IDLE_ATTRIBUTE, idle.toSeconds());
        if (!on(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ON_ATTRIBUTE, Boolean.TRUE);
        shorten(request.getSession(false));
        try {
            chain.doFilter(request, response);
        } finally {
            // A session made during this request (a login) is shortened too.
            shorten(request.getSession(false));
        }
    }

    private void shorten(HttpSession session) {
        if (session != null) {
            try {
                session.setMaxInactiveInterval((int) idle.plus(SERVER_MARGIN).toSeconds());
            } catch (IllegalStateException invalidated) {
                // Logged out during this request: nothing left to shorten.
            }
        }
    }
}
