package nl.plein.budget.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.plein.budget.count.ReferenceCount.Fraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counts on two real Amsterdam votes (pabulib, see src/test/resources/pabulib/README.md) and on seeded
 * random instances, against the published outcome, the reference figures of the data's README and
 * {@link ReferenceCount}.
 */
class TallyTest {

    static final String DIAMANTBUURT = "Netherlands_Amsterdam_2021_Diamantbuurt.pb";
    static final String NOORD_OOST = "Netherlands_Amsterdam_2022_Noord_Oost.pb";

    static Pabulib.PbFile read(String name) throws Exception {
        try (var in = new InputStreamReader(
                TallyTest.class.getResourceAsStream("/pabulib/" + name), StandardCharsets.UTF_8)) {
            return Pabulib.read(in);
        }
    }

    static List<String> ids(Instance in, List<Integer> projects) {
        return projects.stream()
                .map(p -> in.projects().get(p).id())
                .sorted(Pabulib.ID_ORDER)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {DIAMANTBUURT, NOORD_OOST})
    void greedyFundsWhatAmsterdamFundedFromTheBudget(String name) throws Exception {
        var pb = read(name);
        var in = pb.toInstance();
        List<String> official = pb.projects().stream()
                .filter(p -> p.fields().get("selected").equals("1"))
                .map(Pabulib.PbProject::id)
                .sorted(Pabulib.ID_ORDER)
                .toList();
        assertThat(ids(in, Tally.count(in, Rule.GREEDY).selected())).isEqualTo(official);
    }

    /** The figures of the data's README, computed by an independent implementation with exact fractions. */
    static final Map<String, List<String>> PLAIN_MES = Map.of(
            DIAMANTBUURT, List.of("41509", "41510", "41514", "41522"),
            NOORD_OOST,
                    List.of(
                            "42410", "42411", "42412", "42416", "42417", "42420", "42422", "42423", "42425", "42426",
                            "42427", "42431", "42434", "42436", "42437", "42440", "42442", "42443", "42444", "42446",
                            "42448", "42449"));

    static final Map<String, List<String>> ADD1_AND_FILL = Map.of(
            DIAMANTBUURT, List.of("41509", "41510", "41514", "41518", "41522"),
            NOORD_OOST,
                    List.of(
                            "42410", "42411", "42412", "42414", "42416", "42417", "42420", "42422", "42425", "42426",
                            "42427", "42430", "42431", "42434", "42436", "42437", "42440", "42441", "42442", "42443",
                            "42444", "42446", "42448", "42449", "42450"));

    @ParameterizedTest
    @ValueSource(strings = {DIAMANTBUURT, NOORD_OOST})
    void equalSharesMatchesTheReferenceFigures(String name) throws Exception {
        var in = read(name).toInstance();
        assertThat(ids(in, Tally.plain(in).selected())).isEqualTo(PLAIN_MES.get(name));
        assertThat(ids(in, Tally.count(in, Rule.MES_FILL).selected())).isEqualTo(ADD1_AND_FILL.get(name));
        assertThat(ids(
                        in,
                        ReferenceCount.mes(
                                in,
                                new Fraction(
                                        java.math.BigInteger.valueOf(in.budget()),
                                        java.math.BigInteger.valueOf(in.voters())))))
                .isEqualTo(PLAIN_MES.get(name));
    }

    @Test
    void add1RaisesTheShareWhileTheOutcomeFitsOnDiamantbuurt() throws Exception {
        var in = read(DIAMANTBUURT).toInstance();
        Outcome mes = Tally.count(in, Rule.MES);
        assertThat(mes.perVoterBudget()).isEqualTo(384); // the README's "per-voter budget ends at 384"
        assertThat(ids(in, mes.selected())).isEqualTo(ids(in, ReferenceCount.add1(in, false)));
        assertThat(ids(in, Tally.count(in, Rule.MES_FILL).selected()))
                .isEqualTo(ids(in, ReferenceCount.add1(in, true)));
    }

    /** Add1 on Noord Oost climbs some hundred shares; the reference checks where it stopped and why. */
    @Test
    void add1StopsAtTheLastShareWithinBudgetOnNoordOost() throws Exception {
        var in = read(NOORD_OOST).toInstance();
        Outcome mes = Tally.count(in, Rule.MES);
        long share = mes.perVoterBudget();
        assertThat(share).isGreaterThanOrEqualTo(in.budget() / in.voters());
        List<Integer> atShare = ReferenceCount.mes(in, Fraction.of(share));
        assertThat(mes.selected()).isEqualTo(atShare);
        assertThat(in.cost(atShare)).isLessThanOrEqualTo(in.budget());
        assertThat(in.cost(ReferenceCount.mes(in, Fraction.of(share + 1)))).isGreaterThan(in.budget());
    }

    static Instance random(long seed) {
        var random = new SplittableRandom(seed);
        boolean points = random.nextInt(4) == 0;
        int projects = 2 + random.nextInt(9);
        int voters = 1 + random.nextInt(40);
        long budget = 100 + random.nextInt(5000);
        var builder = new Instance.Builder(budget, points);
        double[] popularity = new double[projects];
        for (int p = 0; p < projects; p++) {
            builder.project("p" + p, 1 + random.nextInt((int) budget), "");
            popularity[p] = random.nextDouble();
        }
        for (int v = 0; v < voters; v++) {
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (int p = 0; p < projects; p++) {
                if (random.nextDouble() < popularity[p]) choices.put("p" + p, points ? 1 + random.nextInt(5) : 1);
            }
            builder.ballot(choices);
        }
        return builder.build();
    }

    @Test
    void everyRuleAgreesWithTheReferenceOnRandomInstances() {
        for (long seed = 0; seed < 300; seed++) {
            Instance in = random(seed);
            String where = "seed " + seed;
            assertThat(Tally.plain(in).selected())
                    .as(where)
                    .isEqualTo(ReferenceCount.mes(
                            in,
                            new Fraction(
                                    java.math.BigInteger.valueOf(in.budget()),
                                    java.math.BigInteger.valueOf(in.voters()))));
            assertThat(Tally.count(in, Rule.MES).selected()).as(where).isEqualTo(ReferenceCount.add1(in, false));
            assertThat(Tally.count(in, Rule.MES_FILL).selected()).as(where).isEqualTo(ReferenceCount.add1(in, true));
            assertThat(Tally.count(in, Rule.GREEDY).selected())
                    .as(where)
                    .isEqualTo(ReferenceCount.greedy(in, in.budget(), List.of()));
        }
    }

    /**
     * Prices are found in doubles and settled exactly; on larger votes full of ties (equal costs, equal ballots,
     * budgets that run to the cent) that must give the very count the definition gives, figures and all.
     */
    @Test
    void theFastPricesGiveTheSameCountAsTheDefinitionOnLargerVotesWithTies() {
        for (long seed = 0; seed < 25; seed++) {
            var random = new SplittableRandom(1000 + seed);
            boolean points = seed % 4 == 3;
            int projects = 5 + random.nextInt(30), voters = 200 + random.nextInt(3000);
            var builder = new Instance.Builder(10_000 + random.nextInt(200_000), points);
            for (int p = 0; p < projects; p++) builder.project("p" + p, 1_000 * (1 + random.nextInt(12)), "");
            double[] liked = new double[projects];
            for (int p = 0; p < projects; p++) liked[p] = random.nextDouble() * 0.5;
            for (int v = 0; v < voters; v++) {
                Map<String, Integer> choices = new LinkedHashMap<>();
                for (int p = 0; p < projects; p++) {
                    if (random.nextDouble() < liked[p]) choices.put("p" + p, points ? 1 + random.nextInt(3) : 1);
                }
                builder.ballot(choices);
            }
            Instance in = builder.build();
            for (long extra = 0; extra < 3; extra++) {
                var start = java.math.BigInteger.valueOf(in.budget() / in.voters() + extra * 7);
                var fast = EqualShares.run(in, start, java.math.BigInteger.ONE);
                var definition = EqualShares.runFromTheDefinition(in, start, java.math.BigInteger.ONE);
                String where = "seed " + seed + ", share " + start;
                assertThat(fast.purchases()).as(where).isEqualTo(definition.purchases());
                assertThat(fast.supportersLeft()).as(where).isEqualTo(definition.supportersLeft());
                assertThat(fast.denominator()).as(where).isEqualTo(definition.denominator());
            }
        }
    }

    @Test
    void outcomesStayWithinBudgetAndGreedySkipsNothingThatFits() {
        for (long seed = 1000; seed < 1500; seed++) {
            Instance in = random(seed);
            long[] votes = in.votes();
            for (Rule rule : Rule.values()) {
                Outcome outcome = Tally.count(in, rule);
                long cost = outcome.cost(in);
                assertThat(cost).as("seed %d %s", seed, rule).isLessThanOrEqualTo(in.budget());
                if (rule != Rule.MES) {
                    for (int p = 0; p < votes.length; p++) {
                        if (votes[p] > 0 && !outcome.selected().contains(p)) {
                            assertThat(in.projects().get(p).cost())
                                    .as("seed %d %s: project %d fits in what is left", seed, rule, p)
                                    .isGreaterThan(in.budget() - cost);
                        }
                    }
                }
            }
        }
    }

    /** Replays each MES outcome voter by voter: when a project is bought its supporters can pay it. */
    @Test
    void everyProjectMesBuysIsAffordableForItsSupportersWhenChosen() {
        for (long seed = 2000; seed < 2300; seed++) {
            Instance in = random(seed);
            Outcome mes = Tally.count(in, Rule.MES);
            long[][] u = ReferenceCount.utilities(in);
            Fraction[] budget = new Fraction[u.length];
            java.util.Arrays.fill(budget, Fraction.of(mes.perVoterBudget()));
            for (int p : mes.selected()) {
                Fraction together = Fraction.of(0);
                for (int i = 0; i < u.length; i++) if (u[i][p] > 0) together = together.plus(budget[i]);
                assertThat(together.compareTo(Fraction.of(in.projects().get(p).cost())))
                        .as("seed %d project %d", seed, p)
                        .isGreaterThanOrEqualTo(0);
                Fraction rho = ReferenceCount.rho(in, u, budget, p);
                for (int i = 0; i < u.length; i++) {
                    if (u[i][p] == 0) continue;
                    Fraction pay = rho.times(Fraction.of(u[i][p]));
                    budget[i] = pay.compareTo(budget[i]) >= 0 ? Fraction.of(0) : budget[i].minus(pay);
                }
            }
        }
    }

    @Test
    void aBudgetWhereEverythingFitsFundsEverythingWithVotes() {
        var in = new Instance.Builder(1000, false)
                .project("a", 300, "")
                .project("b", 200, "")
                .project("c", 100, "")
                .ballot(Map.of("a", 1))
                .ballot(Map.of("a", 1, "b", 1))
                .ballot(Map.of())
                .build();
        for (Rule rule : Rule.values()) {
            assertThat(ids(in, Tally.count(in, rule).selected())).as(rule.key).containsExactly("a", "b");
        }
    }

    @Test
    void aTieGoesToTheCheaperProjectThenTheOneListedFirst() {
        var in = new Instance.Builder(100, false)
                .project("x", 60, "")
                .project("y", 50, "")
                .project("z", 50, "")
                .ballot(Map.of("x", 1, "y", 1, "z", 1))
                .ballot(Map.of("x", 1, "y", 1, "z", 1))
                .build();
        assertThat(ids(in, Tally.count(in, Rule.GREEDY).selected())).containsExactly("y", "z");
        assertThat(ids(in, Tally.plain(in).selected())).containsExactly("y", "z");
    }
}
