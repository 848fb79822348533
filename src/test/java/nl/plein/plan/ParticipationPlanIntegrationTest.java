package nl.plein.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff members write a participation plan together, agree on it and export it. */
class ParticipationPlanIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ParticipationPlans plans;

    @Autowired
    JdbcClient jdbc;

    static long project(ProjectManagement projects, OrganisationId org, String title) {
        long id = projects.create(
                org,
                Actor.SYSTEM,
                new ProjectForm(title, "Samenvatting.", "Tekst.", "Bram", "", List.of(), List.of(), "", 0, null));
        LocalDate today = LocalDate.now();
        projects.addPhase(
                org,
                Actor.SYSTEM,
                id,
                new PhaseForm(
                        "Ideeën ophalen",
                        "",
                        "CONSULT",
                        today.minusDays(10).toString(),
                        today.plusDays(20).toString(),
                        "Budget",
                        "Inrichting",
                        "De raad",
                        null));
        long phaseId =
                projects.project(org, id).orElseThrow().phases().getFirst().id();
        projects.addComponent(
                org, Actor.SYSTEM, id, phaseId, new ComponentForm("information", "Uitleg", Map.of("text", "x"), null));
        return id;
    }

    @Test
    void twoStaffMembersEditDifferentSectionsAtOnceAndBothChangesStay() {
        var org = data.organisation("Plan samen");
        String host = TestData.host(org);
        long id = project(projects, org.id(), "Speelplein Kreekweg");
        var anna = client(host);
        anna.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        var bram = client(host);
        bram.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        String base = "/beheer/projecten/" + id + "/participatieplan";
        anna.submit(base, base + "/starten", Map.of());

        // Both open an editor before either saves.
        String annaForm = anna.get(base + "/onderdelen/question").body();
        String bramForm = bram.get(base + "/onderdelen/planning").body();
        assertThat(annaForm).contains("name=\"version\" value=\"0\"");
        assertThat(bramForm).contains("name=\"version\" value=\"0\"");

        assertThat(anna.post(base + "/onderdelen/question", Map.of("body", "Hoe wordt het plein?", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(bram.post(base + "/onderdelen/planning", Map.of("body", "Voorjaar 2027", "version", "0"))
                        .statusCode())
                .isEqualTo(302);

        Plan plan = plans.plan(org.id(), id).orElseThrow();
        assertThat(plan.section(PlanSection.QUESTION).body()).isEqualTo("Hoe wordt het plein?");
        assertThat(plan.section(PlanSection.PLANNING).body()).isEqualTo("Voorjaar 2027");
        assertThat(plans.history(org.id(), id)).hasSize(2);
    }

    @Test
    void theSecondEditorOfTheSameSectionSeesTheConflictWithBothTextsAndKeepsWhatTheyTyped() {
        var org = data.organisation("Plan botsing");
        String host = TestData.host(org);
        long id = project(projects, org.id(), "Fietspad");
        var anna = client(host);
        anna.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        var bram = client(host);
        bram.login(data.staff(org, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        String base = "/beheer/projecten/" + id + "/participatieplan";
        anna.submit(base, base + "/starten", Map.of());
        anna.get(base + "/onderdelen/ladder");
        bram.get(base + "/onderdelen/ladder");

        anna.post(base + "/onderdelen/ladder", Map.of("body", "Raadplegen, want het tracé ligt vast.", "version", "0"));
        var conflict = bram.post(
                base + "/onderdelen/ladder", Map.of("body", "Adviseren over de verlichting.", "version", "0"));

        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body())
                .contains("id=\"conflict\"")
                .contains("Raadplegen, want het tracé ligt vast.")
                .contains("Adviseren over de verlichting.</textarea>")
                .contains("name=\"version\" value=\"1\"");
        assertThat(plans.plan(org.id(), id)
                        .orElseThrow()
                        .section(PlanSection.LADDER)
                        .body())
                .isEqualTo("Raadplegen, want het tracé ligt vast.");

        // Having seen the conflict, the second editor saves on top of the new version.
        assertThat(bram.post(
                                base + "/onderdelen/ladder",
                                Map.of("body", "Beide: raadplegen en adviseren.", "version", "1"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(plans.plan(org.id(), id)
                        .orElseThrow()
                        .section(PlanSection.LADDER)
                        .body())
                .isEqualTo("Beide: raadplegen en adviseren.");
    }

    @Test
    void simultaneousSavesOfOneSectionLetExactlyOneWinWhileOtherSectionsAllSave() throws Exception {
        var org = data.organisation("Plan tegelijk");
        long id = project(projects, org.id(), "Plein");
        plans.start(org.id(), Actor.SYSTEM, id);
        int editors = 6;
        var start = new CountDownLatch(1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String text = "Tekst " + i;
            tasks.add(() -> {
                start.await();
                try {
                    plans.saveSection(org.id(), new Actor(null, "Editor"), id, PlanSection.BUDGET, text, 0);
                    return true;
                } catch (SectionConflictException e) {
                    return false;
                }
            });
        }
        PlanSection[] others = {PlanSection.SENDER, PlanSection.EVALUATION, PlanSection.COMMUNICATION};
        for (PlanSection section : others) {
            tasks.add(() -> {
                start.await();
                plans.saveSection(org.id(), new Actor(null, "Ander"), id, section, "Over " + section, 0);
                return true;
            });
        }
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> results = tasks.stream().map(pool::submit).toList();
            start.countDown();
            long wins = 0;
            for (int i = 0; i < editors; i++) {
                wins += results.get(i).get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
            for (int i = editors; i < results.size(); i++) {
                assertThat(results.get(i).get()).isTrue();
            }
        }
        Plan plan = plans.plan(org.id(), id).orElseThrow();
        assertThat(plan.section(PlanSection.BUDGET).version()).isEqualTo(1);
        for (PlanSection section : others) {
            assertThat(plan.section(section).body()).isEqualTo("Over " + section);
        }
        assertThatThrownBy(() -> plans.saveSection(org.id(), Actor.SYSTEM, id, PlanSection.BUDGET, "Oud", 0))
                .isInstanceOf(SectionConflictException.class);
    }

    @Test
    void thePdfHasTheOrganisationsNameAndThePlansSectionsAsText() throws Exception {
        var org = data.organisation("Gemeente Pdfdorp");
        String host = TestData.host(org);
        long id = project(projects, org.id(), "Nieuwe brug");
        var staff = client(host);
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        plans.start(org.id(), Actor.SYSTEM, id);
        plans.saveSection(org.id(), Actor.SYSTEM, id, PlanSection.QUESTION, "Waar komt de brug?", 0);
        plans.saveSection(
                org.id(), Actor.SYSTEM, id, PlanSection.STAKEHOLDERS, "Bewoners Dijkstraat | hoog | midden", 0);

        var download = staff.get("/beheer/projecten/" + id + "/participatieplan/pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        byte[] bytes = plans.pdf(org.id(), id, java.util.Locale.of("nl"));
        try (var document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Gemeente Pdfdorp")
                    .contains("Participatieplan: Nieuwe brug")
                    .contains("Waarom praten we mee?")
                    .contains("De participatievraag")
                    .contains("Waar komt de brug?")
                    .contains("Bewoners Dijkstraat")
                    .contains("Ideeën ophalen: Raadplegen");
        }
    }

    @Test
    void residentsSeeTheSummaryOnlyOfAnAgreedPlanOfAPublishedProject() {
        var org = data.organisation("Plan openbaar");
        var other = data.organisation("Plan ander");
        long id = project(projects, org.id(), "Groen plein");
        plans.start(org.id(), Actor.SYSTEM, id);
        plans.saveSection(org.id(), Actor.SYSTEM, id, PlanSection.FEEDBACK, "In juni hoort u wat we deden.", 0);
        projects.publish(org.id(), Actor.SYSTEM, id);
        String slug = projects.project(org.id(), id).orElseThrow().slug();
        var visitor = client(TestData.host(org));

        assertThat(visitor.get("/projecten/" + slug + "/participatieplan").statusCode())
                .isEqualTo(404);
        plans.setStatus(org.id(), Actor.SYSTEM, id, PlanStatus.AGREED);
        var page = visitor.get("/projecten/" + slug + "/participatieplan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("In juni hoort u wat we deden.").contains("Raadplegen");
        assertThat(plans.publicSummary(org.id(), id)).isPresent();
        assertThat(client(TestData.host(other))
                        .get("/projecten/" + slug + "/participatieplan")
                        .statusCode())
                .isEqualTo(404);
        assertThat(client(TestData.host(other))
                        .get("/beheer/projecten/" + id + "/participatieplan")
                        .statusCode())
                .isIn(302, 404);
    }

    @Test
    void badInputIsAnsweredAtTheField() {
        var org = data.organisation("Plan fouten");
        String host = TestData.host(org);
        long id = project(projects, org.id(), "Markt");
        var staff = client(host);
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        plans.start(org.id(), Actor.SYSTEM, id);
        String base = "/beheer/projecten/" + id + "/participatieplan";

        var bad = staff.submit(
                base + "/onderdelen/stakeholders",
                base + "/onderdelen/stakeholders",
                Map.of("body", "Ondernemers | veel", "version", "0"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("aria-invalid=\"true\"").contains("Ondernemers | veel</textarea>");

        var method = staff.submit(base, base + "/methoden", Map.of("name", "", "mode", "x", "timing", "same"));
        assertThat(method.body()).contains("id=\"name-error\"").contains("id=\"mode-error\"");
        staff.submit(base, base + "/methoden", Map.of("name", "Bewonersavond", "mode", "inPerson", "timing", "same"));
        assertThat(plans.plan(org.id(), id).orElseThrow().methods())
                .extracting(PlanMethod::name)
                .containsExactly("Bewonersavond");
        assertThat(jdbc.sql("select count(*) from audit_entry where organisation_id = ? and action like 'plan.%'")
                        .param(org.id().value())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }
}
