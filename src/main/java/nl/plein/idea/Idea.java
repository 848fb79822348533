package nl.plein.idea;

import java.time.Instant;
import nl.plein.moderation.ModerationStatus;
import nl.plein.shared.InputChannel;
import nl.plein.shared.Markdown;

/**
 * An idea as pages show it. {@code mergedIntoId} points to the idea it was merged into, if any; {@code channel}
 * says whether the author sent it in online or staff entered it for them.
 */
public record Idea(
        long id,
        long componentId,
        long projectId,
        String title,
        String description,
        Long authorAccountId,
        String authorName,
        IdeaStatus status,
        String statusExplanation,
        int supportCount,
        String address,
        Double latitude,
        Double longitude,
        Long mergedIntoId,
        String photoAlt,
        Instant createdAt,
        int version,
        InputChannel channel,
        ModerationStatus moderation) {

    public String descriptionHtml() {
        return Markdown.toSafeHtml(description);
    }

    /** Whether the author added a photo; {@code photoAlt} describes it. */
    public boolean hasPhoto() {
        return photoAlt != null;
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    public boolean writtenBy(Long accountId) {
        return accountId != null && accountId.equals(authorAccountId);
    }
}
