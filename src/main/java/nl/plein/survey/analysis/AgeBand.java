package nl.plein.survey.analysis;

/**
 * The age bands of {@code nl.plein.tenancy.Area} (lower bound included, upper bound excluded). Respondents
 * are 16 or older, so {@code AGE_0_15} is outside the target population of the weighting.
 */
public enum AgeBand {
    AGE_0_15("0-14", 0),
    AGE_15_25("15-24", 15),
    AGE_25_45("25-44", 25),
    AGE_45_65("45-64", 45),
    AGE_65_PLUS("65+", 65);

    private final String code;
    private final int from;

    AgeBand(String code, int from) {
        this.code = code;
        this.from = from;
    }

    /**
     * The code used in exports and messages, e.g. {@code "25-44"}: ages as people say them, both ends
     * included, the same labels as {@code nl.plein.panel.AgeBand} and the results filter.
     */
    public String code() {
        return code;
    }

    /** The band for an age in whole years (e.g. computed from a birth year). */
    public static AgeBand ofAge(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age must not be negative: " + age);
        }
        AgeBand band = AGE_0_15;
        for (AgeBand b : values()) {
            if (age >= b.from) {
                band = b;
            }
        }
        return band;
    }
}
