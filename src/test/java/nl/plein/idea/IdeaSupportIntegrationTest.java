package nl.plein.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.shared.Notice;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class IdeaSupportIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    IdeaManagement ideas;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void fiftyResidentsSupportingAtOnceCountExactlyFiftyAndOneResidentTwiceCountsOnce() throws Exception {
        Organisation org = data.organisation("Steunstad");
        Place place = conversation.project(org, "Bankjes in het park");
        IdeaPlace ideaPlace = new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true);
        PleinPrincipal author = conversation.principal(org, data.resident(org));
        long idea = ideas.submit(
                org.id(),
                author,
                ideaPlace,
                new IdeaForm(
                        "Meer bankjes", "Bij de vijver.", "", UUID.randomUUID().toString()));
        List<PleinPrincipal> residents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            residents.add(conversation.principal(org, data.resident(org)));
        }

        List<Callable<Long>> supports = new ArrayList<>();
        residents.forEach(r -> supports.add(() -> ideas.support(org.id(), r, ideaPlace, idea)));
        PleinPrincipal twice = residents.getFirst();
        supports.add(() -> ideas.support(org.id(), twice, ideaPlace, idea));
        supports.add(() -> ideas.support(org.id(), twice, ideaPlace, idea));
        runAtOnce(supports);

        assertThat(ideas.idea(org.id(), idea).orElseThrow().supportCount()).isEqualTo(50);
        assertThat(jdbc.sql("select count(*) from idea_support where organisation_id = ? and idea_id = ?")
                        .params(org.id().value(), idea)
                        .query(Long.class)
                        .single())
                .isEqualTo(50);
    }

    @Test
    void mergingCarriesSupportersOverOnceEachAndTellsThem() {
        Organisation org = data.organisation("Samenvoegstad");
        Place place = conversation.project(org, "Speelplein");
        IdeaPlace ideaPlace = new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true);
        PleinPrincipal a = conversation.principal(org, data.resident(org));
        PleinPrincipal b = conversation.principal(org, data.resident(org));
        PleinPrincipal both = conversation.principal(org, data.resident(org));
        long original = ideas.submit(
                org.id(), a, ideaPlace, new IdeaForm("Klimrek voor grote kinderen", "Hoog klimrek.", "", ""));
        long duplicate = ideas.submit(
                org.id(), b, ideaPlace, new IdeaForm("Een hoog klimrek", "Voor kinderen vanaf tien.", "", ""));
        ideas.support(org.id(), both, ideaPlace, original);
        ideas.support(org.id(), both, ideaPlace, duplicate);
        PleinPrincipal staff = conversation.principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));

        ideas.merge(org.id(), staff, duplicate, original);

        // both (once, though they supported both) and b, the duplicate's author
        assertThat(ideas.idea(org.id(), original).orElseThrow().supportCount()).isEqualTo(2);
        assertThat(ideas.idea(org.id(), duplicate).orElseThrow().mergedIntoId()).isEqualTo(original);
        assertThat(ideas.mergedInto(org.id(), original)).extracting(Idea::id).containsExactly(duplicate);
        assertThat(events.stream(Notice.class).filter(n -> n.organisation().equals(org.id())))
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(Notice.Kind.IDEA_STATUS);
                    assertThat(n.textKey()).isEqualTo("idea.notice.merged.text");
                    assertThat(n.recipients()).contains(b.accountId(), both.accountId());
                    assertThat(n.path()).isEqualTo(place.ideasPath() + "/" + original);
                });
        assertThatThrownBy(() -> ideas.merge(org.id(), staff, duplicate, original))
                .isInstanceOf(IdeaFormException.class);

        ideas.changeStatus(
                org.id(),
                staff,
                original,
                ideas.idea(org.id(), original).orElseThrow().version(),
                "FEASIBLE",
                "Past in het budget.");
        assertThat(events.stream(Notice.class).filter(n -> n.textKey().equals("idea.notice.status.FEASIBLE.text")))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.recipients())
                            .containsExactlyInAnyOrder(a.accountId(), b.accountId(), both.accountId());
                    assertThat(n.arguments()).containsExactly("Klimrek voor grote kinderen", "Past in het budget.");
                });
    }

    @Test
    void authorsDoNotCountAsSupportersOfTheirOwnIdea() {
        Organisation org = data.organisation("Eigenstad");
        Place place = conversation.project(org, "Plein");
        IdeaPlace ideaPlace = new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true);
        PleinPrincipal author = conversation.principal(org, data.resident(org));
        PleinPrincipal other = conversation.principal(org, data.resident(org));
        long mine = ideas.submit(
                org.id(), author, ideaPlace, new IdeaForm("Bankjes op het plein", "Om te rusten.", "", ""));
        long theirs = ideas.submit(org.id(), other, ideaPlace, new IdeaForm("Meer bankjes", "Bij de fontein.", "", ""));

        assertThat(ideas.support(org.id(), author, ideaPlace, mine)).isEqualTo(mine);
        ideas.support(org.id(), author, ideaPlace, theirs);
        assertThat(ideas.idea(org.id(), mine).orElseThrow().supportCount()).isZero();
        assertThat(ideas.supportedBy(org.id(), mine, author.accountId())).isFalse();
        assertThat(ideas.similar(org.id(), place.ideasId(), "bankjes", ""))
                .filteredOn(similar -> similar.id() == mine)
                .singleElement()
                .satisfies(similar ->
                        assertThat(similar.writtenBy(author.accountId())).isTrue());

        // Merging theirs into mine carries the other author along, not mine as a supporter of my own idea.
        ideas.merge(org.id(), conversation.principal(org, data.staff(org, StaffRole.PROJECT_MANAGER)), theirs, mine);
        assertThat(ideas.idea(org.id(), mine).orElseThrow().supportCount()).isEqualTo(1);
        assertThat(ideas.supportedBy(org.id(), mine, author.accountId())).isFalse();
    }

    @Test
    void similarIdeasAreFoundByDutchStemsAndByTrigrams() {
        Organisation org = data.organisation("Lijkstad");
        Place place = conversation.project(org, "Groen");
        IdeaPlace ideaPlace = new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true);
        PleinPrincipal a = conversation.principal(org, data.resident(org));
        long trees = ideas.submit(
                org.id(), a, ideaPlace, new IdeaForm("Meer bomen in de Dorpsstraat", "Voor schaduw.", "", ""));
        ideas.submit(org.id(), a, ideaPlace, new IdeaForm("Fietsenrek bij school", "Veel fietsen.", "", ""));

        assertThat(ideas.similar(org.id(), place.ideasId(), "boom planten", ""))
                .extracting(IdeaManagement.Similar::id)
                .containsExactly(trees);
        assertThat(ideas.similar(org.id(), place.ideasId(), "Meer bomen in de Dorpstraat", ""))
                .extracting(IdeaManagement.Similar::id)
                .startsWith(trees);
        assertThat(ideas.similar(org.id(), place.ideasId(), "zwembad", "")).isEmpty();
    }

    private static void runAtOnce(List<Callable<Long>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            var start = new CountDownLatch(1);
            List<Future<Long>> futures = new ArrayList<>();
            for (Callable<Long> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Long> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
