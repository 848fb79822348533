package nl.plein.moderation;

/** Where a post stands in moderation. */
public enum ModerationState {
    /** Shown to everyone. */
    VISIBLE,
    /** Held for review before anyone sees it (pre-moderation or a word from the word list). */
    PENDING,
    /** Hidden after enough reports, until a moderator looks at it. */
    REPORTED,
    /** Hidden by a moderator; the reason is shown in its place. */
    HIDDEN;

    public String messageKey() {
        return "moderation.state." + name();
    }
}
