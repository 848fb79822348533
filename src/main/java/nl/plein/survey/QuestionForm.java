package nl.plein.survey;

import java.util.List;
import nl.plein.shared.FieldErrors;

/**
 * A question as staff type it in the builder. {@code condition} is empty or "questionId:code": show
 * this question only when that earlier question was answered with that option.
 */
public record QuestionForm(
        String page,
        String kind,
        String text,
        String help,
        String options,
        String rows,
        boolean required,
        String minChoices,
        String maxChoices,
        String condition,
        String requestKey) {

    public static final List<String> FIELDS =
            List.of("page", "kind", "text", "help", "options", "rows", "minChoices", "maxChoices", "condition");
    static final int MAX_OPTIONS = 60;

    public QuestionForm {
        page = SurveyForm.strip(page);
        kind = SurveyForm.strip(kind);
        text = SurveyForm.strip(text);
        help = SurveyForm.strip(help);
        options = SurveyForm.strip(options);
        rows = SurveyForm.strip(rows);
        minChoices = SurveyForm.strip(minChoices);
        maxChoices = SurveyForm.strip(maxChoices);
        condition = SurveyForm.strip(condition);
        requestKey = SurveyForm.strip(requestKey);
    }

    public static QuestionForm empty(int page) {
        return new QuestionForm(
                String.valueOf(page),
                "SINGLE",
                "",
                "",
                "",
                "",
                true,
                "",
                "",
                "",
                java.util.UUID.randomUUID().toString());
    }

    public static QuestionForm of(Question q) {
        return new QuestionForm(
                String.valueOf(q.page()),
                q.kind().name(),
                q.text(),
                q.help(),
                q.optionLines(),
                q.rowLines(),
                q.required(),
                q.minChoices() == null ? "" : q.minChoices().toString(),
                q.maxChoices() == null ? "" : q.maxChoices().toString(),
                q.conditional() && !q.conditionValues().isEmpty()
                        ? q.conditionQuestionId() + ":" + q.conditionValues().getFirst()
                        : "",
                "");
    }

    QuestionKind kindValue() {
        try {
            return QuestionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    int pageNumber() {
        Integer p = PageAnswers.integer(page);
        return p == null ? 0 : p;
    }

    Integer minValue() {
        return kindValue() == QuestionKind.MULTIPLE && !minChoices.isEmpty() ? PageAnswers.integer(minChoices) : null;
    }

    Integer maxValue() {
        return kindValue() == QuestionKind.MULTIPLE && !maxChoices.isEmpty() ? PageAnswers.integer(maxChoices) : null;
    }

    Long conditionQuestion() {
        if (condition.isEmpty() || !condition.contains(":")) {
            return null;
        }
        try {
            return Long.valueOf(condition.substring(0, condition.indexOf(':')));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String conditionCode() {
        return conditionQuestion() == null ? null : condition.substring(condition.indexOf(':') + 1);
    }

    /** The rules on the form alone; whether the condition points at an earlier question is the survey's. */
    FieldErrors check() {
        var errors = new FieldErrors();
        int p = pageNumber();
        errors.rejectIf(p < 1 || p > 50, "page", "survey.error.page");
        QuestionKind k = kindValue();
        errors.rejectIf(k == null, "kind", "survey.error.choice");
        errors.rejectIf(text.isEmpty(), "text", "survey.error.questionText");
        errors.rejectIf(text.length() > 1_000, "text", "survey.error.tooLong");
        errors.rejectIf(help.length() > 2_000, "help", "survey.error.tooLong");
        if (k != null && k.ownOptions()) {
            int n = Question.lines(options).size();
            errors.rejectIf(n < 2, "options", "survey.error.options");
            errors.rejectIf(n > MAX_OPTIONS, "options", "survey.error.tooManyOptions");
            errors.rejectIf(
                    Question.lines(options).stream().distinct().count() != n, "options", "survey.error.optionsTwice");
        }
        if (k == QuestionKind.MATRIX) {
            int n = Question.lines(rows).size();
            errors.rejectIf(n < 1, "rows", "survey.error.rows");
            errors.rejectIf(n > MAX_OPTIONS, "rows", "survey.error.tooManyOptions");
        }
        if (k == QuestionKind.MULTIPLE) {
            int n = Question.lines(options).size();
            Integer min = minChoices.isEmpty() ? null : PageAnswers.integer(minChoices);
            Integer max = maxChoices.isEmpty() ? null : PageAnswers.integer(maxChoices);
            errors.rejectIf(
                    !minChoices.isEmpty() && (min == null || min < 1 || min > n), "minChoices", "survey.error.limit");
            errors.rejectIf(
                    !maxChoices.isEmpty() && (max == null || max < 1 || max > n), "maxChoices", "survey.error.limit");
            if (min != null && max != null && min > max) {
                errors.reject("maxChoices", "survey.error.limitOrder");
            }
        }
        errors.rejectIf(
                !condition.isEmpty()
                        && (conditionQuestion() == null || conditionCode().isEmpty()),
                "condition",
                "survey.error.condition");
        return errors;
    }
}
