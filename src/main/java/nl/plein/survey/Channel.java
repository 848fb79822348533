package nl.plein.survey;

/** How a response came in. */
public enum Channel {
    PANEL,
    LINK,
    PAPER;

    public String messageKey() {
        return "survey.channel." + name();
    }
}
