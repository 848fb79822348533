package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.panel.AgeBand;
import org.junit.jupiter.api.Test;

/**
 * The panel's bands (filters, profiles) and the analysis' bands (weighting, exports) are one definition:
 * the same label for the same ages, so an export's "25-44" is the filter's "25-44".
 */
class AgeBandsAgreeTest {

    @Test
    void everyPanelBandHasTheAnalysisBandOfTheSameLabel() {
        for (AgeBand band : AgeBand.values()) {
            assertThat(SurveyAnalysis.ageBand(band.name()).code()).isEqualTo(band.label());
        }
    }

    @Test
    void everyAgeFallsInTheSameBandInBoth() {
        for (int age = AgeBand.MIN_AGE; age <= 110; age++) {
            assertThat(SurveyAnalysis.ageBand(AgeBand.ofAge(age).name()))
                    .as("age %d", age)
                    .isEqualTo(nl.plein.survey.analysis.AgeBand.ofAge(age));
        }
    }
}
