package nl.plein.moderation.web;

import java.util.List;
import java.util.stream.Collectors;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.moderation.Moderation;
import nl.plein.moderation.Moderation.ProjectSettings;
import nl.plein.moderation.Moderation.QueueItem;
import nl.plein.moderation.ModerationFormException;
import nl.plein.moderation.ModerationNotFoundException;
import nl.plein.moderation.ModerationRuleException;
import nl.plein.moderation.web.ModerationAdminViews.ItemView;
import nl.plein.moderation.web.ModerationAdminViews.QueueView;
import nl.plein.moderation.web.ModerationAdminViews.SettingsView;
import nl.plein.moderation.web.ModerationAdminViews.WordsView;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectSummary;
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

/** The moderators' side: the queue, one item with its reports, the word list and project settings. */
@Controller
public class ModerationAdminController {

    private final Moderation moderation;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;

    ModerationAdminController(
            Moderation moderation, ProjectManagement projects, CurrentOrganisation currentOrganisation) {
        this.moderation = moderation;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/beheer/moderatie")
    String queue(
            @RequestParam(required = false) String verborgen,
            @RequestParam(required = false) String getoond,
            Model model) {
        moderator();
        OrganisationId org = currentOrganisation.id();
        List<ProjectSummary> all = projects.allProjects(org);
        model.addAttribute(
                "view",
                new QueueView(
                        moderation.queue(org),
                        all.stream().collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::title)),
                        all,
                        verborgen != null
                                ? "moderation.done.hidden"
                                : getoond != null ? "moderation.done.shown" : null));
        return "admin/moderation/queue";
    }

    @GetMapping("/beheer/moderatie/{id}")
    String item(@PathVariable long id, Model model) {
        moderator();
        model.addAttribute("view", itemView(id, "", new FieldErrors(), null));
        return "admin/moderation/item";
    }

    @PostMapping("/beheer/moderatie/{id}/verbergen")
    String hide(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        PleinPrincipal moderator = moderator();
        try {
            moderation.hide(currentOrganisation.id(), moderator, id, version, reason);
        } catch (ModerationFormException e) {
            model.addAttribute("view", itemView(id, reason, e.errors(), null));
            return "admin/moderation/item";
        } catch (ModerationRuleException e) {
            model.addAttribute("view", itemView(id, reason, new FieldErrors(), e.messageKey()));
            return "admin/moderation/item";
        }
        return "redirect:/beheer/moderatie?verborgen";
    }

    @PostMapping("/beheer/moderatie/{id}/tonen")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "0") int version, Model model) {
        PleinPrincipal moderator = moderator();
        try {
            moderation.approve(currentOrganisation.id(), moderator, id, version);
        } catch (ModerationRuleException e) {
            model.addAttribute("view", itemView(id, "", new FieldErrors(), e.messageKey()));
            return "admin/moderation/item";
        }
        return "redirect:/beheer/moderatie?getoond";
    }

    @GetMapping("/beheer/moderatie/woorden")
    String words(@RequestParam(required = false) String opgeslagen, Model model) {
        moderator();
        model.addAttribute(
                "view",
                new WordsView(
                        String.join("\n", moderation.words(currentOrganisation.id())),
                        new FieldErrors(),
                        opgeslagen != null));
        return "admin/moderation/words";
    }

    @PostMapping("/beheer/moderatie/woorden")
    String saveWords(@RequestParam(defaultValue = "") String words, Model model) {
        PleinPrincipal moderator = moderator();
        try {
            moderation.saveWords(currentOrganisation.id(), moderator, words);
        } catch (ModerationFormException e) {
            model.addAttribute("view", new WordsView(words, e.errors(), false));
            return "admin/moderation/words";
        }
        return "redirect:/beheer/moderatie/woorden?opgeslagen";
    }

    @GetMapping("/beheer/moderatie/projecten/{projectId}")
    String settings(@PathVariable long projectId, @RequestParam(required = false) String opgeslagen, Model model) {
        moderator();
        OrganisationId org = currentOrganisation.id();
        ProjectDetails project = projects.project(org, projectId).orElseThrow(ModerationNotFoundException::new);
        ProjectSettings settings = moderation.settings(org, projectId);
        model.addAttribute(
                "view",
                new SettingsView(
                        project,
                        settings.preModeration(),
                        Integer.toString(settings.reportThreshold()),
                        new FieldErrors(),
                        opgeslagen != null));
        return "admin/moderation/settings";
    }

    @PostMapping("/beheer/moderatie/projecten/{projectId}")
    String saveSettings(
            @PathVariable long projectId,
            @RequestParam(defaultValue = "false") boolean preModeration,
            @RequestParam(defaultValue = "") String reportThreshold,
            Model model) {
        PleinPrincipal moderator = moderator();
        OrganisationId org = currentOrganisation.id();
        ProjectDetails project = projects.project(org, projectId).orElseThrow(ModerationNotFoundException::new);
        try {
            moderation.saveSettings(org, moderator, projectId, preModeration, reportThreshold);
        } catch (ModerationFormException e) {
            model.addAttribute("view", new SettingsView(project, preModeration, reportThreshold, e.errors(), false));
            return "admin/moderation/settings";
        }
        return "redirect:/beheer/moderatie/projecten/" + projectId + "?opgeslagen";
    }

    private ItemView itemView(long id, String reason, FieldErrors errors, String problem) {
        OrganisationId org = currentOrganisation.id();
        QueueItem item = moderation.item(org, id).orElseThrow(ModerationNotFoundException::new);
        String title = projects.project(org, item.projectId())
                .map(ProjectDetails::title)
                .orElse("");
        return new ItemView(item, title, reason, errors, problem);
    }

    /** The URL rules let only moderators in; this check keeps the controller safe on its own too. */
    private PleinPrincipal moderator() {
        return PleinPrincipal.current()
                .filter(p -> p.organisationId().equals(currentOrganisation.id()) && p.has(StaffRole.MODERATOR))
                .orElseThrow(() -> new AccessDeniedException("moderator only"));
    }
}
