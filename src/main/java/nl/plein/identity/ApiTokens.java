package nl.plein.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff API tokens for {@code /api/v1}. A token acts as the staff member who created it, with the
 * roles that person has at the moment of each request; a revoked token, or one whose creator is no
 * longer staff, stops working at once. Only the SHA-256 of a token is stored: it is shown once.
 */
@Service
public class ApiTokens {

    /** A token as the back office lists it; never the secret. */
    public record ApiToken(long id, String name, String ownerName, Instant createdAt, Instant lastUsedAt) {}

    /** The secret of a newly created token, shown once. */
    public record Created(long id, String token) {}

    static final String PREFIX = "plein_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public Created create(PleinPrincipal staff, String name) {
        if (!staff.isStaff()) {
            throw new IllegalArgumentException("Only staff members have API tokens");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                        insert into api_token (organisation_id, account_id, name, token_hash)
                        values (?, ?, ?, ?) returning id""")
                .params(staff.organisationId().value(), staff.accountId(), name.strip(), SecretTokens.hash(token))
                .query(Long.class)
                .single();
        audit.record(staff.organisationId(), Actor.of(staff), "api-token.created", name.strip(), "");
        return new Created(id, token);
    }

    /** Revokes a token of the organisation; false when there is no such active token. */
    @Transactional
    public boolean revoke(PleinPrincipal staff, long id) {
        Optional<String> name = jdbc.sql("""
                        update api_token set revoked_at = now()
                        where organisation_id = ? and id = ? and revoked_at is null returning name""")
                .params(staff.organisationId().value(), id)
                .query(String.class)
                .optional();
        name.ifPresent(n -> audit.record(staff.organisationId(), Actor.of(staff), "api-token.revoked", n, ""));
        return name.isPresent();
    }

    /** The organisation's tokens that still work, newest first. */
    public List<ApiToken> active(OrganisationId organisation) {
        return jdbc.sql("""
                        select t.id, t.name, a.display_name, t.created_at, t.last_used_at
                        from api_token t join account a on a.organisation_id = t.organisation_id and a.id = t.account_id
                        where t.organisation_id = ? and t.revoked_at is null order by t.created_at desc, t.id desc""")
                .param(organisation.value())
                .query((rs, i) -> new ApiToken(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The staff member a bearer token acts as, in this organisation only. */
    Optional<PleinPrincipal> authenticate(OrganisationId organisation, String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update api_token set last_used_at = now()
                        where organisation_id = ? and token_hash = ? and revoked_at is null returning account_id""")
                .params(organisation.value(), SecretTokens.hash(token))
                .query(Long.class)
                .optional()
                .flatMap(accountId -> accounts.current(organisation, accountId))
                .filter(PleinPrincipal::isStaff);
    }
}
