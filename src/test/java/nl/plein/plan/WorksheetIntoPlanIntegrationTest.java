package nl.plein.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.meeting.MeetingForm;
import nl.plein.meeting.MeetingManagement;
import nl.plein.meeting.Worksheets;
import nl.plein.project.ProjectManagement;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 7: staff copy a workshop's worksheet outcome into the plan as a proposal they save themselves. */
class WorksheetIntoPlanIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ParticipationPlans plans;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    Worksheets worksheets;

    @Test
    void aWorksheetAnswerIsProposedBelowTheSectionTextAndStoredOnlyWhenSavedWithItsVersion() {
        Organisation org = data.organisation("Werkbladstad");
        String email = data.staff(org, StaffRole.PROJECT_MANAGER);
        PleinPrincipal staff = accounts.principal(org.id(), email).orElseThrow();
        long id = ParticipationPlanIntegrationTest.project(projects, org.id(), "Dorpsplein");
        plans.start(org.id(), Actor.SYSTEM, id);
        plans.saveSection(org.id(), Actor.SYSTEM, id, PlanSection.POLICY_TASK, "Het plein wordt opnieuw ingericht.", 0);
        long meeting = workshop(org, staff, "Werkplaats dorpsplein");
        var answers = new EnumMap<Worksheets.Question, String>(Worksheets.Question.class);
        answers.put(Worksheets.Question.WHY, "Bewoners kennen het plein het best.");
        worksheets.save(org.id(), staff, meeting, answers);
        long empty = workshop(org, staff, "Werkplaats zonder antwoorden");

        var client = client(TestData.host(org));
        client.login(email, TestData.PASSWORD);
        String base = "/beheer/projecten/" + id + "/participatieplan/onderdelen/";
        String editor = client.get(base + "policy-task").body();
        assertThat(editor)
                .contains("id=\"werkplaats-keuze\"")
                .contains("Werkplaats dorpsplein")
                .as("a workshop without an answer to this question is not offered")
                .doesNotContain("Werkplaats zonder antwoorden");
        assertThat(client.get(base + "planning").body())
                .as("the practical parts have no worksheet question")
                .doesNotContain("id=\"werkplaats-keuze\"");

        String proposal = client.get(base + "policy-task?werkplaats=" + meeting).body();
        assertThat(proposal)
                .contains("id=\"worksheet-proposal\"")
                .contains("Het plein wordt opnieuw ingericht.\n\nBewoners kennen het plein het best.")
                .contains("name=\"version\" value=\"1\"");
        assertThat(plans.plan(org.id(), id)
                        .orElseThrow()
                        .section(PlanSection.POLICY_TASK)
                        .body())
                .as("showing the proposal stores nothing")
                .isEqualTo("Het plein wordt opnieuw ingericht.");
        assertThat(client.get(base + "policy-task?werkplaats=" + empty).statusCode())
                .isEqualTo(404);

        // Saved through the normal path: a new version in the history.
        assertThat(client.post(
                                base + "policy-task",
                                Map.of(
                                        "body",
                                        "Het plein wordt opnieuw ingericht.\n\nBewoners kennen het plein het best.",
                                        "version",
                                        "1"))
                        .statusCode())
                .isEqualTo(302);
        SectionText saved = plans.plan(org.id(), id).orElseThrow().section(PlanSection.POLICY_TASK);
        assertThat(saved.body()).endsWith("Bewoners kennen het plein het best.");
        assertThat(saved.version()).isEqualTo(2);

        // Another organisation's workshop is not found here.
        Organisation other = data.organisation("Anderwerkblad");
        PleinPrincipal otherStaff = accounts.principal(other.id(), data.staff(other, StaffRole.PROJECT_MANAGER))
                .orElseThrow();
        long foreign = workshop(other, otherStaff, "Elders");
        worksheets.save(other.id(), otherStaff, foreign, answers);
        assertThat(client.get(base + "policy-task?werkplaats=" + foreign).statusCode())
                .isEqualTo(404);
    }

    private long workshop(Organisation org, PleinPrincipal staff, String title) {
        return meetings.create(
                org.id(),
                staff,
                new MeetingForm(
                        title,
                        "Samen het werkblad invullen.",
                        "IN_PERSON",
                        "Dorpshuis",
                        "",
                        LocalDate.now().plusDays(3).toString(),
                        "19:00",
                        "21:00",
                        "20",
                        "",
                        true,
                        false,
                        "",
                        UUID.randomUUID().toString(),
                        0),
                false);
    }
}
