package nl.plein.decision.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.decision.DecisionForm;
import nl.plein.decision.Decisions;
import nl.plein.decision.InvalidDecisionException;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff record decisions on a project (project managers, by the URL rule for /beheer/projecten/**). */
@Controller
@RequestMapping("/beheer/projecten/{projectId:\\d+}/besluiten")
public class DecisionAdminController {

    private final Decisions decisions;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;

    DecisionAdminController(Decisions decisions, ProjectManagement projects, CurrentOrganisation currentOrganisation) {
        this.decisions = decisions;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    private ProjectDetails project(long id) {
        return projects.project(org(), id).orElseThrow(ProjectNotFoundException::new);
    }

    @GetMapping
    String list(@PathVariable long projectId, Model model) {
        ProjectDetails project = project(projectId);
        model.addAttribute(
                "view",
                new DecisionViews.AdminListView(
                        project,
                        decisions.ofProject(org(), projectId),
                        decisions.candidates(org(), project).size(),
                        (String) model.getAttribute("notice")));
        return "admin/decision/list";
    }

    @GetMapping("/nieuw")
    String form(@PathVariable long projectId, Model model) {
        ProjectDetails project = project(projectId);
        var form = DecisionForm.empty(
                UUID.randomUUID().toString(), LocalDate.now(Dates.ZONE).toString());
        return form(model, project, form, new FieldErrors());
    }

    @PostMapping
    String decide(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long projectId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        ProjectDetails project = project(projectId);
        Map<String, String> verdicts = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("verdict-") && !value.isBlank()) {
                verdicts.put(name.substring("verdict-".length()), value.strip());
            } else if (name.startsWith("reason-")) {
                reasons.put(name.substring("reason-".length()), value.strip());
            }
        });
        var form = new DecisionForm(
                params.get("title"),
                params.get("description"),
                params.get("decidedBy"),
                params.get("decidedOn"),
                verdicts,
                reasons,
                params.get("requestKey"));
        try {
            decisions.decide(org(), Actor.of(person), projectId, form);
            redirect.addFlashAttribute("notice", "decision.admin.saved");
            return "redirect:/beheer/projecten/" + projectId + "/besluiten";
        } catch (InvalidDecisionException e) {
            return form(model, project, form, e.errors());
        }
    }

    private String form(Model model, ProjectDetails project, DecisionForm form, FieldErrors errors) {
        model.addAttribute(
                "view", new DecisionViews.FormView(project, decisions.candidates(org(), project), form, errors));
        return "admin/decision/form";
    }
}
