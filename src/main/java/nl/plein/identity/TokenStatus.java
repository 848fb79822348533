package nl.plein.identity;

/** Whether a link from a mail still works; pages explain each case differently. */
public enum TokenStatus {
    VALID,
    INVALID,
    EXPIRED,
    USED;

    public String messageKey() {
        return "token." + name();
    }
}
