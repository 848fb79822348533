package nl.plein.decision;

import java.time.LocalDate;

/** A decision that used or set aside one piece of input, for that input's own page. */
public record DecisionTouch(
        long decisionId,
        String title,
        String decidedBy,
        LocalDate decidedOn,
        Verdict verdict,
        String reason,
        String path) {}
