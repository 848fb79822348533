package nl.plein.survey.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of {@link Raking#weigh}: weights when the weighting succeeded, the problems found (errors
 * mean no weights), and how respondents compare with the population per category.
 */
public record WeightingResult(Optional<Weights> weights, List<Problem> problems, List<MarginShare> composition) {

    public WeightingResult {
        problems = List.copyOf(problems);
        composition = List.copyOf(composition);
    }

    /** True when weights are available. */
    public boolean weighted() {
        return weights.isPresent();
    }

    /**
     * One category of a margin: its population share (of residents 16+), its respondents, their share
     * (among respondents whose category is known) and, when weighted, their weighted share.
     *
     * @param margin "area", "sex" or "ageBand" (the suffix of the message keys)
     */
    public record MarginShare(
            String margin,
            String category,
            double populationShare,
            int respondents,
            double sampleShare,
            OptionalDouble weightedShare) {

        /** Respondents are fewer than 80% of what the population share would give. */
        public boolean underRepresented() {
            return sampleShare < 0.8 * populationShare;
        }
    }
}
