package nl.plein.discussion.web;

import java.util.List;
import java.util.stream.Stream;
import nl.plein.discussion.Contribution;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement.ContributionPage;
import nl.plein.discussion.DiscussionManagement.Sort;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Markdown;
import nl.plein.tenancy.Area;

/** The view records of DiscussionController's pages, apart from the controller so templates never depend on it. */
public final class DiscussionViews {

    private DiscussionViews() {}

    /** Everything the discussion page shows; {@code form} is what the person typed when it was refused. */
    public record DiscussionView(
            ProjectDetails project,
            PhaseComponent component,
            DiscussionPlace place,
            ContributionPage contributions,
            Sort sort,
            List<Area> areas,
            Long viewerId,
            boolean mayAnswerOfficially,
            ContributionForm form,
            FieldErrors errors,
            String newRequestKey,
            String notice,
            Long noticeFor) {

        /** A notice about one contribution (reported, review asked) shows at it, where the page's anchor lands. */
        public boolean noticeOn(Contribution contribution) {
            return notice != null
                    && noticeFor != null
                    && contribution.moderation().moderationId() == noticeFor;
        }

        public boolean noticeAtTop() {
            return notice != null
                    && (noticeFor == null
                            || contributions.contributions().stream()
                                    .flatMap(c -> Stream.concat(Stream.of(c), c.replies().stream()))
                                    .noneMatch(this::noticeOn));
        }

        public String backgroundHtml() {
            return Markdown.toSafeHtml(component.setting("background"));
        }

        public boolean editable(Contribution contribution) {
            return contribution.editableBy(viewerId, java.time.Instant.now());
        }

        /** The errors belong to the form they came from: the new-contribution form or one reply form. */
        public FieldErrors errorsFor(Long parentId) {
            return java.util.Objects.equals(form.parentId(), parentId) ? errors : new FieldErrors();
        }

        public String textFor(Long parentId) {
            return java.util.Objects.equals(form.parentId(), parentId) ? form.body() : "";
        }

        public String sortParam() {
            return sort == Sort.MOST_AGREED ? "eens" : "nieuw";
        }
    }

    public record EditView(DiscussionPlace place, Contribution contribution, String body, FieldErrors errors) {}
}
