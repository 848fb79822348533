package nl.plein.decision;

/** What a decision did with a piece of input. */
public enum Verdict {
    USED,
    SET_ASIDE;

    public String messageKey() {
        return "decision.verdict." + name();
    }
}
