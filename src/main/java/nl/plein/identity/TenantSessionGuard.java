package nl.plein.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisation;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session belongs to the organisation it was made in. Should it ever arrive at another
 * organisation's hostname, the request is treated as anonymous there.
 */
class TenantSessionGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Organisation organisation = CurrentOrganisation.of(request);
        PleinPrincipal.current()
                .filter(principal -> organisation == null || !principal.organisationId().equals(organisation.id()))
                .ifPresent(foreign -> SecurityContextHolder.clearContext());
        chain.doFilter(request, response);
    }
}
