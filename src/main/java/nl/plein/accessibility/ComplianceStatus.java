package nl.plein.accessibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The statuses of the government's register. The rules, from its explanation of the statuses:
 * <ul>
 *   <li>A, complies fully: an evaluation of all requirements found no issue, or a later full evaluation found
 *       the earlier ones fixed (a fix without a new evaluation does not count);</li>
 *   <li>B, complies partly: a full evaluation was done and every open issue has a cause, a consequence, a
 *       measure and a planned date that has not passed;</li>
 *   <li>C, first measures taken: something was evaluated or an issue is known, but not enough for B;</li>
 *   <li>D, first measures not yet taken: an approved statement with nothing evaluated and no issue known;</li>
 *   <li>E, does not comply: nobody responsible has approved the statement.</li>
 * </ul>
 */
public enum ComplianceStatus {
    A,
    B,
    C,
    D,
    E;

    /** "voldoet gedeeltelijk" and the like, in i18n/accessibility. */
    public String labelKey() {
        return "accessibility.status." + name();
    }

    public String explanationKey() {
        return "accessibility.status." + name() + ".explanation";
    }

    /** The status and, below A, why it is not higher (a message key), for the statement and for staff. */
    public record Assessment(ComplianceStatus status, String reasonKey) {}

    static Assessment of(
            Optional<Approval> approval, List<Evaluation> evaluations, List<Issue> issues, LocalDate today) {
        if (approval.isEmpty()) {
            return new Assessment(E, "accessibility.reason.notApproved");
        }
        if (evaluations.isEmpty() && issues.isEmpty()) {
            return new Assessment(D, "accessibility.reason.nothingDone");
        }
        Optional<LocalDate> lastFull = evaluations.stream()
                .filter(Evaluation::fullScope)
                .map(Evaluation::evaluatedOn)
                .max(LocalDate::compareTo);
        if (lastFull.isEmpty()) {
            return new Assessment(C, "accessibility.reason.noFullEvaluation");
        }
        List<Issue> open = issues.stream().filter(i -> !i.fixed()).toList();
        if (open.stream().anyMatch(i -> !i.complete(today))) {
            return new Assessment(C, "accessibility.reason.incompleteIssue");
        }
        if (!open.isEmpty()) {
            return new Assessment(B, "accessibility.reason.openIssues");
        }
        if (issues.stream().anyMatch(i -> i.fixedOn().isAfter(lastFull.get()))) {
            return new Assessment(B, "accessibility.reason.fixNotReevaluated");
        }
        return new Assessment(A, null);
    }
}
