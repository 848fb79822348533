package nl.plein.budget;

import java.util.List;
import nl.plein.idea.IdeaFollowUp;
import nl.plein.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** On an idea's page: the budget that took it over as a proposal, once that budget's project is published. */
@Component
class BudgetIdeaLinks implements IdeaFollowUp {

    private final Budgets budgets;
    private final BudgetLookup lookup;

    BudgetIdeaLinks(Budgets budgets, BudgetLookup lookup) {
        this.budgets = budgets;
        this.lookup = lookup;
    }

    @Override
    public List<FollowUp> followUps(OrganisationId org, long ideaId) {
        return budgets.componentOfIdea(org, ideaId)
                .flatMap(component -> lookup.any(org, component))
                .filter(b -> b.project().status() != nl.plein.project.ProjectStatus.DRAFT)
                .map(b -> List.of(new FollowUp(
                        b.path(), "budget.idea.followUp", List.of(b.component().title()))))
                .orElse(List.of());
    }
}
