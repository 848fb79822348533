package nl.plein.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.plein.survey.analysis.Problem.Severity;

/** What holds for any population and any respondents. */
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
    @Provide
    Arbitrary<Case> feasible() {
        Arbitrary<AreaPopulation> area = Combinators.combine(
                        Arbitraries.integers().between(100, 2000),
                        Arbitraries.integers().between(100, 2000),
                        Arbitraries.integers().between(300, 1500).list().ofSize(4))
                .as((men, women, bands) -> new AreaPopulation(
                        "", men + women, men, women, 100, bands.get(0), bands.get(1), bands.get(2), bands.get(3)));
        return Combinators.combine(
                        area.list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(500, 1000),
                        Arbitraries.longs(),
                        Arbitraries.doubles().between(3, 10))
                .as((areas, n, seed, cap) -> {
                    var population = new ArrayList<AreaPopulation>();
                    for (int i = 0; i < areas.size(); i++) {
                        AreaPopulation a = areas.get(i);
                        population.add(new AreaPopulation(
                                "W" + i,
                                a.residents(),
                                a.men(),
                                a.women(),
                                a.age0to15(),
                                a.age15to25(),
                                a.age25to45(),
                                a.age45to65(),
                                a.age65plus()));
                    }
                    var random = new Random(seed);
                    double[] areaWeights = population.stream()
                            .mapToDouble(
                                    a -> (a.age15to25() + a.age25to45() + a.age45to65() + a.age65plus()) * lean(random))
                            .toArray();
                    double men =
                            population.stream().mapToInt(AreaPopulation::men).sum() * lean(random);
                    double women =
                            population.stream().mapToInt(AreaPopulation::women).sum() * lean(random);
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
                });
    }

    /** Anything: empty areas, foreign areas, children, unknowns, tight caps, no respondents. */
    @Provide
    Arbitrary<Case> anything() {
        Arbitrary<AreaPopulation> area = Arbitraries.integers()
                .between(0, 300)
                .list()
                .ofSize(7)
                .map(v -> new AreaPopulation(
                        "", v.get(0) + v.get(1), v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6)));
        return Combinators.combine(
                        area.list().ofMaxSize(4),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.longs(),
                        Arbitraries.doubles().between(1.01, 8))
                .as((areas, n, seed, cap) -> {
                    var population = new ArrayList<AreaPopulation>();
                    for (int i = 0; i < areas.size(); i++) {
                        AreaPopulation a = areas.get(i);
                        population.add(new AreaPopulation(
                                "W" + i,
                                a.residents(),
                                a.men(),
                                a.women(),
                                a.age0to15(),
                                a.age15to25(),
                                a.age25to45(),
                                a.age45to65(),
                                a.age65plus()));
                    }
                    var random = new Random(seed);
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
                });
    }

    @Property(tries = 200)
    void weightedMarginsMatchThePopulationWhenFeasible(@ForAll("feasible") Case c) {
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

    @Property(tries = 500)
    void anyInputGivesValidWeightsOrAnErrorAndNeverNaN(@ForAll("anything") Case c) {
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

    @Property(tries = 100)
    void theSameInputGivesTheSameWeights(@ForAll("anything") Case c) {
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
