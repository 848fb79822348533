package nl.plein.project.web;

import java.time.Duration;
import java.util.List;
import nl.plein.project.ComponentRegistry;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectFilter;
import nl.plein.project.ProjectImage;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.project.ProjectPageExtension;
import nl.plein.project.ProjectStatus;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public side: the list of projects with filters, a project's page with its timeline, its image. */
@Controller
public class ProjectController {

    private final ProjectManagement projects;
    private final Organisations organisations;
    private final ComponentRegistry components;
    private final CurrentOrganisation currentOrganisation;
    private final ObjectProvider<ProjectPageExtension> extensions;

    ProjectController(
            ProjectManagement projects,
            Organisations organisations,
            ComponentRegistry components,
            CurrentOrganisation currentOrganisation,
            ObjectProvider<ProjectPageExtension> extensions) {
        this.projects = projects;
        this.organisations = organisations;
        this.components = components;
        this.currentOrganisation = currentOrganisation;
        this.extensions = extensions;
    }

    /** Filters arrive as plain query parameters, so the form works without JavaScript and results can be linked. */
    @GetMapping("/projecten")
    String list(
            @RequestParam(name = "wijk", required = false) String area,
            @RequestParam(name = "thema", required = false) String theme,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "pagina", required = false) String page,
            Model model) {
        OrganisationId org = currentOrganisation.id();
        var filter = new ProjectFilter(number(area), number(theme), status(status), page == null ? 1 : intOr(page));
        model.addAttribute(
                "view",
                new ProjectListView(
                        projects.publishedProjects(org, filter),
                        filter,
                        organisations.areas(org),
                        projects.themes(org),
                        List.of(ProjectStatus.ACTIVE, ProjectStatus.PLANNED, ProjectStatus.CLOSED)));
        return "project/list";
    }

    @GetMapping("/projecten/{slug}")
    String show(@PathVariable String slug, Model model) {
        OrganisationId org = currentOrganisation.id();
        ProjectDetails project = projects.publishedProject(org, slug).orElseThrow(ProjectNotFoundException::new);
        var links = extensions
                .orderedStream()
                .flatMap(extension -> extension.publicLinks(org, project).stream())
                .toList();
        var sections = extensions
                .orderedStream()
                .flatMap(extension -> extension.publicSections(org, project).stream())
                .toList();
        model.addAttribute(
                "view", ProjectPageView.of(project, organisations.areas(org), components, false, links, sections));
        return "project/show";
    }

    @GetMapping("/projecten/{slug}/afbeelding")
    ResponseEntity<byte[]> image(@PathVariable String slug) {
        ProjectImage image =
                projects.publishedImage(currentOrganisation.id(), slug).orElseThrow(ProjectNotFoundException::new);
        return imageResponse(image, CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }

    /** Addresses carry the project's version, so a changed image gets a new address and may be cached long. */
    static ResponseEntity<byte[]> imageResponse(ProjectImage image, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(cache)
                .lastModified(image.updatedAt())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.content());
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int intOr(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static ProjectStatus status(String value) {
        for (ProjectStatus s : ProjectStatus.values()) {
            if (s.name().equalsIgnoreCase(value == null ? "" : value)) {
                return s;
            }
        }
        return null;
    }
}
