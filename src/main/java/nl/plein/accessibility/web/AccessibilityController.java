package nl.plein.accessibility.web;

import java.util.List;
import nl.plein.accessibility.AccessibilityStatements;
import nl.plein.accessibility.Approval;
import nl.plein.accessibility.ComplianceStatus;
import nl.plein.accessibility.Evaluation;
import nl.plein.accessibility.Issue;
import nl.plein.accessibility.Statement;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The published statement at /toegankelijkheid, in the order of the government's model statement, and the same
 * content as JSON to keep, to compare or to copy into the register.
 */
@Controller
class AccessibilityController {

    private final AccessibilityStatements statements;
    private final Organisations organisations;
    private final CurrentOrganisation currentOrganisation;

    AccessibilityController(
            AccessibilityStatements statements, Organisations organisations, CurrentOrganisation currentOrganisation) {
        this.statements = statements;
        this.organisations = organisations;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/toegankelijkheid")
    String statement(Model model) {
        model.addAttribute(
                "view", new AccessibilityViews.PublicView(statements.statement(currentOrganisation.id()), websites()));
        return "accessibility/statement";
    }

    /** The statement as it is published; dates as ISO dates, the status as its letter. */
    record Export(
            String organisation,
            List<String> websites,
            ComplianceStatus status,
            String standard,
            Approval approval,
            List<Evaluation> evaluations,
            List<Issue> issues,
            Contact contact) {}

    record Contact(String email, String phone) {}

    @GetMapping(value = "/toegankelijkheid/verklaring.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Export> export() {
        Organisation organisation = currentOrganisation.get();
        Statement statement = statements.statement(organisation.id());
        return ResponseEntity.ok(new Export(
                organisation.name(),
                websites(),
                statement.assessment().status(),
                "WCAG 2.1 AA (EN 301 549)",
                statement.approval().orElse(null),
                statement.evaluations(),
                statement.issues(),
                new Contact(blankToNull(organisation.contactEmail()), blankToNull(organisation.contactPhone()))));
    }

    private List<String> websites() {
        return organisations.hostnames(currentOrganisation.id()).stream()
                .map(host -> "https://" + host)
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
