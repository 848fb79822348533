package nl.plein.accessibility.web;

import java.io.IOException;
import java.util.UUID;
import nl.plein.accessibility.AccessibilityStatements;
import nl.plein.accessibility.AccessibilityStatements.InvalidStatementException;
import nl.plein.accessibility.Statement;
import nl.plein.accessibility.StatementForms.ApprovalForm;
import nl.plein.accessibility.StatementForms.EvaluationForm;
import nl.plein.accessibility.StatementForms.IssueForm;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The organisation admin keeps the statement: the approval, evaluations and known issues. Only organisation admins
 * reach /beheer/organisatie (SecurityConfiguration); every row is the current organisation's.
 */
@Controller
@RequestMapping("/beheer/organisatie/toegankelijkheid")
class AccessibilityAdminController {

    private static final String PAGE = "redirect:/beheer/organisatie/toegankelijkheid";

    private final AccessibilityStatements statements;
    private final CurrentOrganisation currentOrganisation;

    AccessibilityAdminController(AccessibilityStatements statements, CurrentOrganisation currentOrganisation) {
        this.statements = statements;
        this.currentOrganisation = currentOrganisation;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    @GetMapping
    String show(Model model) {
        return page(model, null, null, null, new FieldErrors(), (String) model.getAttribute("notice"));
    }

    @PostMapping("/goedkeuring")
    String approve(
            @AuthenticationPrincipal SignedInPerson person,
            ApprovalForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            statements.approve(org(), person, form);
        } catch (InvalidStatementException e) {
            return page(model, form, null, null, e.errors(), null);
        }
        return saved(redirect);
    }

    @PostMapping("/onderzoek")
    String addEvaluation(
            @AuthenticationPrincipal SignedInPerson person,
            EvaluationForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            statements.addEvaluation(org(), person, form);
        } catch (InvalidStatementException e) {
            return page(model, null, form, null, e.errors(), null);
        }
        return saved(redirect);
    }

    /** The report of Plein's automated whole-site check (or one in its format), read into the statement. */
    @PostMapping("/testuitslag")
    String importReport(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam("report") MultipartFile report,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            statements.importReport(org(), person, report.getBytes(), LocaleContextHolder.getLocale());
        } catch (InvalidStatementException e) {
            return page(model, null, null, null, e.errors(), null);
        }
        return saved(redirect);
    }

    @PostMapping("/onderzoek/{id:\\d+}/verwijderen")
    String removeEvaluation(
            @AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        statements.removeEvaluation(org(), person, id);
        return saved(redirect);
    }

    @PostMapping("/probleem")
    String addIssue(
            @AuthenticationPrincipal SignedInPerson person, IssueForm form, Model model, RedirectAttributes redirect) {
        try {
            statements.addIssue(org(), person, form);
        } catch (InvalidStatementException e) {
            return page(model, null, null, form, e.errors(), null);
        }
        return saved(redirect);
    }

    @PostMapping("/probleem/{id:\\d+}/opgelost")
    String markFixed(
            @AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        statements.markFixed(org(), person, id);
        return saved(redirect);
    }

    @PostMapping("/probleem/{id:\\d+}/verwijderen")
    String removeIssue(
            @AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        statements.removeIssue(org(), person, id);
        return saved(redirect);
    }

    private static String saved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "accessibility.admin.saved");
        return PAGE;
    }

    /** The page with, for the form that failed, what was typed; the other forms as stored or empty. */
    private String page(
            Model model,
            ApprovalForm approval,
            EvaluationForm evaluation,
            IssueForm issue,
            FieldErrors errors,
            String notice) {
        Statement statement = statements.statement(org());
        ApprovalForm approvalForm = approval != null
                ? approval
                : statement
                        .approval()
                        .map(a ->
                                new ApprovalForm(a.approvedBy(), a.approvedOn().toString()))
                        .orElse(new ApprovalForm("", ""));
        model.addAttribute(
                "view",
                new AccessibilityViews.AdminView(
                        statement,
                        approvalForm,
                        evaluation != null
                                ? evaluation
                                : EvaluationForm.empty(UUID.randomUUID().toString()),
                        issue != null
                                ? issue
                                : IssueForm.empty(UUID.randomUUID().toString()),
                        errors,
                        notice));
        return "admin/accessibility/statement";
    }
}
