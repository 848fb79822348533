package nl.plein.moderation;

/**
 * How a post may be shown. {@code reason} is the public reason of a hidden post; {@code moderationId}
 * is the address of the item in moderation (for reports and review requests).
 */
public record ModerationStatus(
        long moderationId, ModerationState state, String reason, boolean reviewRequested, int reportCount) {

    public static final ModerationStatus UNKNOWN = new ModerationStatus(0, ModerationState.PENDING, "", false, 0);

    /** Shown to everyone with its text. */
    public boolean visible() {
        return state == ModerationState.VISIBLE;
    }

    public boolean hidden() {
        return state == ModerationState.HIDDEN || state == ModerationState.REPORTED;
    }

    public boolean pending() {
        return state == ModerationState.PENDING;
    }
}
