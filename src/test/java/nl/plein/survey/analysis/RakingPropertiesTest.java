package nl.plein.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import nl.plein.survey.analysis.Problem.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What holds for any population and any respondents: each property runs on hundreds of cases drawn
 * from a seeded random source, so a failure names its seed and is reproducible.
 */
class RakingPropertiesTest {

    /** A population and respondents (area index into the population, or -1 unknown, or >= size: foreign). */
    record Case(List<AreaPopulation> population, int[] area, Sex[] sex, AgeBand[] band, double cap) {
        ResponseTable table() {
            var b = ResponseTable.builder(RakingTest.ONE_QUESTION, area.length);
            for (int i = 0; i < area.length; i++) {
                String code = area[i] < 0
                        ? null
                        : area[i] < population.size() ? population.get(area[i]).code() : "X" + area[i];
                b.next(i, code, sex[i], band[i], Channel.PANEL);
                b.choice("q1", i % 2);
            }
            return b.build();
        }

        RakingSettings settings() {
            return RakingSettings.DEFAULT.withCapFactor(cap);
        }

        @Override
        public String toString() {
            return "Case[population=" + population + ", n=" + area.length + ", cap=" + cap + "]";
        }
    }

    /**
     * Feasible cases: every respondent's area, sex and age band drawn from the population's own shares,
     * each category leaned on by a factor between 0.8 and 1.25 (as panels lean to some groups). Every
     * category is at least about 5% of the population and there are 500 or more respondents, so each
     * category expects 25 or more of them and a solution under the cap (3 or more) exists.
     */
    static Case feasible(long seed) {
        var random = new Random(seed);
        var population = new ArrayList<AreaPopulation>();
        int areas = 1 + random.nextInt(4);
        for (int i = 0; i < areas; i++) {
            int men = between(random, 100, 2000);
            int women = between(random, 100, 2000);
            population.add(new AreaPopulation(
                    "W" + i,
                    "Wijk " + i,
                    men + women,
                    men,
                    women,
                    100,
                    between(random, 300, 1500),
                    between(random, 300, 1500),
                    between(random, 300, 1500),
                    between(random, 300, 1500)));
        }
        int n = between(random, 500, 1000);
        double cap = 3 + random.nextDouble() * 7;
        double[] areaWeights = population.stream()
                .mapToDouble(a -> (a.age15to25() + a.age25to45() + a.age45to65() + a.age65plus()) * lean(random))
                .toArray();
        double men = population.stream().mapToInt(AreaPopulation::men).sum() * lean(random);
        double women = population.stream().mapToInt(AreaPopulation::women).sum() * lean(random);
        double[] bandWeights = {
            0,
            population.stream().mapToInt(AreaPopulation::age15to25).sum() * lean(random),
            population.stream().mapToInt(AreaPopulation::age25to45).sum() * lean(random),
            population.stream().mapToInt(AreaPopulation::age45to65).sum() * lean(random),
            population.stream().mapToInt(AreaPopulation::age65plus).sum() * lean(random)
        };
        int[] areaOf = new int[n];
        Sex[] sexOf = new Sex[n];
        AgeBand[] bandOf = new AgeBand[n];
        for (int r = 0; r < n; r++) {
            areaOf[r] = draw(areaWeights, random);
            sexOf[r] = random.nextDouble() * (men + women) < men ? Sex.MAN : Sex.WOMAN;
            bandOf[r] = AgeBand.values()[draw(bandWeights, random)];
        }
        return new Case(population, areaOf, sexOf, bandOf, cap);
    }

    /** Anything: empty areas, foreign areas, children, unknowns, tight caps, no respondents. */
    static Case anything(long seed) {
        var random = new Random(seed);
        var population = new ArrayList<AreaPopulation>();
        int areas = random.nextInt(5);
        for (int i = 0; i < areas; i++) {
            int[] v = random.ints(7, 0, 301).toArray();
            population.add(
                    new AreaPopulation("W" + i, "Wijk " + i, v[0] + v[1], v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
        }
        int n = random.nextInt(61);
        double cap = 1.01 + random.nextDouble() * 6.99;
        int[] areaOf = new int[n];
        Sex[] sexOf = new Sex[n];
        AgeBand[] bandOf = new AgeBand[n];
        for (int r = 0; r < n; r++) {
            areaOf[r] = random.nextInt(population.size() + 2) - 1;
            sexOf[r] = Sex.values()[random.nextInt(3)];
            int b = random.nextInt(6);
            bandOf[r] = b == 5 ? null : AgeBand.values()[b];
        }
        return new Case(population, areaOf, sexOf, bandOf, cap);
    }

    static LongStream seeds200() {
        return LongStream.range(0, 200);
    }

    static LongStream seeds500() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest
    @MethodSource("seeds200")
    void weightedMarginsMatchThePopulationWhenFeasible(long seed) {
        Case c = feasible(seed);
        WeightingResult result = Raking.weigh(c.table(), PopulationMargins.of(c.population()), c.settings());

        assertThat(result.weighted()).as("%s", result.problems()).isTrue();
        assertValidWeights(result.weights().orElseThrow(), c.cap());
        for (String margin : List.of("area", "sex", "ageBand")) {
            var rows = result.composition().stream()
                    .filter(s -> s.margin().equals(margin))
                    .toList();
            double populationWithRespondents = rows.stream()
                    .filter(s -> s.respondents() > 0)
                    .mapToDouble(WeightingResult.MarginShare::populationShare)
                    .sum();
            for (var row : rows) {
                if (row.respondents() > 0) {
                    double target = row.populationShare() / populationWithRespondents;
                    assertThat(Math.abs(row.weightedShare().getAsDouble() - target))
                            .as("%s %s", margin, row.category())
                            .isLessThanOrEqualTo(c.settings().tolerance());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds500")
    void anyInputGivesValidWeightsOrAnErrorAndNeverNaN(long seed) {
        Case c = anything(seed);
        WeightingResult result = Raking.weigh(c.table(), PopulationMargins.of(c.population()), c.settings());

        if (result.weighted()) {
            assertValidWeights(result.weights().orElseThrow(), c.cap());
            assertThat(result.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
        } else {
            assertThat(result.problems()).anyMatch(p -> p.severity() == Severity.ERROR);
        }
        for (Problem p : result.problems()) {
            assertThat(p.key()).startsWith("survey.analysis.problem.");
            for (Object argument : p.arguments()) {
                if (argument instanceof Double d) {
                    assertThat(d).isFinite();
                }
            }
        }
        for (var share : result.composition()) {
            assertThat(share.populationShare()).isFinite().isBetween(0.0, 1.0);
            assertThat(share.sampleShare()).isFinite().isBetween(0.0, 1.0);
            share.weightedShare().ifPresent(v -> assertThat(v).isFinite());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds200")
    void theSameInputGivesTheSameWeights(long seed) {
        Case c = anything(seed);
        PopulationMargins margins = PopulationMargins.of(c.population());
        WeightingResult first = Raking.weigh(c.table(), margins, c.settings());
        WeightingResult second = Raking.weigh(c.table(), margins, c.settings());

        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(second.weights().map(Weights::toArray).orElse(null))
                .satisfiesAnyOf(
                        w -> assertThat(w).isNull(),
                        w -> assertThat(Arrays.equals(
                                        w, first.weights().orElseThrow().toArray()))
                                .isTrue());
        assertThat(second.weighted()).isEqualTo(first.weighted());
    }

    private static void assertValidWeights(Weights weights, double cap) {
        double sum = 0;
        for (double w : weights.toArray()) {
            assertThat(w).isFinite().isPositive().isLessThanOrEqualTo(cap * (1 + 1e-9));
            sum += w;
        }
        assertThat(sum / weights.size()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(weights.designEffect()).isFinite().isGreaterThanOrEqualTo(1 - 1e-12);
        assertThat(weights.effectiveSampleSize()).isFinite().isLessThanOrEqualTo(weights.size() * (1 + 1e-12));
    }

    private static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static double lean(Random random) {
        return Math.exp((random.nextDouble() * 2 - 1) * Math.log(1.25));
    }

    private static int draw(double[] weights, Random random) {
        double total = Arrays.stream(weights).sum();
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }
}
