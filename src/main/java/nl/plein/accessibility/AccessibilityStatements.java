package nl.plein.accessibility;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accessibility.StatementForms.ApprovalForm;
import nl.plein.accessibility.StatementForms.EvaluationForm;
import nl.plein.accessibility.StatementForms.IssueForm;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import nl.plein.shared.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and keeps an organisation's accessibility statement; every change is in the audit log. */
@Service
public class AccessibilityStatements {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;

    AccessibilityStatements(JdbcClient jdbc, AuditLog audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    /** Thrown with what is wrong per field; the page shows it at the fields. */
    public static class InvalidStatementException extends RuntimeException {
        private final transient FieldErrors errors;

        InvalidStatementException(FieldErrors errors) {
            super("invalid accessibility statement input");
            this.errors = errors;
        }

        public FieldErrors errors() {
            return errors;
        }
    }

    public Statement statement(OrganisationId org) {
        Optional<Approval> approval = jdbc.sql(
                        "select approved_by, approved_on from accessibility_approval where organisation_id = ?")
                .params(org.value())
                .query((rs, i) -> new Approval(
                        rs.getString("approved_by"), rs.getDate("approved_on").toLocalDate()))
                .optional();
        List<Evaluation> evaluations = jdbc.sql("""
                        select * from accessibility_evaluation where organisation_id = ?
                        order by evaluated_on desc, id desc""")
                .params(org.value())
                .query((rs, i) -> new Evaluation(
                        rs.getLong("id"),
                        rs.getDate("evaluated_on").toLocalDate(),
                        rs.getString("evaluator"),
                        Evaluation.Method.valueOf(rs.getString("method")),
                        rs.getBoolean("full_scope"),
                        rs.getString("result"),
                        rs.getString("report_url")))
                .list();
        List<Issue> issues = jdbc.sql("""
                        select * from accessibility_issue where organisation_id = ?
                        order by fixed_on is not null, fixed_on desc, planned_fix nulls last, criterion, id""")
                .params(org.value())
                .query((rs, i) -> {
                    Date planned = rs.getDate("planned_fix");
                    Date fixed = rs.getDate("fixed_on");
                    return new Issue(
                            rs.getLong("id"),
                            rs.getString("criterion"),
                            rs.getString("description"),
                            rs.getString("cause"),
                            rs.getString("consequence"),
                            rs.getString("measure"),
                            planned == null ? null : planned.toLocalDate(),
                            fixed == null ? null : fixed.toLocalDate());
                })
                .list();
        return new Statement(
                approval, evaluations, issues, ComplianceStatus.of(approval, evaluations, issues, today()));
    }

    @Transactional
    public void approve(OrganisationId org, SignedInPerson person, ApprovalForm form) {
        check(form.validate());
        jdbc.sql("""
                        insert into accessibility_approval (organisation_id, approved_by, approved_on) values (?, ?, ?)
                        on conflict (organisation_id) do update set approved_by = excluded.approved_by,
                          approved_on = excluded.approved_on, updated_at = now()""")
                .params(org.value(), form.approvedBy(), Date.valueOf(form.approvedOn()))
                .update();
        audit.record(org, Actor.of(person), "accessibility.approved", "", form.approvedBy() + ", " + form.approvedOn());
    }

    @Transactional
    public void addEvaluation(OrganisationId org, SignedInPerson person, EvaluationForm form) {
        check(form.validate(today()));
        UUID key = RequestKey.parse(form.requestKey());
        int added = jdbc.sql("""
                        insert into accessibility_evaluation (organisation_id, evaluated_on, evaluator, method,
                          full_scope, result, report_url, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id, request_key) do nothing""")
                .params(
                        org.value(),
                        Date.valueOf(form.evaluatedOn()),
                        form.evaluator(),
                        form.parsedMethod().name(),
                        form.fullScope(),
                        form.result(),
                        form.reportUrl(),
                        key)
                .update();
        if (added > 0) {
            audit.record(org, Actor.of(person), "accessibility.evaluationAdded", form.evaluatedOn(), form.evaluator());
        }
    }

    /**
     * Reads the report of an automated check into the statement: one automated evaluation (not of all
     * requirements: a tool finds part of the issues only) and one known issue per rule that failed, with where it
     * failed; staff then describe its consequence, measure and date. Reading the same file again adds nothing.
     */
    @Transactional
    public void importReport(OrganisationId org, SignedInPerson person, byte[] file, Locale locale) {
        AutomatedReport report = AutomatedReport.read(file, today())
                .orElseThrow(() -> new InvalidStatementException(
                        new FieldErrors().reject("report", "accessibility.error.report")));
        Set<String> rules = new java.util.TreeSet<>();
        report.findings().forEach(f -> rules.add(f.rule()));
        String result = messages.getMessage(
                "accessibility.report.result",
                new Object[] {
                    report.pages(),
                    String.join(", ", report.languages()),
                    report.standard(),
                    rules.size(),
                    String.join(", ", rules)
                },
                locale);
        UUID key = UUID.nameUUIDFromBytes(file);
        addEvaluation(
                org,
                person,
                new EvaluationForm(report.checkedOn(), report.tool(), "AUTOMATED", false, result, "", key.toString()));
        for (AutomatedReport.Finding finding : report.findings()) {
            List<String> pages = finding.pages();
            String where =
                    String.join(", ", pages.subList(0, Math.min(5, pages.size()))) + (pages.size() > 5 ? " …" : "");
            addIssue(
                    org,
                    person,
                    new IssueForm(
                            finding.criteria().getFirst(),
                            finding.help() + " (" + finding.rule() + ")",
                            messages.getMessage("accessibility.report.where", new Object[] {where}, locale),
                            "",
                            "",
                            "",
                            UUID.nameUUIDFromBytes((key + finding.rule()).getBytes(StandardCharsets.UTF_8))
                                    .toString()));
        }
    }

    @Transactional
    public void removeEvaluation(OrganisationId org, SignedInPerson person, long id) {
        remove(org, person, "accessibility_evaluation", id, "accessibility.evaluationRemoved");
    }

    @Transactional
    public void addIssue(OrganisationId org, SignedInPerson person, IssueForm form) {
        check(form.validate());
        int added = jdbc.sql("""
                        insert into accessibility_issue (organisation_id, criterion, description, cause, consequence,
                          measure, planned_fix, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id, request_key) do nothing""")
                .params(
                        org.value(),
                        form.criterion(),
                        form.description(),
                        form.cause(),
                        form.consequence(),
                        form.measure(),
                        form.plannedFix().isEmpty() ? null : Date.valueOf(form.plannedFix()),
                        RequestKey.parse(form.requestKey()))
                .update();
        if (added > 0) {
            audit.record(org, Actor.of(person), "accessibility.issueAdded", form.criterion(), form.description());
        }
    }

    /** Marks an issue fixed today; the status reaches A only after a full evaluation after that day. */
    @Transactional
    public void markFixed(OrganisationId org, SignedInPerson person, long id) {
        if (jdbc.sql("""
                                update accessibility_issue set fixed_on = ?
                                where organisation_id = ? and id = ? and fixed_on is null""").params(Date.valueOf(today()), org.value(), id).update() > 0) {
            audit.record(org, Actor.of(person), "accessibility.issueFixed", String.valueOf(id), "");
        }
    }

    @Transactional
    public void removeIssue(OrganisationId org, SignedInPerson person, long id) {
        remove(org, person, "accessibility_issue", id, "accessibility.issueRemoved");
    }

    /** Deletes one row of this organisation's (a table name from this class, never from input) and logs it. */
    private void remove(OrganisationId org, SignedInPerson person, String table, long id, String action) {
        if (jdbc.sql("delete from " + table + " where organisation_id = ? and id = ?")
                        .params(org.value(), id)
                        .update()
                > 0) {
            audit.record(org, Actor.of(person), action, String.valueOf(id), "");
        }
    }

    private static void check(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidStatementException(errors);
        }
    }

    static LocalDate today() {
        return LocalDate.now(Dates.ZONE);
    }
}
