package nl.plein.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.project.LadderLevel;
import nl.plein.project.ProjectManagement;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff and the council read the organisation's participation figures. */
class DashboardIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationDashboard dashboards;

    @Autowired
    FiguresComponentType figures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardsFiguresEqualTheSumsOfTheStoredDataOfPublishedProjects() {
        var org = data.organisation("Dashboard tellen");
        ReportFixture.areas(organisations, org.id());
        var published = ReportFixture.project(projects, organisations, org.id(), "Gepubliceerd", 2);
        var draft = ReportFixture.project(projects, organisations, org.id(), "Concept", 1);
        projects.publish(org.id(), Actor.SYSTEM, published.projectId);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 12; i++) {
            figures.takePart(org.id(), published.componentIds.get(0), "a" + i, "WK900101", "online", today);
            figures.takePart(
                    org.id(), published.componentIds.get(1), "b" + i, "WK900102", "online", today.minusMonths(1));
        }
        figures.takePart(org.id(), published.componentIds.get(1), "b0", "WK900102", "online", today.minusMonths(1));
        for (int i = 0; i < 7; i++) {
            figures.takePart(org.id(), draft.componentIds.get(0), "c" + i, "WK900101", "online", today);
        }

        Dashboard d = dashboards.compute(org.id(), Locale.of("nl"));

        assertThat(d.projectCount()).isEqualTo(1);
        assertThat(d.participants()).isEqualTo(24);
        assertThat(d.inputs()).isEqualTo(25);
        assertThat(d.population()).isEqualTo(30000);
        assertThat(d.byArea())
                .extracting(Dashboard.AreaRow::name, Dashboard.AreaRow::participants)
                .contains(tuple("Noord", 12L), tuple("Zuid", 12L), tuple("Oost", 0L));
        assertThat(d.byMonth().getLast())
                .isEqualTo(new Dashboard.Bar(nl.plein.shared.Dates.month(YearMonth.from(today), "nl"), 12));
        assertThat(d.byMonth().get(d.byMonth().size() - 2).value()).isEqualTo(13);
        // The fixture puts component 1 in "Ophalen" (consult) and component 2 in "Kiezen" (co-decide).
        assertThat(d.byLadderLevel())
                .filteredOn(r -> r.level() == LadderLevel.CONSULT)
                .extracting(Dashboard.LadderRow::participants)
                .containsExactly(12L);
        assertThat(d.byLadderLevel())
                .filteredOn(r -> r.level() == LadderLevel.CO_DECIDE)
                .extracting(Dashboard.LadderRow::participants)
                .containsExactly(12L);
    }

    @Test
    void anAnalystSuchAsACouncilMemberReadsTheDashboardAndOthersWithoutThatRoleDoNot() {
        var org = data.organisation("Dashboard rollen");
        String host = TestData.host(org);
        var analyst = client(host);
        analyst.login(data.staff(org, StaffRole.ANALYST), TestData.PASSWORD);
        var page = analyst.get("/beheer/participatie");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("<caption");

        var moderator = client(host);
        moderator.login(data.staff(org, StaffRole.MODERATOR), TestData.PASSWORD);
        assertThat(moderator.get("/beheer/participatie").statusCode()).isEqualTo(403);
        var resident = client(host);
        resident.login(data.resident(org), TestData.PASSWORD);
        assertThat(resident.get("/beheer/participatie").statusCode()).isEqualTo(403);
        assertThat(client(host).get("/beheer/participatie").statusCode()).isEqualTo(302);
    }
}
