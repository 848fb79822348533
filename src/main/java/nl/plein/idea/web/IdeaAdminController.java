package nl.plein.idea.web;

import java.util.List;
import nl.plein.idea.Idea;
import nl.plein.idea.IdeaFormException;
import nl.plein.idea.IdeaManagement;
import nl.plein.idea.IdeaNotFoundException;
import nl.plein.idea.IdeaStatus;
import nl.plein.idea.web.IdeaAdminViews.AdminView;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff handle one idea: a new status with its public explanation, or merging it into another. */
@Controller
public class IdeaAdminController {

    private final IdeaManagement ideas;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;

    IdeaAdminController(IdeaManagement ideas, ProjectManagement projects, CurrentOrganisation currentOrganisation) {
        this.ideas = ideas;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/beheer/ideeen/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String opgeslagen, Model model) {
        staff();
        model.addAttribute(
                "view", view(id, "", "", "", new FieldErrors(), opgeslagen != null ? "idea.admin.saved" : null));
        return "admin/idea/idea";
    }

    @PostMapping("/beheer/ideeen/{id}/status")
    String status(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String explanation,
            Model model) {
        PleinPrincipal staff = staff();
        try {
            ideas.changeStatus(currentOrganisation.id(), staff, id, version, status, explanation);
        } catch (IdeaFormException e) {
            model.addAttribute("view", view(id, status, explanation, "", e.errors(), null));
            return "admin/idea/idea";
        }
        return "redirect:/beheer/ideeen/" + id + "?opgeslagen";
    }

    @PostMapping("/beheer/ideeen/{id}/samenvoegen")
    String merge(@PathVariable long id, @RequestParam(defaultValue = "") String intoId, Model model) {
        PleinPrincipal staff = staff();
        try {
            long into;
            try {
                into = Long.parseLong(intoId);
            } catch (NumberFormatException e) {
                throw new IdeaFormException(new FieldErrors().reject("intoId", "idea.error.mergeTarget"));
            }
            ideas.merge(currentOrganisation.id(), staff, id, into);
        } catch (IdeaFormException e) {
            model.addAttribute("view", view(id, "", "", intoId, e.errors(), null));
            return "admin/idea/idea";
        }
        return "redirect:/beheer/ideeen/" + id + "?opgeslagen";
    }

    private AdminView view(
            long id, String status, String explanation, String intoId, FieldErrors errors, String notice) {
        OrganisationId org = currentOrganisation.id();
        Idea idea = ideas.idea(org, id).orElseThrow(IdeaNotFoundException::new);
        ProjectDetails project = projects.project(org, idea.projectId()).orElseThrow(IdeaNotFoundException::new);
        return new AdminView(
                idea,
                project,
                ideas.otherIdeas(org, idea.componentId(), id),
                List.of(IdeaStatus.values()),
                status.isEmpty() ? idea.status().name() : status,
                explanation,
                intoId,
                errors,
                notice,
                ideas.supportsByChannel(org, id));
    }

    private PleinPrincipal staff() {
        return PleinPrincipal.current()
                .filter(p -> p.organisationId().equals(currentOrganisation.id()) && p.has(StaffRole.PROJECT_MANAGER))
                .orElseThrow(() -> new AccessDeniedException("project managers only"));
    }
}
