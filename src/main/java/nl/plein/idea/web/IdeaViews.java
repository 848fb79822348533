package nl.plein.idea.web;

import java.util.List;
import java.util.Optional;
import nl.plein.decision.DecisionTouch;
import nl.plein.idea.Idea;
import nl.plein.idea.IdeaFollowUp.FollowUp;
import nl.plein.idea.IdeaForm;
import nl.plein.idea.IdeaManagement.IdeaPage;
import nl.plein.idea.IdeaManagement.Similar;
import nl.plein.idea.IdeaManagement.Sort;
import nl.plein.idea.IdeaManagement.StatusChange;
import nl.plein.idea.IdeaPlace;
import nl.plein.idea.MapProperties;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Markdown;

/** The view records of IdeaController's pages, apart from the controller so templates never depend on it. */
public final class IdeaViews {

    private IdeaViews() {}

    public record ListView(
            ProjectDetails project,
            PhaseComponent component,
            IdeaPlace place,
            IdeaPage ideas,
            Sort sort,
            boolean signedIn) {

        public String introHtml() {
            return Markdown.toSafeHtml(component.setting("intro"));
        }

        public String sortParam() {
            return sort == Sort.MOST_SUPPORTED ? "steun" : "nieuw";
        }
    }

    public record FormView(
            ProjectDetails project,
            PhaseComponent component,
            IdeaPlace place,
            IdeaForm form,
            FieldErrors errors,
            List<Similar> similar,
            boolean checked,
            MapProperties map,
            Long viewerId) {}

    /** {@code viewerId} is null for a visitor; an author sees no support button on their own idea. */
    public record SimilarView(IdeaPlace place, List<Similar> similar, Long viewerId) {}

    public record IdeaView(
            ProjectDetails project,
            PhaseComponent component,
            IdeaPlace place,
            Idea idea,
            Optional<Idea> mergedInto,
            List<Idea> mergedFrom,
            List<StatusChange> history,
            Long viewerId,
            boolean supported,
            boolean mayManage,
            FieldErrors errors,
            String notice,
            MapProperties map,
            List<DecisionTouch> decisions,
            List<FollowUp> followUps) {

        IdeaView withoutNotice() {
            return new IdeaView(
                    project,
                    component,
                    place,
                    idea,
                    mergedInto,
                    mergedFrom,
                    history,
                    viewerId,
                    supported,
                    mayManage,
                    errors,
                    null,
                    map,
                    decisions,
                    followUps);
        }
    }
}
