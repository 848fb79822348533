package nl.plein.survey.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one question for a selection of responses, unweighted and (when weights were given)
 * weighted side by side. Percentages are 0-100. A result with fewer than
 * {@link Statistics#SMALLEST_GROUP} respondents is {@link Suppressed}: it carries no figures at all.
 */
public sealed interface QuestionResult {

    Question question();

    /** Too few respondents to show anything. */
    record Suppressed(Question question) implements QuestionResult {}

    /**
     * Single or multiple choice, scale, grade, yes/no, area. For multiple choice the percentages are the
     * share of respondents who chose the option (they add up to more than 100). {@code summary} is there
     * for scale and grade (the option codes are the values).
     */
    record ChoiceResult(
            Question question,
            int respondents,
            OptionalDouble weightedRespondents,
            List<OptionShare> options,
            Optional<Summary> summary)
            implements QuestionResult {}

    /** A number question: mean, median, lowest and highest. */
    record NumberResult(Question question, int respondents, OptionalDouble weightedRespondents, Summary summary)
            implements QuestionResult {}

    /** An open question: the answers (not counted), in response order. */
    record TextResult(Question question, List<String> answers) implements QuestionResult {
        public TextResult {
            answers = List.copyOf(answers);
        }

        /** The answers that contain the words of {@code query} (case-insensitive, any order). */
        public List<String> matching(String query) {
            if (query == null || query.isBlank()) {
                return answers;
            }
            String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
            return answers.stream()
                    .filter(a -> {
                        String text = a.toLowerCase(Locale.ROOT);
                        for (String w : words) {
                            if (!text.contains(w)) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .toList();
        }
    }

    /**
     * A ranking: per option how often it was ranked and its mean rank (1 = first) among those who ranked
     * it; a lower mean rank is a higher place.
     */
    record RankingResult(
            Question question, int respondents, OptionalDouble weightedRespondents, List<RankedOption> options)
            implements QuestionResult {}

    /** A matrix: per row a {@link ChoiceResult} (or {@link Suppressed}) on the matrix scale. */
    record MatrixResult(Question question, int respondents, List<MatrixRow> rows) implements QuestionResult {}

    /**
     * One option's figures.
     *
     * @param count   respondents who chose it
     * @param percent of the respondents to the question
     */
    record OptionShare(
            Option option, int count, double percent, OptionalDouble weightedCount, OptionalDouble weightedPercent) {}

    /** Mean and median, unweighted and weighted; min and max of the answers. */
    record Summary(
            double mean,
            double median,
            OptionalDouble weightedMean,
            OptionalDouble weightedMedian,
            double min,
            double max) {}

    record RankedOption(Option option, int ranked, OptionalDouble meanRank, OptionalDouble weightedMeanRank) {}

    /** A matrix row; {@code result}'s question is the row (code "question_row", text the row label). */
    record MatrixRow(Option row, QuestionResult result) {}
}
