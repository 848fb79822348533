package nl.plein.survey.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.survey.ResultFilter;
import nl.plein.survey.Survey;
import nl.plein.survey.SurveyAnalysis;
import nl.plein.survey.analysis.Problem;
import nl.plein.survey.analysis.WeightingResult;
import org.springframework.context.MessageSource;

/**
 * A survey's results for one filter, ready for a page: the figures per question and how the weighting
 * went (design effect, effective sample size, problems in words, the respondents against the
 * population per area, sex and age band).
 */
public record ResultsView(
        Survey survey,
        ResultFilter filter,
        int respondents,
        boolean suppressed,
        List<ResultView> questions,
        boolean weighted,
        String designEffect,
        String effectiveSampleSize,
        String cap,
        List<Problem> problems,
        List<Share> composition,
        Split split) {

    /**
     * Online (panel and link) and paper responses apart, null when there are no paper responses or a channel is
     * chosen. A side's questions are empty when it has too few respondents to show.
     */
    public record Split(int online, int paper, List<ResultView> onlineQuestions, List<ResultView> paperQuestions) {}

    /** One question's figures online and on paper; a side is null when it is too small to show. */
    public record Side(ResultView online, ResultView paper) {}

    /** This question online and on paper, or null without a split. */
    public Side side(String questionId) {
        if (split == null) {
            return null;
        }
        return new Side(find(split.onlineQuestions(), questionId), find(split.paperQuestions(), questionId));
    }

    /** Line {@code i} of one side as "count (value)", or "-" where the side is too small to show. */
    public static String cell(ResultView side, int i) {
        if (side == null || i >= side.lines().size()) {
            return "-";
        }
        var line = side.lines().get(i);
        return line.value() == null ? line.count() : line.count() + " (" + line.value() + ")";
    }

    private static ResultView find(List<ResultView> questions, String id) {
        return questions.stream()
                .filter(q -> q.id().equals(id) && !q.suppressed())
                .findFirst()
                .orElse(null);
    }

    /** One group of a margin: its share of the population, of the respondents, and after weighting. */
    public record Share(
            String marginKey,
            String category,
            String labelKey,
            String population,
            int respondents,
            String sample,
            String weighted,
            boolean underRepresented) {}

    static ResultsView of(
            SurveyAnalysis.Results results,
            Optional<SurveyAnalysis.ChannelSplit> byChannel,
            Map<String, String> areaNames,
            MessageSource messages,
            Locale locale) {
        WeightingResult weighting = results.weighting();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        NumberFormat two = NumberFormat.getNumberInstance(locale);
        two.setMinimumFractionDigits(2);
        two.setMaximumFractionDigits(2);
        var weights = weighting.weights();
        List<Share> composition = weighting.composition().stream()
                .map(s -> new Share(
                        "survey.results.margin." + s.margin(),
                        s.margin().equals("area") ? areaNames.getOrDefault(s.category(), s.category()) : s.category(),
                        s.margin().equals("sex") ? "survey.results.sex." + s.category() : null,
                        number.format(s.populationShare() * 100),
                        s.respondents(),
                        number.format(s.sampleShare() * 100),
                        s.weightedShare().isPresent()
                                ? number.format(s.weightedShare().getAsDouble() * 100)
                                : null,
                        s.underRepresented()))
                .toList();
        return new ResultsView(
                results.survey(),
                results.filter(),
                results.respondents(),
                results.suppressed(),
                questions(results, true, messages, locale),
                weighting.weighted(),
                results.designEffect().map(two::format).orElse(null),
                results.effectiveSampleSize().map(number::format).orElse(null),
                weights.map(w -> two.format(w.cap())).orElse(null),
                weighting.problems(),
                composition,
                byChannel
                        .map(s -> new Split(
                                s.online().respondents(),
                                s.paper().respondents(),
                                questions(s.online(), false, messages, locale),
                                questions(s.paper(), false, messages, locale)))
                        .orElse(null));
    }

    private static List<ResultView> questions(
            SurveyAnalysis.Results results, boolean charts, MessageSource messages, Locale locale) {
        return ResultView.of(
                results.questions(),
                results.weighting().weighted(),
                results.filter().search(),
                charts,
                messages,
                locale);
    }
}
