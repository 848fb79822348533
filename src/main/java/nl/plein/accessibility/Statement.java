package nl.plein.accessibility;

import java.util.List;
import java.util.Optional;

/** An organisation's statement as published: the approval, evaluations (newest first), issues (open first). */
public record Statement(
        Optional<Approval> approval,
        List<Evaluation> evaluations,
        List<Issue> issues,
        ComplianceStatus.Assessment assessment) {

    public List<Issue> openIssues() {
        return issues.stream().filter(i -> !i.fixed()).toList();
    }

    public List<Issue> fixedIssues() {
        return issues.stream().filter(Issue::fixed).toList();
    }
}
