package nl.plein.opinionmap;

/** Who may take part in an opinion map, as staff choose; stored by {@link #value()}. */
public enum Audience {
    /** Residents with an account (signed in). */
    ACCOUNTS("accounts"),
    /** Active members of the residents' panel (signed in; a paused or former member may not). */
    PANEL("panel"),
    /** Anyone: without an account a participant is known by a random token in a browser cookie. */
    ANYONE("anyone");

    private final String value;

    Audience(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Audience of(String value) {
        for (Audience a : values()) {
            if (a.value.equals(value)) return a;
        }
        throw new IllegalArgumentException("Unknown audience " + value);
    }
}
