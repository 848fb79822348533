package nl.plein.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmarks, not tests (the name keeps them out of the suite): run by bench/report.sh. Prints lines
 * starting with "BENCH". Medians of 3 rounds after one warm-up.
 *
 * <p>The data is what the survey, idea and discussion components would report: rows in the test
 * component type's table, one per response, idea or contribution, with the person, area, channel and
 * day, and the component computes its figures from them with aggregate queries, as theirs do.
 */
class ReportBench extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    Organisations organisations;

    @Autowired
    ParticipationReports reports;

    @Autowired
    OrganisationDashboard dashboards;

    @Autowired
    JdbcClient jdbc;

    private static final Locale DUTCH = Locale.of("nl");

    /** Rows for one component: {@code inputs} inputs by {@code people} people over areas, channels and 90 days. */
    private void rows(OrganisationId org, long componentId, int inputs, int people, String prefix) {
        jdbc.sql("""
                        insert into test_take_part (organisation_id, component_id, person, area_code, channel, day)
                        select ?, ?, ? || (g % ?),
                               (array['WK900101','WK900102','WK900103', null])[1 + g % 4],
                               (array['online','panel','papier','bijeenkomst'])[1 + (g / 7) % 4],
                               current_date - (g % 90)
                        from generate_series(0, ? - 1) g""").params(org.value(), componentId, prefix, people, inputs).update();
    }

    @Test
    void reportAndPdfForAProjectWith5000Responses1000IdeasAnd10000Contributions() {
        var org = data.organisation("Bench verslag");
        ReportFixture.areas(organisations, org.id());
        var fixture = ReportFixture.project(projects, organisations, org.id(), "Grote herinrichting", 3);
        rows(org.id(), fixture.componentIds.get(0), 5_000, 5_000, "respondent");
        rows(org.id(), fixture.componentIds.get(1), 1_000, 400, "indiener");
        rows(org.id(), fixture.componentIds.get(2), 10_000, 1_500, "deelnemer");
        jdbc.sql("analyze test_take_part").update();

        List<Long> generate = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        Report report = null;
        for (int round = 0; round <= 3; round++) {
            long start = System.nanoTime();
            report = reports.generate(org.id(), Actor.SYSTEM, fixture.projectId, DUTCH);
            long generated = System.nanoTime();
            byte[] bytes = reports.pdf(org.id(), report, DUTCH);
            long rendered = System.nanoTime();
            if (round > 0) {
                generate.add((generated - start) / 1_000_000);
                pdf.add((rendered - generated) / 1_000_000);
            }
            System.out.println("BENCH report round " + round + ": generate " + (generated - start) / 1_000_000
                    + " ms, pdf " + (rendered - generated) / 1_000_000 + " ms (" + bytes.length + " bytes)");
        }
        System.out.println("BENCH report: " + report.participants() + " participations, " + report.inputs()
                + " inputs; median generate " + median(generate) + " ms, median pdf " + median(pdf)
                + " ms, median total "
                + (median(generate) + median(pdf)) + " ms");
    }

    @Test
    void dashboardP99ForAnOrganisationWith200Projects() throws Exception {
        var org = data.organisation("Bench dashboard");
        ReportFixture.areas(organisations, org.id());
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 200; i++) {
            long id = projects.create(
                    org.id(),
                    Actor.SYSTEM,
                    new ProjectForm("Project " + i, "", "", "", "", List.of(), List.of(), "", 0, null));
            long phaseId = projects.addPhase(
                    org.id(),
                    Actor.SYSTEM,
                    id,
                    new PhaseForm(
                            "Fase",
                            "",
                            i % 2 == 0 ? "CONSULT" : "ADVISE",
                            today.minusDays(30).toString(),
                            today.plusDays(30).toString(),
                            "",
                            "",
                            "",
                            null));
            long componentId = projects.addComponent(
                    org.id(),
                    Actor.SYSTEM,
                    id,
                    phaseId,
                    new ComponentForm(FiguresComponentType.KEY, "Peiling", Map.of(), null));
            projects.publish(org.id(), Actor.SYSTEM, id);
            rows(org.id(), componentId, 100, 60, "p" + i + "-");
        }
        jdbc.sql("analyze test_take_part").update();

        List<Long> cold = new ArrayList<>();
        for (int round = 0; round <= 3; round++) {
            long start = System.nanoTime();
            dashboards.compute(org.id(), DUTCH);
            if (round > 0) {
                cold.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        System.out.println(
                "BENCH dashboard cold compute (200 projects, no cache): median " + median(cold) + " ms " + cold);

        // One signed-in analyst per connection, as on a real site; each opens the page once first.
        int threads = 16;
        String email = data.staff(org, StaffRole.ANALYST);
        List<nl.plein.support.WebClient> analysts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            var analyst = client(TestData.host(org));
            analyst.login(email, TestData.PASSWORD);
            analyst.get("/beheer/participatie");
            analysts.add(analyst);
        }
        // A constant rate, latency counted from the moment each request was due (queueing not hidden).
        int rate = 100;
        int seconds = 20;
        List<Double> p99s = new ArrayList<>();
        List<Double> p50s = new ArrayList<>();
        for (int round = 0; round <= 3; round++) {
            int total = rate * (round == 0 ? 5 : seconds);
            var latencies = new ConcurrentLinkedQueue<Long>();
            long begin = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < total; i++) {
                    long due = begin + i * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    var analyst = analysts.get(i % threads);
                    pool.submit(() -> {
                        var response = analyst.get("/beheer/participatie");
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("status " + response.statusCode());
                        }
                        latencies.add(System.nanoTime() - due);
                        return null;
                    });
                }
            }
            long[] sorted =
                    latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            double p50 = sorted[(int) (sorted.length * 0.50)] / 1e6;
            double p99 = sorted[(int) (sorted.length * 0.99)] / 1e6;
            double max = sorted[sorted.length - 1] / 1e6;
            System.out.printf(
                    "BENCH dashboard round %d: %d requests at %d/s over %d signed-in analysts, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    round, sorted.length, rate, threads, p50, p99, max);
            if (round > 0) {
                p50s.add(p50);
                p99s.add(p99);
            }
        }
        System.out.printf(
                "BENCH dashboard: median of 3 rounds p50 %.1f ms, p99 %.1f ms%n", medianD(p50s), medianD(p99s));
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double medianD(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
