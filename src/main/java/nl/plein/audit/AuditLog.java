package nl.plein.audit;

import java.time.Instant;
import java.util.List;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AuditLog {

    public record Actor(Long accountId, String name) {
        public static final Actor SYSTEM = new Actor(null, "Plein");

        public static Actor of(SignedInPerson person) {
            return new Actor(person.accountId(), person.displayName());
        }
    }

    public record Entry(long id, Instant occurredAt, String actorName, String action, String subject, String details) {}

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction, so the entry exists exactly when the change does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(OrganisationId organisation, Actor actor, String action, String subject, String details) {
        jdbc.sql("""
                        insert into audit_entry (organisation_id, actor_id, actor_name, action, subject, details)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(organisation.value(), actor.accountId(), actor.name(), action, subject, details)
                .update();
    }

    public List<Entry> latest(OrganisationId organisation, int offset, int limit) {
        return jdbc.sql("""
                        select id, occurred_at, actor_name, action, subject, details from audit_entry
                        where organisation_id = ? order by occurred_at desc, id desc offset ? limit ?""")
                .params(organisation.value(), offset, limit)
                .query((rs, i) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("details")))
                .list();
    }

    public long count(OrganisationId organisation) {
        return jdbc.sql("select count(*) from audit_entry where organisation_id = ?")
                .param(organisation.value())
                .query(Long.class)
                .single();
    }
}
