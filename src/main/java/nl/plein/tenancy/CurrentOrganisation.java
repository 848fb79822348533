package nl.plein.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import nl.plein.shared.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The organisation the current request belongs to, as resolved from its hostname. */
@Component
public class CurrentOrganisation {

    static final String ATTRIBUTE = CurrentOrganisation.class.getName();

    public Organisation get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object organisation =
                attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (organisation == null) {
            throw new IllegalStateException("No organisation resolved for this request");
        }
        return (Organisation) organisation;
    }

    public OrganisationId id() {
        return get().id();
    }

    public static Organisation of(HttpServletRequest request) {
        return (Organisation) request.getAttribute(ATTRIBUTE);
    }
}
