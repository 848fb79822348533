package nl.plein.notification;

import java.util.List;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectPageExtension;
import nl.plein.project.ProjectStatus;
import nl.plein.shared.OrganisationId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The project page links to following it; the staff page to a newsletter for its followers. */
@Component
@Order(20)
class FollowLinks implements ProjectPageExtension {

    @Override
    public List<ProjectLink> publicLinks(OrganisationId organisation, ProjectDetails project) {
        return project.status() == ProjectStatus.CLOSED
                ? List.of()
                : List.of(ProjectLink.of("/projecten/" + project.slug() + "/volgen", "notification.follow.link"));
    }

    @Override
    public List<ProjectLink> adminLinks(OrganisationId organisation, ProjectDetails project) {
        return project.status() == ProjectStatus.DRAFT
                ? List.of()
                : List.of(ProjectLink.of(
                        "/beheer/nieuwsbrief?doelgroep=project-" + project.id(), "notification.newsletter.link"));
    }
}
