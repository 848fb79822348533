package nl.plein.mail;

import java.time.Instant;
import java.util.List;
import nl.plein.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MailOutbox {

    public record Mail(long id, OrganisationId organisationId, String recipient, String subject, String body,
                       String status, int attempts, Instant createdAt, Instant nextAttemptAt, String lastError) {}

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction: if the change rolls back, so does the mail. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void enqueue(OrganisationId organisation, String recipient, String subject, String body) {
        jdbc.sql("insert into mail_outbox (organisation_id, recipient, subject, body) values (?, ?, ?, ?)")
                .params(organisation.value(), recipient, subject, body)
                .update();
    }

    /** Newest first; for the platform admin's view of the outbox. */
    public List<Mail> latest(int limit) {
        return jdbc.sql("select * from mail_outbox order by created_at desc, id desc limit ?")
                .param(limit)
                .query((rs, i) -> new Mail(rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error")))
                .list();
    }

    /** Puts a failed mail back in the queue, to be tried at once. */
    @Transactional
    public void retry(long id) {
        jdbc.sql("update mail_outbox set status = 'PENDING', next_attempt_at = now() where id = ? and status = 'FAILED'")
                .param(id)
                .update();
    }
}
