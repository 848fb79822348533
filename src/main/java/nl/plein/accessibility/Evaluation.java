package nl.plein.accessibility;

import java.time.LocalDate;

/** One accessibility evaluation: when, by whom, how, whether it covered all requirements, and what it found. */
public record Evaluation(
        long id,
        LocalDate evaluatedOn,
        String evaluator,
        Method method,
        boolean fullScope,
        String result,
        String reportUrl) {

    public enum Method {
        /** Research by an expert along WCAG-EM. */
        EXPERT,
        /** An automated check (axe-core, say): finds part of the issues only. */
        AUTOMATED,
        /** The organisation's own check. */
        OWN;

        public String labelKey() {
            return "accessibility.method." + name();
        }
    }
}
