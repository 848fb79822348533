package nl.plein.survey.web;

import java.util.List;
import java.util.Map;
import nl.plein.shared.FieldErrors;
import nl.plein.survey.Option;
import nl.plein.survey.Question;

/**
 * One question as the answering page (and the preview) shows it: its options and what the respondent
 * chose or typed, so a page shown again after an error keeps everything.
 */
public record QuestionView(
        Question question,
        List<Option> options,
        List<Option> rows,
        List<String> values,
        Map<String, String> typed,
        FieldErrors errors,
        String conditionText) {

    public String field() {
        return question.field();
    }

    public boolean invalid() {
        return errors.has(field());
    }

    public String error() {
        return errors.get(field());
    }

    public String describedBy() {
        String ids = (question.help().isEmpty() ? "" : field() + "-help ") + (invalid() ? field() + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    public boolean checked(Option option) {
        return values.contains(String.valueOf(option.code()));
    }

    /** What goes in a text or number box: what was typed, else the stored answer. */
    public String text() {
        if (typed.containsKey(field())) {
            return typed.get(field());
        }
        return values.isEmpty() ? "" : values.getFirst();
    }

    /** The rank given to an option of a ranking, as typed or stored; "" when none. */
    public String rank(Option option) {
        String f = field() + "_" + option.code();
        if (typed.containsKey(f)) {
            return typed.get(f);
        }
        int at = values.indexOf(String.valueOf(option.code()));
        return at < 0 ? "" : String.valueOf(at + 1);
    }

    /** In a matrix: whether this option was chosen in this row. */
    public boolean chosen(Option row, Option option) {
        String f = field() + "_" + row.code();
        if (typed.containsKey(f)) {
            return typed.get(f).equals(String.valueOf(option.code()));
        }
        return values.contains(row.code() + ":" + option.code());
    }

    public String value(Option option) {
        return String.valueOf(option.code());
    }

    public List<String> rankChoices() {
        return java.util.stream.IntStream.rangeClosed(1, options.size())
                .mapToObj(String::valueOf)
                .toList();
    }
}
