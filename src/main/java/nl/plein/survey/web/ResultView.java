package nl.plein.survey.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import nl.plein.survey.analysis.BarChart;
import nl.plein.survey.analysis.QuestionResult;
import nl.plein.survey.analysis.QuestionResult.ChoiceResult;
import nl.plein.survey.analysis.QuestionResult.MatrixResult;
import nl.plein.survey.analysis.QuestionResult.NumberResult;
import nl.plein.survey.analysis.QuestionResult.RankingResult;
import nl.plein.survey.analysis.QuestionResult.Suppressed;
import nl.plein.survey.analysis.QuestionResult.TextResult;
import org.springframework.context.MessageSource;

/**
 * One question's figures as a page (or the API) shows them: numbers formatted for the reader's
 * language, unweighted and weighted side by side, the chart drawn by the analysis library, open answers
 * filtered by the search words.
 *
 * @param kind "choice", "number", "text", "ranking", "matrix" or "suppressed"
 * @param lines per option (count, percent, weighted percent), per ranked option (times ranked, mean rank,
 *     weighted mean rank) or per matrix row (respondents, mean, weighted mean)
 */
public record ResultView(
        String id,
        String text,
        String kind,
        int respondents,
        String chartSvg,
        List<Line> lines,
        String mean,
        String median,
        String weightedMean,
        String weightedMedian,
        List<String> texts,
        int textsFound) {

    public record Line(String label, String count, String value, String weightedValue) {}

    static final int MAX_TEXTS = 200;

    public boolean suppressed() {
        return kind.equals("suppressed");
    }

    public boolean hasWeighted() {
        return weightedMean != null || lines.stream().anyMatch(l -> l.weightedValue() != null);
    }

    /** {@code charts}: draw each choice question's chart (the online/paper split shows tables only). */
    static List<ResultView> of(
            List<QuestionResult> results,
            boolean weighted,
            String search,
            boolean charts,
            MessageSource messages,
            Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        String unweightedName = messages.getMessage("survey.results.unweighted", null, locale);
        String weightedName = weighted ? messages.getMessage("survey.results.weighted", null, locale) : null;
        List<ResultView> views = new ArrayList<>();
        for (QuestionResult result : results) {
            String id = result.question().code();
            String text = result.question().text();
            views.add(
                    switch (result) {
                        case Suppressed s ->
                            new ResultView(
                                    id, text, "suppressed", 0, null, List.of(), null, null, null, null, List.of(), 0);
                        case ChoiceResult c -> {
                            List<Line> lines = c.options().stream()
                                    .map(o -> new Line(
                                            o.option().label(),
                                            String.valueOf(o.count()),
                                            fmt(number, o.percent()),
                                            fmt(number, o.weightedPercent())))
                                    .toList();
                            String svg = charts
                                    ? BarChart.svg(
                                            "chart-" + id, text, unweightedName, weightedName, BarChart.bars(c), locale)
                                    : null;
                            yield new ResultView(
                                    id,
                                    text,
                                    "choice",
                                    c.respondents(),
                                    svg,
                                    lines,
                                    c.summary().map(s -> fmt(number, s.mean())).orElse(null),
                                    c.summary()
                                            .map(s -> fmt(number, s.median()))
                                            .orElse(null),
                                    c.summary()
                                            .map(s -> fmt(number, s.weightedMean()))
                                            .orElse(null),
                                    c.summary()
                                            .map(s -> fmt(number, s.weightedMedian()))
                                            .orElse(null),
                                    List.of(),
                                    0);
                        }
                        case NumberResult n ->
                            new ResultView(
                                    id,
                                    text,
                                    "number",
                                    n.respondents(),
                                    null,
                                    List.of(),
                                    fmt(number, n.summary().mean()),
                                    fmt(number, n.summary().median()),
                                    fmt(number, n.summary().weightedMean()),
                                    fmt(number, n.summary().weightedMedian()),
                                    List.of(),
                                    0);
                        case TextResult t -> {
                            List<String> found = t.matching(search);
                            yield new ResultView(
                                    id,
                                    text,
                                    "text",
                                    t.answers().size(),
                                    null,
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    found.stream().limit(MAX_TEXTS).toList(),
                                    found.size());
                        }
                        case RankingResult r ->
                            new ResultView(
                                    id,
                                    text,
                                    "ranking",
                                    r.respondents(),
                                    null,
                                    r.options().stream()
                                            .map(o -> new Line(
                                                    o.option().label(),
                                                    String.valueOf(o.ranked()),
                                                    fmt(number, o.meanRank()),
                                                    fmt(number, o.weightedMeanRank())))
                                            .toList(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    0);
                        case MatrixResult m ->
                            new ResultView(
                                    id,
                                    text,
                                    "matrix",
                                    m.respondents(),
                                    null,
                                    m.rows().stream()
                                            .map(row -> switch (row.result()) {
                                                case ChoiceResult c ->
                                                    new Line(
                                                            row.row().label(),
                                                            String.valueOf(c.respondents()),
                                                            c.summary()
                                                                    .map(s -> fmt(number, s.mean()))
                                                                    .orElse(null),
                                                            c.summary()
                                                                    .map(s -> fmt(number, s.weightedMean()))
                                                                    .orElse(null));
                                                default -> new Line(row.row().label(), "-", null, null);
                                            })
                                            .toList(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    0);
                    });
        }
        return views;
    }

    private static String fmt(NumberFormat number, double value) {
        return number.format(value);
    }

    private static String fmt(NumberFormat number, OptionalDouble value) {
        return value.isPresent() ? number.format(value.getAsDouble()) : null;
    }
}
