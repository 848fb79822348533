package nl.plein.survey.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        List<Share> composition) {

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
            SurveyAnalysis.Results results, Map<String, String> areaNames, MessageSource messages, Locale locale) {
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
                ResultView.of(
                        results.questions(),
                        weighting.weighted(),
                        results.filter().search(),
                        messages,
                        locale),
                weighting.weighted(),
                results.designEffect().map(two::format).orElse(null),
                results.effectiveSampleSize().map(number::format).orElse(null),
                weights.map(w -> two.format(w.cap())).orElse(null),
                weighting.problems(),
                composition);
    }
}
