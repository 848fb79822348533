package nl.plein.accessibility;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.plein.shared.FieldErrors;

/**
 * What admins type for the statement. Values stay strings so a wrong one is shown back as typed; each form
 * checks itself and says what is wrong per field.
 */
public final class StatementForms {

    static final int MAX_SHORT = 200;
    static final int MAX_TEXT = 4_000;

    private StatementForms() {}

    public record ApprovalForm(String approvedBy, String approvedOn) {

        public ApprovalForm {
            approvedBy = trim(approvedBy);
            approvedOn = trim(approvedOn);
        }

        FieldErrors validate() {
            var errors = new FieldErrors();
            errors.rejectIf(approvedBy.isEmpty(), "approvedBy", "accessibility.error.approvedBy");
            errors.rejectIf(approvedBy.length() > MAX_SHORT, "approvedBy", "accessibility.error.tooLong");
            errors.rejectIf(date(approvedOn) == null, "approvedOn", "accessibility.error.date");
            return errors;
        }
    }

    public record EvaluationForm(
            String evaluatedOn,
            String evaluator,
            String method,
            Boolean fullScope,
            String result,
            String reportUrl,
            String requestKey) {

        public EvaluationForm {
            evaluatedOn = trim(evaluatedOn);
            evaluator = trim(evaluator);
            method = trim(method);
            // An unticked checkbox sends nothing.
            fullScope = fullScope != null && fullScope;
            result = trim(result);
            reportUrl = trim(reportUrl);
            requestKey = trim(requestKey);
        }

        public static EvaluationForm empty(String requestKey) {
            return new EvaluationForm("", "", "EXPERT", false, "", "", requestKey);
        }

        FieldErrors validate(LocalDate today) {
            var errors = new FieldErrors();
            LocalDate on = date(evaluatedOn);
            errors.rejectIf(on == null, "evaluatedOn", "accessibility.error.date");
            errors.rejectIf(on != null && on.isAfter(today), "evaluatedOn", "accessibility.error.future");
            errors.rejectIf(evaluator.isEmpty(), "evaluator", "accessibility.error.evaluator");
            errors.rejectIf(evaluator.length() > MAX_SHORT, "evaluator", "accessibility.error.tooLong");
            errors.rejectIf(parsedMethod() == null, "method", "accessibility.error.method");
            errors.rejectIf(result.length() > MAX_TEXT, "result", "accessibility.error.tooLong");
            errors.rejectIf(!reportUrl.isEmpty() && !webAddress(reportUrl), "reportUrl", "accessibility.error.url");
            return errors;
        }

        Evaluation.Method parsedMethod() {
            for (Evaluation.Method m : Evaluation.Method.values()) {
                if (m.name().equals(method)) {
                    return m;
                }
            }
            return null;
        }
    }

    public record IssueForm(
            String criterion,
            String description,
            String cause,
            String consequence,
            String measure,
            String plannedFix,
            String requestKey) {

        public IssueForm {
            criterion = trim(criterion);
            description = trim(description);
            cause = trim(cause);
            consequence = trim(consequence);
            measure = trim(measure);
            plannedFix = trim(plannedFix);
            requestKey = trim(requestKey);
        }

        public static IssueForm empty(String requestKey) {
            return new IssueForm("", "", "", "", "", "", requestKey);
        }

        FieldErrors validate() {
            var errors = new FieldErrors();
            errors.rejectIf(
                    !criterion.matches("[1-4]\\.\\d{1,2}\\.\\d{1,2}\\b.{0,190}"),
                    "criterion",
                    "accessibility.error.criterion");
            errors.rejectIf(description.isEmpty(), "description", "accessibility.error.description");
            errors.rejectIf(description.length() > MAX_TEXT, "description", "accessibility.error.tooLong");
            errors.rejectIf(cause.length() > MAX_TEXT, "cause", "accessibility.error.tooLong");
            errors.rejectIf(consequence.length() > MAX_TEXT, "consequence", "accessibility.error.tooLong");
            errors.rejectIf(measure.length() > MAX_TEXT, "measure", "accessibility.error.tooLong");
            errors.rejectIf(
                    !plannedFix.isEmpty() && date(plannedFix) == null, "plannedFix", "accessibility.error.date");
            return errors;
        }
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean webAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
