package nl.plein.budget.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.plein.budget.BudgetLookup.BudgetInProject;
import nl.plein.budget.Budgets.ProposalForm;
import nl.plein.budget.Budgets.Result;
import nl.plein.budget.Budgets.Settings;
import nl.plein.budget.Budgets.SettingsForm;
import nl.plein.budget.Proposal;
import nl.plein.budget.count.Outcome;
import nl.plein.budget.count.Rule;
import nl.plein.idea.Idea;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;
import nl.plein.tenancy.Area;

/** The staff page of one budget: settings, proposals, ideas to take over, ballots, the comparison of rules, the count. */
public record AdminView(
        BudgetInProject budget,
        Settings settings,
        List<Proposal> proposals,
        List<Idea> feasibleIdeas,
        List<Area> areas,
        long ballots,
        Map<InputChannel, Long> ballotsByChannel,
        List<Comparison> comparison,
        List<Total> totals,
        List<Counted> counted,
        Forms forms) {

    /** What the forms show: as typed after a refusal, else the stored values. */
    public record Forms(
            SettingsForm settings,
            FieldErrors settingsErrors,
            ProposalForm proposal,
            FieldErrors proposalErrors,
            long ideaId,
            String ideaCost,
            FieldErrors ideaErrors,
            FieldErrors importErrors,
            List<String> importLines) {

        static Forms empty() {
            return new Forms(
                    null,
                    new FieldErrors(),
                    new ProposalForm("", "", "", ""),
                    new FieldErrors(),
                    0,
                    "",
                    new FieldErrors(),
                    new FieldErrors(),
                    List.of());
        }

        Forms withSettings(SettingsForm form, FieldErrors errors) {
            return new Forms(
                    form, errors, proposal, proposalErrors, ideaId, ideaCost, ideaErrors, importErrors, importLines);
        }

        Forms withProposal(ProposalForm form, FieldErrors errors) {
            return new Forms(
                    settings, settingsErrors, form, errors, ideaId, ideaCost, ideaErrors, importErrors, importLines);
        }

        Forms withIdea(long id, String cost, FieldErrors errors) {
            return new Forms(
                    settings, settingsErrors, proposal, proposalErrors, id, cost, errors, importErrors, importLines);
        }

        Forms withImport(FieldErrors errors, List<String> lines) {
            return new Forms(
                    settings, settingsErrors, proposal, proposalErrors, ideaId, ideaCost, ideaErrors, errors, lines);
        }

        public String costOf(Idea idea) {
            return idea.id() == ideaId ? ideaCost : "";
        }
    }

    /** One proposal under each rule: funded or not. */
    public record Comparison(Proposal proposal, long votes, boolean greedy, boolean mes, boolean mesFill) {}

    /** One rule's outcome in sum. */
    public record Total(Rule rule, int funded, long cost, long perVoter) {}

    /** A counted proposal with its reason in words. */
    public record Counted(Result result, String why) {}

    /** The page to change one proposal. */
    public record EditProposal(
            long budgetId,
            String budgetTitle,
            Proposal proposal,
            ProposalForm form,
            FieldErrors errors,
            List<Area> areas) {}

    static AdminView of(
            BudgetInProject budget,
            Settings settings,
            List<Proposal> proposals,
            List<Idea> feasibleIdeas,
            List<Area> areas,
            long ballots,
            Map<InputChannel, Long> byChannel,
            Map<Rule, Outcome> outcomes,
            List<Counted> counted,
            Forms forms) {
        List<Comparison> comparison = new ArrayList<>();
        List<Total> totals = new ArrayList<>();
        if (!outcomes.isEmpty()) {
            Outcome greedy = outcomes.get(Rule.GREEDY),
                    mes = outcomes.get(Rule.MES),
                    fill = outcomes.get(Rule.MES_FILL);
            for (int i = 0; i < proposals.size(); i++) {
                comparison.add(new Comparison(
                        proposals.get(i),
                        greedy.verdicts().get(i).votes(),
                        greedy.selected().contains(i),
                        mes.selected().contains(i),
                        fill.selected().contains(i)));
            }
            outcomes.forEach((rule, o) -> totals.add(new Total(
                    rule,
                    o.selected().size(),
                    o.selected().stream()
                            .mapToLong(p -> proposals.get(p).cost())
                            .sum(),
                    o.perVoterBudget())));
        }
        List<Idea> ideasLeft = feasibleIdeas.stream()
                .filter(i ->
                        proposals.stream().noneMatch(p -> Long.valueOf(i.id()).equals(p.ideaId())))
                .toList();
        return new AdminView(
                budget, settings, proposals, ideasLeft, areas, ballots, byChannel, comparison, totals, counted, forms);
    }

    public long id() {
        return budget.component().id();
    }

    /** The settings form: as typed after a refusal, else as stored. */
    public SettingsForm settingsForm() {
        if (forms.settings() != null) return forms.settings();
        return new SettingsForm(
                Long.toString(settings.amount()),
                settings.kind().key,
                Integer.toString(settings.maxChoices()),
                Integer.toString(settings.points()),
                settings.areaId() == null ? "" : settings.areaId().toString(),
                settings.rule().key);
    }

    public String areaName(Long areaId) {
        if (areaId == null) return "";
        return areas.stream()
                .filter(a -> a.id() == areaId)
                .map(Area::name)
                .findFirst()
                .orElse("");
    }
}
