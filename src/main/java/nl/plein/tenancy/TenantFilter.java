package nl.plein.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the organisation from the request's hostname before anything else runs (security
 * included), so that every later step is scoped to one organisation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantFilter extends OncePerRequestFilter {

    private final Organisations organisations;
    private final TenancyProperties properties;

    TenantFilter(Organisations organisations, TenancyProperties properties) {
        this.organisations = organisations;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Organisation> organisation = organisations.byHost(request.getServerName());
        if (organisation.isEmpty() && properties.fallbackToDefault()) {
            organisation = organisations.fallback(properties.defaultOrganisation());
        }
        if (organisation.isEmpty()) {
            // No organisation means no layout to render an error page in: answer plainly.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Onbekende site / Unknown site\n");
            return;
        }
        request.setAttribute(CurrentOrganisation.ATTRIBUTE, organisation.get());
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
