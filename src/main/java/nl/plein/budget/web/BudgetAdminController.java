package nl.plein.budget.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.budget.BudgetLookup;
import nl.plein.budget.BudgetLookup.BudgetInProject;
import nl.plein.budget.Budgets;
import nl.plein.budget.Budgets.ProposalForm;
import nl.plein.budget.Budgets.SettingsForm;
import nl.plein.budget.Explanations;
import nl.plein.budget.Proposal;
import nl.plein.budget.count.Pabulib;
import nl.plein.idea.IdeaManagement;
import nl.plein.identity.PleinPrincipal;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff side of budgets: the amount, the kind of ballot and the rule; proposals, typed in or taken over from
 * feasible ideas; the ballots so far with every rule's outcome side by side; closing and counting; publishing;
 * a .pb import into an empty budget and an export. Project managers only (URL rule for /beheer/begrotingen).
 */
@Controller
@RequestMapping("/beheer/begrotingen")
public class BudgetAdminController {

    private static final String BASE = "/beheer/begrotingen/";

    private final Budgets budgets;
    private final BudgetLookup lookup;
    private final IdeaManagement ideas;
    private final Organisations organisations;
    private final Explanations explanations;
    private final CurrentOrganisation currentOrganisation;

    BudgetAdminController(
            Budgets budgets,
            BudgetLookup lookup,
            IdeaManagement ideas,
            Organisations organisations,
            Explanations explanations,
            CurrentOrganisation currentOrganisation) {
        this.budgets = budgets;
        this.lookup = lookup;
        this.ideas = ideas;
        this.organisations = organisations;
        this.explanations = explanations;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping
    String list(Model model) {
        OrganisationId org = org();
        model.addAttribute(
                "budgets",
                lookup.all(org).stream()
                        .map(b -> new BudgetRow(
                                b.component().id(),
                                b.component().title(),
                                b.project().title(),
                                b.phase().name(),
                                budgets.ballotCount(org, b.component().id())))
                        .toList());
        return "admin/budget/list";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, AdminView.Forms.empty());
    }

    private String show(long id, Model model, AdminView.Forms forms) {
        OrganisationId org = org();
        BudgetInProject budget = budget(org, id);
        var settings = budgets.settings(org, id);
        long ballots = budgets.ballotCount(org, id);
        model.addAttribute(
                "view",
                AdminView.of(
                        budget,
                        settings,
                        budgets.proposals(org, id),
                        ideas.feasibleIdeas(org, budget.project().id()),
                        organisations.areas(org),
                        ballots,
                        budgets.ballotsByChannel(org, id),
                        ballots == 0 ? Map.of() : budgets.compare(org, id),
                        settings.counted()
                                ? budgets.results(org, id).stream()
                                        .map(r -> new AdminView.Counted(
                                                r, explanations.why(r, LocaleContextHolder.getLocale())))
                                        .toList()
                                : List.of(),
                        forms));
        return "admin/budget/show";
    }

    @PostMapping("/{id:\\d+}/instellingen")
    String settings(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            SettingsForm form,
            Model model,
            RedirectAttributes redirect) {
        budget(org(), id);
        FieldErrors errors = budgets.updateSettings(org(), Actor.of(person), id, form);
        if (!errors.isEmpty()) return show(id, model, AdminView.Forms.empty().withSettings(form, errors));
        return saved(redirect, id, "budget.admin.saved");
    }

    @PostMapping("/{id:\\d+}/voorstellen")
    String addProposal(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            ProposalForm form,
            Model model,
            RedirectAttributes redirect) {
        budget(org(), id);
        FieldErrors errors = budgets.addProposal(org(), Actor.of(person), id, form);
        if (!errors.isEmpty()) return show(id, model, AdminView.Forms.empty().withProposal(form, errors));
        return saved(redirect, id, "budget.admin.proposalAdded");
    }

    @GetMapping("/{id:\\d+}/voorstellen/{proposalId:\\d+}")
    String editProposal(@PathVariable long id, @PathVariable long proposalId, Model model) {
        Proposal p = budgets.proposal(org(), id, proposalId).orElseThrow(ProjectNotFoundException::new);
        var form = new ProposalForm(
                p.title(),
                p.description(),
                Long.toString(p.cost()),
                p.areaId() == null ? "" : p.areaId().toString());
        return editPage(id, p, form, new FieldErrors(), model);
    }

    @PostMapping("/{id:\\d+}/voorstellen/{proposalId:\\d+}")
    String updateProposal(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long proposalId,
            ProposalForm form,
            Model model,
            RedirectAttributes redirect) {
        Proposal p = budgets.proposal(org(), id, proposalId).orElseThrow(ProjectNotFoundException::new);
        budget(org(), id);
        FieldErrors errors = budgets.updateProposal(org(), Actor.of(person), id, proposalId, form);
        if (!errors.isEmpty()) return editPage(id, p, form, errors, model);
        return saved(redirect, id, "budget.admin.saved");
    }

    private String editPage(long id, Proposal p, ProposalForm form, FieldErrors errors, Model model) {
        BudgetInProject budget = budget(org(), id);
        model.addAttribute(
                "view",
                new AdminView.EditProposal(
                        id, budget.component().title(), p, form, errors, organisations.areas(org())));
        return "admin/budget/proposal";
    }

    @PostMapping("/{id:\\d+}/voorstellen/{proposalId:\\d+}/verwijderen")
    String removeProposal(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long proposalId,
            RedirectAttributes redirect) {
        budget(org(), id);
        boolean removed = budgets.removeProposal(org(), Actor.of(person), id, proposalId);
        return saved(redirect, id, removed ? "budget.admin.proposalRemoved" : "budget.proposal.locked");
    }

    @PostMapping("/{id:\\d+}/ideeen/{ideaId:\\d+}")
    String takeOverIdea(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long ideaId,
            @RequestParam(defaultValue = "") String cost,
            Model model,
            RedirectAttributes redirect) {
        BudgetInProject budget = budget(org(), id);
        FieldErrors errors = budgets.takeOverIdea(
                org(),
                Actor.of(person),
                id,
                budget.project().id(),
                ideaId,
                cost,
                budget.component().title(),
                budget.path());
        if (!errors.isEmpty()) return show(id, model, AdminView.Forms.empty().withIdea(ideaId, cost, errors));
        return saved(redirect, id, "budget.admin.ideaTakenOver");
    }

    @PostMapping("/{id:\\d+}/tellen")
    String closeAndCount(
            @AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, RedirectAttributes redirect) {
        budget(org(), id);
        budgets.closeAndCount(org(), Actor.of(person), id);
        return saved(redirect, id, "budget.admin.counted");
    }

    @PostMapping("/{id:\\d+}/publiceren")
    String publish(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, RedirectAttributes redirect) {
        budget(org(), id);
        boolean published = budgets.publish(org(), Actor.of(person), id);
        return saved(redirect, id, published ? "budget.admin.published" : "budget.admin.countFirst");
    }

    /** A .pb file into an empty budget; a file with errors is refused whole, with its line numbers. */
    @PostMapping("/{id:\\d+}/import")
    String importPabulib(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        budget(org(), id);
        var errors = new FieldErrors();
        List<String> lines = List.of();
        if (file == null || file.isEmpty()) {
            errors.reject("file", "budget.import.missing");
        } else {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                errors = budgets.importPabulib(org(), Actor.of(person), id, Pabulib.read(reader));
            } catch (Pabulib.FormatException e) {
                errors.reject("file", "budget.import.invalid");
                lines = e.errors();
            } catch (Budgets.ImportRefused e) {
                errors.reject("file", "budget.import.ballotDoesNotFit");
                lines = List.of(e.voterId);
            }
        }
        if (!errors.isEmpty()) return show(id, model, AdminView.Forms.empty().withImport(errors, lines));
        return saved(redirect, id, "budget.admin.imported");
    }

    @GetMapping("/{id:\\d+}/export.pb")
    ResponseEntity<String> exportPabulib(@PathVariable long id) throws IOException {
        BudgetInProject budget = budget(org(), id);
        var out = new StringWriter();
        Pabulib.write(
                budgets.exportPabulib(
                        org(),
                        id,
                        budget.project().title() + ": " + budget.component().title()),
                out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"begroting-" + id + ".pb\"")
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(out.toString());
    }

    private static String saved(RedirectAttributes redirect, long id, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + BASE + id;
    }

    private BudgetInProject budget(OrganisationId org, long id) {
        return lookup.any(org, id).orElseThrow(ProjectNotFoundException::new);
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }
}
