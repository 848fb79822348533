package nl.plein.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.plein.survey.analysis.Problem.Severity;
import org.junit.jupiter.api.Test;

class RakingTest {

    static final Codebook ONE_QUESTION = new Codebook(List.of(Question.withOptions(
            "q1", "Eens?", QuestionType.YES_NO, List.of(new Option(1, "Ja"), new Option(0, "Nee")))));

    /** An area where all adults are 25-45 (so the age margin is trivially met). */
    static AreaPopulation adultsAged25to45(String code, int adults, int men, int women) {
        return new AreaPopulation(code, "Wijk " + code, adults, men, women, 0, 0, adults, 0, 0);
    }

    /**
     * Hand computation. Population (all aged 25-45): area A 600 adults, area B 400; 400 men and 600 women.
     * Targets: A 60%, B 40%; men 40%, women 60%. Respondents (n = 6): A: 2 men, 2 women; B: 1 man, 1 woman.
     * Step area: A has 4 of 6 and should have 0.6 x 6 = 3.6, so A weighs 3.6 / 4 = 0.9; B: 2.4 / 2 = 1.2.
     * Step sex: men weigh 2 x 0.9 + 1.2 = 3.0 and should weigh 0.4 x 6 = 2.4, factor 0.8; women weigh 3.0
     * and should weigh 3.6, factor 1.2. Weights: A man 0.72, A woman 1.08, B man 0.96, B woman 1.44.
     * Check: area A = 2 x 0.72 + 2 x 1.08 = 3.6 (60%); the sex step kept the area shares because both areas
     * have as many men as women, so round 2 changes nothing. Sum = 6: mean 1. Design effect
     * = n x sum(w^2) / sum(w)^2 = 6 x (2 x 0.5184 + 2 x 1.1664 + 0.9216 + 2.0736) / 36 = 6 x 6.3648 / 36
     * = 1.0608.
     */
    @Test
    void reproducesHandComputedWeights() {
        var b = ResponseTable.builder(ONE_QUESTION, 6);
        b.next(1, "A", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(2, "A", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(3, "A", Sex.WOMAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(4, "A", Sex.WOMAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(5, "B", Sex.MAN, AgeBand.AGE_25_45, Channel.LINK);
        b.next(6, "B", Sex.WOMAN, AgeBand.AGE_25_45, Channel.PAPER);
        var margins = PopulationMargins.of(
                List.of(adultsAged25to45("A", 600, 240, 360), adultsAged25to45("B", 400, 160, 240)));

        WeightingResult result = Raking.weigh(b.build(), margins, RakingSettings.DEFAULT);

        assertThat(result.problems()).isEmpty();
        Weights w = result.weights().orElseThrow();
        assertThat(w.toArray()).containsExactly(new double[] {0.72, 0.72, 1.08, 1.08, 0.96, 1.44}, within(1e-9));
        assertThat(w.designEffect()).isCloseTo(1.0608, within(1e-9));
        assertThat(w.effectiveSampleSize()).isCloseTo(6 / 1.0608, within(1e-9));
        assertThat(w.iterations()).isLessThanOrEqualTo(2);
        var areaA = result.composition().stream()
                .filter(s -> s.margin().equals("area") && s.category().equals("A"))
                .findFirst()
                .orElseThrow();
        assertThat(areaA.populationShare()).isCloseTo(0.6, within(1e-12));
        assertThat(areaA.sampleShare()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(areaA.weightedShare().getAsDouble()).isCloseTo(0.6, within(1e-9));
    }

    /**
     * Trimming, by hand: one area margin only (everybody a man aged 25-45). A and B are half the
     * population each; 1 respondent from A, 9 from B. Raking wants A = 0.5 x 10 = 5 and B = 5 / 9. With a
     * cap of 3, A is trimmed to 3 and B gets (10 - 3) / 9 = 7/9 each; raking again wants 5 for A, so it
     * never fits: A keeps 3 / 10 = 30% instead of 50%, an error of 20 percentage points, reported in words.
     * With a cap of 5 the exact weights 5 and 5/9 are allowed.
     */
    @Test
    void aCapThatBlocksTheMarginsIsReportedWithTheRemainingError() {
        var b = ResponseTable.builder(ONE_QUESTION, 10);
        b.next(0, "A", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        for (int i = 1; i < 10; i++) {
            b.next(i, "B", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        }
        ResponseTable table = b.build();
        var margins =
                PopulationMargins.of(List.of(adultsAged25to45("A", 500, 500, 0), adultsAged25to45("B", 500, 500, 0)));

        WeightingResult capped = Raking.weigh(table, margins, new RakingSettings(0.0001, 50, 3));
        assertThat(capped.weighted()).isFalse();
        Problem problem = capped.problems().getFirst();
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.key()).isEqualTo("survey.analysis.problem.notConverged");
        assertThat(problem.arguments()).containsExactly(50, 20.0, 3.0);

        WeightingResult exact = Raking.weigh(table, margins, new RakingSettings(0.0001, 50, 5.0001));
        double[] w = exact.weights().orElseThrow().toArray();
        assertThat(w[0]).isCloseTo(5, within(1e-9));
        assertThat(w[1]).isCloseTo(5 / 9.0, within(1e-9));
    }

    @Test
    void trimmingKeepsTheMeanAndTheCap() {
        double[] w = {6, 2, 1, 0.5, 0.5};
        // Mean 2: normalise first, as the raking does.
        for (int i = 0; i < w.length; i++) {
            w[i] /= 2;
        }
        Raking.trim(w, 1.5);
        // 3 -> 1.5; the other 3.5 share to 3.5, so factor (5 - 1.5) / 2 = 1.75: 1.75 > 1.5 too, so next
        // round caps it and spreads the rest: 0.5 and 0.25 x 2 -> (5 - 3) / 1 = 2 times: 1.0, 0.5, 0.5.
        assertThat(w).containsExactly(new double[] {1.5, 1.5, 1.0, 0.5, 0.5}, within(1e-12));
    }

    @Test
    void respondentsInAnAreaWithoutPopulationAreAnErrorNamingTheArea() {
        var b = ResponseTable.builder(ONE_QUESTION, 2);
        b.next(1, "A", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(2, "X", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        var margins = PopulationMargins.of(List.of(adultsAged25to45("A", 100, 100, 0)));

        WeightingResult result = Raking.weigh(b.build(), margins, RakingSettings.DEFAULT);

        assertThat(result.weighted()).isFalse();
        assertThat(result.problems())
                .contains(Problem.of(Severity.ERROR, "survey.analysis.problem.categoryWithoutPopulation.area", "X", 1));
    }

    /** Staff read the area's name, not its code, when an area of the population sent no response. */
    @Test
    void anAreaWithoutRespondentsIsNamedInTheWarning() {
        var b = ResponseTable.builder(ONE_QUESTION, 2);
        b.next(1, "A", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(2, "A", Sex.WOMAN, AgeBand.AGE_25_45, Channel.PANEL);
        var margins = PopulationMargins.of(List.of(
                adultsAged25to45("A", 300, 150, 150),
                new AreaPopulation("B", "Kotterbos", 100, 50, 50, 0, 0, 100, 0, 0)));

        WeightingResult result = Raking.weigh(b.build(), margins, RakingSettings.DEFAULT);

        assertThat(result.weighted()).isTrue();
        assertThat(result.problems())
                .containsExactly(Problem.of(
                        Severity.WARNING,
                        "survey.analysis.problem.categoryWithoutRespondents.area",
                        "Kotterbos",
                        25.0));
    }

    @Test
    void aChildsAgeBandIsOutsideTheTargetPopulation() {
        var b = ResponseTable.builder(ONE_QUESTION, 1);
        b.next(1, "A", Sex.WOMAN, AgeBand.AGE_0_15, Channel.PANEL);
        var margins =
                PopulationMargins.of(List.of(new AreaPopulation("A", "Wijk A", 200, 100, 100, 100, 0, 100, 0, 0)));

        WeightingResult result = Raking.weigh(b.build(), margins, RakingSettings.DEFAULT);

        assertThat(result.problems())
                .contains(Problem.of(
                        Severity.ERROR, "survey.analysis.problem.categoryWithoutPopulation.ageBand", "0-14", 1));
    }

    @Test
    void noRespondentsAndNoPopulationAreReported() {
        var empty = ResponseTable.builder(ONE_QUESTION, 0).build();
        var margins = PopulationMargins.of(List.of(adultsAged25to45("A", 100, 50, 50)));
        assertThat(Raking.weigh(empty, margins, RakingSettings.DEFAULT).problems())
                .extracting(Problem::key)
                .containsExactly("survey.analysis.problem.noRespondents");

        var b = ResponseTable.builder(ONE_QUESTION, 1);
        b.next(1, null, Sex.OTHER_UNKNOWN, null, Channel.PAPER);
        WeightingResult none = Raking.weigh(b.build(), PopulationMargins.of(List.of()), RakingSettings.DEFAULT);
        assertThat(none.weighted()).isFalse();
        assertThat(none.problems().getFirst().key()).isEqualTo("survey.analysis.problem.noPopulation");
    }

    /**
     * A band with population but no respondents is collapsed: the other bands share 100%. Population
     * (area A, men 200 / women 200): 25-45 100, 45-65 100, 65+ 200 adults. Nobody 65+ answered, so the
     * targets become 25-45 50% and 45-65 50%. Respondents: 4 aged 25-45 and 2 aged 45-65, half men in
     * each band, and one of unknown sex and age who keeps weight 1 in both steps. So the 25-45 group
     * weighs 0.75 each (3 of the 6 known) and the 45-65 group 1.5 each (3 of 6); the total stays 7.
     */
    @Test
    void aBandWithoutRespondentsIsCollapsedWithAWarning() {
        var b = ResponseTable.builder(ONE_QUESTION, 7);
        b.next(1, "A", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(2, "A", Sex.WOMAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(3, "A", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(4, "A", Sex.WOMAN, AgeBand.AGE_25_45, Channel.PANEL);
        b.next(5, "A", Sex.WOMAN, AgeBand.AGE_45_65, Channel.PANEL);
        b.next(6, "A", Sex.MAN, AgeBand.AGE_45_65, Channel.PANEL);
        b.next(7, "A", Sex.OTHER_UNKNOWN, null, Channel.PANEL);
        var margins =
                PopulationMargins.of(List.of(new AreaPopulation("A", "Wijk A", 400, 200, 200, 0, 0, 100, 100, 200)));

        WeightingResult result = Raking.weigh(b.build(), margins, RakingSettings.DEFAULT);

        assertThat(result.problems())
                .containsExactlyInAnyOrder(
                        Problem.of(
                                Severity.WARNING,
                                "survey.analysis.problem.categoryWithoutRespondents.ageBand",
                                "65+",
                                50.0),
                        Problem.of(Severity.INFO, "survey.analysis.problem.unknownCategory.sex", 1),
                        Problem.of(Severity.INFO, "survey.analysis.problem.unknownCategory.ageBand", 1));
        assertThat(result.weights().orElseThrow().toArray())
                .containsExactly(new double[] {0.75, 0.75, 0.75, 0.75, 1.5, 1.5, 1.0}, within(1e-9));
    }

    @Test
    void theTargetPopulationIsSixteenAndOlder() {
        var margins = PopulationMargins.of(
                List.of(new AreaPopulation("A", "Wijk A", 1000, 480, 520, 150, 100, 300, 250, 200)));
        assertThat(margins.adults()).isCloseTo(90 + 300 + 250 + 200, within(1e-9));
        assertThat(margins.ageBand(AgeBand.AGE_0_15)).isZero();
        assertThat(margins.ageBand(AgeBand.AGE_15_25)).isCloseTo(90, within(1e-9));
        assertThat(AgeBand.ofAge(15)).isEqualTo(AgeBand.AGE_15_25);
        assertThat(AgeBand.ofAge(14)).isEqualTo(AgeBand.AGE_0_15);
        assertThat(AgeBand.ofAge(65)).isEqualTo(AgeBand.AGE_65_PLUS);
        assertThat(AgeBand.ofAge(64)).isEqualTo(AgeBand.AGE_45_65);
    }

    /** Every key the raking can report reads well in both languages with its arguments. */
    @Test
    void everyProblemKeyHasADutchAndEnglishText() throws IOException {
        Properties nl = load("i18n/survey_analysis.properties");
        Properties en = load("i18n/survey_analysis_en.properties");
        List<Problem> samples = List.of(
                Problem.of(Severity.ERROR, Raking.KEY + "noRespondents"),
                Problem.of(Severity.ERROR, Raking.KEY + "noPopulation"),
                Problem.of(Severity.ERROR, Raking.KEY + "notConverged", 100, 12.3, 5.0),
                Problem.of(Severity.INFO, Raking.KEY + "capped", 3, 5.0),
                Problem.of(Severity.ERROR, Raking.KEY + "categoryWithoutPopulation.area", "Noord", 2),
                Problem.of(Severity.ERROR, Raking.KEY + "categoryWithoutPopulation.sex", 1, 2),
                Problem.of(Severity.ERROR, Raking.KEY + "categoryWithoutPopulation.ageBand", "0-14", 2),
                Problem.of(Severity.WARNING, Raking.KEY + "categoryWithoutRespondents.area", "Noord", 12.5),
                Problem.of(Severity.WARNING, Raking.KEY + "categoryWithoutRespondents.sex", 0, 49.0),
                Problem.of(Severity.WARNING, Raking.KEY + "categoryWithoutRespondents.ageBand", "65+", 20.0),
                Problem.of(Severity.INFO, Raking.KEY + "unknownCategory.area", 4),
                Problem.of(Severity.INFO, Raking.KEY + "unknownCategory.sex", 4),
                Problem.of(Severity.INFO, Raking.KEY + "unknownCategory.ageBand", 4));
        assertThat(nl.stringPropertyNames().stream().filter(k -> k.startsWith(Raking.KEY)))
                .as("every problem key is sampled here")
                .hasSize(samples.size());
        for (Problem p : samples) {
            String dutch =
                    new MessageFormat(nl.getProperty(p.key()), Locale.forLanguageTag("nl")).format(p.arguments());
            String english = new MessageFormat(en.getProperty(p.key()), Locale.ENGLISH).format(p.arguments());
            assertThat(dutch).doesNotContain("{").doesNotContain("NaN");
            assertThat(english).doesNotContain("{").doesNotContain("NaN");
        }
        assertThat(new MessageFormat(
                                nl.getProperty(Raking.KEY + "categoryWithoutPopulation.sex"),
                                Locale.forLanguageTag("nl"))
                        .format(new Object[] {1, 2}))
                .contains("2 antwoorden komen van vrouwen");
        assertThat(new MessageFormat(en.getProperty(Raking.KEY + "notConverged"), Locale.ENGLISH)
                        .format(new Object[] {100, 12.3, 5.0}))
                .contains("12.3 percentage points");
    }

    private static Properties load(String resource) throws IOException {
        var p = new Properties();
        try (var in = RakingTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
