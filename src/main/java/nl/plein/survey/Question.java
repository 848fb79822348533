package nl.plein.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.plein.tenancy.Area;

/**
 * One question of a survey. {@code options} and {@code rows} are the lines staff typed; the options a
 * respondent sees come from {@link #options(List)}. {@code conditionQuestionId} and
 * {@code conditionValues} (option codes) make the question show only when that earlier question was
 * answered with one of those codes.
 */
public record Question(
        long id,
        int page,
        int position,
        QuestionKind kind,
        String text,
        String help,
        String optionLines,
        String rowLines,
        boolean required,
        Integer minChoices,
        Integer maxChoices,
        Long conditionQuestionId,
        List<String> conditionValues,
        boolean removed) {

    public Question {
        conditionValues = List.copyOf(conditionValues);
    }

    public String field() {
        return "q" + id;
    }

    public String key() {
        return String.valueOf(id);
    }

    public boolean conditional() {
        return conditionQuestionId != null;
    }

    /** The answer options with their codes: typed lines, a scale, yes/no or the organisation's areas. */
    public List<Option> options(List<Area> areas) {
        return switch (kind) {
            case SINGLE, MULTIPLE, RANKING, MATRIX -> numbered(optionLines);
            case SCALE5 -> range(1, 5);
            case SCALE10 -> range(0, 10);
            case GRADE -> range(1, 10);
            case YES_NO -> List.of(new Option(1, "survey.yes", true), new Option(2, "survey.no", true));
            case AREA ->
                areas.stream().map(a -> Option.of((int) a.id(), a.name())).toList();
            case NUMBER, TEXT -> List.of();
        };
    }

    public List<Option> rows() {
        return kind.hasRows() ? numbered(rowLines) : List.of();
    }

    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<Option> numbered(String text) {
        List<String> lines = lines(text);
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            options.add(Option.of(i + 1, lines.get(i)));
        }
        return options;
    }

    private static List<Option> range(int from, int to) {
        List<Option> options = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            options.add(Option.of(v, String.valueOf(v)));
        }
        return options;
    }
}
