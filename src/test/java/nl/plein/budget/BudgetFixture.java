package nl.plein.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.budget.Budgets.ProposalForm;
import nl.plein.budget.Budgets.SettingsForm;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Organisation;
import org.springframework.stereotype.Component;

/** A published project with a current phase holding one budget and its proposals, for the budget's tests. */
@Component
public class BudgetFixture {

    public record TestBudget(
            Organisation organisation, String slug, long projectId, long componentId, List<Proposal> proposals) {
        public String path() {
            return "/projecten/" + slug + "/begroting/" + componentId;
        }

        public String adminPath() {
            return "/beheer/begrotingen/" + componentId;
        }

        public OrganisationId org() {
            return organisation.id();
        }

        public long id(int index) {
            return proposals.get(index).id();
        }
    }

    private final ProjectManagement projects;
    private final Budgets budgets;

    BudgetFixture(ProjectManagement projects, Budgets budgets) {
        this.projects = projects;
        this.budgets = budgets;
    }

    /** A budget of {@code amount} euros with one proposal per cost, named "Voorstel 1", "Voorstel 2", ... */
    public TestBudget create(Organisation org, String kind, long amount, long... costs) {
        long project = projects.create(
                org.id(),
                Actor.SYSTEM,
                new ProjectForm(
                        "Buurtbudget", "Wat doen we met het geld?", "", "", "", List.of(), List.of(), "", 0, null));
        LocalDate today = LocalDate.now();
        long phase = projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                project,
                new PhaseForm(
                        "Stemmen",
                        "",
                        "CO_DECIDE",
                        today.minusDays(1).toString(),
                        today.plusDays(30).toString(),
                        "",
                        "Welke voorstellen geld krijgen",
                        "De inwoners",
                        null));
        long component = projects.addComponent(
                org.id(),
                Actor.SYSTEM,
                project,
                phase,
                new ComponentForm(BudgetComponent.KEY, "Buurtbudget Zeeveld", Map.of("introduction", "Kies mee."), ""));
        projects.publish(org.id(), Actor.SYSTEM, project);
        var errors = budgets.updateSettings(
                org.id(), Actor.SYSTEM, component, new SettingsForm(Long.toString(amount), kind, "2", "10", "", "mes"));
        if (!errors.isEmpty()) throw new IllegalStateException(errors.asMap().toString());
        for (int i = 0; i < costs.length; i++) {
            budgets.addProposal(
                    org.id(),
                    Actor.SYSTEM,
                    component,
                    new ProposalForm("Voorstel " + (i + 1), "Een **goed** plan.", Long.toString(costs[i]), ""));
        }
        String slug = projects.project(org.id(), project).orElseThrow().slug();
        return new TestBudget(org, slug, project, component, budgets.proposals(org.id(), component));
    }
}
