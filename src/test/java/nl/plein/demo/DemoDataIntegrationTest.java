package nl.plein.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import nl.plein.identity.Accounts;
import nl.plein.identity.StaffRole;
import nl.plein.project.ProjectFilter;
import nl.plein.project.ProjectManagement;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo municipality of {@code ./plein run}: created whole, and usable with the printed logins. */
class DemoDataIntegrationTest extends PleinIntegrationTest {

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ObjectProvider<DemoPart> parts;

    @Autowired
    nl.plein.opinionmap.ComponentLookup opinionMapLookup;

    @Autowired
    nl.plein.opinionmap.OpinionMaps opinionMaps;

    @Test
    void theDemoMunicipalityIsCreatedWithVillagesProjectsAndStaffForEveryRole() {
        new DemoData(organisations, accounts, projects, parts, transaction, 3).seed();

        var zeeveld = organisations.bySlug("zeeveld").orElseThrow();
        assertThat(zeeveld.demo()).isTrue();
        assertThat(organisations.areas(zeeveld.id()))
                .extracting(Area::name)
                .containsExactlyInAnyOrder("Zeeveld (kern)", "Rietbroek", "Hoogwater");
        assertThat(organisations.areas(zeeveld.id()).stream()
                        .mapToInt(Area::residents)
                        .sum())
                .isEqualTo(42_115);

        var roles = EnumSet.noneOf(StaffRole.class);
        accounts.staff(zeeveld.id()).forEach(member -> roles.addAll(member.roles()));
        assertThat(roles).containsExactlyInAnyOrder(StaffRole.values());

        // Five published projects (one closed), one draft, three extra.
        assertThat(projects.allProjects(zeeveld.id())).hasSize(9);
        assertThat(projects.publishedProjects(zeeveld.id(), ProjectFilter.none())
                        .total())
                .isEqualTo(8);

        // The printed logins work, and the site says it is demo data.
        var client = client("localhost");
        assertThat(client.login("project@zeeveld.example", DemoData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/beheer"));
        assertThat(client.get("/").body())
                .contains("Dit is een demonstratie")
                .contains("Nieuw speelplein in Rietbroek");

        // The opinion map of the village vision shows its three simulated groups straight away.
        var opinionMap = opinionMapLookup.all(zeeveld.id()).getFirst().component();
        var summary = opinionMaps.summary(zeeveld.id(), opinionMap.id()).orElseThrow();
        assertThat(summary.groups()).hasSize(3);
        assertThat(summary.consensus()).isNotEmpty();
        assertThat(opinionMaps.statements(zeeveld.id(), opinionMap.id())).hasSize(40);
    }
}
