package nl.plein.decision.web;

import java.util.List;
import nl.plein.decision.Decision;
import nl.plein.decision.Decisions;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public side: a project's decisions as a timeline from input to decision, and one decision. */
@Controller
public class DecisionController {

    private final Decisions decisions;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;

    DecisionController(Decisions decisions, ProjectManagement projects, CurrentOrganisation currentOrganisation) {
        this.decisions = decisions;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/projecten/{slug}/besluiten")
    String list(@PathVariable String slug, Model model) {
        ProjectDetails project = published(slug);
        model.addAttribute(
                "view",
                new DecisionViews.PublicView(
                        project, decisions.ofProject(currentOrganisation.id(), project.id()), false));
        return "decision/list";
    }

    @GetMapping("/projecten/{slug}/besluiten/{id:\\d+}")
    String show(@PathVariable String slug, @PathVariable long id, Model model) {
        ProjectDetails project = published(slug);
        Decision decision = decisions
                .decision(currentOrganisation.id(), project.id(), id)
                .orElseThrow(ProjectNotFoundException::new);
        model.addAttribute("view", new DecisionViews.PublicView(project, List.of(decision), true));
        return "decision/list";
    }

    private ProjectDetails published(String slug) {
        return projects.publishedProject(currentOrganisation.id(), slug).orElseThrow(ProjectNotFoundException::new);
    }
}
