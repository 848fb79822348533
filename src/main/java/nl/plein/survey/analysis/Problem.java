package nl.plein.survey.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Something staff should know about the weighting, as a message key of {@code i18n/survey_analysis} with its
 * arguments (show it with {@code page.t(problem.key(), problem.arguments())} or a MessageSource).
 */
public record Problem(Severity severity, String key, List<Object> argumentList) {

    public enum Severity {
        /** The weighting could not be done; only unweighted figures are valid. */
        ERROR,
        /** Weighted, but with an adjustment staff should know about. */
        WARNING,
        /** For information (e.g. respondents without an area are not weighted on area). */
        INFO
    }

    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(key);
        argumentList = List.copyOf(argumentList);
    }

    static Problem of(Severity severity, String key, Object... arguments) {
        return new Problem(severity, key, List.of(arguments));
    }

    /** The arguments for MessageFormat. */
    public Object[] arguments() {
        return argumentList.toArray();
    }
}
