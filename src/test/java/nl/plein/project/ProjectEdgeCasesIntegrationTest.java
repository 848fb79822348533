package nl.plein.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.shared.Dates;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Input and timing that a form page never produces, but a hand-made request or an impatient double click does. */
class ProjectEdgeCasesIntegrationTest extends PleinIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(Dates.ZONE);

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHugePageNumberInThePublicListShowsAnEmptyPageNotAnError() {
        Organisation org = data.organisation("Paginanummer");
        var response = client(TestData.host(org)).get("/projecten?pagina=2147483647");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aPhaseDateOutsideTheCalendarPostgresKnowsIsAFieldError() {
        Organisation org = data.organisation("Verre datum");
        long id = projects.create(
                org.id(), Actor.SYSTEM, form("Verre toekomst", UUID.randomUUID().toString()));
        WebClient staff = client(TestData.host(org));
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        var response = staff.submit(
                "/beheer/projecten/" + id + "/fasen/nieuw",
                "/beheer/projecten/" + id + "/fasen",
                Map.of(
                        "name",
                        "Ooit",
                        "ladderLevel",
                        "INFORM",
                        "startsOn",
                        "+999999999-01-01",
                        "endsOn",
                        "+999999999-12-31",
                        "requestKey",
                        UUID.randomUUID().toString()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"startsOn-error\"").contains("value=\"+999999999-01-01\"");
        assertThat(projects.project(org.id(), id).orElseThrow().phases()).isEmpty();
    }

    @Test
    void twoSubmitsOfTheSameCreateFormAtTheSameMomentMakeOneProject() throws Exception {
        Organisation org = data.organisation("Dubbelklik");
        String key = UUID.randomUUID().toString();
        List<Long> ids = twice(() -> projects.create(org.id(), Actor.SYSTEM, form("Dubbel geklikt", key)));
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(projects.allProjects(org.id())).hasSize(1);

        long phaseKeyProject = ids.get(0);
        String phaseKey = UUID.randomUUID().toString();
        List<Long> phases = twice(() -> projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                phaseKeyProject,
                new PhaseForm(
                        "Fase",
                        "",
                        "INFORM",
                        TODAY.toString(),
                        TODAY.plusDays(3).toString(),
                        "",
                        "",
                        "",
                        phaseKey)));
        assertThat(phases.get(0)).isEqualTo(phases.get(1));

        String componentKey = UUID.randomUUID().toString();
        long phaseId = phases.get(0);
        List<Long> components = twice(() -> projects.addComponent(
                org.id(),
                Actor.SYSTEM,
                phaseKeyProject,
                phaseId,
                new ComponentForm(
                        InformationComponent.KEY, "Uitleg", Map.of(InformationComponent.TEXT, "Tekst"), componentKey)));
        assertThat(components.get(0)).isEqualTo(components.get(1));
    }

    @Test
    void twoProjectsWithTheSameTitleAtTheSameMomentGetTwoAddresses() throws Exception {
        Organisation org = data.organisation("Zelfde titel");
        List<Long> ids = twice(() -> projects.create(
                org.id(), Actor.SYSTEM, form("Zelfde titel", UUID.randomUUID().toString())));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
        assertThat(projects.allProjects(org.id()))
                .extracting(ProjectSummary::slug)
                .containsExactlyInAnyOrder("zelfde-titel", "zelfde-titel-2");
    }

    @Test
    void aThemeMadeTwiceAtTheSameMomentIsOneTheme() throws Exception {
        Organisation org = data.organisation("Thema tegelijk");
        for (int round = 0; round < 5; round++) {
            String name = "Groen " + round;
            List<Long> ids = twice(() -> projects.createTheme(org.id(), Actor.SYSTEM, name));
            assertThat(ids.get(0)).isEqualTo(ids.get(1));
        }
    }

    @Test
    void publishingTwiceAtTheSameMomentPublishesOnceAndSaysSoOnce() throws Exception {
        Organisation org = data.organisation("Dubbel publiceren");
        long id = projects.create(
                org.id(), Actor.SYSTEM, form("Eén keer", UUID.randomUUID().toString()));
        projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                id,
                new PhaseForm(
                        "Fase",
                        "",
                        "INFORM",
                        TODAY.toString(),
                        TODAY.plusDays(3).toString(),
                        "",
                        "",
                        "",
                        null));
        List<String> outcomes = twice(() -> {
            try {
                return projects.publish(org.id(), Actor.SYSTEM, id).name();
            } catch (ProjectRuleException e) {
                return e.messageKey();
            }
        });
        assertThat(outcomes).containsExactlyInAnyOrder("ACTIVE", "project.error.alreadyPublished");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where organisation_id = ? and action = 'project.published'")
                        .param(org.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        List<String> closes = twice(() -> {
            try {
                projects.close(org.id(), Actor.SYSTEM, id);
                return "closed";
            } catch (ProjectRuleException e) {
                return e.messageKey();
            }
        });
        assertThat(closes).containsExactlyInAnyOrder("closed", "project.error.closeNotPublished");
    }

    /** Runs the same work in two threads released at the same instant, as a double click does. */
    private static <T> List<T> twice(Callable<T> work) throws Exception {
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<T> synchronised = () -> {
                barrier.await();
                return work.call();
            };
            Future<T> first = pool.submit(synchronised);
            Future<T> second = pool.submit(synchronised);
            return List.of(first.get(), second.get());
        }
    }

    private static ProjectForm form(String title, String key) {
        return new ProjectForm(title, "", "", "", "", List.of(), List.of(), "", 0, key);
    }
}
