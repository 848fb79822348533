package nl.plein.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.project.ComponentRegistry;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Notice;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.QueryCounter;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class DiscussionIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    DiscussionManagement discussions;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ComponentRegistry components;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryCounter queries;

    @Autowired
    ApplicationEvents events;

    @Test
    void aReplyTellsTheAuthorOfTheContributionRepliedToButNotWhenTheyReplyThemselves() {
        Organisation org = data.organisation("Antwoordstad");
        Place place = conversation.project(org, "Kade");
        PleinPrincipal author = conversation.principal(org, data.resident(org));
        PleinPrincipal other = conversation.principal(org, data.resident(org));
        DiscussionPlace talk = talk(place);
        long first = discussions.post(org.id(), author, talk, form("Meer bankjes aan de kade.", null));

        long reply = discussions.post(org.id(), other, talk, form("Ja, en een prullenbak erbij.", first));
        discussions.post(org.id(), author, talk, form("Goed punt!", first));

        assertThat(events.stream(Notice.class).filter(n -> n.organisation().equals(org.id())))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(Notice.Kind.REPLY);
                    assertThat(n.recipients()).containsExactly(author.accountId());
                    assertThat(n.subjectKey()).isEqualTo("discussion.notice.reply.subject");
                    assertThat(n.textKey()).isEqualTo("discussion.notice.reply.text");
                    assertThat(n.arguments())
                            .containsExactly(
                                    other.displayName(), "Wat vindt u van het plein?", "Ja, en een prullenbak erbij.");
                    assertThat(n.path()).isEqualTo(place.discussionPath() + "#reactie-" + reply);
                });
        // A reply to a reply is refused: one level only.
        assertThatThrownBy(() -> discussions.post(org.id(), other, talk, form("Nog dieper", reply)))
                .isInstanceOf(DiscussionNotFoundException.class);
    }

    @Autowired
    nl.plein.moderation.Moderation moderation;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void underPreModerationAReplyIsHeldAndItsNoticeWaitsUntilAModeratorApprovesIt() {
        Organisation org = data.organisation("Voorafstad");
        Place place = conversation.project(org, "Sluis");
        PleinPrincipal moderator = conversation.principal(org, data.staff(org, StaffRole.MODERATOR));
        PleinPrincipal author = conversation.principal(org, data.resident(org));
        PleinPrincipal other = conversation.principal(org, data.resident(org));
        long first = discussions.post(org.id(), author, talk(place), form("Een brug voor fietsers.", null));
        moderation.saveSettings(org.id(), moderator, place.projectId(), true, "3");

        long reply = discussions.post(org.id(), other, talk(place), form("Ja, graag!", first));
        var status = moderation.status(org.id(), nl.plein.moderation.Moderation.CONTRIBUTION, reply);
        assertThat(status.pending()).isTrue();
        assertThat(events.stream(Notice.class).filter(n -> n.organisation().equals(org.id())))
                .isEmpty();
        assertThat(client(TestData.host(org)).get(place.discussionPath()).body())
                .doesNotContain("Ja, graag!")
                .contains("wacht op controle");

        moderation.approve(
                org.id(),
                moderator,
                status.moderationId(),
                moderation.item(org.id(), status.moderationId()).orElseThrow().version());

        assertThat(events.stream(Notice.class).filter(n -> n.organisation().equals(org.id())))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.recipients()).containsExactly(author.accountId());
                    assertThat(n.path()).isEqualTo(place.discussionPath() + "#reactie-" + reply);
                    assertThat(n.arguments())
                            .containsExactly(other.displayName(), "Wat vindt u van het plein?", "Ja, graag!");
                });
    }

    @Test
    void agreeingCountsOncePerPersonEvenInParallelAndNeverForOnesOwn() {
        Organisation org = data.organisation("Eensstad");
        Place place = conversation.project(org, "Park");
        PleinPrincipal author = conversation.principal(org, data.resident(org));
        PleinPrincipal fan = conversation.principal(org, data.resident(org));
        long id = discussions.post(org.id(), author, talk(place), form("Een hondenuitlaatplek.", null));

        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> discussions.agree(org.id(), fan, place.discussionId(), id)),
                        CompletableFuture.runAsync(() -> discussions.agree(org.id(), fan, place.discussionId(), id)))
                .join();
        discussions.agree(org.id(), author, place.discussionId(), id);

        assertThat(discussions
                        .contribution(org.id(), place.discussionId(), id)
                        .orElseThrow()
                        .agreeCount())
                .isEqualTo(1);
    }

    @Test
    void authorsEditWithinTheWindowAndTheContributionIsMarkedEdited() {
        Organisation org = data.organisation("Bewerkstad");
        Place place = conversation.project(org, "Molen");
        PleinPrincipal author = conversation.principal(org, data.resident(org));
        long id = discussions.post(org.id(), author, talk(place), form("Eerste versie.", null));

        discussions.edit(org.id(), author, place.discussionId(), id, "Tweede versie.");
        Contribution edited =
                discussions.contribution(org.id(), place.discussionId(), id).orElseThrow();
        assertThat(edited.body()).isEqualTo("Tweede versie.");
        assertThat(edited.edited()).isTrue();

        jdbc.sql(
                        "update discussion_contribution set created_at = now() - interval '1 hour' where organisation_id = ? and id = ?")
                .params(org.id().value(), id)
                .update();
        assertThatThrownBy(() -> discussions.edit(org.id(), author, place.discussionId(), id, "Derde versie."))
                .isInstanceOfSatisfying(
                        DiscussionFormException.class,
                        e -> assertThat(e.errors().get("body")).isEqualTo("discussion.error.editWindow"));
        PleinPrincipal stranger = conversation.principal(org, data.resident(org));
        assertThatThrownBy(() -> discussions.edit(org.id(), stranger, place.discussionId(), id, "Van een ander."))
                .isInstanceOf(DiscussionNotFoundException.class);
    }

    @Test
    void aDiscussionPageCostsTheSameQueriesHoweverLongAndOtherOrganisationsGet404() {
        Organisation org = data.organisation("Telstad");
        Place place = conversation.project(org, "Station");
        PleinPrincipal staff = conversation.principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        DiscussionPlace talk = talk(place);
        WebClient visitor = client(TestData.host(org));
        long first = discussions.post(org.id(), staff, talk, new ContributionForm("Welkom!", null, null, true, ""));
        visitor.get(place.discussionPath());
        int few = counted(visitor, place.discussionPath());
        for (int i = 0; i < 25; i++) {
            long id =
                    discussions.post(org.id(), staff, talk, new ContributionForm("Reactie " + i, null, null, true, ""));
            discussions.post(org.id(), staff, talk, new ContributionForm("Antwoord " + i, id, null, true, ""));
        }
        int many = counted(visitor, place.discussionPath());
        assertThat(many).isEqualTo(few);
        assertThat(visitor.get(place.discussionPath() + "?pagina=2").body()).contains("Welkom!");

        Organisation elsewhere = data.organisation("Anderstad");
        assertThat(client(TestData.host(elsewhere)).get(place.discussionPath()).statusCode())
                .isEqualTo(404);
        assertThat(client(TestData.host(elsewhere))
                        .get("/projecten/" + place.slug() + "/ideeen/" + place.ideasId())
                        .statusCode())
                .isEqualTo(404);
        assertThat(visitor.get("/projecten/" + place.slug() + "/gesprek/" + place.ideasId())
                        .statusCode())
                .isEqualTo(404);

        PhaseComponent component = projects.component(
                        org.id(),
                        place.projectId(),
                        projects.project(org.id(), place.projectId())
                                .orElseThrow()
                                .phases()
                                .getFirst()
                                .id(),
                        place.discussionId())
                .orElseThrow();
        var type = components.find("discussion").orElseThrow();
        assertThat(type.inputs(org.id(), component)).hasSize(51).anySatisfy(input -> {
            assertThat(input.kind()).isEqualTo("contribution");
            assertThat(input.id()).isEqualTo(first);
            assertThat(input.path()).isEqualTo(place.discussionPath() + "#reactie-" + first);
            assertThat(input.authorAccountIds()).containsExactly(staff.accountId());
        });
        var participation =
                type.participation(org.id(), component, Locale.of("nl")).orElseThrow();
        assertThat(participation.inputs()).isEqualTo(51);
        assertThat(participation.participants()).isEqualTo(1);
        assertThat(participation.participantsByChannel()).isEmpty();
    }

    @Test
    void searchFindsContributionsByDutchStemsAcrossKinds() {
        Organisation org = data.organisation("Zoekstad");
        Place place = conversation.project(org, "Meer bomen voor de wijk");
        discussions.post(
                org.id(),
                conversation.principal(org, data.resident(org)),
                talk(place),
                form("Plant alstublieft een boom bij de school.", null));
        WebClient visitor = client(TestData.host(org));
        String page = visitor.get("/zoeken?q=bomen").body();
        assertThat(page)
                .contains("Projecten (1)")
                .contains("Meer bomen voor de wijk")
                .contains("Reacties in gesprekken (1)")
                .contains("Plant alstublieft een boom bij de school.");
        assertThat(client(TestData.host(data.organisation("Leegstad")))
                        .get("/zoeken?q=boom")
                        .body())
                .contains("We vonden niets");
    }

    private int counted(WebClient client, String path) {
        String id = UUID.randomUUID().toString();
        var response = client.send(
                client.request(path).header(QueryCounter.HEADER, id).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return queries.statementsOf(id);
    }

    private static DiscussionPlace talk(Place place) {
        return new DiscussionPlace(
                place.projectId(), place.slug(), place.discussionId(), "Wat vindt u van het plein?", true);
    }

    private static ContributionForm form(String body, Long parentId) {
        return new ContributionForm(body, parentId, null, false, "");
    }
}
