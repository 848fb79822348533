package nl.plein.project;

/** Where a phase lies relative to today. */
public enum PhaseTiming {
    PAST,
    CURRENT,
    COMING;

    public String messageKey() {
        return "phase.timing." + name();
    }
}
