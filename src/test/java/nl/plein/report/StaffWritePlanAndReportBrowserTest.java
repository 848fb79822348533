package nl.plein.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.identity.StaffRole;
import nl.plein.meeting.MeetingForm;
import nl.plein.meeting.MeetingManagement;
import nl.plein.meeting.Worksheets;
import nl.plein.plan.MethodForm;
import nl.plein.plan.ParticipationPlans;
import nl.plein.plan.PlanSection;
import nl.plein.plan.PlanStatus;
import nl.plein.project.ProjectManagement;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff write a plan together (one of them meets a conflict), publish a report, and the council reads
 * the dashboard: every page of plan, report and dashboard checked with axe-core in Dutch and English.
 */
class StaffWritePlanAndReportBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    Organisations organisations;

    @Autowired
    ParticipationPlans plans;

    @Autowired
    ParticipationReports reports;

    @Autowired
    FiguresComponentType figures;

    @Autowired
    Accounts accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    Worksheets worksheets;

    @Test
    void aProjectManagerMeetsAConflictAndEveryPlanReportAndDashboardPageIsAccessible() {
        var town = data.organisation("Browser verslag");
        String host = TestData.host(town);
        ReportFixture.areas(organisations, town.id());
        var fixture = ReportFixture.project(projects, organisations, town.id(), "Haven vernieuwen", 2);
        for (int i = 0; i < 9; i++) {
            figures.takePart(town.id(), fixture.componentIds.get(0), "p" + i, "WK900101", "online", LocalDate.now());
            figures.takePart(town.id(), fixture.componentIds.get(1), "q" + i, "WK900102", "papier", LocalDate.now());
        }
        long id = fixture.projectId;
        projects.publish(town.id(), Actor.SYSTEM, id);
        String slug = projects.project(town.id(), id).orElseThrow().slug();
        plans.start(town.id(), Actor.SYSTEM, id);
        plans.saveSection(
                town.id(),
                Actor.SYSTEM,
                id,
                PlanSection.STAKEHOLDERS,
                "Bewoners | hoog | midden\nWinkels | midden | hoog",
                0);
        plans.saveSection(town.id(), Actor.SYSTEM, id, PlanSection.FEEDBACK, "In **juni** een bewonersbrief.", 0);
        plans.saveSection(
                town.id(), Actor.SYSTEM, id, PlanSection.PLANNING, "## Najaar\n\nTwee avonden in de haven.", 0);
        plans.addMethod(town.id(), Actor.SYSTEM, id, new MethodForm("Bewonersavond", "inPerson", "same", "", "", null));
        plans.comment(town.id(), Actor.SYSTEM, id, PlanSection.QUESTION, "Korter graag.", null);
        String admin = data.staff(town, StaffRole.ORGANISATION_ADMIN);
        long workshop = workshopWithWorksheet(town, admin);
        signIn(host, admin);

        // A colleague saves the question while this editor is typing: the editor sees both texts.
        open(host, "/beheer/projecten/" + id + "/participatieplan/onderdelen/question");
        plans.saveSection(
                town.id(),
                new Actor(null, "Collega Sanne"),
                id,
                PlanSection.QUESTION,
                "Hoe maken we de haven mooier?",
                0);
        type("#body", "Wat vindt u van de haven?");
        find("main form:not([action$='reacties']) button[type=submit]").click();
        waitUntil(d -> !d.findElements(org.openqa.selenium.By.id("conflict")).isEmpty());
        assertThat(find("#stored-text").getText()).isEqualTo("Hoe maken we de haven mooier?");
        assertThat(find("#body").getAttribute("value")).isEqualTo("Wat vindt u van de haven?");
        assertAccessible();

        plans.setStatus(town.id(), Actor.SYSTEM, id, PlanStatus.AGREED);
        reports.generate(town.id(), Actor.SYSTEM, id, Locale.of("nl"));
        reports.publish(town.id(), Actor.SYSTEM, id);

        for (String lang : List.of("nl", "en")) {
            for (String path : List.of(
                    "/beheer/projecten/" + id + "/participatieplan",
                    "/beheer/projecten/" + id + "/participatieplan/onderdelen/stakeholders",
                    "/beheer/projecten/" + id + "/participatieplan/onderdelen/sender?werkplaats=" + workshop,
                    "/beheer/projecten/" + id + "/participatieplan/geschiedenis",
                    "/beheer/organisatie/participatieplan",
                    "/projecten/" + slug + "/participatieplan",
                    "/projecten/" + slug,
                    "/beheer/projecten/" + id,
                    "/beheer/projecten/" + id + "/participatieverslag",
                    "/projecten/" + slug + "/participatieverslag",
                    "/beheer/participatie")) {
                open(host, path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(find("h1").getText()).as(path).isNotBlank();
                assertThat(find("html").getAttribute("lang")).as(path).isEqualTo(lang);
                assertAccessible();
            }
        }
        // The project page carries the agreed plan's planning and feedback under their own headings.
        open(host, "/projecten/" + slug + "?lang=nl");
        assertThat(find("#section-plan-page-planning").getText()).isEqualTo("Planning");
        assertThat(find("section[aria-labelledby='section-plan-page-feedback']").getText())
                .contains("In juni een bewonersbrief.");
        open(host, "/beheer/projecten/" + id + "/participatieplan/onderdelen/sender?werkplaats=" + workshop);
        assertThat(find("#worksheet-proposal").getText()).contains("Werkplaats haven");
        assertThat(find("#body").getAttribute("value")).isEqualTo("Bewoners en ondernemers samen.");
        open(host, "/beheer/projecten/" + id + "/participatieplan?lang=nl");
        assertThat(find("table.plein-grid caption").getText()).isEqualTo("Belanghebbenden naar belang en invloed");
    }

    /** A workshop whose worksheet answers "who with whom", for the plan's proposal from a worksheet. */
    private long workshopWithWorksheet(nl.plein.tenancy.Organisation town, String email) {
        var staff = accounts.principal(town.id(), email).orElseThrow();
        long meeting = meetings.create(
                town.id(),
                staff,
                new MeetingForm(
                        "Werkplaats haven",
                        "Samen het werkblad invullen.",
                        "IN_PERSON",
                        "Havenkantoor",
                        "",
                        LocalDate.now().plusDays(3).toString(),
                        "19:00",
                        "21:00",
                        "20",
                        "",
                        true,
                        false,
                        "",
                        java.util.UUID.randomUUID().toString(),
                        0),
                false);
        var answers = new java.util.EnumMap<Worksheets.Question, String>(Worksheets.Question.class);
        answers.put(Worksheets.Question.WHO, "Bewoners en ondernemers samen.");
        worksheets.save(town.id(), staff, meeting, answers);
        return meeting;
    }
}
