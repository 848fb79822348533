package nl.plein.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.identity.StaffRole;
import nl.plein.shared.Dates;
import nl.plein.support.Multipart;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation admin fills in the statement through the forms; the published statement and its JSON export
 * follow, with the status the register's rules give. Another organisation and other staff roles see none of it.
 */
class AccessibilityStatementIntegrationTest extends PleinIntegrationTest {

    private static final String ADMIN = "/beheer/organisatie/toegankelijkheid";

    @Autowired
    TestData data;

    @Autowired
    AccessibilityStatements statements;

    @Test
    void theAutomatedTestsReportBecomesAnEvaluationAndItsFailuresKnownIssuesOnce() {
        Organisation org = data.organisation("Gemeente Testuitslag");
        WebClient admin = client(TestData.host(org));
        admin.login(data.staff(org, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        var report = new AutomatedReport(
                "axe-core 4.11.0 (Plein)",
                "WCAG 2.2 AA",
                "2026-11-30",
                222,
                List.of("nl", "en"),
                List.of(new AutomatedReport.Finding(
                        "color-contrast",
                        List.of("1.4.3"),
                        "Elements must meet minimum color contrast ratio thresholds",
                        List.of("nl /projecten/#", "en /projecten/#"))));

        HttpResponse<String> wrong = Multipart.upload(
                admin,
                ADMIN,
                ADMIN + "/testuitslag",
                Map.of(),
                "report",
                "verslag.json",
                "application/json",
                "{\"tool\": \"\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Dit bestand is geen uitslag van de automatische test.");
        for (int i = 0; i < 2; i++) { // the same file twice adds it once
            assertThat(Multipart.upload(
                                    admin,
                                    ADMIN,
                                    ADMIN + "/testuitslag",
                                    Map.of(),
                                    "report",
                                    "accessibility-report.json",
                                    "application/json",
                                    report.toJson())
                            .statusCode())
                    .isEqualTo(302);
        }

        Statement statement = statements.statement(org.id());
        assertThat(statement.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.method()).isEqualTo(Evaluation.Method.AUTOMATED);
            assertThat(e.fullScope()).isFalse();
            assertThat(e.evaluatedOn()).isEqualTo(LocalDate.parse("2026-11-30"));
            assertThat(e.evaluator()).isEqualTo("axe-core 4.11.0 (Plein)");
            assertThat(e.result())
                    .isEqualTo(
                            "222 pagina’s gecontroleerd (nl, en) op WCAG 2.2 AA. 1 regel niet gehaald: color-contrast.");
        });
        assertThat(statement.issues()).singleElement().satisfies(i -> {
            assertThat(i.criterion()).isEqualTo("1.4.3");
            assertThat(i.cause()).isEqualTo("Gevonden door de automatische test op: nl /projecten/#, en /projecten/#");
            assertThat(i.measure()).isEmpty(); // for staff to describe: until then the status stays below B
        });
        assertThat(client(TestData.host(org)).get("/toegankelijkheid").body())
                .contains("axe-core 4.11.0 (Plein)")
                .contains("Elements must meet minimum color contrast ratio thresholds");
    }

    @Test
    void theAdminsEntriesMakeTheStatementAndItsStatus() {
        Organisation org = data.organisation("Gemeente Verklaring");
        WebClient admin = client(TestData.host(org));
        admin.login(data.staff(org, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        WebClient visitor = client(TestData.host(org));
        assertThat(visitor.get("/toegankelijkheid").body()).contains("Status E: voldoet niet");

        // Bad input: the message at the field, what was typed kept.
        var wrong = admin.submit(ADMIN, ADMIN + "/goedkeuring", Map.of("approvedBy", "", "approvedOn", "gisteren"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("Vul de functie in van wie de verklaring goedkeurde.")
                .contains("value=\"gisteren\"");
        LocalDate today = LocalDate.now(Dates.ZONE);
        assertThat(admin.submit(
                                ADMIN,
                                ADMIN + "/goedkeuring",
                                Map.of("approvedBy", "burgemeester", "approvedOn", today.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(visitor.get("/toegankelijkheid").body()).contains("Status D: eerste maatregelen nog niet genomen");

        var evaluation = new LinkedHashMap<String, String>();
        evaluation.put("evaluatedOn", today.plusDays(3).toString());
        evaluation.put("evaluator", "Bureau Inclusief");
        evaluation.put("method", "EXPERT");
        evaluation.put("fullScope", "true");
        evaluation.put("reportUrl", "javascript:alert(1)");
        var refused = admin.submit(ADMIN, ADMIN + "/onderzoek", evaluation);
        assertThat(refused.body())
                .contains("Deze datum ligt in de toekomst.")
                .contains("Vul een link in die begint met https://.")
                .contains("value=\"Bureau Inclusief\"");
        evaluation.put("evaluatedOn", today.minusDays(7).toString());
        evaluation.put("reportUrl", "https://rapport.example/2026.pdf");
        evaluation.put("requestKey", "6f1d2c1e-1111-4a7b-9c1d-000000000001");
        admin.submit(ADMIN, ADMIN + "/onderzoek", evaluation);
        // A double submit with the same form stores one evaluation.
        admin.submit(ADMIN, ADMIN + "/onderzoek", evaluation);
        assertThat(statements.statement(org.id()).evaluations()).hasSize(1);
        assertThat(visitor.get("/toegankelijkheid").body()).contains("Status A: voldoet volledig");

        var issue = new LinkedHashMap<String, String>();
        issue.put("criterion", "contrast");
        issue.put("description", "Grijze tekst op wit.");
        assertThat(admin.submit(ADMIN, ADMIN + "/probleem", issue).body())
                .contains("Begin met het nummer van de eis")
                .contains("Grijze tekst op wit.");
        issue.put("criterion", "1.4.3 Contrast (minimum)");
        issue.put("cause", "Het oude thema.");
        issue.put("consequence", "Slechtzienden lezen de tekst niet.");
        issue.put("measure", "Een donkerder grijs.");
        issue.put("plannedFix", today.plusMonths(2).toString());
        admin.submit(ADMIN, ADMIN + "/probleem", issue);
        String page = visitor.get("/toegankelijkheid").body();
        assertThat(page)
                .contains("Status B: voldoet gedeeltelijk")
                .contains("Eis 1.4.3 Contrast (minimum)")
                .contains("Een donkerder grijs.")
                .contains("door de burgemeester van Gemeente Verklaring")
                .contains("href=\"https://rapport.example/2026.pdf\"");

        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(visitor.get("/toegankelijkheid/verklaring.json").body());
        assertThat(json.get("status").asString()).isEqualTo("B");
        assertThat(json.get("evaluations").get(0).get("fullScope").asBoolean()).isTrue();
        assertThat(json.get("evaluations").get(0).get("evaluatedOn").asString())
                .isEqualTo(today.minusDays(7).toString());
        assertThat(json.get("approval").get("approvedBy").asString()).isEqualTo("burgemeester");
        assertThat(json.get("issues").get(0).get("plannedFix").asString())
                .isEqualTo(today.plusMonths(2).toString());

        // Fixed, but not evaluated again: still B, with the reason given.
        long issueId = statements.statement(org.id()).issues().getFirst().id();
        admin.submit(ADMIN, ADMIN + "/probleem/" + issueId + "/opgelost", Map.of());
        assertThat(visitor.get("/toegankelijkheid").body())
                .contains("Status B")
                .contains("nog niet opnieuw onderzocht");

        // Other organisations and other roles see nothing of it.
        Organisation other = data.organisation("Gemeente Elders");
        assertThat(client(TestData.host(other)).get("/toegankelijkheid").body())
                .contains("Status E")
                .doesNotContain("Bureau Inclusief");
        WebClient manager = client(TestData.host(org));
        manager.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        assertThat(manager.get(ADMIN).statusCode()).isEqualTo(403);
        WebClient otherAdmin = client(TestData.host(other));
        otherAdmin.login(data.staff(other, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        otherAdmin.submit(ADMIN, ADMIN + "/probleem/" + issueId + "/verwijderen", Map.of());
        assertThat(statements.statement(org.id()).issues()).hasSize(1);
    }
}
