package nl.plein.report;

import java.util.Arrays;
import java.util.Optional;

/** The sections of a participation report, in the order they are read. */
public enum ReportSection {
    /** Who took part, per channel and method, against the population of the areas; who was missing. */
    PARTICIPATION,
    /** What was said: each component's findings. */
    FINDINGS,
    /** The decisions and which input each adopted or set aside, and why. */
    DECISIONS,
    /** How participants rated the process (an evaluation survey, or what staff know). */
    SATISFACTION;

    public String messageKey() {
        return "report.section." + name();
    }

    public String hintKey() {
        return "report.section." + name() + ".hint";
    }

    public String slug() {
        return name().toLowerCase();
    }

    public static Optional<ReportSection> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }
}
