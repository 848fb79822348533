package nl.plein.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.plein.shared.FieldErrors;
import nl.plein.tenancy.Area;

/**
 * The answers to the questions of one page as a form sent them, checked per question type. Field
 * names: {@code q<id>} (repeated for multiple choice), {@code q<id>_<code>} for a ranking (the rank of
 * an option) and a matrix (the option chosen in a row). Everything typed is kept, also when wrong,
 * so the page can show it again.
 */
public record PageAnswers(Map<String, List<String>> answers, Map<String, String> typed, FieldErrors errors) {

    static final int MAX_TEXT = 5_000;

    /** @param checkRequired false when the respondent saves to continue later */
    static PageAnswers read(
            List<Question> questions, Map<String, List<String>> params, List<Area> areas, boolean checkRequired) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        FieldErrors errors = new FieldErrors();
        for (Question q : questions) {
            String field = q.field();
            Set<Integer> codes = new HashSet<>();
            q.options(areas).forEach(o -> codes.add(o.code()));
            List<String> values = params.getOrDefault(field, List.of()).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            switch (q.kind()) {
                case SINGLE, SCALE5, SCALE10, GRADE, YES_NO, AREA -> {
                    if (values.size() > 1 || (values.size() == 1 && !isCode(values.getFirst(), codes))) {
                        errors.reject(field, "survey.answer.choose");
                    } else if (values.size() == 1) {
                        answers.put(q.key(), List.of(values.getFirst()));
                    }
                }
                case MULTIPLE -> {
                    if (!values.stream().allMatch(v -> isCode(v, codes))
                            || new HashSet<>(values).size() != values.size()) {
                        errors.reject(field, "survey.answer.choose");
                    } else if (!values.isEmpty()) {
                        if (q.minChoices() != null && values.size() < q.minChoices()) {
                            errors.reject(field, "survey.answer.min");
                        } else if (q.maxChoices() != null && values.size() > q.maxChoices()) {
                            errors.reject(field, "survey.answer.max");
                        }
                        answers.put(q.key(), values);
                    }
                }
                case NUMBER -> {
                    String value = values.isEmpty() ? "" : values.getFirst();
                    typed.put(field, value);
                    if (!value.isEmpty()) {
                        Double number = number(value);
                        if (number == null) {
                            errors.reject(field, "survey.answer.number");
                        } else {
                            answers.put(q.key(), List.of(format(number)));
                        }
                    }
                }
                case TEXT -> {
                    String value =
                            params.getOrDefault(field, List.of("")).getFirst().strip();
                    typed.put(field, value);
                    if (value.length() > MAX_TEXT) {
                        errors.reject(field, "survey.answer.tooLong");
                    } else if (!value.isEmpty()) {
                        answers.put(q.key(), List.of(value));
                    }
                }
                case RANKING -> {
                    // Ranks per option; the stored answer is the option codes in rank order.
                    TreeMap<Integer, String> byRank = new TreeMap<>();
                    boolean bad = false;
                    for (Option o : q.options(areas)) {
                        String f = field + "_" + o.code();
                        String value = first(params, f);
                        typed.put(f, value);
                        if (value.isEmpty()) {
                            continue;
                        }
                        Integer rank = integer(value);
                        if (rank == null
                                || rank < 1
                                || rank > codes.size()
                                || byRank.put(rank, String.valueOf(o.code())) != null) {
                            bad = true;
                        }
                    }
                    if (bad || (!byRank.isEmpty() && byRank.lastKey() != byRank.size())) {
                        errors.reject(field, "survey.answer.ranking");
                    } else if (!byRank.isEmpty()) {
                        answers.put(q.key(), new ArrayList<>(byRank.values()));
                    }
                }
                case MATRIX -> {
                    List<String> pairs = new ArrayList<>();
                    boolean bad = false;
                    boolean missing = false;
                    for (Option row : q.rows()) {
                        String value = first(params, field + "_" + row.code());
                        typed.put(field + "_" + row.code(), value);
                        if (value.isEmpty()) {
                            missing = true;
                        } else if (!isCode(value, codes)) {
                            bad = true;
                        } else {
                            pairs.add(row.code() + ":" + value);
                        }
                    }
                    if (bad) {
                        errors.reject(field, "survey.answer.choose");
                    } else if (checkRequired && q.required() && missing) {
                        errors.reject(field, "survey.answer.matrix");
                    } else if (!pairs.isEmpty()) {
                        answers.put(q.key(), pairs);
                    }
                }
            }
            if (checkRequired && q.required() && !errors.has(field) && !answers.containsKey(q.key())) {
                errors.reject(
                        field,
                        q.kind() == QuestionKind.TEXT || q.kind() == QuestionKind.NUMBER
                                ? "survey.answer.requiredText"
                                : "survey.answer.required");
            }
        }
        return new PageAnswers(answers, typed, errors);
    }

    private static String first(Map<String, List<String>> params, String field) {
        List<String> values = params.getOrDefault(field, List.of());
        return values.isEmpty() ? "" : values.getFirst().strip();
    }

    private static boolean isCode(String value, Set<Integer> codes) {
        Integer code = integer(value);
        return code != null && codes.contains(code);
    }

    static Integer integer(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number as Dutch residents type it: comma or point as the decimal sign. */
    static Double number(String value) {
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            return Double.isFinite(d) && Math.abs(d) < 1e12 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
