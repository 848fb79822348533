package nl.plein.decision;

import java.util.List;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectPageExtension;
import nl.plein.shared.OrganisationId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The project page links to its decisions once there are any; staff always reach the decisions page. */
@Component
@Order(10)
class DecisionLinks implements ProjectPageExtension {

    private final Decisions decisions;

    DecisionLinks(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<ProjectLink> publicLinks(OrganisationId organisation, ProjectDetails project) {
        int count = decisions.count(organisation, project.id());
        return count == 0
                ? List.of()
                : List.of(ProjectLink.of("/projecten/" + project.slug() + "/besluiten", "decision.link.public", count));
    }

    @Override
    public List<ProjectLink> adminLinks(OrganisationId organisation, ProjectDetails project) {
        return List.of(ProjectLink.of("/beheer/projecten/" + project.id() + "/besluiten", "decision.link.admin"));
    }
}
