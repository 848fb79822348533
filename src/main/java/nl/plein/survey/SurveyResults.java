package nl.plein.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.plein.project.Participation;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Per question: counts, percentages, and mean and median where the answers are numbers, over the
 * complete responses that match a filter. A breakdown with fewer than
 * {@link Participation#SMALLEST_GROUP} respondents is suppressed: nothing of it is shown.
 */
@Service
public class SurveyResults {

    /** The results of one survey for one filter. */
    public record Results(
            Survey survey, ResultFilter filter, long respondents, boolean suppressed, List<QuestionResult> questions) {}

    /** One question: answered by {@code n}; counts per option (or per row of a matrix), open answers listed. */
    public record QuestionResult(
            Question question,
            long n,
            boolean suppressed,
            List<Count> counts,
            String mean,
            String median,
            List<RowResult> rows,
            List<String> texts,
            long textsFound) {}

    public record Count(String label, boolean translate, long count, String percent, double share) {}

    public record RowResult(String label, long n, List<Count> counts, String mean) {}

    /** One complete response as the results read it. */
    record Row(
            long id,
            Map<String, List<String>> answers,
            Long areaId,
            String sex,
            String ageBand,
            String channel,
            LocalDate completedOn) {}

    static final int MAX_TEXTS = 200;

    private final JdbcClient jdbc;
    private final Organisations organisations;

    SurveyResults(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    List<Row> rows(OrganisationId org, long surveyId, ResultFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select id, answers, area_id, sex, age_band, channel, (completed_at at time zone 'Europe/Amsterdam')::date
                from survey_response where organisation_id = ? and survey_id = ? and status = 'COMPLETE'""");
        List<Object> params = new ArrayList<>(List.of(org.value(), surveyId));
        if (filter.areaId() != null) {
            sql.append(" and area_id = ?");
            params.add(filter.areaId());
        }
        if (filter.sex() != null) {
            sql.append(" and sex = ?");
            params.add(filter.sex().name());
        }
        if (filter.ageBand() != null) {
            sql.append(" and age_band = ?");
            params.add(filter.ageBand().name());
        }
        if (filter.channel() != null) {
            sql.append(" and channel = ?");
            params.add(filter.channel().name());
        }
        sql.append(" order by id");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        Answers.parse(rs.getString(2)),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    public Results results(OrganisationId org, Survey survey, ResultFilter filter) {
        List<Row> rows = rows(org, survey.id(), filter);
        List<Area> areas = organisations.areas(org);
        boolean suppressed = filter.any() && rows.size() < Participation.SMALLEST_GROUP;
        List<QuestionResult> questions = new ArrayList<>();
        if (!suppressed) {
            for (Question q : survey.questions()) {
                questions.add(question(q, rows, areas, filter.search()));
            }
        }
        return new Results(survey, filter, rows.size(), suppressed, questions);
    }

    static QuestionResult question(Question q, List<Row> rows, List<Area> areas, String search) {
        List<List<String>> given = rows.stream()
                .map(r -> r.answers().get(q.key()))
                .filter(a -> a != null && !a.isEmpty())
                .toList();
        long n = given.size();
        if (n < Participation.SMALLEST_GROUP && q.kind() != QuestionKind.TEXT) {
            return new QuestionResult(q, n, true, List.of(), null, null, List.of(), List.of(), 0);
        }
        List<Option> options = q.options(areas);
        return switch (q.kind()) {
            case SINGLE, MULTIPLE, YES_NO, AREA, SCALE5, SCALE10, GRADE -> {
                Map<String, Long> counts = new HashMap<>();
                given.forEach(a -> a.forEach(v -> counts.merge(v, 1L, Long::sum)));
                List<Count> list = options.stream()
                        .map(o -> count(o, counts.getOrDefault(String.valueOf(o.code()), 0L), n))
                        .toList();
                boolean numeric = q.kind() == QuestionKind.SCALE5
                        || q.kind() == QuestionKind.SCALE10
                        || q.kind() == QuestionKind.GRADE;
                double[] values = numeric ? numbers(given) : new double[0];
                yield new QuestionResult(
                        q,
                        n,
                        false,
                        list,
                        numeric ? mean(values) : null,
                        numeric ? median(values) : null,
                        List.of(),
                        List.of(),
                        0);
            }
            case NUMBER -> {
                double[] values = numbers(given);
                yield new QuestionResult(q, n, false, List.of(), mean(values), median(values), List.of(), List.of(), 0);
            }
            case RANKING -> {
                // Per option: how often it was ranked first, and its mean rank among those who ranked it.
                List<Count> list = new ArrayList<>();
                List<RowResult> ranks = new ArrayList<>();
                for (Option o : options) {
                    String code = String.valueOf(o.code());
                    long first = given.stream()
                            .filter(a -> a.getFirst().equals(code))
                            .count();
                    double[] positions = given.stream()
                            .filter(a -> a.contains(code))
                            .mapToDouble(a -> a.indexOf(code) + 1)
                            .toArray();
                    list.add(count(o, first, n));
                    ranks.add(new RowResult(o.label(), positions.length, List.of(), mean(positions)));
                }
                yield new QuestionResult(q, n, false, list, null, null, ranks, List.of(), 0);
            }
            case MATRIX -> {
                List<RowResult> rowResults = new ArrayList<>();
                for (Option row : q.rows()) {
                    String prefix = row.code() + ":";
                    List<String> values = given.stream()
                            .flatMap(List::stream)
                            .filter(v -> v.startsWith(prefix))
                            .map(v -> v.substring(prefix.length()))
                            .toList();
                    Map<String, Long> counts = new HashMap<>();
                    values.forEach(v -> counts.merge(v, 1L, Long::sum));
                    List<Count> list = options.stream()
                            .map(o -> count(o, counts.getOrDefault(String.valueOf(o.code()), 0L), values.size()))
                            .toList();
                    boolean shown = values.size() >= Participation.SMALLEST_GROUP;
                    rowResults.add(new RowResult(
                            row.label(),
                            values.size(),
                            shown ? list : List.of(),
                            shown
                                    ? mean(values.stream()
                                            .mapToDouble(Double::parseDouble)
                                            .toArray())
                                    : null));
                }
                yield new QuestionResult(q, n, false, List.of(), null, null, rowResults, List.of(), 0);
            }
            case TEXT -> {
                String needle = search.toLowerCase(Locale.ROOT);
                List<String> found = given.stream()
                        .map(List::getFirst)
                        .filter(t ->
                                needle.isEmpty() || t.toLowerCase(Locale.ROOT).contains(needle))
                        .toList();
                yield new QuestionResult(
                        q,
                        n,
                        false,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        found.stream().limit(MAX_TEXTS).toList(),
                        found.size());
            }
        };
    }

    private static Count count(Option option, long count, long n) {
        double share = n == 0 ? 0 : (double) count / n;
        return new Count(option.label(), option.translate(), count, percent(share), share);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',');
    }

    private static double[] numbers(List<List<String>> given) {
        return given.stream()
                .map(List::getFirst)
                .map(PageAnswers::number)
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    static String mean(double[] values) {
        if (values.length == 0) {
            return null;
        }
        return decimal(Arrays.stream(values).average().orElseThrow());
    }

    static String median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return decimal(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    /** For the participation report: respondents per channel and area (groups under five left out), per day. */
    Participation participation(OrganisationId org, Survey survey, String findings) {
        List<Row> rows = rows(org, survey.id(), ResultFilter.ALL);
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byArea = new TreeMap<>();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        Map<Long, String> areaCodes = new HashMap<>();
        organisations.areas(org).forEach(a -> areaCodes.put(a.id(), a.code()));
        for (Row r : rows) {
            byChannel.merge(r.channel().toLowerCase(Locale.ROOT), 1L, Long::sum);
            if (r.areaId() != null && areaCodes.containsKey(r.areaId())) {
                byArea.merge(areaCodes.get(r.areaId()), 1L, Long::sum);
            }
            if (r.completedOn() != null) {
                byDay.merge(r.completedOn(), 1L, Long::sum);
            }
        }
        byChannel.values().removeIf(v -> v < Participation.SMALLEST_GROUP);
        byArea.values().removeIf(v -> v < Participation.SMALLEST_GROUP);
        return new Participation(
                rows.size(), rows.size(), new LinkedHashMap<>(byChannel), new LinkedHashMap<>(byArea), byDay, findings);
    }
}
