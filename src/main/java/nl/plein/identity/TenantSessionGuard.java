package nl.plein.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisation;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session belongs to the organisation it was made in. Should it ever arrive at another
 * organisation's hostname, the request is treated as anonymous there.
 *
 * <p>The session also holds the person as they were at login. Each request checks that against the
 * account as it is now: roles an admin took away stop working at once, not at the next login, and
 * the sessions of a deleted account end, and so do sessions made before a password change or reset.
 */
class TenantSessionGuard extends OncePerRequestFilter {

    private final Accounts accounts;

    TenantSessionGuard(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Organisation organisation = CurrentOrganisation.of(request);
        Optional<PleinPrincipal> signedIn = PleinPrincipal.current();
        if (signedIn.isPresent()) {
            PleinPrincipal session = signedIn.get();
            if (organisation == null || !session.organisationId().equals(organisation.id())) {
                SecurityContextHolder.clearContext();
            } else {
                Optional<PleinPrincipal> now = accounts.current(organisation.id(), session.accountId());
                if (now.isEmpty()
                        || !now.get().isEnabled()
                        || now.get().credentialsVersion() != session.credentialsVersion()) {
                    SecurityContextHolder.clearContext();
                    HttpSession httpSession = request.getSession(false);
                    if (httpSession != null) {
                        httpSession.invalidate();
                    }
                } else if (changed(session, now.get())) {
                    // For this request only; the next one checks again, so nothing stale is kept.
                    var previous = SecurityContextHolder.getContext().getAuthentication();
                    var refreshed = UsernamePasswordAuthenticationToken.authenticated(
                            now.get(), null, now.get().getAuthorities());
                    refreshed.setDetails(previous.getDetails());
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(refreshed);
                    SecurityContextHolder.setContext(context);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean changed(PleinPrincipal before, PleinPrincipal now) {
        return !before.roles().equals(now.roles())
                || !Objects.equals(before.email(), now.email())
                || !Objects.equals(before.displayName(), now.displayName());
    }
}
