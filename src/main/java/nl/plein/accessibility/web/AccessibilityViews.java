package nl.plein.accessibility.web;

import java.util.List;
import nl.plein.accessibility.Statement;
import nl.plein.accessibility.StatementForms.ApprovalForm;
import nl.plein.accessibility.StatementForms.EvaluationForm;
import nl.plein.accessibility.StatementForms.IssueForm;
import nl.plein.shared.FieldErrors;

/** What the statement pages show; public because the generated template classes live elsewhere. */
public final class AccessibilityViews {

    private AccessibilityViews() {}

    public record PublicView(Statement statement, List<String> websites) {}

    public record AdminView(
            Statement statement,
            ApprovalForm approval,
            EvaluationForm evaluation,
            IssueForm issue,
            FieldErrors errors,
            String notice) {}
}
