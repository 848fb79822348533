package nl.plein.notification.web;

import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.notification.InvalidNewsletterException;
import nl.plein.notification.NewsletterForm;
import nl.plein.notification.Newsletters;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff write a newsletter, preview it (with the number of recipients), send a test to themselves,
 * then send it. Project managers only (URL rule for /beheer/nieuwsbrief).
 */
@Controller
public class NewsletterController {

    private static final String PATH = "/beheer/nieuwsbrief";

    private final Newsletters newsletters;
    private final CurrentOrganisation currentOrganisation;

    NewsletterController(Newsletters newsletters, CurrentOrganisation currentOrganisation) {
        this.newsletters = newsletters;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "doelgroep", defaultValue = "") String audience, Model model) {
        var form = new NewsletterForm(audience, "", "", UUID.randomUUID().toString());
        return page(model, form, new FieldErrors(), null, (String) model.getAttribute("notice"));
    }

    @PostMapping(PATH)
    String submit(
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute NewsletterForm form,
            @RequestParam(defaultValue = "preview") String action,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = currentOrganisation.id();
        FieldErrors errors = newsletters.validate(org, form);
        if (!errors.isEmpty()) {
            return page(model, form, errors, null, null);
        }
        try {
            switch (action) {
                case "send" -> {
                    int count = newsletters.send(org, Actor.of(person), form);
                    redirect.addFlashAttribute("notice", "notification.newsletter.sent");
                    redirect.addFlashAttribute("count", count);
                    return "redirect:" + PATH + "/verstuurd";
                }
                case "test" -> {
                    newsletters.test(org, Actor.of(person), form);
                    return page(model, form, errors, preview(org, form), "notification.newsletter.tested");
                }
                default -> {
                    return page(model, form, errors, preview(org, form), null);
                }
            }
        } catch (InvalidNewsletterException e) {
            return page(model, form, e.errors(), null, null);
        }
    }

    @GetMapping(PATH + "/verstuurd")
    String sent(Model model) {
        Object count = model.getAttribute("count");
        model.addAttribute("count", count == null ? -1 : (Integer) count);
        return "admin/notification/newsletter-sent";
    }

    private NotificationViews.Preview preview(OrganisationId org, NewsletterForm form) {
        return new NotificationViews.Preview(
                newsletters.audience(org, form.audience()).orElseThrow().name(),
                newsletters.recipients(org, form.audience()).size(),
                form.subject(),
                form.body());
    }

    private String page(
            Model model, NewsletterForm form, FieldErrors errors, NotificationViews.Preview preview, String notice) {
        model.addAttribute(
                "view",
                new NotificationViews.NewsletterView(
                        newsletters.audiences(currentOrganisation.id()), form, errors, preview, notice));
        return "admin/notification/newsletter";
    }
}
