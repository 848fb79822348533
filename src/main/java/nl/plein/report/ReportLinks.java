package nl.plein.report;

import java.util.List;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectPageExtension;
import nl.plein.project.ProjectStatus;
import nl.plein.shared.OrganisationId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The project page links to its published participation report; staff reach the report from the
 * project's back-office page. Here rather than in the plan module, so plan need not depend on report.
 */
@Component
@Order(40)
class ReportLinks implements ProjectPageExtension {

    private final ParticipationReports reports;

    ReportLinks(ParticipationReports reports) {
        this.reports = reports;
    }

    @Override
    public List<ProjectLink> publicLinks(OrganisationId organisation, ProjectDetails project) {
        return project.status() != ProjectStatus.DRAFT && reports.isPublished(organisation, project.id())
                ? List.of(ProjectLink.of("/projecten/" + project.slug() + "/participatieverslag", "report.page.link"))
                : List.of();
    }

    @Override
    public List<ProjectLink> adminLinks(OrganisationId organisation, ProjectDetails project) {
        return List.of(
                ProjectLink.of("/beheer/projecten/" + project.id() + "/participatieverslag", "report.page.adminLink"));
    }
}
