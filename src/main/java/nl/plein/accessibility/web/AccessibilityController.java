package nl.plein.accessibility.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.accessibility.AccessibilityStatements;
import nl.plein.accessibility.Approval;
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

    @GetMapping(value = "/toegankelijkheid/verklaring.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> export() {
        Organisation organisation = currentOrganisation.get();
        Statement statement = statements.statement(organisation.id());
        var json = new LinkedHashMap<String, Object>();
        json.put("organisation", organisation.name());
        json.put("websites", websites());
        json.put("status", statement.assessment().status().name());
        json.put("standard", "WCAG 2.1 AA (EN 301 549)");
        json.put(
                "approval",
                statement.approval().map(AccessibilityController::approval).orElse(null));
        json.put(
                "evaluations",
                statement.evaluations().stream()
                        .map(AccessibilityController::evaluation)
                        .toList());
        json.put(
                "issues",
                statement.issues().stream().map(AccessibilityController::issue).toList());
        json.put("contact", contact(organisation));
        return ResponseEntity.ok(json);
    }

    private List<String> websites() {
        return organisations.hostnames(currentOrganisation.id()).stream()
                .map(host -> "https://" + host)
                .toList();
    }

    private static Map<String, Object> approval(Approval approval) {
        return Map.of(
                "approvedBy",
                approval.approvedBy(),
                "approvedOn",
                approval.approvedOn().toString());
    }

    private static Map<String, Object> evaluation(Evaluation e) {
        var json = new LinkedHashMap<String, Object>();
        json.put("date", e.evaluatedOn().toString());
        json.put("evaluator", e.evaluator());
        json.put("method", e.method().name());
        json.put("allRequirements", e.fullScope());
        json.put("result", e.result());
        json.put("report", e.reportUrl().isEmpty() ? null : e.reportUrl());
        return json;
    }

    private static Map<String, Object> issue(Issue i) {
        var json = new LinkedHashMap<String, Object>();
        json.put("criterion", i.criterion());
        json.put("description", i.description());
        json.put("cause", i.cause());
        json.put("consequence", i.consequence());
        json.put("measure", i.measure());
        json.put("plannedFix", i.plannedFix() == null ? null : i.plannedFix().toString());
        json.put("fixedOn", i.fixedOn() == null ? null : i.fixedOn().toString());
        return json;
    }

    private static Map<String, Object> contact(Organisation organisation) {
        var json = new LinkedHashMap<String, Object>();
        json.put("email", blankToNull(organisation.contactEmail()));
        json.put("phone", blankToNull(organisation.contactPhone()));
        return json;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
