package nl.plein.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Kish's design effect, by hand: n * sum(w^2) / sum(w)^2, over the whole survey or a filtered group. */
class WeightsTest {

    @Test
    void aFilteredGroupHasTheDesignEffectOfItsOwnWeights() {
        // Weights 0.5, 1, 1.5, 1, 2, 1: sum 7, squares 9.5, so 6 * 9.5 / 49 = 57/49.
        Weights weights = StatisticsTest.WEIGHTS;
        assertThat(weights.designEffect()).isCloseTo(57.0 / 49, within(1e-12));
        assertThat(weights.effectiveSampleSize()).isCloseTo(6 * 49.0 / 57, within(1e-12));

        // Rows 1 and 4 (weights 1 and 2): sum 3, squares 5, so 2 * 5 / 9 = 10/9, effective size 1.8.
        Selection group = Selection.ofRows(StatisticsTest.TABLE, new int[] {1, 4});
        assertThat(weights.designEffect(group)).isCloseTo(10.0 / 9, within(1e-12));
        assertThat(weights.effectiveSampleSize(group)).isCloseTo(1.8, within(1e-12));
        assertThat(weights.designEffect(Selection.all(StatisticsTest.TABLE))).isEqualTo(weights.designEffect());
    }
}
