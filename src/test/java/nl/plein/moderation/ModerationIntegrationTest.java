package nl.plein.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.audit.AuditLog;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ModerationIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    DiscussionManagement discussions;

    @Autowired
    Moderation moderation;

    @Autowired
    AuditLog audit;

    @Test
    void twoModeratorsActingOnOneItemAtOnceCannotBothSucceed() throws Exception {
        Organisation org = data.organisation("Tweemoderatoren");
        Place place = conversation.project(org, "Marktplein");
        long id = post(org, place, "Het plein is te donker.");
        long item = moderation.status(org.id(), Moderation.CONTRIBUTION, id).moderationId();
        int version = moderation.item(org.id(), item).orElseThrow().version();
        WebClient first = moderator(org);
        WebClient second = moderator(org);
        first.get("/beheer/moderatie/" + item);
        second.get("/beheer/moderatie/" + item);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        List<Future<java.net.http.HttpResponse<String>>> answers = new ArrayList<>();
        answers.add(pool.submit(() -> {
            start.await();
            return first.post(
                    "/beheer/moderatie/" + item + "/verbergen",
                    Map.of("version", "" + version, "reason", "Scheldwoord"));
        }));
        answers.add(pool.submit(() -> {
            start.await();
            return second.post(
                    "/beheer/moderatie/" + item + "/verbergen", Map.of("version", "" + version, "reason", "Reclame"));
        }));
        start.countDown();
        var a = answers.get(0).get();
        var b = answers.get(1).get();
        pool.shutdown();

        List<Integer> codes = List.of(a.statusCode(), b.statusCode());
        assertThat(codes).containsExactlyInAnyOrder(302, 200);
        var loser = a.statusCode() == 200 ? a : b;
        assertThat(loser.body()).contains("Een andere moderator heeft dit bericht net al behandeld");
        assertThat(moderation.log(org.id(), place.projectId())).hasSize(1);
        assertThat(audit.latest(org.id(), 0, 50))
                .filteredOn(e -> e.action().equals("moderation.hidden"))
                .hasSize(1);
    }

    @Test
    void enoughReportsHideAPostUntilAModeratorLooksAndTheLogNeverRepeatsTheText() {
        Organisation org = data.organisation("Meldstad");
        Place place = conversation.project(org, "Haven");
        long id = post(org, place, "Koop nu goedkope zonnepanelen bij mij!");
        long item = moderation.status(org.id(), Moderation.CONTRIBUTION, id).moderationId();
        for (int i = 0; i < 3; i++) {
            WebClient visitor = client(TestData.host(org));
            visitor.get(place.discussionPath());
            var answer = visitor.submit(
                    "/moderatie/" + item + "/melden", "/moderatie/" + item + "/melden", Map.of("reason", "Reclame"));
            assertThat(answer.statusCode()).isEqualTo(302);
        }
        assertThat(moderation.status(org.id(), Moderation.CONTRIBUTION, id).state())
                .isEqualTo(ModerationState.REPORTED);
        WebClient reader = client(TestData.host(org));
        assertThat(reader.get(place.discussionPath()).body())
                .doesNotContain("zonnepanelen")
                .contains("verborgen");
        String log = reader.get("/projecten/" + place.slug() + "/moderatie").body();
        assertThat(log).contains("verborgen na meldingen").doesNotContain("zonnepanelen");
        assertThat(moderation.queue(org.id()))
                .extracting(Moderation.QueueItem::id)
                .contains(item);
    }

    @Test
    void emptyTooLongAndScriptPostsAreRefusedAtTheFieldKeepingTheText() {
        Organisation org = data.organisation("Foutstad");
        Place place = conversation.project(org, "Dijk");
        WebClient resident = client(TestData.host(org));
        resident.login(data.resident(org), TestData.PASSWORD);
        String script = "Mooi plan <script>alert(1)</script>";
        var answer = resident.submit(
                place.discussionPath(),
                place.discussionPath(),
                Map.of("body", script, "requestKey", UUID.randomUUID().toString()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("id=\"body-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("Mooi plan &lt;script&gt;alert(1)&lt;/script&gt;</textarea>");
        var empty =
                resident.submit(place.discussionPath(), place.discussionPath(), Map.of("body", "  ", "requestKey", ""));
        assertThat(empty.body()).contains("Vul dit in.");
        var tooLong = resident.submit(
                place.discussionPath(), place.discussionPath(), Map.of("body", "a".repeat(5001), "requestKey", ""));
        assertThat(tooLong.body()).contains("Deze tekst is te lang");

        String key = UUID.randomUUID().toString();
        resident.submit(
                place.discussionPath(),
                place.discussionPath(),
                Map.of("body", "Goed idee, **echt**.", "requestKey", key));
        resident.submit(
                place.discussionPath(),
                place.discussionPath(),
                Map.of("body", "Goed idee, **echt**.", "requestKey", key));
        String page = resident.get(place.discussionPath()).body();
        assertThat(page).contains("Reacties (1)").contains("<strong>echt</strong>");
    }

    @Test
    void aListedWordHoldsAPostAndNewAccountsPostLess() {
        Organisation org = data.organisation("Woordstad");
        Place place = conversation.project(org, "Brug");
        PleinPrincipal moderator = conversation.principal(org, data.staff(org, StaffRole.MODERATOR));
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> moderation.saveWords(org.id(), moderator, "sukkel\n"));
        long held = post(org, place, "Wat een Sukkel is die wethouder.");
        assertThat(moderation.status(org.id(), Moderation.CONTRIBUTION, held).state())
                .isEqualTo(ModerationState.PENDING);
        long fine = post(org, place, "Sukkelstraatje is een mooie naam.");
        assertThat(moderation.status(org.id(), Moderation.CONTRIBUTION, fine).state())
                .isEqualTo(ModerationState.VISIBLE);

        PleinPrincipal newcomer = conversation.principal(org, data.resident(org));
        var placeOpen = new DiscussionPlace(place.projectId(), place.slug(), place.discussionId(), "Vraag", true);
        for (int i = 0; i < 6; i++) {
            discussions.post(
                    org.id(), newcomer, placeOpen, new ContributionForm("Bericht " + i, null, null, false, ""));
        }
        assertThatThrownBy(() -> discussions.post(
                        org.id(), newcomer, placeOpen, new ContributionForm("Nog een", null, null, false, "")))
                .isInstanceOf(ModerationRuleException.class)
                .hasMessage("moderation.error.tooManyPostsNewAccount");
    }

    @Autowired
    PlatformTransactionManager transactions;

    private long post(Organisation org, Place place, String text) {
        PleinPrincipal author = conversation.principal(org, data.resident(org));
        return discussions.post(
                org.id(),
                author,
                new DiscussionPlace(place.projectId(), place.slug(), place.discussionId(), "Vraag", true),
                new ContributionForm(text, null, null, false, ""));
    }

    private WebClient moderator(Organisation org) {
        WebClient client = client(TestData.host(org));
        client.login(data.staff(org, StaffRole.MODERATOR), TestData.PASSWORD);
        return client;
    }
}
