package nl.plein.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.plein.identity.PleinPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Keeps the session's principal in step with the account after the person changes it. */
final class SignedIn {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SignedIn() {}

    static PleinPrincipal person() {
        return PleinPrincipal.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }

    /** Replaces the principal in the session, e.g. so the header shows a changed name at once. */
    static void refresh(PleinPrincipal updated, HttpServletRequest request, HttpServletResponse response) {
        updated.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        authentication.setDetails(
                SecurityContextHolder.getContext().getAuthentication() == null
                        ? null
                        : SecurityContextHolder.getContext().getAuthentication().getDetails());
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }

    static void logout(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }
}
