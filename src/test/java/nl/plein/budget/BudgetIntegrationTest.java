package nl.plein.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.budget.BudgetFixture.TestBudget;
import nl.plein.budget.count.Pabulib;
import nl.plein.budget.count.Rule;
import nl.plein.budget.count.Tally;
import nl.plein.idea.IdeaForm;
import nl.plein.idea.IdeaPlace;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.panel.PanelManagement;
import nl.plein.project.ComponentForm;
import nl.plein.support.ConversationTestData;
import nl.plein.support.Multipart;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A budget end to end: ballots online (account or letter code) and on paper, one per person and the last one
 * counting; bad ballots refused at the field with the choice kept; closing, counting, the comparison for staff,
 * the published result in words; a .pb file in and out; and nothing of one organisation visible to another.
 */
class BudgetIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    BudgetFixture fixture;

    @Autowired
    Budgets budgets;

    @Autowired
    PanelManagement panel;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.plein.tenancy.Organisations organisations;

    @Autowired
    nl.plein.project.ProjectManagement projects;

    @Autowired
    nl.plein.project.ComponentRegistry registry;

    @Autowired
    nl.plein.idea.IdeaManagement ideas;

    private Map<Long, Integer> stored(TestBudget b, String voterKey) {
        Map<Long, Integer> choices = new java.util.TreeMap<>();
        jdbc.sql(
                        "select project_id, points from budget_choice where organisation_id = ? and component_id = ? and voter_key = ?")
                .params(b.org().value(), b.componentId(), voterKey)
                .query((rs, n) -> choices.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return choices;
    }

    private long ballots(TestBudget b) {
        return budgets.ballotCount(b.org(), b.componentId());
    }

    private static long accountId(JdbcClient jdbc, Organisation org, String email) {
        return jdbc.sql("select id from account where organisation_id = ? and email = ?")
                .params(org.id().value(), email)
                .query(Long.class)
                .single();
    }

    @Test
    void aKnapsackBallotOverTheBudgetIsRefusedAtTheFieldWithTheChoiceKeptAndTheLastBallotCounts() {
        Organisation org = data.organisation("Zeeveld");
        TestBudget b = fixture.create(org, "knapsack", 100_000, 60_000, 50_000, 30_000);
        String email = data.resident(org);
        WebClient resident = client(TestData.host(org));
        resident.login(email, TestData.PASSWORD);
        String voter = "account:" + accountId(jdbc, org, email);

        var page = resident.get(b.path()).body();
        assertThat(page)
                .contains("Er is € 100.000 te verdelen")
                .contains("Voorstel 1</span>: <strong>€ 60.000</strong>");

        // Without JavaScript: "count my choice" shows the total and stores nothing.
        var counted =
                resident.post(b.path(), Map.of("choice-" + b.id(0), "1", "choice-" + b.id(1), "1", "action", "count"));
        assertThat(counted.statusCode()).isEqualTo(200);
        assertThat(counted.body())
                .contains("Uw keuze kost samen € 110.000 van de € 100.000.")
                .contains("Dat is € 10.000 te veel.")
                .contains("id=\"choice-" + b.id(0) + "\" name=\"choice-" + b.id(0)
                        + "\" value=\"1\" data-cost=\"60000\" checked");
        assertThat(ballots(b)).isZero();

        var refused =
                resident.post(b.path(), Map.of("choice-" + b.id(0), "1", "choice-" + b.id(1), "1", "action", "cast"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"choices-error\">Uw keuze kost meer dan het budget.")
                .contains("href=\"#choices\"")
                .contains("data-cost=\"50000\" checked");
        assertThat(ballots(b)).isZero();

        var cast =
                resident.post(b.path(), Map.of("choice-" + b.id(0), "1", "choice-" + b.id(2), "1", "action", "cast"));
        assertThat(cast.statusCode()).isEqualTo(302);
        assertThat(resident.get(b.path()).body()).contains("U hebt al gestemd").contains("Stem veranderen");
        assertThat(stored(b, voter)).containsOnlyKeys(b.id(0), b.id(2));

        // A double submit and a change: still one ballot, the last one.
        resident.post(b.path(), Map.of("choice-" + b.id(1), "1", "choice-" + b.id(2), "1", "action", "cast"));
        resident.post(b.path(), Map.of("choice-" + b.id(1), "1", "choice-" + b.id(2), "1", "action", "cast"));
        assertThat(ballots(b)).isEqualTo(1);
        assertThat(stored(b, voter)).containsOnlyKeys(b.id(1), b.id(2));
    }

    @Test
    void aPointsBallotDividesThePointsAndKeepsWhatWasTypedWhenRefused() {
        Organisation org = data.organisation("Puntdorp");
        TestBudget b = fixture.create(org, "points", 100_000, 60_000, 50_000, 30_000);
        String email = data.resident(org);
        WebClient resident = client(TestData.host(org));
        resident.login(email, TestData.PASSWORD);
        assertThat(resident.get(b.path()).body())
                .contains("Verdeel 10 punten over de voorstellen.")
                .contains("name=\"points-" + b.id(0) + "\"");

        var notANumber = resident.post(
                b.path(), Map.of("points-" + b.id(0), "veel", "points-" + b.id(1), "3", "action", "cast"));
        assertThat(notANumber.body())
                .contains("Vul bij punten een heel getal in")
                .contains("value=\"veel\"")
                .contains("value=\"3\"");
        var tooMany =
                resident.post(b.path(), Map.of("points-" + b.id(0), "7", "points-" + b.id(1), "4", "action", "cast"));
        assertThat(tooMany.body()).contains("U gaf meer punten dan u hebt.").contains("value=\"7\"");
        var counted =
                resident.post(b.path(), Map.of("points-" + b.id(0), "7", "points-" + b.id(1), "3", "action", "count"));
        assertThat(counted.body()).contains("U gaf 10 van de 10 punten.");
        assertThat(resident.post(b.path(), Map.of("points-" + b.id(0), "7", "points-" + b.id(1), "3", "action", "cast"))
                        .statusCode())
                .isEqualTo(302);
        String voter = "account:" + accountId(jdbc, org, email);
        assertThat(stored(b, voter))
                .containsEntry(b.id(0), 7)
                .containsEntry(b.id(1), 3)
                .hasSize(2);
        // The count reads points as utilities.
        assertThat(budgets.instance(b.org(), b.componentId()).points()).isTrue();
    }

    @Test
    void aHundredParallelBallotsOfOnePersonStoreOneWholeBallot() throws Exception {
        Organisation org = data.organisation("Parallel");
        TestBudget b = fixture.create(org, "approval", 100_000, 10_000, 20_000, 30_000, 40_000);
        String email = data.resident(org);
        WebClient resident = client(TestData.host(org));
        resident.login(email, TestData.PASSWORD);
        resident.get(b.path());
        String voter = "account:" + accountId(jdbc, org, email);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        var start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // Each request chooses a different pair, so a mix of two ballots would show.
            Map<String, String> fields =
                    Map.of("choice-" + b.id(i % 4), "1", "choice-" + b.id((i + 1) % 4), "1", "action", "cast");
            answers.add(pool.submit(() -> {
                start.await();
                return resident.post(b.path(), fields).statusCode();
            }));
        }
        start.countDown();
        for (var answer : answers) assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(302);
        pool.shutdown();
        assertThat(ballots(b)).isEqualTo(1);
        Map<Long, Integer> choices = stored(b, voter);
        assertThat(choices).hasSize(2);
        assertThat(jdbc.sql("select changes from budget_ballot where organisation_id = ? and component_id = ?")
                        .params(org.id().value(), b.componentId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(99);
    }

    @Test
    void aLetterCodeVotesOnlineAndOnPaperAsOnePerson() throws IOException {
        Organisation org = data.organisation("Briefdorp");
        TestBudget b = fixture.create(org, "approval-max", 50_000, 10_000, 20_000, 30_000);
        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        PleinPrincipal staff = conversation.principal(org, staffEmail);
        panel.addCodes(org.id(), staff, new StringReader("ZEEVELD-0001\n"), false);

        WebClient visitor = client(TestData.host(org));
        visitor.get(b.path());
        var noCode = visitor.post(b.path(), Map.of("choice-" + b.id(0), "1", "action", "cast"));
        assertThat(noCode.body()).contains("id=\"code-error\">Log in of vul de code uit uw brief in.");
        var wrongCode = visitor.post(b.path(), Map.of("choice-" + b.id(0), "1", "code", "NOPE-1234", "action", "cast"));
        assertThat(wrongCode.body()).contains("Deze code kennen we niet.").contains("value=\"NOPE-1234\"");
        var tooMany = visitor.post(
                b.path(),
                Map.of(
                        "choice-" + b.id(0),
                        "1",
                        "choice-" + b.id(1),
                        "1",
                        "choice-" + b.id(2),
                        "1",
                        "code",
                        "zeeveld 0001",
                        "action",
                        "cast"));
        assertThat(tooMany.body()).contains("U koos te veel voorstellen.");
        var online = visitor.post(b.path(), Map.of("choice-" + b.id(0), "1", "code", "zeeveld 0001", "action", "cast"));
        assertThat(online.statusCode()).isEqualTo(302);
        assertThat(ballots(b)).isEqualTo(1);

        // The same resident hands in a paper ballot at the desk: it replaces the online one.
        WebClient desk = client(TestData.host(org));
        desk.login(staffEmail, TestData.PASSWORD);
        assertThat(desk.get("/beheer/namens").body()).contains("/beheer/namens/begroting/" + b.componentId());
        var paper = desk.submit(
                "/beheer/namens/begroting/" + b.componentId(),
                "/beheer/namens/begroting/" + b.componentId(),
                Map.of("channel", "PAPER", "who", "ZEEVELD-0001", "choice-" + b.id(2), "1"));
        assertThat(paper.statusCode()).isEqualTo(302);
        assertThat(ballots(b)).isEqualTo(1);
        String key = jdbc.sql("select voter_key from budget_ballot where organisation_id = ? and component_id = ?")
                .params(org.id().value(), b.componentId())
                .query(String.class)
                .single();
        assertThat(key).startsWith("letter:");
        assertThat(stored(b, key)).containsOnlyKeys(b.id(2));
        assertThat(jdbc.sql("select channel from budget_ballot where organisation_id = ? and component_id = ?")
                        .params(org.id().value(), b.componentId())
                        .query(String.class)
                        .single())
                .isEqualTo("PAPER");
        assertThat(jdbc.sql("select count(*) from audit_entry where organisation_id = ? and action = ?")
                        .params(org.id().value(), "budget.ballotEnteredForResident")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var unknown = desk.post(
                "/beheer/namens/begroting/" + b.componentId(),
                Map.of("channel", "PAPER", "who", "", "choice-" + b.id(2), "1"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("id=\"who-error\"");
    }

    @Test
    void guessingLetterCodesIsSlowedDown() throws IOException {
        Organisation org = data.organisation("Raaddorp");
        TestBudget b = fixture.create(org, "approval", 50_000, 10_000);
        PleinPrincipal staff = conversation.principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        panel.addCodes(org.id(), staff, new StringReader("ECHT-0001\n"), false);
        WebClient guesser = client(TestData.host(org));
        guesser.get(b.path());
        for (int i = 0; i < 3; i++) {
            var wrong = guesser.post(b.path(), Map.of("choice-" + b.id(0), "1", "code", "GOK-" + i, "action", "cast"));
            assertThat(wrong.body()).contains("Deze code kennen we niet.");
        }
        // After three wrong codes even the right one has to wait: guessing is slowed down, then locked.
        var right = guesser.post(b.path(), Map.of("choice-" + b.id(0), "1", "code", "ECHT-0001", "action", "cast"));
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("U hebt te vaak een code ingevuld die we niet kennen.");
        assertThat(ballots(b)).isZero();
    }

    @Test
    void staffCompareTheRulesCloseCountAndPublishAResultInWords() {
        Organisation org = data.organisation("Telgem");
        // Three voters want the big proposal, two want the two small ones: greedy gives the majority nearly all the
        // money; with equal shares the three cannot pay 90,000 from their shares, while the two pay for theirs.
        TestBudget b = fixture.create(org, "approval", 100_000, 90_000, 20_000, 20_000);
        for (int v = 0; v < 3; v++) {
            budgets.cast(
                    b.org(),
                    b.componentId(),
                    Budgets.Cast.online(new nl.plein.shared.Voter("test:a" + v, null), ""),
                    Map.of(b.id(0), 1));
        }
        for (int v = 0; v < 2; v++) {
            budgets.cast(
                    b.org(),
                    b.componentId(),
                    Budgets.Cast.online(new nl.plein.shared.Voter("test:b" + v, null), ""),
                    Map.of(b.id(1), 1, b.id(2), 1));
        }
        var outcomes = budgets.compare(b.org(), b.componentId());
        assertThat(outcomes.get(Rule.GREEDY).selected()).containsExactly(0);
        assertThat(outcomes.get(Rule.MES).selected()).containsExactlyInAnyOrder(1, 2);

        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        WebClient staff = client(TestData.host(org));
        staff.login(staffEmail, TestData.PASSWORD);
        var page = staff.get(b.adminPath()).body();
        assertThat(page)
                .contains("Zo valt de uitslag uit bij elke manier van tellen")
                .contains("Meeste stemmen eerst: 1 voorstel, samen € 90.000 van de € 100.000.");

        WebClient resident = client(TestData.host(org));
        assertThat(resident.get(b.path() + "/uitslag").statusCode()).isEqualTo(404);
        assertThat(staff.post(b.adminPath() + "/publiceren", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(budgets.settings(b.org(), b.componentId()).published()).isFalse();

        assertThat(staff.post(b.adminPath() + "/tellen", Map.of()).statusCode()).isEqualTo(302);
        assertThat(budgets.settings(b.org(), b.componentId()).closed()).isTrue();
        // After closing no ballot is taken, online or otherwise.
        var late = budgets.cast(
                b.org(),
                b.componentId(),
                Budgets.Cast.online(new nl.plein.shared.Voter("test:late", null), ""),
                Map.of(b.id(0), 1));
        assertThat(late.get("choices")).isEqualTo("budget.ballot.closed");
        assertThat(resident.get(b.path() + "/uitslag").statusCode()).isEqualTo(404);

        staff.post(b.adminPath() + "/publiceren", Map.of());
        var result = resident.get(b.path() + "/uitslag");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body())
                .contains("5 mensen stemden. 2 voorstellen krijgen geld: samen € 40.000 van de € 100.000.")
                // Add1: shares rise from 20,000 while the outcome fits; at 30,000 the three could buy theirs too.
                .contains("iedere stemmer had € 29.999 te verdelen")
                .contains("Gesteund door 2 stemmers die het samen konden betalen, ieder ten hoogste € 10.000.")
                .contains(
                        "Gesteund door 3 stemmers, maar zij hadden samen nog maar € 89.997 over. Dat is te weinig voor € 90.000.")
                .contains("<svg class=\"plein-budget-chart\"");
        assertThat(resident.get(b.path()).body()).contains("Bekijk de uitslag").doesNotContain("Stem uitbrengen");
    }

    @Test
    void aPabulibFileIsReadIntoAnEmptyBudgetCountedAsTheFileAndWrittenOutAgain() throws Exception {
        Organisation org = data.organisation("Pabulib");
        TestBudget b = fixture.create(org, "approval", 1_000);
        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        WebClient staff = client(TestData.host(org));
        staff.login(staffEmail, TestData.PASSWORD);

        var broken = Multipart.upload(
                staff,
                b.adminPath(),
                b.adminPath() + "/import",
                Map.of(),
                "file",
                "kapot.pb",
                "text/plain",
                "META\nkey;value\nbudget;abc\n".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body())
                .contains("Het bestand heeft fouten. Er is niets ingelezen.")
                .contains("id=\"import-lines\"");
        assertThat(budgets.proposals(b.org(), b.componentId())).isEmpty();

        byte[] file =
                new ClassPathResource("pabulib/Netherlands_Amsterdam_2021_Diamantbuurt.pb").getContentAsByteArray();
        var read = Multipart.upload(
                staff, b.adminPath(), b.adminPath() + "/import", Map.of(), "file", "a.pb", "text/plain", file);
        assertThat(read.statusCode()).isEqualTo(302);
        Pabulib.PbFile original =
                Pabulib.read(new InputStreamReader(new java.io.ByteArrayInputStream(file), StandardCharsets.UTF_8));
        assertThat(ballots(b)).isEqualTo(original.votes().size());

        // The count of the imported budget is the count of the file, rule by rule.
        var outcomes = budgets.compare(b.org(), b.componentId());
        var proposals = budgets.proposals(b.org(), b.componentId());
        for (Rule rule : Rule.values()) {
            var fromFile = Tally.count(original.toInstance(), rule).selected().stream()
                    .map(i -> original.projects().get(i).id())
                    .sorted()
                    .toList();
            var fromPlein = outcomes.get(rule).selected().stream()
                    .map(i -> proposals.get(i).pabulibId())
                    .sorted()
                    .toList();
            assertThat(fromPlein).as(rule.key).isEqualTo(fromFile);
        }

        var export = staff.get(b.adminPath() + "/export.pb");
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains(".pb");
        Pabulib.PbFile again = Pabulib.read(new StringReader(export.body()));
        assertThat(again.budget()).isEqualTo(original.budget());
        assertThat(again.votes()).hasSize(original.votes().size());
        assertThat(Tally.count(again.toInstance(), Rule.MES).selected())
                .isEqualTo(Tally.count(original.toInstance(), Rule.MES).selected());

        var twice = Multipart.upload(
                staff, b.adminPath(), b.adminPath() + "/import", Map.of(), "file", "a.pb", "text/plain", file);
        assertThat(twice.body()).contains("Inlezen kan alleen in een lege begroting.");
    }

    @Test
    void aBudgetForOneAreaAsksThePostcode() throws IOException {
        Organisation org = data.organisation("Wijkdorp");
        TestBudget b = fixture.create(org, "approval", 10_000, 5_000);
        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER, StaffRole.ORGANISATION_ADMIN);
        PleinPrincipal staff = conversation.principal(org, staffEmail);
        try (var csv = new InputStreamReader(
                new ClassPathResource("demo/zeeveld-kerncijfers.csv").getInputStream(), StandardCharsets.UTF_8)) {
            organisations.importAreas(org.id(), csv);
        }
        long zeeveld = organisations.areas(org.id()).stream()
                .filter(a -> a.code().equals("WK990101"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(panel.importPostcodes(org.id(), staff, new StringReader("8251,WK990101\n8252,WK990102\n"))
                        .errors())
                .isEmpty();
        budgets.updateSettings(
                org.id(),
                Actor.SYSTEM,
                b.componentId(),
                new Budgets.SettingsForm("10000", "approval", "2", "10", Long.toString(zeeveld), "mes"));

        String email = data.resident(org);
        WebClient resident = client(TestData.host(org));
        resident.login(email, TestData.PASSWORD);
        assertThat(resident.get(b.path()).body()).contains("name=\"postcode\"");
        var none = resident.post(b.path(), Map.of("choice-" + b.id(0), "1", "action", "cast"));
        assertThat(none.body()).contains("id=\"postcode-error\">Vul uw postcode in");
        var other = resident.post(b.path(), Map.of("choice-" + b.id(0), "1", "postcode", "8252 AB", "action", "cast"));
        assertThat(other.body())
                .contains("Deze stemming is voor inwoners van een ander gebied.")
                .contains("value=\"8252 AB\"");
        var ok = resident.post(b.path(), Map.of("choice-" + b.id(0), "1", "postcode", "8251 AB", "action", "cast"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        assertThat(ballots(b)).isEqualTo(1);
    }

    @Test
    void aFeasibleIdeaBecomesAProposalItsAuthorHearsOfItAndTheIdeaLinksToTheBudget() {
        Organisation org = data.organisation("Ideedorp");
        var place = conversation.project(org, "Buurtbudget met ideeen");
        PleinPrincipal manager = conversation.principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        var project = projects.project(org.id(), place.projectId()).orElseThrow();
        long budget = projects.addComponent(
                org.id(),
                Actor.of(manager),
                place.projectId(),
                project.phases().getFirst().id(),
                new ComponentForm("budget", "Het buurtbudget", Map.of(), ""));
        PleinPrincipal author = conversation.settledResident(org);
        long ideaId = ideas.submit(
                org.id(),
                author,
                new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true),
                new IdeaForm("Een bankje bij de vijver", "Om even te zitten.", "", ""));
        var idea = ideas.idea(org.id(), ideaId).orElseThrow();
        ideas.changeStatus(org.id(), manager, ideaId, idea.version(), "FEASIBLE", "Dit kan.");

        WebClient staff = client(TestData.host(org));
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        String admin = "/beheer/begrotingen/" + budget;
        assertThat(staff.get(admin).body()).contains("Een bankje bij de vijver").contains("Overnemen als voorstel");
        var noCost = staff.post(admin + "/ideeen/" + ideaId, Map.of("cost", "veel"));
        assertThat(noCost.statusCode()).isEqualTo(200);
        assertThat(noCost.body()).contains("id=\"cost-" + ideaId + "-error\"").contains("value=\"veel\"");
        assertThat(staff.post(admin + "/ideeen/" + ideaId, Map.of("cost", "2.500"))
                        .statusCode())
                .isEqualTo(302);
        var proposal = budgets.proposals(org.id(), budget).getFirst();
        assertThat(proposal.ideaId()).isEqualTo(ideaId);
        assertThat(proposal.cost()).isEqualTo(2_500);
        assertThat(jdbc.sql("select subject from notification_item where organisation_id = ? and account_id = ?")
                        .params(org.id().value(), author.accountId())
                        .query(String.class)
                        .list())
                .contains("Uw idee staat in de begroting");
        assertThat(client(TestData.host(org))
                        .get(place.ideasPath() + "/" + ideaId)
                        .body())
                .contains("Dit idee is een voorstel in de begroting \"Het buurtbudget\"")
                .contains("/begroting/" + budget);
        // A double submit gives one proposal and one notice.
        assertThat(staff.post(admin + "/ideeen/" + ideaId, Map.of("cost", "2500"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(budgets.proposals(org.id(), budget)).hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from notification_item where organisation_id = ? and account_id = ? and subject = ?")
                        .params(org.id().value(), author.accountId(), "Uw idee staat in de begroting")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theCountIsInputForReportsAndDecisionsOncePublished() {
        Organisation org = data.organisation("Verslagdorp");
        TestBudget b = fixture.create(org, "approval", 100_000, 40_000, 30_000);
        for (int v = 0; v < 6; v++) {
            var channel = v < 5 ? nl.plein.shared.InputChannel.ONLINE : nl.plein.shared.InputChannel.PAPER;
            budgets.cast(
                    b.org(),
                    b.componentId(),
                    new Budgets.Cast(new nl.plein.shared.Voter("test:" + v, null), channel, null, ""),
                    Map.of(b.id(v % 2), 1));
        }
        var component = projects.project(org.id(), b.projectId())
                .orElseThrow()
                .phases()
                .getFirst()
                .components()
                .getFirst();
        var type = registry.find("budget").orElseThrow();
        var participation = type.participation(org.id(), component, java.util.Locale.of("nl"))
                .orElseThrow();
        assertThat(participation.participants()).isEqualTo(6);
        // Groups under five are left out of the breakdown.
        assertThat(participation.participantsByChannel()).containsOnlyKeys("online");
        assertThat(participation.findingsMarkdown()).isEqualTo("De uitslag is nog niet bekendgemaakt.");
        assertThat(type.inputs(org.id(), component)).isEmpty();

        budgets.closeAndCount(b.org(), Actor.SYSTEM, b.componentId());
        budgets.publish(b.org(), Actor.SYSTEM, b.componentId());
        participation = type.participation(org.id(), component, java.util.Locale.of("nl"))
                .orElseThrow();
        assertThat(participation.findingsMarkdown())
                .startsWith(
                        "6 mensen stemden, geteld met: Methode van gelijke delen. Gebruikt: € 70.000 van de € 100.000.")
                .contains("- **Voorstel 1** (€ 40.000): Gesteund door 3 stemmers");
        assertThat(type.inputs(org.id(), component))
                .singleElement()
                .satisfies(input -> assertThat(input.path()).isEqualTo(b.path() + "/uitslag"));
    }

    @Test
    void oneOrganisationSeesNothingOfAnothersBudget() {
        Organisation mine = data.organisation("Eigen");
        Organisation theirs = data.organisation("Ander");
        TestBudget b = fixture.create(theirs, "approval", 10_000, 5_000);
        String staffEmail = data.staff(mine, StaffRole.PROJECT_MANAGER);
        WebClient staff = client(TestData.host(mine));
        staff.login(staffEmail, TestData.PASSWORD);
        staff.get("/beheer/begrotingen");
        assertThat(staff.get(b.adminPath()).statusCode()).isEqualTo(404);
        assertThat(staff.get(b.adminPath() + "/export.pb").statusCode()).isEqualTo(404);
        assertThat(staff.post(b.adminPath() + "/tellen", Map.of()).statusCode()).isEqualTo(404);
        assertThat(budgets.settings(b.org(), b.componentId()).closed()).isFalse();
        assertThat(staff.get("/beheer/begrotingen").body()).doesNotContain("Buurtbudget Zeeveld");
        assertThat(client(TestData.host(mine)).get(b.path()).statusCode()).isEqualTo(404);

        // A resident without a staff role does not reach the staff pages at all.
        String residentEmail = data.resident(theirs);
        WebClient resident = client(TestData.host(theirs));
        resident.login(residentEmail, TestData.PASSWORD);
        assertThat(resident.get(b.adminPath()).statusCode()).isIn(302, 403);
    }
}
