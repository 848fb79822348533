package nl.plein.notification;

import java.util.List;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where links in mails point: the address the current request came in on when it belongs to the same
 * organisation (so a test's or proxy's port and scheme are kept), else https on the organisation's
 * first hostname, for mails made by a scheduler.
 */
@Component
class SiteLinks {

    private final Organisations organisations;
    private final CurrentOrganisation currentOrganisation;

    SiteLinks(Organisations organisations, CurrentOrganisation currentOrganisation) {
        this.organisations = organisations;
        this.currentOrganisation = currentOrganisation;
    }

    String baseUrl(OrganisationId org) {
        if (RequestContextHolder.getRequestAttributes() != null) {
            try {
                if (currentOrganisation.id().equals(org)) {
                    return ServletUriComponentsBuilder.fromCurrentContextPath()
                            .build()
                            .toUriString();
                }
            } catch (IllegalStateException noOrganisation) {
                // a request outside any organisation: fall through to the hostname
            }
        }
        List<String> hosts = organisations.hostnames(org);
        return "https://" + (hosts.isEmpty() ? "localhost" : hosts.getFirst());
    }
}
