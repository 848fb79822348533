package nl.plein.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
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

/**
 * Figures for bench/README.md, not part of the test suite (the name does not end in Test): supports and
 * contributions per second through the real use cases with 32 threads, checked for loss; latency of an
 * idea list of 1,000 ideas and a discussion of 2,000 contributions over HTTP; statements per page.
 * Run with {@code bench/conversation.sh}; writes bench/results-conversation-<date>.txt.
 */
class ConversationBench extends PleinIntegrationTest {

    static final int THREADS = 32;
    static final int ROUNDS = 3;

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    IdeaManagement ideas;

    @Autowired
    DiscussionManagement discussions;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryCounter queries;

    private final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws Exception {
        Organisation org = data.organisation("Meetstad");
        List<PleinPrincipal> residents = residents(org, 2_000);

        Place small = conversation.project(org, "Klein plein");
        IdeaPlace smallIdeas = new IdeaPlace(small.projectId(), small.slug(), small.ideasId(), true);
        DiscussionPlace smallTalk =
                new DiscussionPlace(small.projectId(), small.slug(), small.discussionId(), "Vraag", true);
        for (PleinPrincipal r : residents.subList(0, 3)) {
            ideas.submit(org.id(), r, smallIdeas, new IdeaForm("Klein idee " + r.displayName(), "Een bankje.", "", ""));
            long id = discussions.post(
                    org.id(), r, smallTalk, new ContributionForm("Een reactie.", null, null, false, ""));
            discussions.post(
                    org.id(), residents.get(10), smallTalk, new ContributionForm("Een antwoord.", id, null, false, ""));
        }
        List<Place> places = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            places.add(conversation.project(org, "Meetplein " + round));
        }

        // Ideas per second: 1,000 residents each submit one idea (round 1 gives the list of 1,000 ideas).
        for (int round = 0; round < ROUNDS; round++) {
            Place place = places.get(round);
            IdeaPlace ideaPlace = new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true);
            double rate = run(
                    residents.subList(0, 1_000),
                    r -> ideas.submit(
                            org.id(),
                            r,
                            ideaPlace,
                            new IdeaForm(
                                    "Idee van " + r.displayName(), "Meer groen en bankjes in de straat.", "", "")));
            long stored = count(
                    "select count(*) from idea where organisation_id = ? and component_id = ?", org, place.ideasId());
            say("ideas submitted, round %d: %.0f/s, 1000 sent, %d stored", round + 1, rate, stored);
        }

        // Supports per second: 2,000 residents support one idea at once; the count must be exactly 2,000.
        for (int round = 0; round < ROUNDS; round++) {
            Place place = places.get(round);
            IdeaPlace ideaPlace = new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true);
            long idea = jdbc.sql("select min(id) from idea where organisation_id = ? and component_id = ?")
                    .params(org.id().value(), place.ideasId())
                    .query(Long.class)
                    .single();
            double rate = run(residents, r -> ideas.support(org.id(), r, ideaPlace, idea));
            int counted = ideas.idea(org.id(), idea).orElseThrow().supportCount();
            say("supports, round %d: %.0f/s, 2000 sent, support count %d", round + 1, rate, counted);
            assertThat(counted).isEqualTo(2_000);
        }

        // Contributions per second: 2,000 residents each post one (round 1 gives the discussion of 2,000).
        for (int round = 0; round < ROUNDS; round++) {
            Place place = places.get(round);
            DiscussionPlace talk =
                    new DiscussionPlace(place.projectId(), place.slug(), place.discussionId(), "Vraag", true);
            double rate = run(
                    residents,
                    r -> discussions.post(
                            org.id(),
                            r,
                            talk,
                            new ContributionForm("Ik vind het plein te donker in de avond.", null, null, false, "")));
            long stored = count(
                    "select count(*) from discussion_contribution where organisation_id = ? and component_id = ?",
                    org,
                    place.discussionId());
            say("contributions, round %d: %.0f/s, 2000 sent, %d stored", round + 1, rate, stored);
            assertThat(stored).isEqualTo(2_000);
        }

        Place big = places.getFirst();
        String host = TestData.host(org);
        for (String path : List.of(
                big.ideasPath(),
                big.ideasPath() + "?volgorde=steun&pagina=25",
                big.discussionPath(),
                big.discussionPath() + "?volgorde=eens&pagina=50")) {
            latency(host, path);
        }
        say(
                "statements per page: idea list %d (1,000 ideas) vs %d (3 ideas); discussion %d (2,000 contributions) vs %d (3 with replies)",
                statements(host, big.ideasPath()),
                statements(host, small.ideasPath()),
                statements(host, big.discussionPath()),
                statements(host, small.discussionPath()));
        Files.write(Path.of("bench/results-conversation-" + LocalDate.now() + ".txt"), lines);
    }

    private interface Action {
        Object apply(PleinPrincipal resident) throws Exception;
    }

    /** Runs the action once per resident on 32 threads; returns actions per second. */
    private static double run(List<PleinPrincipal> residents, Action action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<Object>> futures = new ArrayList<>();
            for (PleinPrincipal r : residents) {
                futures.add(pool.submit(() -> action.apply(r)));
            }
            for (Future<Object> f : futures) {
                f.get();
            }
            return residents.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** 3 rounds of 2,000 GETs over 16 connections after a warm-up; p50 and p99 of each round. */
    private void latency(String host, String path) throws Exception {
        for (int round = 0; round <= ROUNDS; round++) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                futures.add(pool.submit(() -> {
                    WebClient client = client(host);
                    long[] took = new long[125];
                    for (int i = 0; i < took.length; i++) {
                        long start = System.nanoTime();
                        assertThat(client.get(path).statusCode()).isEqualTo(200);
                        took[i] = System.nanoTime() - start;
                    }
                    return took;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                Arrays.stream(f.get()).forEach(all::add);
            }
            pool.shutdown();
            if (round == 0) {
                continue; // warm-up
            }
            all.sort(null);
            say(
                    "GET %s, round %d: 2000 requests over 16 connections, p50 %.1f ms, p99 %.1f ms",
                    path, round, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6);
        }
    }

    /** After one request that fills the per-node caches (project, areas), as on a live site. */
    private int statements(String host, String path) {
        WebClient client = client(host);
        client.get(path);
        String id = UUID.randomUUID().toString();
        client.send(client.request(path).header(QueryCounter.HEADER, id).GET().build());
        return queries.statementsOf(id);
    }

    /** Residents made in SQL (no password hashing), old enough for the normal posting limit. */
    private List<PleinPrincipal> residents(Organisation org, int n) {
        String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into account (organisation_id, email, display_name, password_hash, confirmed_at, created_at)
                        select ?, ? || '-' || i || '@example.org', 'Inwoner ' || i, 'x', now(), now() - interval '30 days'
                        from generate_series(1, ?) i""").params(org.id().value(), prefix, n).update();
        return jdbc
                .sql("select email from account where organisation_id = ? and email like ? order by id")
                .params(org.id().value(), prefix + "-%")
                .query(String.class)
                .list()
                .stream()
                .map(email -> accounts.principal(org.id(), email).orElseThrow())
                .collect(Collectors.toList());
    }

    private long count(String sql, Organisation org, long componentId) {
        return jdbc.sql(sql)
                .params(org.id().value(), componentId)
                .query(Long.class)
                .single();
    }

    private void say(String format, Object... args) throws IOException {
        String line = String.format(java.util.Locale.ROOT, format, args);
        System.out.println("BENCH " + line);
        lines.add(line);
    }
}
