package nl.plein.budget.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.budget.BallotChoices;
import nl.plein.budget.BudgetLookup;
import nl.plein.budget.BudgetLookup.BudgetInProject;
import nl.plein.budget.Budgets;
import nl.plein.budget.Budgets.Cast;
import nl.plein.budget.Budgets.Settings;
import nl.plein.budget.Explanations;
import nl.plein.budget.Proposal;
import nl.plein.identity.CodeThrottle;
import nl.plein.identity.PleinPrincipal;
import nl.plein.panel.PanelManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.Voter;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Residents' side of a budget: the ballot (a plain form; the knapsack's running total comes from a "count my
 * choice" button, and live from an external script when JavaScript runs) and, once published, the results.
 * A resident votes signed in, or with the code on their personal letter.
 */
@Controller
public class BudgetController {

    private static final String BASE = "/projecten/{slug}/begroting/{id:\\d+}";

    private final Budgets budgets;
    private final BudgetLookup lookup;
    private final Explanations explanations;
    private final PanelManagement panel;
    private final CodeThrottle codes;
    private final CurrentOrganisation currentOrganisation;

    BudgetController(
            Budgets budgets,
            BudgetLookup lookup,
            Explanations explanations,
            PanelManagement panel,
            CodeThrottle codes,
            CurrentOrganisation currentOrganisation) {
        this.budgets = budgets;
        this.lookup = lookup;
        this.explanations = explanations;
        this.panel = panel;
        this.codes = codes;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping(BASE)
    String ballot(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) String gestemd,
            Model model) {
        OrganisationId org = currentOrganisation.id();
        BudgetInProject budget = budget(org, slug, id);
        Settings settings = budgets.settings(org, id);
        Map<Long, Integer> stored =
                signedInVoter().flatMap(v -> budgets.ballot(org, id, v)).orElse(Map.of());
        var choices = BallotChoices.of(settings, budgets.proposals(org, id), stored);
        if (gestemd != null) model.addAttribute("notice", "budget.ballot.saved");
        return show(model, budget, settings, choices, new FieldErrors(), "", "", !stored.isEmpty(), false);
    }

    /**
     * One form, two buttons: "count" shows the total of what is ticked (no JavaScript needed), "cast" stores the
     * ballot. A refused ballot comes back with what was chosen.
     */
    @PostMapping(BASE)
    String cast(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            Model model) {
        OrganisationId org = currentOrganisation.id();
        BudgetInProject budget = budget(org, slug, id);
        Settings settings = budgets.settings(org, id);
        List<Proposal> proposals = budgets.proposals(org, id);
        var errors = new FieldErrors();
        BallotChoices choices = BallotChoices.read(settings, proposals, fields, errors);
        String code = fields.getOrDefault("code", "").strip();
        String postcode = fields.getOrDefault("postcode", "").strip();
        if ("count".equals(fields.get("action"))) {
            budgets.checkBallot(settings, proposals, choices.chosen()).asMap().forEach(errors::reject);
            return show(model, budget, settings, choices, errors, code, postcode, false, true);
        }
        if (!budget.phaseOpen() || settings.closed()) {
            errors.reject("choices", "budget.ballot.closed");
            return show(model, budget, settings, choices, errors, code, postcode, false, false);
        }
        Optional<Voter> voter = signedInVoter();
        if (voter.isEmpty() && code.isEmpty()) {
            errors.reject("code", "budget.ballot.code.required");
        } else if (voter.isEmpty() && !codes.allowed(org, request.getRemoteAddr())) {
            errors.reject("code", "budget.ballot.code.throttled");
        } else if (voter.isEmpty()) {
            voter = byCode(org, code);
            if (voter.isEmpty()) {
                codes.failed(org, request.getRemoteAddr());
                errors.reject("code", "budget.ballot.code.unknown");
            }
        }
        if (errors.isEmpty()) {
            errors = budgets.cast(org, id, Cast.online(voter.get(), postcode), choices.chosen());
        }
        if (!errors.isEmpty()) return show(model, budget, settings, choices, errors, code, postcode, false, false);
        // A query parameter, not a flash attribute: parallel submits of one session would all write the session.
        return "redirect:" + budget.path() + "?gestemd#stem";
    }

    @GetMapping(BASE + "/uitslag")
    String results(@PathVariable String slug, @PathVariable long id, Model model) {
        OrganisationId org = currentOrganisation.id();
        BudgetInProject budget = budget(org, slug, id);
        Settings settings = budgets.settings(org, id);
        if (!settings.published()) throw new ProjectNotFoundException();
        model.addAttribute(
                "view",
                ResultsView.of(
                        budget.project().title(),
                        budget.component().title(),
                        budget.path(),
                        settings,
                        budgets.ballotCount(org, id),
                        budgets.results(org, id),
                        r -> explanations.why(r, LocaleContextHolder.getLocale())));
        return "budget/results";
    }

    private String show(
            Model model,
            BudgetInProject budget,
            Settings settings,
            BallotChoices choices,
            FieldErrors errors,
            String code,
            String postcode,
            boolean hasBallot,
            boolean counted) {
        boolean signedIn = PleinPrincipal.current().isPresent();
        model.addAttribute(
                "view",
                new BallotView(
                        budget.project().title(),
                        budget.component().title(),
                        budget.path(),
                        "/projecten/" + budget.project().slug(),
                        budget.component().setting("introduction"),
                        budget.phaseOpen() && !settings.closed(),
                        signedIn,
                        budgets.asksPostcode(
                                currentOrganisation.id(),
                                settings,
                                signedInVoter().orElse(null)),
                        choices,
                        errors,
                        code,
                        postcode,
                        hasBallot,
                        counted));
        return "budget/ballot";
    }

    private BudgetInProject budget(OrganisationId org, String slug, long id) {
        return lookup.published(org, slug, id).orElseThrow(ProjectNotFoundException::new);
    }

    private static Optional<Voter> signedInVoter() {
        return PleinPrincipal.current().map(p -> Voter.account(p.accountId()));
    }

    /** A letter code identifies its voter; an e-mail address does not (anyone could type someone else's). */
    private Optional<Voter> byCode(OrganisationId org, String code) {
        return code.isEmpty() || code.contains("@") ? Optional.empty() : panel.identify(org, code);
    }
}
