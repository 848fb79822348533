package nl.plein.survey.analysis;

/** How a response came in. */
public enum Channel {
    PANEL("panel"),
    LINK("link"),
    PAPER("paper");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    /** The code used in exports. */
    public String code() {
        return code;
    }
}
