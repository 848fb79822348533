package nl.plein.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import nl.plein.accessibility.AccessibilityStatements;
import nl.plein.accessibility.StatementForms.ApprovalForm;
import nl.plein.accessibility.StatementForms.EvaluationForm;
import nl.plein.accessibility.StatementForms.IssueForm;
import nl.plein.shared.Dates;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The accessibility statement: approved by the municipal secretary, an expert evaluation of all requirements and
 * the automated axe-core check, and one known issue in the municipality's own files with a fix date ahead, so the statement shows status B.
 */
@Component
@Order(95)
class DemoAccessibility implements DemoPart {

    /** The whole-site test's report of the demo (target/accessibility-report.json of a run, copied here). */
    static final String REPORT = "demo/accessibility-report.json";

    private final AccessibilityStatements statements;

    DemoAccessibility(AccessibilityStatements statements) {
        this.statements = statements;
    }

    @Override
    public void create(DemoMunicipality m) {
        LocalDate today = LocalDate.now(Dates.ZONE);
        statements.approve(
                m.organisation(),
                m.admin(),
                new ApprovalForm("gemeentesecretaris", today.minusDays(20).toString()));
        statements.addEvaluation(
                m.organisation(),
                m.admin(),
                new EvaluationForm(
                        today.minusDays(30).toString(),
                        "Toegankelijkheidsbureau Noord (demo)",
                        "EXPERT",
                        true,
                        "49 van de 50 eisen gehaald. Oudere pdf-bestanden bij projecten missen kopjes.",
                        "",
                        null));
        // The automated evaluation is the report of a real run of the whole-site test on this demo.
        try {
            statements.importReport(
                    m.organisation(),
                    m.admin(),
                    new ClassPathResource(REPORT).getContentAsByteArray(),
                    Locale.of("nl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        statements.addIssue(
                m.organisation(),
                m.admin(),
                new IssueForm(
                        "1.3.1 Info en relaties",
                        "Oudere pdf-bestanden bij projecten (van voor 2025) hebben geen kopjes.",
                        "De bestanden zijn gemaakt met een oud sjabloon zonder opmaakprofielen.",
                        "Met een schermlezer kunt u niet van kopje naar kopje springen. U moet het hele bestand "
                                + "doorlezen.",
                        "We maken de bestanden opnieuw met het nieuwe sjabloon. Wilt u een bestand nu al "
                                + "toegankelijk? Vraag het ons, dan sturen we het binnen 5 werkdagen.",
                        today.plusMonths(3).toString(),
                        null));
    }
}
