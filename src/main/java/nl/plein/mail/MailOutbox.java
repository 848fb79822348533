package nl.plein.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
public class MailOutbox {

    public record Mail(
            long id,
            OrganisationId organisationId,
            String recipient,
            String subject,
            String body,
            String status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            String lastError,
            Problem lastProblem,
            List<String> attachments) {}

    /** An attachment as stored with its mail, to open from the outbox. */
    public record StoredAttachment(String filename, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().build();

    MailOutbox(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Joins the caller's transaction: if the change rolls back, so does the mail. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void enqueue(OrganisationId organisation, String recipient, String subject, String body) {
        enqueue(organisation, OutgoingMail.to(recipient, subject, body));
    }

    /** As {@link #enqueue(OrganisationId, String, String, String)}, with headers and attachments. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void enqueue(OrganisationId organisation, OutgoingMail mail) {
        long id = jdbc.sql("""
                        insert into mail_outbox (organisation_id, recipient, subject, body, headers)
                        values (?, ?, ?, ?, ?::jsonb) returning id""")
                .params(
                        organisation.value(),
                        mail.recipient(),
                        mail.subject(),
                        mail.body(),
                        json.writeValueAsString(mail.headers()))
                .query(Long.class)
                .single();
        int position = 0;
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            jdbc.sql("""
                            insert into mail_attachment
                              (organisation_id, mail_id, position, filename, content_type, content)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            organisation.value(),
                            id,
                            position++,
                            attachment.filename(),
                            attachment.contentType(),
                            attachment.content())
                    .update();
        }
    }

    /** Newest first; for the platform admin's view of the outbox. */
    public List<Mail> latest(int limit) {
        return latest(0, limit);
    }

    /** A page of the whole installation's outbox, newest first. */
    public List<Mail> latest(int offset, int limit) {
        return jdbc.sql("""
                        select m.*, array(select a.filename from mail_attachment a
                                          where a.organisation_id = m.organisation_id and a.mail_id = m.id
                                          order by a.position) as attachments
                        from mail_outbox m order by m.created_at desc, m.id desc offset ? limit ?""")
                .params(offset, limit)
                .query((rs, i) -> new Mail(
                        rs.getLong("id"),
                        new OrganisationId(rs.getLong("organisation_id")),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getString("last_error"),
                        rs.getString("last_problem") == null ? null : Problem.valueOf(rs.getString("last_problem")),
                        List.of((String[]) rs.getArray("attachments").getArray())))
                .list();
    }

    /** The attachment at {@code position} (0 first) of a mail, for the platform admin; any organisation's. */
    public Optional<StoredAttachment> attachment(long mailId, int position) {
        return jdbc.sql("""
                        select filename, content_type, content from mail_attachment
                        where mail_id = ? and position = ?""")
                .params(mailId, position)
                .query((rs, i) -> new StoredAttachment(
                        rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
    }

    /**
     * Puts a failed mail back in the queue, to be tried at once, with a fresh count of attempts. The
     * audit entry goes to the mail's organisation, whose resident or staff member the mail was for.
     */
    @Transactional
    public boolean retry(long id, SignedInPerson person) {
        List<Long> organisation = jdbc.sql("""
                        update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now()
                        where id = ? and status = 'FAILED' returning organisation_id""").param(id).query(Long.class).list();
        organisation.forEach(
                org -> audit.record(new OrganisationId(org), Actor.of(person), "mail.retried", String.valueOf(id), ""));
        return !organisation.isEmpty();
    }

    /**
     * The platform admin opens the links of one mail (a password reset, an invitation: live keys to someone's
     * account). The outbox shows them masked until then; each opening is in the mail's organisation's audit log.
     */
    @Transactional
    public boolean linksShown(long id, SignedInPerson person) {
        List<Long> organisation = jdbc.sql("select organisation_id from mail_outbox where id = ?")
                .param(id)
                .query(Long.class)
                .list();
        organisation.forEach(org ->
                audit.record(new OrganisationId(org), Actor.of(person), "mail.linksShown", String.valueOf(id), ""));
        return !organisation.isEmpty();
    }
}
