package nl.plein.platform.web;

import java.util.List;
import nl.plein.shared.FieldErrors;
import nl.plein.tenancy.Organisation;

/** The view records of PlatformOrganisationsController's pages, apart from the controller so templates never depend on it. */
public final class PlatformOrganisationsViews {

    private PlatformOrganisationsViews() {}

    public record Row(Organisation organisation, List<String> hostnames) {}

    public record HostnamesView(Organisation organisation, String hostnames, FieldErrors errors, boolean saved) {}
}
