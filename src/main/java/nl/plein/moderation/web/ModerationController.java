package nl.plein.moderation.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.plein.identity.PleinPrincipal;
import nl.plein.moderation.Moderation;
import nl.plein.moderation.Moderation.PublicItem;
import nl.plein.moderation.ModerationFormException;
import nl.plein.moderation.ModerationNotFoundException;
import nl.plein.moderation.ModerationRuleException;
import nl.plein.moderation.web.ModerationViews.ItemFormView;
import nl.plein.moderation.web.ModerationViews.LogView;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SecretTokens;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public side of moderation: reporting a post, asking for review of one's hidden post, the log. */
@Controller
public class ModerationController {

    private final Moderation moderation;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;

    ModerationController(Moderation moderation, ProjectManagement projects, CurrentOrganisation currentOrganisation) {
        this.moderation = moderation;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/moderatie/{id}/melden")
    String reportForm(@PathVariable long id, Model model) {
        model.addAttribute("view", new ItemFormView(visibleItem(id), "", new FieldErrors(), null));
        return "moderation/report";
    }

    @PostMapping("/moderatie/{id}/melden")
    String report(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request,
            Model model) {
        PublicItem item = visibleItem(id);
        try {
            moderation.report(currentOrganisation.id(), id, reporter(request), reason);
        } catch (ModerationFormException e) {
            model.addAttribute("view", new ItemFormView(item, reason, e.errors(), null));
            return "moderation/report";
        }
        return "redirect:" + withNotice(item, "gemeld");
    }

    @GetMapping("/moderatie/{id}/herbeoordeling")
    String reviewForm(@PathVariable long id, Model model) {
        model.addAttribute("view", new ItemFormView(ownItem(id), "", new FieldErrors(), null));
        return "moderation/review";
    }

    @PostMapping("/moderatie/{id}/herbeoordeling")
    String requestReview(@PathVariable long id, @RequestParam(defaultValue = "") String note, Model model) {
        PublicItem item = ownItem(id);
        try {
            moderation.requestReview(currentOrganisation.id(), signedIn(), id, note);
        } catch (ModerationFormException e) {
            model.addAttribute("view", new ItemFormView(item, note, e.errors(), null));
            return "moderation/review";
        } catch (ModerationRuleException e) {
            model.addAttribute("view", new ItemFormView(item, note, new FieldErrors(), e.messageKey()));
            return "moderation/review";
        }
        return "redirect:" + withNotice(item, "herbeoordeling");
    }

    @GetMapping("/projecten/{slug}/moderatie")
    String log(@PathVariable String slug, Model model) {
        OrganisationId org = currentOrganisation.id();
        ProjectDetails project = projects.publishedProject(org, slug).orElseThrow(ProjectNotFoundException::new);
        model.addAttribute("view", new LogView(project, moderation.log(org, project.id())));
        return "moderation/log";
    }

    /** Only posts residents can see are reported; held posts are with a moderator already. */
    private PublicItem visibleItem(long id) {
        PublicItem item =
                moderation.publicItem(currentOrganisation.id(), id).orElseThrow(ModerationNotFoundException::new);
        if (!item.state().name().equals("VISIBLE")) {
            throw new ModerationNotFoundException();
        }
        return item;
    }

    private PublicItem ownItem(long id) {
        PleinPrincipal person = signedIn();
        if (!moderation.isAuthor(currentOrganisation.id(), id, person.accountId())) {
            throw new ModerationNotFoundException();
        }
        return moderation.publicItem(currentOrganisation.id(), id).orElseThrow(ModerationNotFoundException::new);
    }

    private PleinPrincipal signedIn() {
        return PleinPrincipal.current()
                .filter(p -> p.organisationId().equals(currentOrganisation.id()))
                .orElseThrow(ModerationNotFoundException::new);
    }

    /** Signed-in people report once per account; visitors once per browser session (stored hashed). */
    private static String reporter(HttpServletRequest request) {
        return PleinPrincipal.current()
                .map(p -> "account:" + p.accountId())
                .orElseGet(() ->
                        "session:" + SecretTokens.hash(request.getSession(true).getId()));
    }

    /**
     * The post's page with the notice flag before its anchor ({@code #reactie-3}), else the browser would keep the
     * flag to itself; the flag carries the item so the page can show the notice at that post.
     */
    static String withNotice(PublicItem item, String flag) {
        return UriComponentsBuilder.fromUriString(item.path())
                .queryParam(flag, item.id())
                .build()
                .toUriString();
    }
}
