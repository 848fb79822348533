package nl.plein.opinionmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.opinionmap.OpinionMapFixture.TestMap;
import nl.plein.opinionmap.analysis.Ari;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OpinionMapIntegrationTest extends PleinIntegrationTest {

    private static final Pattern STATEMENT_ID = Pattern.compile("name=\"statementId\" value=\"(\\d+)\"");

    @Autowired
    TestData data;

    @Autowired
    OpinionMapFixture fixture;

    @Autowired
    OpinionMaps maps;

    @Autowired
    OpinionMapRecomputer recomputer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.plein.project.ProjectManagement projects;

    @Autowired
    nl.plein.tenancy.Organisations organisations;

    private TestMap map(String name) {
        return fixture.create(
                data.organisation(name),
                "Het plein krijgt meer bomen.",
                "Auto's mogen niet meer op het plein.",
                "Er komt een speeltuin.");
    }

    private static long shownStatement(HttpResponse<String> page) {
        Matcher m = STATEMENT_ID.matcher(page.body());
        assertThat(m.find()).as("a statement to vote on").isTrue();
        return Long.parseLong(m.group(1));
    }

    private List<Integer> votesOf(TestMap map) {
        return jdbc.sql(
                        "select vote from opinion_vote where organisation_id = :o and component_id = :c order by statement_id")
                .param("o", map.org().value())
                .param("c", map.componentId())
                .query(Integer.class)
                .list();
    }

    @Test
    void aClosedProjectTakesNoMoreVotesOrStatements() {
        TestMap map = map("Sluitdorp");
        WebClient resident = client(TestData.host(map.organisation()));
        resident.login(data.resident(map.organisation()), TestData.PASSWORD);
        long statement = shownStatement(resident.get(map.path()));
        long project =
                projects.publishedProject(map.org(), map.slug()).orElseThrow().id();
        projects.close(map.org(), Actor.SYSTEM, project);

        var page = resident.get(map.path()).body();
        assertThat(page).contains("Stemmen en stellingen insturen kan nu niet").doesNotContain("name=\"statementId\"");
        resident.post(map.path() + "/stem", Map.of("statementId", "" + statement, "vote", "agree"));
        resident.post(
                map.path() + "/stelling",
                Map.of(
                        "text",
                        "Er moet een bankje komen.",
                        "requestKey",
                        UUID.randomUUID().toString()));
        assertThat(votesOf(map)).isEmpty();
        assertThat(maps.participantStatements(map.org(), map.componentId())).isEmpty();
    }

    @Test
    void residentVotesOneStatementAtATimeAndTheLatestVoteCounts() {
        TestMap map = map("Stemdorp");
        WebClient anonymous = client(TestData.host(map.organisation()));
        String page = anonymous.get(map.path()).body();
        assertThat(page).contains("Om mee te doen moet u inloggen").doesNotContain("name=\"statementId\"");

        WebClient resident = client(TestData.host(map.organisation()));
        resident.login(data.resident(map.organisation()), TestData.PASSWORD);
        var first = resident.get(map.path());
        assertThat(first.body()).contains("U stemde op 0 van de 3 stellingen");
        long statement = shownStatement(first);
        var voted = resident.post(map.path() + "/stem", Map.of("statementId", "" + statement, "vote", "agree"));
        assertThat(voted.statusCode()).isEqualTo(302);

        var second = resident.get(map.path());
        assertThat(second.body()).contains("U stemde op 1 van de 3 stellingen");
        assertThat(shownStatement(second)).isNotEqualTo(statement);
        // Changing one's mind: the same statement again, now disagree. One vote remains, the latest.
        resident.post(map.path() + "/stem", Map.of("statementId", "" + statement, "vote", "disagree"));
        assertThat(votesOf(map)).containsExactly(-1);
        // Not a vote: nothing stored.
        resident.post(map.path() + "/stem", Map.of("statementId", "" + statement, "vote", "maybe"));
        assertThat(votesOf(map)).containsExactly(-1);
        // Without a CSRF token the vote is refused.
        assertThat(resident.postRaw(map.path() + "/stem", Map.of("statementId", "" + statement, "vote", "agree"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aPanelMapTakesVotesOnlyFromActivePanelMembers() throws Exception {
        TestMap map = map("Paneldorp");
        try (var csv = new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("demo/zeeveld-kerncijfers.csv").getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)) {
            organisations.importAreas(map.org(), csv);
        }
        WebClient manager = client(TestData.host(map.organisation()));
        manager.login(data.staff(map.organisation(), StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        manager.submit(
                "/beheer/meningenkaarten/" + map.componentId(),
                "/beheer/meningenkaarten/" + map.componentId() + "/instellingen",
                Map.of("audience", "panel"));
        assertThat(maps.settings(map.org(), map.componentId()).audience()).isEqualTo(Audience.PANEL);

        WebClient resident = client(TestData.host(map.organisation()));
        resident.login(data.resident(map.organisation()), TestData.PASSWORD);
        String outsider = resident.get(map.path()).body();
        assertThat(outsider).contains("voor leden van het inwonerspanel").doesNotContain("name=\"statementId\"");
        resident.post(
                map.path() + "/stem",
                Map.of("statementId", "" + map.statementIds().getFirst(), "vote", "agree"));
        assertThat(votesOf(map)).isEmpty();

        var joined = resident.submit(
                "/panel",
                "/panel/aanmelden",
                Map.of(
                        "birthYear", "1975",
                        "sex", "V",
                        "postcode", "9901 AB",
                        "areaId",
                                String.valueOf(organisations
                                        .areas(map.org())
                                        .getFirst()
                                        .id()),
                        "consentSurveys", "true"));
        assertThat(joined.statusCode()).isEqualTo(302);
        long statement = shownStatement(resident.get(map.path()));
        resident.post(map.path() + "/stem", Map.of("statementId", "" + statement, "vote", "agree"));
        assertThat(votesOf(map)).containsExactly(1);
    }

    @Test
    void anyoneVotesWithABrowserTokenAndTheirStatementsWaitForAModerator() {
        TestMap map = map("Tokendorp");
        WebClient manager = client(TestData.host(map.organisation()));
        manager.login(data.staff(map.organisation(), StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        var saved = manager.submit(
                "/beheer/meningenkaarten/" + map.componentId(),
                "/beheer/meningenkaarten/" + map.componentId() + "/instellingen",
                Map.of("audience", "anyone", "premoderation", "true"));
        assertThat(saved.statusCode()).isEqualTo(302);
        // No choice at all is refused at the field.
        var none = manager.submit(
                "/beheer/meningenkaarten/" + map.componentId(),
                "/beheer/meningenkaarten/" + map.componentId() + "/instellingen",
                Map.of("audience", ""));
        assertThat(none.body()).contains("Kies wie mag meedoen").contains("aria-invalid");
        assertThat(maps.settings(map.org(), map.componentId()).audience()).isEqualTo(Audience.ANYONE);

        WebClient visitor = client(TestData.host(map.organisation()));
        var page = visitor.get(map.path());
        var vote = visitor.post(map.path() + "/stem", Map.of("statementId", "" + shownStatement(page), "vote", "pass"));
        assertThat(vote.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        c -> assertThat(c).startsWith("plein-meningenkaart=").contains("HttpOnly"));
        assertThat(visitor.get(map.path()).body()).contains("U stemde op 1 van de 3 stellingen");
        assertThat(votesOf(map)).containsExactly(0);

        // Bad input keeps the text and says what is wrong at the field.
        String tooLong = "x".repeat(301);
        var refused = visitor.post(
                map.path() + "/stelling",
                Map.of("text", tooLong, "requestKey", UUID.randomUUID().toString()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Uw stelling is te lang")
                .contains(tooLong)
                .contains("aria-invalid=\"true\"");

        String key = UUID.randomUUID().toString();
        var submitted = visitor.post(
                map.path() + "/stelling", Map.of("text", "Er moet een bankje bij de kerk.", "requestKey", key));
        assertThat(submitted.statusCode()).isEqualTo(302);
        visitor.get(map.path());
        visitor.post(map.path() + "/stelling", Map.of("text", "Er moet een bankje bij de kerk.", "requestKey", key));
        List<Statement> pending = maps.pendingStatements(map.org(), map.componentId());
        assertThat(pending).singleElement().extracting(Statement::text).isEqualTo("Er moet een bankje bij de kerk.");

        WebClient moderator = client(TestData.host(map.organisation()));
        moderator.login(data.staff(map.organisation(), StaffRole.MODERATOR), TestData.PASSWORD);
        String admin = "/beheer/meningenkaarten/" + map.componentId();
        assertThat(moderator.get(admin).body()).contains("Er moet een bankje bij de kerk.");
        moderator.submit(
                admin, admin + "/stellingen/" + pending.getFirst().id() + "/moderatie", Map.of("decision", "publish"));
        assertThat(maps.pendingStatements(map.org(), map.componentId())).isEmpty();
        assertThat(visitor.get(map.path()).body()).contains("U stemde op 1 van de 4 stellingen");
        // A moderator does not change the map's settings.
        assertThat(moderator
                        .submit(admin, admin + "/instellingen", Map.of("audience", "accounts"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aStatementThatLooksLikeAFormulaStaysTextInTheCsv() {
        TestMap map = fixture.create(
                data.organisation("Formulestad"),
                "=HYPERLINK(\"https://example.org\") hier klikken",
                "@gemeente luister");
        WebClient analyst = client(TestData.host(map.organisation()));
        analyst.login(data.staff(map.organisation(), StaffRole.ANALYST), TestData.PASSWORD);
        String csv = analyst.get("/beheer/meningenkaarten/" + map.componentId() + "/export.csv")
                .body();
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"https://example.org\"\") hier klikken\"")
                .contains(",'@gemeente luister,");
    }

    @Test
    void staffSeeCountsPerGroupAndExportThemWhileOtherOrganisationsSeeNothing() {
        TestMap map = fixture.create(data.organisation("Telgemeente"), statements(30));
        fixture.plant(map, 120, 20, 3, 5);
        assertThat(recomputer.recompute(map.org(), map.componentId())).isTrue();

        WebClient analyst = client(TestData.host(map.organisation()));
        analyst.login(data.staff(map.organisation(), StaffRole.ANALYST), TestData.PASSWORD);
        String admin = "/beheer/meningenkaarten/" + map.componentId();
        assertThat(analyst.get(admin).body())
                .contains("Groep A (")
                .contains("Groep C (")
                .contains("eens,");
        var csv = analyst.get(admin + "/export.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String header = csv.body().lines().findFirst().orElseThrow();
        assertThat(header)
                .as("with a byte order mark, so Excel reads UTF-8")
                .startsWith("\uFEFFstatement_id,text,status,origin,agree,disagree,pass,group_A_agree")
                .contains("group_C_pass");
        assertThat(csv.body().lines().count()).isEqualTo(31);
        assertThat(analyst.get(admin + "/export.json").body())
                .contains("\"groups\"")
                .contains("\"consensus\"");
        // An analyst looks but does not add statements.
        assertThat(analyst.submit(admin, admin + "/stellingen", Map.of("text", "Nog een"))
                        .statusCode())
                .isEqualTo(403);

        var map2 = map("Andere gemeente");
        WebClient other = client(TestData.host(map2.organisation()));
        other.login(data.staff(map2.organisation(), StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        assertThat(other.get(admin).statusCode()).isEqualTo(404);
        assertThat(other.get(admin + "/export.csv").statusCode()).isEqualTo(404);
        assertThat(other.get("/projecten/" + map.slug() + "/meningenkaart/" + map.componentId())
                        .statusCode())
                .isEqualTo(404);
        assertThat(other.get(map2.path().replace("" + map2.componentId(), "" + map.componentId()))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void staffImportAPolisConversationAndTheMapFindsPolisGroups() throws IOException {
        TestMap map = map("Polisstad");
        WebClient manager = client(TestData.host(map.organisation()));
        manager.login(data.staff(map.organisation(), StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        String admin = "/beheer/meningenkaarten/" + map.componentId();
        var imported = upload(
                manager,
                admin,
                admin + "/import",
                Map.of("comments", resource("comments.csv"), "votes", resource("votes.csv")));
        assertThat(imported.statusCode()).isEqualTo(302);
        // Twice: nothing is added twice.
        upload(
                manager,
                admin,
                admin + "/import",
                Map.of("comments", resource("comments.csv"), "votes", resource("votes.csv")));
        // Polis' moderators took 23 of its 54 statements out: here they are rejected.
        assertThat(maps.statements(map.org(), map.componentId()))
                .hasSize(3 + 54)
                .filteredOn(s -> s.status().equals("rejected"))
                .hasSize(23);

        assertThat(recomputer.recompute(map.org(), map.componentId())).isTrue();
        MapSummary summary = maps.summary(map.org(), map.componentId()).orElseThrow();
        assertThat(summary.groups()).hasSize(2);
        assertThat(summary.participantsInMap()).isEqualTo(138);

        var broken = upload(
                manager, admin, admin + "/import", Map.of("comments", "nonsense".getBytes(), "votes", new byte[] {1}));
        assertThat(broken.body()).contains("Deze bestanden zijn geen Polis-export");
    }

    @Test
    void votesAreAcceptedWhileARecomputeRuns() throws Exception {
        TestMap map = fixture.create(data.organisation("Drukte"), statements(20));
        maps.updateSettings(map.org(), Actor.SYSTEM, map.componentId(), "anyone", true);
        fixture.plant(map, 200, 10, 2, 9);
        List<Integer> statuses = new ArrayList<>();
        try (var computing = new HeldRecompute(map)) {
            for (int i = 0; i < 10; i++) {
                WebClient visitor = client(TestData.host(map.organisation()));
                long statement = shownStatement(visitor.get(map.path()));
                statuses.add(visitor.post(map.path() + "/stem", Map.of("statementId", "" + statement, "vote", "agree"))
                        .statusCode());
            }
            assertThat(computing.running())
                    .as("the recompute was still running")
                    .isTrue();
        }
        assertThat(statuses).containsOnly(302);
        assertThat(votesOf(map)).hasSize(200 * 10 + 10);
        // The map computed meanwhile does not have the new votes; the next one will.
        assertThat(maps.summary(map.org(), map.componentId()).orElseThrow().votes())
                .isEqualTo(200 * 10);
    }

    @Test
    void aSlowNodeDoesNotStoreItsOlderMapOverANewerOne() throws Exception {
        TestMap map = fixture.create(data.organisation("Traagdorp"), statements(20));
        maps.updateSettings(map.org(), Actor.SYSTEM, map.componentId(), "anyone", true);
        fixture.plant(map, 120, 10, 2, 4);
        // The slow node reads the votes first and stores last.
        try (var slowNode = new HeldRecompute(map)) {
            WebClient visitor = client(TestData.host(map.organisation()));
            long statement = shownStatement(visitor.get(map.path()));
            assertThat(visitor.post(map.path() + "/stem", Map.of("statementId", "" + statement, "vote", "agree"))
                            .statusCode())
                    .isEqualTo(302);
            assertThat(recomputer.recompute(map.org(), map.componentId())).isTrue();
            assertThat(slowNode.running()).isTrue();
        }
        assertThat(maps.summary(map.org(), map.componentId()).orElseThrow().votes())
                .as("the map of the later read stays")
                .isEqualTo(120 * 10 + 1);
    }

    /** A recompute on a thread of its own, held between reading the votes and storing the map until closed. */
    private final class HeldRecompute implements AutoCloseable {
        private final CountDownLatch release = new CountDownLatch(1);
        private final Thread thread;

        HeldRecompute(TestMap map) throws InterruptedException {
            var loaded = new CountDownLatch(1);
            thread = Thread.ofPlatform().unstarted(() -> recomputer.recompute(map.org(), map.componentId()));
            recomputer.afterLoad = () -> {
                if (Thread.currentThread() != thread) return;
                loaded.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            thread.start();
            assertThat(loaded.await(30, TimeUnit.SECONDS)).isTrue();
        }

        boolean running() {
            return thread.isAlive();
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            thread.join(30_000);
            recomputer.afterLoad = () -> {};
        }
    }

    @Test
    void theMapTellsParticipantsTheirGroupAndTheCommonGround() {
        TestMap map = fixture.create(data.organisation("Kaartdorp"), statements(30));
        var electorate = fixture.plant(map, 150, 25, 2, 3);
        assertThat(recomputer.recompute(map.org(), map.componentId())).isTrue();
        MapSummary summary = maps.summary(map.org(), map.componentId()).orElseThrow();
        assertThat(summary.groups()).hasSize(2);
        var page = client(TestData.host(map.organisation()))
                .get(map.path() + "/kaart")
                .body();
        assertThat(page)
                .contains("<svg")
                .contains("role=\"img\"")
                .contains("<caption")
                .contains("Groep A (")
                .contains("Waar de groepen het over eens zijn");
        // Group numbers follow the planted ones (up to naming).
        int[] found = jdbc
                .sql("""
                        select group_no from opinion_position p join opinion_participant q
                        on q.organisation_id = p.organisation_id and q.id = p.participant_id
                        where p.organisation_id = :o and p.component_id = :c order by q.id""")
                .param("o", map.org().value())
                .param("c", map.componentId())
                .query(Integer.class)
                .list()
                .stream()
                .mapToInt(Integer::intValue)
                .toArray();
        assertThat(Ari.of(electorate.plantedGroup(), found)).isGreaterThan(0.9);
    }

    static String[] statements(int count) {
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) texts[i] = "Stelling nummer " + (i + 1) + " over het dorp.";
        return texts;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in =
                OpinionMapIntegrationTest.class.getResourceAsStream("/polis/15-per-hour-seattle/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A form with several files (the shared Multipart helper sends one). */
    private static HttpResponse<String> upload(
            WebClient client, String formPage, String action, Map<String, byte[]> files) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(client.get(formPage).body());
        assertThat(csrf.find()).isTrue();
        String boundary = "----plein" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
                        + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + name + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(client.request(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
