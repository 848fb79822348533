package nl.plein.survey.web;

import java.util.List;
import java.util.OptionalDouble;
import nl.plein.survey.analysis.QuestionResult;
import nl.plein.survey.analysis.QuestionResult.ChoiceResult;
import nl.plein.survey.analysis.QuestionResult.MatrixResult;
import nl.plein.survey.analysis.QuestionResult.NumberResult;
import nl.plein.survey.analysis.QuestionResult.RankingResult;
import nl.plein.survey.analysis.QuestionResult.Summary;
import nl.plein.survey.analysis.QuestionResult.Suppressed;
import nl.plein.survey.analysis.QuestionResult.TextResult;

/**
 * The results of a survey for programs: plain numbers (percentages 0-100, unrounded), never text
 * formatted for one language, so a spreadsheet or script reads them as they are. Weighted figures are
 * null when the results are not weighted; a suppressed question (under five respondents) has none.
 */
public record ResultsJson(
        long surveyId,
        String title,
        String state,
        long respondents,
        boolean suppressed,
        Panel panel,
        Weighting weighting,
        List<QuestionJson> questions) {

    public record Panel(long invited, long responded) {}

    /** How the raking to the population went; problems are sentences in the request's language. */
    public record Weighting(
            boolean weighted, Double designEffect, Double effectiveSampleSize, Double cap, List<String> problems) {}

    /**
     * @param kind "choice", "number", "text", "ranking", "matrix" or "suppressed"
     * @param rows per matrix row, its own result on the matrix scale
     */
    public record QuestionJson(
            String id,
            String text,
            String kind,
            Integer respondents,
            Double weightedRespondents,
            List<OptionJson> options,
            SummaryJson summary,
            List<RankedJson> ranking,
            List<QuestionJson> rows,
            List<String> answers) {}

    public record OptionJson(int code, String label, int count, double percent, Double weightedPercent) {}

    public record SummaryJson(
            double mean, double median, Double weightedMean, Double weightedMedian, double min, double max) {}

    public record RankedJson(int code, String label, int ranked, Double meanRank, Double weightedMeanRank) {}

    static List<QuestionJson> questions(List<QuestionResult> results) {
        return results.stream().map(ResultsJson::question).toList();
    }

    private static QuestionJson question(QuestionResult result) {
        String id = result.question().code();
        String text = result.question().text();
        return switch (result) {
            case Suppressed s -> new QuestionJson(id, text, "suppressed", null, null, null, null, null, null, null);
            case ChoiceResult c ->
                new QuestionJson(
                        id,
                        text,
                        "choice",
                        c.respondents(),
                        orNull(c.weightedRespondents()),
                        c.options().stream()
                                .map(o -> new OptionJson(
                                        o.option().code(),
                                        o.option().label(),
                                        o.count(),
                                        o.percent(),
                                        orNull(o.weightedPercent())))
                                .toList(),
                        c.summary().map(ResultsJson::summary).orElse(null),
                        null,
                        null,
                        null);
            case NumberResult n ->
                new QuestionJson(
                        id,
                        text,
                        "number",
                        n.respondents(),
                        orNull(n.weightedRespondents()),
                        null,
                        summary(n.summary()),
                        null,
                        null,
                        null);
            case RankingResult r ->
                new QuestionJson(
                        id,
                        text,
                        "ranking",
                        r.respondents(),
                        orNull(r.weightedRespondents()),
                        null,
                        null,
                        r.options().stream()
                                .map(o -> new RankedJson(
                                        o.option().code(),
                                        o.option().label(),
                                        o.ranked(),
                                        orNull(o.meanRank()),
                                        orNull(o.weightedMeanRank())))
                                .toList(),
                        null,
                        null);
            case MatrixResult m ->
                new QuestionJson(
                        id,
                        text,
                        "matrix",
                        m.respondents(),
                        null,
                        null,
                        null,
                        null,
                        m.rows().stream().map(row -> question(row.result())).toList(),
                        null);
            case TextResult t ->
                new QuestionJson(id, text, "text", t.answers().size(), null, null, null, null, null, t.answers());
        };
    }

    private static SummaryJson summary(Summary s) {
        return new SummaryJson(
                s.mean(), s.median(), orNull(s.weightedMean()), orNull(s.weightedMedian()), s.min(), s.max());
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
