package nl.plein.project;

/** The participation ladder: how much say residents have in a phase. */
public enum LadderLevel {
    INFORM,
    CONSULT,
    ADVISE,
    CO_PRODUCE,
    CO_DECIDE;

    public String messageKey() {
        return "ladder." + name();
    }

    /** A B1 sentence that tells residents what this level means for them. */
    public String explanationKey() {
        return "ladder." + name() + ".explained";
    }

    public static LadderLevel parse(String value) {
        if (value == null) {
            return null;
        }
        for (LadderLevel level : values()) {
            if (level.name().equals(value)) {
                return level;
            }
        }
        return null;
    }
}
