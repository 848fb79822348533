package nl.plein.survey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.TtlCache;
import nl.plein.survey.analysis.AreaPopulation;
import nl.plein.survey.analysis.Codebook;
import nl.plein.survey.analysis.Filter;
import nl.plein.survey.analysis.PopulationMargins;
import nl.plein.survey.analysis.QuestionResult;
import nl.plein.survey.analysis.QuestionType;
import nl.plein.survey.analysis.Raking;
import nl.plein.survey.analysis.RakingSettings;
import nl.plein.survey.analysis.ResponseTable;
import nl.plein.survey.analysis.Selection;
import nl.plein.survey.analysis.Statistics;
import nl.plein.survey.analysis.WeightingResult;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Feeds the survey's complete responses to the analysis library: a codebook from the questions (removed
 * ones included, so older responses stay readable), a response table, the population margins of the
 * organisation's areas, and raking to those margins. The table and its weights are kept per node for a
 * short time, so filters and exports of the same survey reuse one weighting.
 */
@Service
public class SurveyAnalysis {

    /** All complete responses of a survey with their weighting; filters select from it. */
    public record Analysed(Survey survey, Codebook codebook, ResponseTable table, WeightingResult weighting) {}

    /** The figures for one filter: the number of respondents, and per question, unless the group is too small. */
    public record Results(
            Analysed analysed,
            ResultFilter filter,
            Selection selection,
            boolean suppressed,
            List<QuestionResult> questions) {
        public Survey survey() {
            return analysed.survey();
        }

        public int respondents() {
            return selection.size();
        }

        public WeightingResult weighting() {
            return analysed.weighting();
        }

        /** Over the respondents this filter selected, so a group's precision is its own; empty unweighted. */
        public Optional<Double> designEffect() {
            return weighting().weights().map(w -> w.designEffect(selection));
        }

        public Optional<Double> effectiveSampleSize() {
            return weighting().weights().map(w -> w.effectiveSampleSize(selection));
        }
    }

    /** The survey as it is (questions included) and its complete responses so far: any change makes a new key. */
    private record Key(OrganisationId org, Survey survey, Locale locale, String responses) {}

    private final SurveyResults rows;
    private final Organisations organisations;
    private final MessageSource messages;
    private final TtlCache<Key, Analysed> cache = new TtlCache<>(Duration.ofSeconds(30), 200);

    SurveyAnalysis(SurveyResults rows, Organisations organisations, MessageSource messages) {
        this.rows = rows;
        this.organisations = organisations;
        this.messages = messages;
    }

    /**
     * The survey analysed; the same survey with the same responses is weighted once (per node, for half a
     * minute), so filters and exports reuse it.
     */
    public Analysed analyse(OrganisationId org, Survey survey, Locale locale) {
        return cache.get(new Key(org, survey, locale, rows.stamp(org, survey.id())), key -> load(org, survey, locale));
    }

    public Results results(OrganisationId org, Survey survey, ResultFilter filter, Locale locale) {
        Analysed analysed = analyse(org, survey, locale);
        return results(analysed, filter, filter(org, filter), filter.any());
    }

    /** The results of online responses (panel and link) and of paper ones, to show side by side. */
    public record ChannelSplit(Results online, Results paper) {}

    /**
     * The filter's results split into online and paper; empty when the filter already picks a channel or when the
     * survey has no paper responses. A side with fewer than the smallest group shows no figures.
     */
    public Optional<ChannelSplit> byChannel(OrganisationId org, Survey survey, ResultFilter filter, Locale locale) {
        if (filter.channel() != null) {
            return Optional.empty();
        }
        Analysed analysed = analyse(org, survey, locale);
        Filter base = filter(org, filter);
        Results paper = results(analysed, filter, base.withChannels(nl.plein.survey.analysis.Channel.PAPER), true);
        if (paper.respondents() == 0) {
            return Optional.empty();
        }
        Results online = results(
                analysed,
                filter,
                base.withChannels(nl.plein.survey.analysis.Channel.PANEL, nl.plein.survey.analysis.Channel.LINK),
                true);
        return Optional.of(new ChannelSplit(online, paper));
    }

    private static Results results(Analysed analysed, ResultFilter filter, Filter selected, boolean part) {
        Survey survey = analysed.survey();
        Selection selection = Selection.of(analysed.table(), selected);
        boolean suppressed = part && selection.size() < Statistics.SMALLEST_GROUP;
        List<QuestionResult> questions = suppressed
                ? List.of()
                : Statistics.all(selection, analysed.weighting().weights().orElse(null)).stream()
                        .filter(r -> !survey.question(
                                        Long.parseLong(r.question().code().substring(1)))
                                .map(Question::removed)
                                .orElse(true))
                        .toList();
        return new Results(analysed, filter, selection, suppressed, questions);
    }

    private Analysed load(OrganisationId org, Survey survey, Locale locale) {
        List<Area> areas = organisations.areas(org);
        Map<Long, String> areaCodes = new HashMap<>();
        areas.forEach(a -> areaCodes.put(a.id(), a.code()));
        Codebook codebook = codebook(survey, areas, locale);
        List<SurveyResults.Row> responses = rows.rows(org, survey.id(), ResultFilter.ALL);
        ResponseTable.Builder table = ResponseTable.builder(codebook, responses.size());
        for (SurveyResults.Row row : responses) {
            table.next(
                    row.id(),
                    row.areaId() == null ? null : areaCodes.get(row.areaId()),
                    sex(row.sex()),
                    ageBand(row.ageBand()),
                    nl.plein.survey.analysis.Channel.valueOf(row.channel()));
            for (var answer : row.answers().entrySet()) {
                survey.question(Long.parseLong(answer.getKey())).ifPresent(q -> add(table, q, answer.getValue()));
            }
        }
        ResponseTable built = table.build();
        List<AreaPopulation> population = areas.stream()
                .map(a -> new AreaPopulation(
                        a.code(),
                        a.name(),
                        a.residents(),
                        a.men(),
                        a.women(),
                        a.age0to15(),
                        a.age15to25(),
                        a.age25to45(),
                        a.age45to65(),
                        a.age65plus()))
                .toList();
        WeightingResult weighting = Raking.weigh(built, PopulationMargins.of(population), RakingSettings.DEFAULT);
        return new Analysed(survey, codebook, built, weighting);
    }

    /** The codebook: question "q<id>" with the same option codes the answers are stored with. */
    Codebook codebook(Survey survey, List<Area> areas, Locale locale) {
        List<nl.plein.survey.analysis.Question> questions = new ArrayList<>();
        for (Question q : survey.allQuestions()) {
            List<nl.plein.survey.analysis.Option> options = q.options(areas).stream()
                    .map(o -> new nl.plein.survey.analysis.Option(
                            o.code(), o.translate() ? messages.getMessage(o.label(), null, locale) : o.label()))
                    .toList();
            List<nl.plein.survey.analysis.Option> rowOptions = q.rows().stream()
                    .map(o -> new nl.plein.survey.analysis.Option(o.code(), o.label()))
                    .toList();
            questions.add(new nl.plein.survey.analysis.Question(
                    q.field(),
                    q.text(),
                    type(q.kind()),
                    q.kind() == QuestionKind.NUMBER || q.kind() == QuestionKind.TEXT ? List.of() : options,
                    rowOptions));
        }
        return new Codebook(questions);
    }

    private static void add(ResponseTable.Builder table, Question q, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        try {
            switch (q.kind()) {
                case SINGLE, SCALE5, SCALE10, GRADE, YES_NO, AREA ->
                    table.choice(q.field(), Integer.parseInt(values.getFirst()));
                case MULTIPLE ->
                    table.choices(
                            q.field(),
                            values.stream().mapToInt(Integer::parseInt).toArray());
                case NUMBER -> table.number(q.field(), Double.parseDouble(values.getFirst()));
                case TEXT -> table.text(q.field(), values.getFirst());
                case RANKING ->
                    table.ranking(
                            q.field(),
                            values.stream().mapToInt(Integer::parseInt).toArray());
                case MATRIX ->
                    values.forEach(pair -> {
                        int colon = pair.indexOf(':');
                        table.matrix(
                                q.field(),
                                Integer.parseInt(pair.substring(0, colon)),
                                Integer.parseInt(pair.substring(colon + 1)));
                    });
            }
        } catch (IllegalArgumentException e) {
            // An answer to an option or area that no longer exists: left out of the figures, as unanswered.
        }
    }

    static QuestionType type(QuestionKind kind) {
        return switch (kind) {
            case SINGLE -> QuestionType.SINGLE_CHOICE;
            case MULTIPLE -> QuestionType.MULTIPLE_CHOICE;
            case SCALE5, SCALE10 -> QuestionType.SCALE;
            case GRADE -> QuestionType.GRADE;
            case YES_NO -> QuestionType.YES_NO;
            case NUMBER -> QuestionType.NUMBER;
            case TEXT -> QuestionType.OPEN_TEXT;
            case RANKING -> QuestionType.RANKING;
            case MATRIX -> QuestionType.MATRIX;
            case AREA -> QuestionType.AREA;
        };
    }

    private Filter filter(OrganisationId org, ResultFilter filter) {
        Filter f = Filter.ALL;
        if (filter.areaId() != null) {
            String code = organisations.areas(org).stream()
                    .filter(a -> a.id() == filter.areaId())
                    .map(Area::code)
                    .findFirst()
                    .orElse("-");
            f = f.withAreas(code);
        }
        if (filter.sex() != null) {
            f = f.withSexes(sex(filter.sex().name()));
        }
        if (filter.ageBand() != null) {
            f = f.withAgeBands(ageBand(filter.ageBand().name()));
        }
        if (filter.channel() != null) {
            f = f.withChannels(
                    nl.plein.survey.analysis.Channel.valueOf(filter.channel().name()));
        }
        return f;
    }

    static nl.plein.survey.analysis.Sex sex(String sex) {
        if (sex == null) {
            return nl.plein.survey.analysis.Sex.OTHER_UNKNOWN;
        }
        return switch (sex) {
            case "M" -> nl.plein.survey.analysis.Sex.MAN;
            case "V" -> nl.plein.survey.analysis.Sex.WOMAN;
            default -> nl.plein.survey.analysis.Sex.OTHER_UNKNOWN;
        };
    }

    static nl.plein.survey.analysis.AgeBand ageBand(String band) {
        if (band == null) {
            return null;
        }
        return switch (band) {
            case "A15_25" -> nl.plein.survey.analysis.AgeBand.AGE_15_25;
            case "A25_45" -> nl.plein.survey.analysis.AgeBand.AGE_25_45;
            case "A45_65" -> nl.plein.survey.analysis.AgeBand.AGE_45_65;
            case "A65_PLUS" -> nl.plein.survey.analysis.AgeBand.AGE_65_PLUS;
            default -> null;
        };
    }
}
