package nl.plein.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.project.InvalidFormException;
import nl.plein.project.Participation;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff generate a participation report from what the components stored, edit it and publish it. */
class ParticipationReportIntegrationTest extends PleinIntegrationTest {

    static final Locale DUTCH = Locale.of("nl");

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    Organisations organisations;

    @Autowired
    ParticipationReports reports;

    @Autowired
    FiguresComponentType figures;

    @Autowired
    JdbcClient jdbc;

    /** Random people over areas (one outside the project, one area too small to show) and channels. */
    private void takePart(OrganisationId org, ReportFixture fixture, long seed) {
        var random = new Random(seed);
        String[] areas = {"WK900101", "WK900101", "WK900102", "WK900103", null};
        String[] channels = {"online", "online", "paper", "panel"};
        for (long component : fixture.componentIds) {
            int people = 20 + random.nextInt(30);
            for (int p = 0; p < people; p++) {
                String person = "p" + random.nextInt(60);
                String area = areas[random.nextInt(areas.length)];
                String channel = channels[random.nextInt(channels.length)];
                int inputs = 1 + random.nextInt(3);
                for (int i = 0; i < inputs; i++) {
                    figures.takePart(
                            org,
                            component,
                            person,
                            area,
                            channel,
                            LocalDate.now().minusDays(random.nextInt(50)));
                }
            }
            // Three people from Oost only: a group too small to show anywhere.
            for (int p = 0; p < 3; p++) {
                figures.takePart(org, component, "oost" + p, "WK900199", "brief", LocalDate.now());
            }
        }
    }

    private long sql(String query, Object... params) {
        return jdbc.sql(query).params(params).query(Long.class).single();
    }

    /** Per component, people per group, groups under five left out, summed over the components. */
    private Map<String, Long> groupSums(OrganisationId org, ReportFixture fixture, String column) {
        Map<String, Long> sums = new HashMap<>();
        for (long component : fixture.componentIds) {
            jdbc
                    .sql("select " + column + ", count(distinct person) from test_take_part where organisation_id = ? "
                            + "and component_id = ? and " + column + " is not null group by " + column)
                    .params(org.value(), component)
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .list()
                    .stream()
                    .filter(e -> e.getValue() >= Participation.SMALLEST_GROUP)
                    .forEach(e -> sums.merge(e.getKey(), e.getValue(), Long::sum));
        }
        return sums;
    }

    @Test
    void aGeneratedReportsCountsEqualTheSumsOfTheStoredData() {
        var org = data.organisation("Verslag tellen");
        ReportFixture.areas(organisations, org.id());
        var fixture = ReportFixture.project(projects, organisations, org.id(), "Speelplein", 3);
        takePart(org.id(), fixture, 42);

        Report report = reports.generate(org.id(), Actor.SYSTEM, fixture.projectId, DUTCH);

        long participants = 0;
        long inputs = 0;
        for (long component : fixture.componentIds) {
            participants += sql(
                    "select count(distinct person) from test_take_part where organisation_id = ? and component_id = ?",
                    org.id().value(),
                    component);
            inputs += sql(
                    "select count(*) from test_take_part where organisation_id = ? and component_id = ?",
                    org.id().value(),
                    component);
        }
        assertThat(report.participants()).isEqualTo(participants).isPositive();
        assertThat(report.inputs()).isEqualTo(inputs);
        assertThat(report.population()).isEqualTo(12000 + 10000);

        Map<String, Long> channels = groupSums(org.id(), fixture, "channel");
        Map<String, Long> reported = new HashMap<>();
        report.figures(Figure.Dimension.CHANNEL).forEach(f -> reported.put(f.label(), f.participants()));
        assertThat(reported).isEqualTo(channels);
        assertThat(channels).doesNotContainKey("brief");

        Map<String, Long> areas = groupSums(org.id(), fixture, "area_code");
        Map<String, Long> byName = new HashMap<>();
        report.figures(Figure.Dimension.AREA).forEach(f -> byName.put(f.label(), f.participants()));
        assertThat(byName.get("Noord")).isEqualTo(areas.getOrDefault("WK900101", 0L));
        assertThat(byName.get("Zuid")).isEqualTo(areas.getOrDefault("WK900102", 0L));
        assertThat(byName.getOrDefault("Oost", 0L)).isEqualTo(areas.getOrDefault("WK900103", 0L));
        assertThat(byName).doesNotContainKey("WK900199");

        assertThat(report.figures(Figure.Dimension.COMPONENT)).hasSize(3);
        assertThat(report.figures(Figure.Dimension.COMPONENT).stream()
                        .mapToLong(Figure::participants)
                        .sum())
                .isEqualTo(participants);
        assertThat(report.section(ReportSection.FINDINGS).body()).contains("Onderdeel 1 (Ophalen)");
        assertThat(report.section(ReportSection.PARTICIPATION).body()).contains("3 onderdelen");
    }

    @Test
    void aReportWhoseFiguresNoLongerMatchTheInputIsNotPublished() {
        var org = data.organisation("Verouderd verslag");
        ReportFixture.areas(organisations, org.id());
        var fixture = ReportFixture.project(projects, organisations, org.id(), "Zonneweide", 1);
        projects.publish(org.id(), Actor.SYSTEM, fixture.projectId);
        // Made before anyone took part: it says nobody did.
        assertThat(reports.generate(org.id(), Actor.SYSTEM, fixture.projectId, DUTCH)
                        .participants())
                .isZero();
        takePart(org.id(), fixture, 3);

        assertThatThrownBy(() -> reports.publish(org.id(), Actor.SYSTEM, fixture.projectId))
                .isInstanceOfSatisfying(
                        InvalidFormException.class,
                        e -> assertThat(e.errors().get("publish")).isEqualTo("report.error.figuresChanged"));
        assertThat(reports.report(org.id(), fixture.projectId).orElseThrow().status())
                .isEqualTo(ReportStatus.DRAFT);

        Report again = reports.generate(org.id(), Actor.SYSTEM, fixture.projectId, DUTCH);
        reports.publish(org.id(), Actor.SYSTEM, fixture.projectId);
        assertThat(again.participants())
                .isPositive()
                .isEqualTo(sql(
                        "select count(distinct person) from test_take_part where organisation_id = ?",
                        org.id().value()));
        assertThat(reports.report(org.id(), fixture.projectId).orElseThrow().status())
                .isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void staffEditGeneratePublishAndTheCouncilReadsThePageAndThePdf() throws Exception {
        var org = data.organisation("Gemeente Verslagstad");
        var other = data.organisation("Ander verslag");
        ReportFixture.areas(organisations, org.id());
        var fixture = ReportFixture.project(projects, organisations, org.id(), "Nieuwe haven", 2);
        takePart(org.id(), fixture, 7);
        String host = TestData.host(org);
        var staff = client(host);
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        String base = "/beheer/projecten/" + fixture.projectId + "/participatieverslag";

        assertThat(staff.submit(base, base + "/maken", Map.of()).statusCode()).isEqualTo(302);
        Report generated = reports.report(org.id(), fixture.projectId).orElseThrow();
        staff.get(base);
        assertThat(staff.post(
                                base + "/onderdelen/decisions",
                                Map.of("body", "Het college koos ontwerp B.", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        // A second editor with the old version sees the conflict and keeps their text.
        var conflict = staff.post(base + "/onderdelen/decisions", Map.of("body", "Ontwerp A.", "version", "0"));
        assertThat(conflict.body())
                .contains("id=\"conflict\"")
                .contains("Het college koos ontwerp B.")
                .contains("Ontwerp A.</textarea>");

        // Generating again keeps the edited section and refreshes the figures.
        figures.takePart(org.id(), fixture.componentIds.getFirst(), "nieuw", "WK900101", "online", LocalDate.now());
        Report again = reports.generate(org.id(), Actor.SYSTEM, fixture.projectId, DUTCH);
        assertThat(again.section(ReportSection.DECISIONS).body()).isEqualTo("Het college koos ontwerp B.");
        assertThat(again.inputs()).isEqualTo(generated.inputs() + 1);

        // Not public before both the project and the report are published.
        String slug =
                projects.project(org.id(), fixture.projectId).orElseThrow().slug();
        assertThat(client(host)
                        .get("/projecten/" + slug + "/participatieverslag")
                        .statusCode())
                .isEqualTo(404);
        assertThat(staff.post(base + "/publiceren", Map.of()).statusCode()).isEqualTo(302);
        assertThat(reports.report(org.id(), fixture.projectId).orElseThrow().status())
                .isEqualTo(ReportStatus.DRAFT);
        projects.publish(org.id(), Actor.SYSTEM, fixture.projectId);
        staff.get(base);
        staff.post(base + "/publiceren", Map.of());

        var page = client(host).get("/projecten/" + slug + "/participatieverslag");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Het college koos ontwerp B.")
                .contains("<svg")
                .contains("<caption");
        assertThat(client(TestData.host(other))
                        .get("/projecten/" + slug + "/participatieverslag")
                        .statusCode())
                .isEqualTo(404);
        assertThat(client(host)
                        .get("/projecten/" + slug + "/participatieverslag.pdf")
                        .statusCode())
                .isEqualTo(200);

        Report published = reports.publishedReport(org.id(), slug).orElseThrow();
        try (var document = Loader.loadPDF(reports.pdf(org.id(), published, DUTCH))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Gemeente Verslagstad")
                    .contains("Participatieverslag: Nieuwe haven")
                    .contains("Wat is er besloten")
                    .contains("Het college koos ontwerp B.")
                    .contains(String.format(Locale.GERMANY, "%,d", published.participants()))
                    // Dutch decimals and channel names, not "1.0%" and "paper".
                    .contains(String.format(Locale.GERMANY, "%.1f%%", published.reachPercent()))
                    .contains("Op papier")
                    .doesNotContain("paper");
        }
        assertThat(reports.publishedReports(org.id(), 0, 10))
                .extracting(ReportSummary::projectSlug)
                .containsExactly(slug);
    }

    @Test
    void aReportOfAnotherOrganisationIsNotFound() {
        var org = data.organisation("Verslag eigen");
        var other = data.organisation("Verslag vreemd");
        var fixture = ReportFixture.project(projects, organisations, org.id(), "Plein", 1);
        reports.generate(org.id(), Actor.SYSTEM, fixture.projectId, DUTCH);
        var staff = client(TestData.host(other));
        staff.login(data.staff(other, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        assertThat(staff.get("/beheer/projecten/" + fixture.projectId + "/participatieverslag")
                        .statusCode())
                .isEqualTo(404);
        assertThatThrownBy(() -> reports.generate(other.id(), Actor.SYSTEM, fixture.projectId, DUTCH))
                .isInstanceOf(nl.plein.project.ProjectNotFoundException.class);
    }
}
