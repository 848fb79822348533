package nl.plein.decision;

import java.util.Map;

/**
 * A decision as staff typed it. {@code verdicts} and {@code reasons} are keyed by {@link #inputKey};
 * an input without a verdict is not linked.
 */
public record DecisionForm(
        String title,
        String description,
        String decidedBy,
        String decidedOn,
        Map<String, String> verdicts,
        Map<String, String> reasons,
        String requestKey) {

    public DecisionForm {
        title = strip(title);
        description = strip(description);
        decidedBy = strip(decidedBy);
        decidedOn = strip(decidedOn);
        verdicts = Map.copyOf(verdicts);
        reasons = Map.copyOf(reasons);
        requestKey = strip(requestKey);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public static DecisionForm empty(String requestKey, String today) {
        return new DecisionForm("", "", "", today, Map.of(), Map.of(), requestKey);
    }

    /** A key safe as part of an HTML id and a form field name. */
    public static String inputKey(String kind, long id) {
        return kind.replaceAll("[^A-Za-z0-9_]", "_") + "-" + id;
    }

    public String verdict(String key) {
        return verdicts.getOrDefault(key, "");
    }

    public String reason(String key) {
        return reasons.getOrDefault(key, "");
    }
}
