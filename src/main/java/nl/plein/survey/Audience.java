package nl.plein.survey;

/** Who may answer: panel members with an invitation, anyone with the public link, or both. */
public enum Audience {
    PANEL,
    PUBLIC,
    BOTH;

    public boolean panel() {
        return this != PUBLIC;
    }

    public boolean publicLink() {
        return this != PANEL;
    }

    public String messageKey() {
        return "survey.audience." + name();
    }
}
