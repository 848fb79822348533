package nl.plein.survey.analysis;

/** A respondent's sex as the population figures count it; {@code OTHER_UNKNOWN} is not weighted on sex. */
public enum Sex {
    MAN("man"),
    WOMAN("woman"),
    OTHER_UNKNOWN("other");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The code used in exports. */
    public String code() {
        return code;
    }
}
