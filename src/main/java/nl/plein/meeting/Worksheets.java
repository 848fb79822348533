package nl.plein.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worksheet of a workshop: the participation plan's four questions (why talk, about what, who
 * with whom, how), answered by the group and written down by staff. The participation plan reads
 * the outcome through {@link #outcome(OrganisationId, long)}; until it copies it itself, staff copy
 * the plain-text block the meeting's back-office page shows.
 */
@Service
public class Worksheets {

    /** The four questions of the participation plan, in order; their keys are stored with the answers. */
    public enum Question {
        WHY,
        WHAT,
        WHO,
        HOW;

        public String messageKey() {
            return "meeting.worksheet.question." + name();
        }
    }

    /** The group's answers, one per question (empty when not answered yet). */
    public record Outcome(long meetingId, String meetingTitle, Map<Question, String> answers) {

        public Outcome {
            answers = Map.copyOf(answers);
        }

        public String answer(Question question) {
            return answers.getOrDefault(question, "");
        }

        /** The outcome as plain text with the given question labels, to paste into a plan. */
        public String asPlainText(Map<Question, String> labels) {
            var text = new StringBuilder(meetingTitle).append("\n\n");
            for (Question q : Question.values()) {
                text.append(labels.get(q))
                        .append("\n")
                        .append(answer(q).isBlank() ? "-" : answer(q))
                        .append("\n\n");
            }
            return text.toString().strip();
        }
    }

    public static final int MAX_ANSWER = 10_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Worksheets(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The worksheet outcome of a workshop of this organisation; empty when the meeting has no worksheet. */
    public Optional<Outcome> outcome(OrganisationId org, long meetingId) {
        Optional<String> title = jdbc.sql(
                        "select title from meeting where organisation_id = ? and id = ? and worksheet")
                .params(org.value(), meetingId)
                .query(String.class)
                .optional();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        var answers = new LinkedHashMap<Question, String>();
        jdbc.sql("select question, answer from meeting_worksheet_answer where organisation_id = ? and meeting_id = ?")
                .params(org.value(), meetingId)
                .query((rs, i) -> Map.entry(Question.valueOf(rs.getString(1)), rs.getString(2)))
                .list()
                .forEach(e -> answers.put(e.getKey(), e.getValue()));
        return Optional.of(new Outcome(meetingId, title.get(), answers));
    }

    /** Workshops of the organisation with a worksheet, for a plan to choose from; newest first. */
    public List<Outcome> outcomes(OrganisationId org) {
        return jdbc
                .sql("select id from meeting where organisation_id = ? and worksheet order by starts_at desc")
                .param(org.value())
                .query(Long.class)
                .list()
                .stream()
                .map(id -> outcome(org, id).orElseThrow())
                .toList();
    }

    @Transactional
    public void save(OrganisationId org, SignedInPerson person, long meetingId, Map<Question, String> answers) {
        jdbc.sql("select id from meeting where organisation_id = ? and id = ? and worksheet for update")
                .params(org.value(), meetingId)
                .query(Long.class)
                .optional()
                .orElseThrow(MeetingNotFoundException::new);
        var errors = new FieldErrors();
        answers.forEach(
                (q, a) -> errors.rejectIf(a != null && a.length() > MAX_ANSWER, q.name(), "meeting.error.tooLong"));
        if (!errors.isEmpty()) {
            throw new InvalidMeetingException(errors);
        }
        for (Question q : Question.values()) {
            String answer = answers.getOrDefault(q, "");
            jdbc.sql("""
                            insert into meeting_worksheet_answer (organisation_id, meeting_id, question, answer, updated_by)
                            values (?, ?, ?, ?, ?)
                            on conflict (organisation_id, meeting_id, question)
                            do update set answer = excluded.answer, updated_by = excluded.updated_by, updated_at = now()""")
                    .params(
                            org.value(),
                            meetingId,
                            q.name(),
                            answer == null ? "" : answer.strip(),
                            person.displayName())
                    .update();
        }
        audit.record(org, Actor.of(person), "meeting.worksheetSaved", String.valueOf(meetingId), "");
    }
}
