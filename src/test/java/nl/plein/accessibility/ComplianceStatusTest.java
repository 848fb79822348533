package nl.plein.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.plein.accessibility.ComplianceStatus.Assessment;
import nl.plein.accessibility.Evaluation.Method;
import org.junit.jupiter.api.Test;

/** The register's statuses, rule by rule, from what an organisation entered. */
class ComplianceStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Optional<Approval> APPROVED = Optional.of(new Approval("burgemeester", TODAY.minusDays(1)));

    static Evaluation evaluation(LocalDate on, boolean full) {
        return new Evaluation(1, on, "Bureau", full ? Method.EXPERT : Method.AUTOMATED, full, "", "");
    }

    static Issue issue(LocalDate planned, LocalDate fixed) {
        return new Issue(
                1, "1.4.3 Contrast", "Grijze tekst", "Oud thema", "Slecht leesbaar", "Nieuw thema", planned, fixed);
    }

    static ComplianceStatus status(Optional<Approval> approval, List<Evaluation> evaluations, List<Issue> issues) {
        Assessment assessment = ComplianceStatus.of(approval, evaluations, issues, TODAY);
        assertThat(assessment.reasonKey() == null).isEqualTo(assessment.status() == ComplianceStatus.A);
        return assessment.status();
    }

    @Test
    void withoutApprovalItDoesNotComply() {
        assertThat(status(Optional.empty(), List.of(evaluation(TODAY, true)), List.of()))
                .isEqualTo(ComplianceStatus.E);
    }

    @Test
    void approvedWithNothingDoneIsD() {
        assertThat(status(APPROVED, List.of(), List.of())).isEqualTo(ComplianceStatus.D);
    }

    @Test
    void onlyPartialEvaluationsOrKnownIssuesAreFirstMeasures() {
        assertThat(status(APPROVED, List.of(evaluation(TODAY, false)), List.of()))
                .isEqualTo(ComplianceStatus.C);
        assertThat(status(APPROVED, List.of(), List.of(issue(TODAY.plusDays(30), null))))
                .isEqualTo(ComplianceStatus.C);
    }

    @Test
    void aFullEvaluationWithCompleteOpenIssuesIsB() {
        var full = List.of(evaluation(TODAY.minusDays(10), true));
        assertThat(status(APPROVED, full, List.of(issue(TODAY.plusDays(30), null))))
                .isEqualTo(ComplianceStatus.B);
        // The fix date may be today, not yesterday: a date that has passed no longer counts as a plan.
        assertThat(status(APPROVED, full, List.of(issue(TODAY, null)))).isEqualTo(ComplianceStatus.B);
        assertThat(status(APPROVED, full, List.of(issue(TODAY.minusDays(1), null))))
                .isEqualTo(ComplianceStatus.C);
        assertThat(status(APPROVED, full, List.of(issue(null, null)))).isEqualTo(ComplianceStatus.C);
        var withoutCause = new Issue(2, "2.4.7 Focus", "Geen focus", "", "Kwijt", "Rand", TODAY.plusDays(9), null);
        assertThat(status(APPROVED, full, List.of(withoutCause))).isEqualTo(ComplianceStatus.C);
    }

    @Test
    void aIsOnlyClaimedAfterAFullEvaluationThatFollowsEveryFix() {
        assertThat(status(APPROVED, List.of(evaluation(TODAY.minusDays(10), true)), List.of()))
                .isEqualTo(ComplianceStatus.A);
        var fixedAfter = List.of(issue(TODAY, TODAY.minusDays(5)));
        assertThat(status(APPROVED, List.of(evaluation(TODAY.minusDays(10), true)), fixedAfter))
                .isEqualTo(ComplianceStatus.B);
        assertThat(status(
                        APPROVED,
                        List.of(evaluation(TODAY.minusDays(10), true), evaluation(TODAY.minusDays(1), true)),
                        fixedAfter))
                .isEqualTo(ComplianceStatus.A);
        // A later automated check is no re-evaluation of all requirements.
        assertThat(status(
                        APPROVED,
                        List.of(evaluation(TODAY.minusDays(10), true), evaluation(TODAY.minusDays(1), false)),
                        fixedAfter))
                .isEqualTo(ComplianceStatus.B);
    }
}
