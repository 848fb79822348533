package nl.plein.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.plan.ParticipationPlans;
import nl.plein.plan.PlanSection;
import nl.plein.plan.PlanStatus;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.report.FiguresComponentType;
import nl.plein.report.ParticipationReports;
import nl.plein.shared.OrganisationId;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A developer reads the open data of a municipality without any token. */
class OpenDataIntegrationTest extends PleinIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ParticipationPlans plans;

    @Autowired
    ParticipationReports reports;

    @Autowired
    FiguresComponentType figures;

    private long project(OrganisationId org, String title, boolean publish) {
        long id = projects.create(
                org, Actor.SYSTEM, new ProjectForm(title, "Kort.", "Lang.", "", "", List.of(), List.of(), "", 0, null));
        LocalDate today = LocalDate.now();
        projects.addPhase(
                org,
                Actor.SYSTEM,
                id,
                new PhaseForm(
                        "Meedenken",
                        "",
                        "ADVISE",
                        today.minusDays(5).toString(),
                        today.plusDays(5).toString(),
                        "Plek",
                        "Inrichting\nKleur",
                        "College",
                        null));
        if (publish) {
            projects.publish(org, Actor.SYSTEM, id);
        }
        return id;
    }

    private JsonNode json(String host, String path) {
        var response = client(host).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie"))
                .as("no session for " + path)
                .isEmpty();
        return JSON.readTree(response.body());
    }

    @Test
    void projectsArePagedWithLinksAndDraftsStayHidden() {
        var org = data.organisation("Open data lijst");
        String host = TestData.host(org);
        for (int i = 0; i < 5; i++) {
            project(org.id(), "Project " + i, true);
        }
        project(org.id(), "Geheim concept", false);

        JsonNode first = json(host, "/api/v1/projects?page=1&size=2");
        assertThat(first.get("totalItems").asLong()).isEqualTo(5);
        assertThat(first.get("totalPages").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("links").get("next").asString()).isEqualTo("/api/v1/projects?page=2&size=2");
        assertThat(first.get("links").has("prev")).isFalse();
        JsonNode last = json(host, "/api/v1/projects?page=3&size=2");
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("links").has("next")).isFalse();
        assertThat(client(host).get("/api/v1/projects").body()).doesNotContain("Geheim concept");

        assertThat(client(host).get("/api/v1/projects?size=101").statusCode()).isEqualTo(400);
        assertThat(client(host).get("/api/v1/projects?page=0").statusCode()).isEqualTo(400);
        assertThat(client(TestData.host(data.organisation("Open data leeg")))
                        .get("/api/v1/projects")
                        .body())
                .doesNotContain("Project 0");
    }

    @Test
    void aProjectItsAgreedPlanAndItsPublishedReportWithSmallGroupsSuppressed() {
        var org = data.organisation("Open data project");
        String host = TestData.host(org);
        long id = project(org.id(), "Dorpsplein", false);
        long phaseId =
                projects.project(org.id(), id).orElseThrow().phases().getFirst().id();
        long componentId = projects.addComponent(
                org.id(),
                Actor.SYSTEM,
                id,
                phaseId,
                new ComponentForm(FiguresComponentType.KEY, "Peiling", java.util.Map.of(), null));
        for (int i = 0; i < 8; i++) {
            figures.takePart(org.id(), componentId, "web" + i, null, "online", LocalDate.now());
        }
        for (int i = 0; i < 3; i++) {
            // The component leaves this group of three out of its breakdown altogether.
            figures.takePart(org.id(), componentId, "brief" + i, null, "papier", LocalDate.now());
        }
        projects.publish(org.id(), Actor.SYSTEM, id);
        String slug = projects.project(org.id(), id).orElseThrow().slug();
        plans.start(org.id(), Actor.SYSTEM, id);
        plans.saveSection(org.id(), Actor.SYSTEM, id, PlanSection.FEEDBACK, "In de krant.", 0);

        JsonNode project = json(host, "/api/v1/projects/" + slug);
        assertThat(project.get("phases").get(0).get("ladderLevel").asString()).isEqualTo("ADVISE");
        assertThat(project.get("phases").get(0).get("open")).hasSize(2);
        assertThat(client(host).get("/api/v1/projects/" + slug + "/plan").statusCode())
                .isEqualTo(404);
        plans.setStatus(org.id(), Actor.SYSTEM, id, PlanStatus.AGREED);
        assertThat(json(host, "/api/v1/projects/" + slug + "/plan")
                        .get("feedback")
                        .asString())
                .isEqualTo("In de krant.");

        reports.generate(org.id(), Actor.SYSTEM, id, Locale.of("nl"));
        assertThat(client(host).get("/api/v1/projects/" + slug + "/report").statusCode())
                .isEqualTo(404);
        reports.publish(org.id(), Actor.SYSTEM, id);
        JsonNode report = json(host, "/api/v1/projects/" + slug + "/report");
        assertThat(report.get("participants").asLong()).isEqualTo(11);
        assertThat(report.get("inputs").asLong()).isEqualTo(11);
        assertThat(report.toString()).doesNotContain("web0").doesNotContain("brief0");
        JsonNode online = null;
        for (JsonNode f : report.get("figures")) {
            if (f.get("group").asString().equals("online")) {
                online = f;
            }
        }
        assertThat(online).isNotNull();
        assertThat(online.get("participants").asLong()).isEqualTo(8);
        assertThat(json(host, "/api/v1/reports")
                        .get("items")
                        .get(0)
                        .get("projectSlug")
                        .asString())
                .isEqualTo(slug);

        var csv = client(host).get("/api/v1/projects/" + slug + "/report/figures.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("project,dimension,group,participants,inputs,population,suppressed")
                .contains(slug + ",CHANNEL,online,8,,,false");
        assertThat(client(host).get("/api/v1/reports/figures.csv").body()).contains(slug + ",TOTAL,,11,11,0,false");

        assertThat(client(TestData.host(data.organisation("Open data ander")))
                        .get("/api/v1/projects/" + slug)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionDescribesTheEndpoints() {
        var org = data.organisation("Open data beschrijving");
        JsonNode api = json(TestData.host(org), "/api/v1/openapi.json");
        assertThat(api.get("paths").has("/api/v1/projects")).isTrue();
        assertThat(api.get("paths").has("/api/v1/projects/{slug}/report")).isTrue();
        assertThat(api.get("paths")
                        .get("/api/v1/projects")
                        .get("get")
                        .get("summary")
                        .asString())
                .isEqualTo("Published projects");
    }
}
