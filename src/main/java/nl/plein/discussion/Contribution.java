package nl.plein.discussion;

import java.time.Instant;
import java.util.List;
import nl.plein.moderation.ModerationStatus;
import nl.plein.shared.Markdown;

/**
 * A contribution as a page shows it, with its replies (one level). {@code areaName} is empty when the
 * author did not share their area; {@code authorName} is empty once the author deleted their account.
 */
public record Contribution(
        long id,
        Long parentId,
        Long authorAccountId,
        String authorName,
        String areaName,
        String body,
        boolean official,
        int agreeCount,
        Instant createdAt,
        Instant editedAt,
        ModerationStatus moderation,
        boolean agreedByViewer,
        List<Contribution> replies) {

    public String bodyHtml() {
        return Markdown.toSafeHtml(body);
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean writtenBy(Long accountId) {
        return accountId != null && accountId.equals(authorAccountId);
    }

    /** Authors may change their text for a short while; after that it stands as people read it. */
    public boolean editableBy(Long accountId, Instant now) {
        return writtenBy(accountId) && now.isBefore(createdAt.plus(DiscussionManagement.EDIT_WINDOW));
    }
}
