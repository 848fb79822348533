package nl.plein.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.project.ProjectManagement;
import nl.plein.report.ParticipationReports;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Residents read an agreed plan's planning and feedback moment on the project page, never a draft's. */
class PlanOnProjectPageIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ParticipationPlans plans;

    @Autowired
    ParticipationReports reports;

    @Test
    void anAgreedPlansPlanningAndFeedbackShowOnTheProjectPageAndADraftsDoNot() {
        var org = data.organisation("Plan op pagina");
        long id = ParticipationPlanIntegrationTest.project(projects, org.id(), "Dorpshart Oostwoud");
        projects.publish(org.id(), Actor.SYSTEM, id);
        String slug = projects.project(org.id(), id).orElseThrow().slug();
        plans.start(org.id(), Actor.SYSTEM, id);
        plans.saveSection(
                org.id(), Actor.SYSTEM, id, PlanSection.PLANNING, "# Eerst\n\nIn maart een avond in het dorpshuis.", 0);
        plans.saveSection(org.id(), Actor.SYSTEM, id, PlanSection.FEEDBACK, "Voor de zomer krijgt u een brief.", 0);
        var resident = client(TestData.host(org));

        String draft = resident.get("/projecten/" + slug).body();
        assertThat(draft)
                .doesNotContain("In maart een avond")
                .doesNotContain("Voor de zomer krijgt u een brief")
                .doesNotContain("/projecten/" + slug + "/participatieplan")
                .doesNotContain("/projecten/" + slug + "/participatieverslag");

        plans.setStatus(org.id(), Actor.SYSTEM, id, PlanStatus.AGREED);
        String agreed = resident.get("/projecten/" + slug).body();
        assertThat(agreed)
                .contains("<h2 class=\"utrecht-heading-2\" id=\"section-plan-page-planning\">Planning</h2>")
                .contains("In maart een avond in het dorpshuis.")
                .contains("<h2 class=\"utrecht-heading-2\" id=\"section-plan-page-feedback\">"
                        + "Wanneer hoort u wat er met uw inbreng gebeurt</h2>")
                .contains("Voor de zomer krijgt u een brief.")
                .contains("href=\"/projecten/" + slug + "/participatieplan\"")
                .doesNotContain("/projecten/" + slug + "/participatieverslag");
        // Staff's "# Eerst" sits under the section's h2: it must not become a second h1.
        assertThat(agreed).contains("<h3>Eerst</h3>").containsOnlyOnce("<h1");
        assertThat(agreed.indexOf("section-plan-page-planning"))
                .isLessThan(agreed.indexOf("section-plan-page-feedback"));

        reports.generate(org.id(), Actor.SYSTEM, id, Locale.of("nl"));
        assertThat(resident.get("/projecten/" + slug).body())
                .as("a draft report is not linked")
                .doesNotContain("/projecten/" + slug + "/participatieverslag");
        reports.publish(org.id(), Actor.SYSTEM, id);
        assertThat(resident.get("/projecten/" + slug).body())
                .contains("href=\"/projecten/" + slug + "/participatieverslag\"");

        var staff = client(TestData.host(org));
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        assertThat(staff.get("/beheer/projecten/" + id).body())
                .contains("href=\"/beheer/projecten/" + id + "/participatieplan\"")
                .contains("href=\"/beheer/projecten/" + id + "/participatieverslag\"");
    }

    @Test
    void staffFindTheDashboardNewsletterAndPlanTemplateInTheBackOfficeAndResidentsTheirNotificationSettings() {
        var org = data.organisation("Navigatie plan");
        String host = TestData.host(org);
        var analyst = client(host);
        analyst.login(data.staff(org, StaffRole.ANALYST), TestData.PASSWORD);
        assertThat(analyst.get("/beheer").body())
                .contains("href=\"/beheer/participatie\"")
                .doesNotContain("href=\"/beheer/nieuwsbrief\"");
        var manager = client(host);
        manager.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        assertThat(manager.get("/beheer").body())
                .contains("href=\"/beheer/participatie\"")
                .contains("href=\"/beheer/nieuwsbrief\"");
        var admin = client(host);
        admin.login(data.staff(org, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        assertThat(admin.get("/beheer/organisatie").body()).contains("href=\"/beheer/organisatie/participatieplan\"");
        var resident = client(host);
        resident.login(data.resident(org), TestData.PASSWORD);
        assertThat(resident.get("/account").body()).contains("href=\"/account/meldingen\"");
    }
}
