package nl.plein.plan.web;

import nl.plein.plan.ParticipationPlans;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public summary of an agreed plan; a draft plan or project is not found. */
@Controller
public class PlanController {

    private final ParticipationPlans plans;
    private final CurrentOrganisation currentOrganisation;

    PlanController(ParticipationPlans plans, CurrentOrganisation currentOrganisation) {
        this.plans = plans;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/projecten/{slug}/participatieplan")
    String summary(@PathVariable String slug, Model model) {
        model.addAttribute(
                "summary",
                plans.publicSummary(currentOrganisation.id(), slug).orElseThrow(ProjectNotFoundException::new));
        return "plan/summary";
    }
}
