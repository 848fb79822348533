package nl.plein.demo;

import java.util.List;
import nl.plein.identity.PleinPrincipal;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;

/**
 * One capability's share of the demo municipality (panel, surveys, discussions, ...): a bean in this
 * module, run in {@link org.springframework.core.annotation.Order} after the organisation, its staff and
 * projects exist, in the same transaction, so the demo is all there or not at all.
 */
interface DemoPart {

    void create(DemoMunicipality municipality);

    /** What a part builds on; the staff members are signed-in persons for audit entries. */
    record DemoMunicipality(
            OrganisationId organisation,
            List<Area> areas,
            PleinPrincipal admin,
            PleinPrincipal projectManager,
            PleinPrincipal moderator,
            PleinPrincipal analyst,
            PleinPrincipal resident) {}
}
