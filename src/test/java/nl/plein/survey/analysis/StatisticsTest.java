package nl.plein.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.plein.survey.analysis.QuestionResult.ChoiceResult;
import nl.plein.survey.analysis.QuestionResult.MatrixResult;
import nl.plein.survey.analysis.QuestionResult.NumberResult;
import nl.plein.survey.analysis.QuestionResult.OptionShare;
import nl.plein.survey.analysis.QuestionResult.RankingResult;
import nl.plein.survey.analysis.QuestionResult.Suppressed;
import nl.plein.survey.analysis.QuestionResult.TextResult;
import org.junit.jupiter.api.Test;

/** Six responses with weights 0.5, 1, 1.5, 1, 2, 1; every expected figure is worked out in the comments. */
class StatisticsTest {

    static final List<Option> ABC = List.of(new Option(1, "A"), new Option(2, "B"), new Option(3, "C"));
    static final Codebook CODEBOOK = new Codebook(List.of(
            Question.withOptions("q1", "Keuze", QuestionType.SINGLE_CHOICE, ABC),
            Question.withOptions("q2", "Meerkeuze", QuestionType.MULTIPLE_CHOICE, ABC),
            // Listed from high to low on purpose: the median must go by value, not by list order.
            Question.withOptions(
                    "q3",
                    "Schaal",
                    QuestionType.SCALE,
                    List.of(
                            new Option(5, "Heel goed"),
                            new Option(4, "Goed"),
                            new Option(3, "Neutraal"),
                            new Option(2, "Slecht"),
                            new Option(1, "Heel slecht"))),
            Question.open("q4", "Getal", QuestionType.NUMBER),
            Question.open("q5", "Open", QuestionType.OPEN_TEXT),
            Question.withOptions("q6", "Rangorde", QuestionType.RANKING, ABC),
            Question.matrix("q7", "Matrix", List.of(new Option(1, "Bus"), new Option(2, "Fiets")), ABC),
            Question.withOptions(
                    "q8", "Ja/nee", QuestionType.YES_NO, List.of(new Option(1, "Ja"), new Option(0, "Nee")))));

    static final ResponseTable TABLE = table();
    static final Weights WEIGHTS = new Weights(new double[] {0.5, 1.0, 1.5, 1.0, 2.0, 1.0}, 1, 0, 5, 0);

    private static ResponseTable table() {
        var b = ResponseTable.builder(CODEBOOK, 2); // grows past its first guess
        b.next(10, "N", Sex.MAN, AgeBand.AGE_25_45, Channel.PANEL)
                .choice("q1", 1)
                .choices("q2", 1, 2)
                .choice("q3", 5)
                .number("q4", 10)
                .text("q5", "Meer bankjes")
                .ranking("q6", 2, 1, 3)
                .matrix("q7", 1, 3)
                .matrix("q7", 2, 1)
                .choice("q8", 1);
        b.next(11, "N", Sex.WOMAN, AgeBand.AGE_45_65, Channel.PANEL)
                .choice("q1", 1)
                .choices("q2", 2)
                .choice("q3", 4)
                .number("q4", 20)
                .text("q5", "Meer groen en bankjes")
                .ranking("q6", 1, 2)
                .matrix("q7", 1, 2)
                .choice("q8", 0);
        b.next(12, "Z", Sex.WOMAN, AgeBand.AGE_65_PLUS, Channel.LINK)
                .choice("q1", 2)
                .choices("q2")
                .choice("q3", 4)
                .number("q4", 30)
                .text("q5", "Minder auto's")
                .ranking("q6", 1)
                .matrix("q7", 1, 2)
                .matrix("q7", 2, 2)
                .choice("q8", 1);
        b.next(13, "Z", Sex.MAN, AgeBand.AGE_25_45, Channel.PAPER)
                .choice("q1", 3)
                .choices("q2", 1, 3)
                .choice("q3", 2)
                .number("q4", 40)
                .text("q5", "  ")
                .ranking("q6", 3, 2, 1)
                .matrix("q7", 1, 1)
                .matrix("q7", 2, 3)
                .choice("q8", 1);
        b.next(14, "Z", Sex.WOMAN, AgeBand.AGE_45_65, Channel.PANEL)
                .choice("q1", 1)
                .choice("q3", 1)
                .number("q4", 100)
                .text("q5", "Bankjes!")
                .ranking("q6", 1, 3, 2)
                .matrix("q7", 1, 3)
                .matrix("q7", 2, 1)
                .choice("q8", 0);
        b.next(15, "N", Sex.OTHER_UNKNOWN, null, Channel.LINK)
                .choices("q2", 3)
                .number("q4", 50)
                .text("q5", "Fijn")
                .choice("q8", 1);
        return b.build();
    }

    private static QuestionResult result(int q) {
        return Statistics.question(Selection.all(TABLE), q, WEIGHTS);
    }

    /**
     * q1 answered by the first five: A 3 (60%), B 1, C 1 (20% each). Weighted: A 0.5 + 1 + 2 = 3.5, B 1.5,
     * C 1 of 6: 58.3%, 25%, 16.7%.
     */
    @Test
    void singleChoiceCountsAndPercentagesWeightedAndUnweighted() {
        var r = (ChoiceResult) result(0);
        assertThat(r.respondents()).isEqualTo(5);
        assertThat(r.weightedRespondents().getAsDouble()).isCloseTo(6, within(1e-12));
        assertThat(r.options()).extracting(OptionShare::count).containsExactly(3, 1, 1);
        assertThat(r.options()).extracting(OptionShare::percent).containsExactly(60.0, 20.0, 20.0);
        assertThat(r.options().stream()
                        .mapToDouble(o -> o.weightedPercent().getAsDouble())
                        .toArray())
                .containsExactly(new double[] {350 / 6.0, 25, 100 / 6.0}, within(1e-9));
        assertThat(r.summary()).isEmpty();
    }

    /**
     * q2 answered by 1, 2, 3, 4 and 6 (3 chose nothing, which is an answer; 5 skipped it). Each option is
     * chosen by 2 of 5: 40%. Weighted base 0.5 + 1 + 1.5 + 1 + 1 = 5: option 1 by 0.5 + 1 = 30%, option 2
     * by 0.5 + 1 = 30%, option 3 by 1 + 1 = 40%.
     */
    @Test
    void multipleChoiceIsTheShareOfRespondentsChoosingEachOption() {
        var r = (ChoiceResult) result(1);
        assertThat(r.respondents()).isEqualTo(5);
        assertThat(r.options()).extracting(OptionShare::percent).containsExactly(40.0, 40.0, 40.0);
        assertThat(r.options().stream()
                        .mapToDouble(o -> o.weightedPercent().getAsDouble())
                        .toArray())
                .containsExactly(new double[] {30, 30, 40}, within(1e-9));
    }

    /**
     * q3: 5, 4, 4, 2, 1: mean 16 / 5 = 3.2, median 4. Weighted: (5 x 0.5 + 4 x 1 + 4 x 1.5 + 2 x 1 + 1 x 2)
     * / 6 = 16.5 / 6 = 2.75. Weighted median: by value 1 (2.0), 2 (1.0), 4 (2.5), 5 (0.5); the cumulative
     * weight reaches exactly half of 6 after 2, so the median is between 2 and 4: 3.
     */
    @Test
    void scaleMeanAndMedianWithAProperWeightedMedian() {
        var summary = ((ChoiceResult) result(2)).summary().orElseThrow();
        assertThat(summary.mean()).isCloseTo(3.2, within(1e-12));
        assertThat(summary.median()).isEqualTo(4);
        assertThat(summary.weightedMean().getAsDouble()).isCloseTo(2.75, within(1e-12));
        assertThat(summary.weightedMedian().getAsDouble()).isEqualTo(3);
        assertThat(summary.min()).isEqualTo(1);
        assertThat(summary.max()).isEqualTo(5);
    }

    /**
     * q4: 10, 20, 30, 40, 100, 50: mean 250 / 6, median (30 + 40) / 2 = 35. Weighted (total 7): mean
     * (5 + 20 + 45 + 40 + 200 + 50) / 7 = 360 / 7; by value 10 (.5), 20 (1), 30 (1.5), 40 (1), 50 (1),
     * 100 (2): the cumulative weight 0.5, 1.5, 3, 4 passes 3.5 at 40.
     */
    @Test
    void numberMeanAndMedian() {
        var r = (NumberResult) result(3);
        assertThat(r.respondents()).isEqualTo(6);
        assertThat(r.summary().mean()).isCloseTo(250 / 6.0, within(1e-12));
        assertThat(r.summary().median()).isEqualTo(35);
        assertThat(r.summary().weightedMean().getAsDouble()).isCloseTo(360 / 7.0, within(1e-12));
        assertThat(r.summary().weightedMedian().getAsDouble()).isEqualTo(40);
        assertThat(r.summary().min()).isEqualTo(10);
        assertThat(r.summary().max()).isEqualTo(100);
    }

    @Test
    void openAnswersAreListedAndSearchable() {
        var r = (TextResult) result(4);
        assertThat(r.answers())
                .containsExactly("Meer bankjes", "Meer groen en bankjes", "Minder auto's", "Bankjes!", "Fijn");
        assertThat(r.matching("BANKJES")).containsExactly("Meer bankjes", "Meer groen en bankjes", "Bankjes!");
        assertThat(r.matching("bankjes meer")).containsExactly("Meer bankjes", "Meer groen en bankjes");
        assertThat(r.matching(" ")).hasSize(5);
    }

    /**
     * Ranks of A: 2, 1, 1, 3, 1 (mean 1.6; weighted (1 + 1 + 1.5 + 3 + 2) / 6 = 8.5 / 6). B: 1, 2, 2, 3 by
     * responses 1, 2, 4, 5 (mean 2; weighted (0.5 + 2 + 2 + 6) / 4.5). C: 3, 1, 2 by 1, 4, 5 (mean 2;
     * weighted (1.5 + 1 + 4) / 3.5).
     */
    @Test
    void rankingMeanRank() {
        var r = (RankingResult) result(5);
        assertThat(r.respondents()).isEqualTo(5);
        assertThat(r.options()).extracting(QuestionResult.RankedOption::ranked).containsExactly(5, 4, 3);
        assertThat(r.options().get(0).meanRank().getAsDouble()).isCloseTo(1.6, within(1e-12));
        assertThat(r.options().get(1).meanRank().getAsDouble()).isCloseTo(2, within(1e-12));
        assertThat(r.options().get(0).weightedMeanRank().getAsDouble()).isCloseTo(8.5 / 6, within(1e-12));
        assertThat(r.options().get(1).weightedMeanRank().getAsDouble()).isCloseTo(10.5 / 4.5, within(1e-12));
        assertThat(r.options().get(2).weightedMeanRank().getAsDouble()).isCloseTo(6.5 / 3.5, within(1e-12));
    }

    /** Row "Bus": 3, 2, 2, 1, 3 (mean 2.2); row "Fiets" was answered by only 4, so it is suppressed. */
    @Test
    void matrixPerRowWithSmallRowsSuppressed() {
        var r = (MatrixResult) result(6);
        assertThat(r.respondents()).isEqualTo(5);
        var bus = (ChoiceResult) r.rows().get(0).result();
        assertThat(bus.question().text()).isEqualTo("Bus");
        assertThat(bus.options()).extracting(OptionShare::count).containsExactly(1, 2, 2);
        assertThat(bus.summary().orElseThrow().mean()).isCloseTo(2.2, within(1e-12));
        assertThat(r.rows().get(1).result()).isInstanceOf(Suppressed.class);
    }

    @Test
    void yesNo() {
        var r = (ChoiceResult) result(7);
        assertThat(r.options()).extracting(OptionShare::count).containsExactly(4, 2);
        assertThat(r.options().get(0).percent()).isCloseTo(400 / 6.0, within(1e-12));
    }

    @Test
    void withoutWeightsOnlyUnweightedFigures() {
        var r = (ChoiceResult) Statistics.question(Selection.all(TABLE), 0, null);
        assertThat(r.weightedRespondents()).isEmpty();
        assertThat(r.options()).allSatisfy(o -> assertThat(o.weightedPercent()).isEmpty());
    }

    /** A filter leaving fewer than 5 responses suppresses every question: no numbers at all. */
    @Test
    void smallFilteredGroupsAreSuppressed() {
        for (Filter filter : List.of(
                Filter.ALL.withAreas("N"), Filter.ALL.withChannels(Channel.PANEL), Filter.ALL.withSexes(Sex.WOMAN))) {
            Selection selection = Selection.of(TABLE, filter);
            assertThat(selection.size()).isBetween(1, 4);
            assertThat(Statistics.all(selection, WEIGHTS))
                    .allSatisfy(r -> assertThat(r).isInstanceOf(Suppressed.class));
        }
    }

    /** 30 responses: 10 per age band 25-45, 45-65, 65+ and 3 more aged 15-25 (a group too small to show). */
    @Test
    void filtersAndBreakdownsCountTheRightResponses() {
        var b = ResponseTable.builder(CODEBOOK, 33);
        AgeBand[] bands = {AgeBand.AGE_25_45, AgeBand.AGE_45_65, AgeBand.AGE_65_PLUS};
        for (int i = 0; i < 30; i++) {
            // Band k answers option k + 1 of q1, so each group's result shows which rows it counted.
            b.next(i, i % 2 == 0 ? "N" : "Z", i % 2 == 0 ? Sex.MAN : Sex.WOMAN, bands[i % 3], Channel.PANEL)
                    .choice("q1", i % 3 + 1);
        }
        for (int i = 0; i < 3; i++) {
            b.next(100 + i, "N", Sex.MAN, AgeBand.AGE_15_25, Channel.PAPER).choice("q1", 1);
        }
        ResponseTable table = b.build();

        var older = (ChoiceResult) Statistics.question(
                Selection.of(table, Filter.ALL.withAgeBands(AgeBand.AGE_65_PLUS, AgeBand.AGE_45_65)), 0, null);
        assertThat(older.options()).extracting(OptionShare::count).containsExactly(0, 10, 10);
        var menInNorth = Selection.of(table, Filter.ALL.withAreas("N").withSexes(Sex.MAN));
        assertThat(menInNorth.size()).isEqualTo(18);
        var custom = Selection.where(table, row -> table.id(row) >= 100);
        assertThat(custom.size()).isEqualTo(3);

        var groups = Statistics.breakdown(Selection.all(table), 0, null, Statistics.Dimension.AGE_BAND);
        assertThat(groups).extracting(Statistics.Group::category).containsExactly("15-24", "25-44", "45-64", "65+");
        assertThat(groups.get(0).result()).isInstanceOf(Suppressed.class);
        assertThat(((ChoiceResult) groups.get(2).result()).options())
                .extracting(OptionShare::count)
                .containsExactly(0, 10, 0);
        var channels = Statistics.breakdown(Selection.all(table), 0, null, Statistics.Dimension.CHANNEL);
        assertThat(channels).extracting(Statistics.Group::category).containsExactly("panel", "paper");
    }

    @Test
    void weightedMedianWithEqualWeightsIsTheOrdinaryMedian() {
        assertThat(Statistics.median(new double[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1}))
                .isEqualTo(2.5);
        assertThat(Statistics.median(new double[] {1, 2, 3}, new double[] {1, 1, 1}))
                .isEqualTo(2);
        assertThat(Statistics.median(new double[] {1, 2, 3}, new double[] {1, 0, 5}))
                .isEqualTo(3);
        assertThat(Statistics.median(new double[] {1, 2, 3, 4}, new double[] {1, 1, 0, 2}))
                .isEqualTo(3);
    }

    /** The quickselect used for number questions gives exactly what sorting gives, ties and zeros included. */
    @Test
    void selectingTheMedianAgreesWithSorting() {
        var random = new java.util.Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + random.nextInt(40);
            double[] values = new double[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(8); // many ties
                weights[i] = trial % 3 == 0 ? 1 : random.nextInt(4) * 0.5; // equal, or with zeros and halves
            }
            weights[random.nextInt(n)] += 1; // at least one positive weight
            Integer[] order = new Integer[n];
            java.util.Arrays.setAll(order, i -> i);
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> values[i]));
            double[] sortedValues = new double[n];
            double[] sortedWeights = new double[n];
            for (int i = 0; i < n; i++) {
                sortedValues[i] = values[order[i]];
                sortedWeights[i] = weights[order[i]];
            }
            double expected = Statistics.median(sortedValues, sortedWeights);
            assertThat(Statistics.selectMedian(values.clone(), weights.clone(), n))
                    .as("values %s weights %s", java.util.Arrays.toString(values), java.util.Arrays.toString(weights))
                    .isEqualTo(expected);
        }
    }

    @Test
    void theTableRefusesCodesOutsideTheCodebookAndReadsBackWhatWasStored() {
        var b = ResponseTable.builder(CODEBOOK, 1).next(1, null, null, null, Channel.PAPER);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> b.choice("q1", 9));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> b.choice("q2", 1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> b.number("q4", Double.NaN));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> b.ranking("q6", 1, 1));
        assertThat(TABLE.choices(0, 1)).containsExactly(1, 2);
        assertThat(TABLE.choices(2, 1)).isEmpty();
        assertThat(TABLE.choices(4, 1)).isNull();
        assertThat(TABLE.rank(0, 5, 1)).isEqualTo(1);
        assertThat(TABLE.matrix(1, 6, 1)).isNull();
        assertThat(TABLE.text(3, 4)).isNull();
        assertThat(TABLE.sex(5)).isEqualTo(Sex.OTHER_UNKNOWN);
        assertThat(TABLE.ageBand(5)).isNull();
    }
}
