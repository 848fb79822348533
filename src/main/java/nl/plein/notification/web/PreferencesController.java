package nl.plein.notification.web;

import java.util.EnumMap;
import java.util.Map;
import nl.plein.notification.Delivery;
import nl.plein.notification.NotificationSettings;
import nl.plein.notification.Topic;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resident's notification settings: per topic at once, daily, weekly or off, and their area. */
@Controller
public class PreferencesController {

    private final NotificationSettings settings;
    private final Organisations organisations;
    private final CurrentOrganisation currentOrganisation;

    PreferencesController(
            NotificationSettings settings, Organisations organisations, CurrentOrganisation currentOrganisation) {
        this.settings = settings;
        this.organisations = organisations;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/account/meldingen")
    String page(@AuthenticationPrincipal SignedInPerson person, Model model) {
        OrganisationId org = currentOrganisation.id();
        model.addAttribute(
                "view",
                new NotificationViews.PreferencesView(
                        settings.preferences(org, person.accountId()),
                        organisations.areas(org),
                        settings.area(org, person.accountId()).orElse(null),
                        (String) model.getAttribute("notice")));
        return "notification/preferences";
    }

    @PostMapping("/account/meldingen")
    String save(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<Topic, Delivery> choices = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            for (Delivery delivery : Delivery.values()) {
                if (delivery.name().equals(params.get(topic.name()))) {
                    choices.put(topic, delivery);
                }
            }
        }
        Long area = null;
        String value = params.getOrDefault("area", "");
        if (value.matches("\\d{1,18}")) {
            area = Long.valueOf(value);
        }
        settings.save(currentOrganisation.id(), person.accountId(), choices, area);
        redirect.addFlashAttribute("notice", "notification.preferences.saved");
        return "redirect:/account/meldingen";
    }
}
