package nl.plein.plan.web;

import java.util.EnumMap;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.plan.ParticipationPlans;
import nl.plein.plan.PlanSection;
import nl.plein.project.InvalidFormException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's plan template (organisation admins: the URL rule on /beheer/organisatie/**). */
@Controller
public class PlanTemplateController {

    static final String PATH = "/beheer/organisatie/participatieplan";

    private final ParticipationPlans plans;
    private final CurrentOrganisation currentOrganisation;

    PlanTemplateController(ParticipationPlans plans, CurrentOrganisation currentOrganisation) {
        this.plans = plans;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping(PATH)
    String edit(Model model) {
        model.addAttribute(
                "view",
                new PlanViews.TemplateView(
                        plans.template(currentOrganisation.id()),
                        new FieldErrors(),
                        model.getAttribute("saved") != null));
        return "admin/plan/template";
    }

    @PostMapping(PATH)
    String save(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Map<PlanSection, String> texts = new EnumMap<>(PlanSection.class);
        for (PlanSection section : PlanSection.values()) {
            texts.put(section, fields.getOrDefault(section.name(), ""));
        }
        try {
            plans.saveTemplate(currentOrganisation.id(), Actor.of(person), texts);
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PATH;
        } catch (InvalidFormException e) {
            model.addAttribute("view", new PlanViews.TemplateView(texts, e.errors(), false));
            return "admin/plan/template";
        }
    }
}
