package nl.plein.idea.web;

import java.util.List;
import java.util.Map;
import nl.plein.idea.Idea;
import nl.plein.idea.IdeaStatus;
import nl.plein.project.ProjectDetails;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;

/** The view records of IdeaAdminController's pages, apart from the controller so templates never depend on it. */
public final class IdeaAdminViews {

    private IdeaAdminViews() {}

    public record AdminView(
            Idea idea,
            ProjectDetails project,
            List<Idea> others,
            List<IdeaStatus> statuses,
            String status,
            String explanation,
            String intoId,
            FieldErrors errors,
            String notice,
            Map<InputChannel, Long> supportsByChannel) {

        public String publicPath() {
            return "/projecten/" + project.slug() + "/ideeen/" + idea.componentId() + "/" + idea.id();
        }
    }
}
