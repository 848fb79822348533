package nl.plein.notification.web;

import nl.plein.identity.PleinPrincipal;
import nl.plein.notification.NotificationSettings;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Following a project: a page of its own, so it works without JavaScript and for people not signed in. */
@Controller
public class FollowController {

    private final NotificationSettings settings;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;

    FollowController(
            NotificationSettings settings, ProjectManagement projects, CurrentOrganisation currentOrganisation) {
        this.settings = settings;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/projecten/{slug}/volgen")
    String page(@AuthenticationPrincipal PleinPrincipal person, @PathVariable String slug, Model model) {
        ProjectDetails project = published(slug);
        boolean following =
                person != null && settings.follows(currentOrganisation.id(), person.accountId(), project.id());
        model.addAttribute("view", new NotificationViews.FollowView(project, person != null, following, (String)
                model.getAttribute("notice")));
        return "notification/follow";
    }

    @PostMapping("/projecten/{slug}/volgen")
    String change(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String action,
            RedirectAttributes redirect) {
        ProjectDetails project = published(slug);
        if (person == null) {
            return "redirect:/inloggen";
        }
        if (action.equals("unfollow")) {
            settings.unfollow(currentOrganisation.id(), person.accountId(), project.id());
            redirect.addFlashAttribute("notice", "notification.follow.stopped");
        } else {
            settings.follow(currentOrganisation.id(), person.accountId(), project.id());
            redirect.addFlashAttribute("notice", "notification.follow.started");
        }
        return "redirect:/projecten/" + project.slug() + "/volgen";
    }

    private ProjectDetails published(String slug) {
        return projects.publishedProject(currentOrganisation.id(), slug).orElseThrow(ProjectNotFoundException::new);
    }
}
