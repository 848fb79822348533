package nl.plein.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links sent by mail. The link carries 32 random bytes; the database keeps only their
 * SHA-256, so a copy of the database gives no working links.
 */
@Component
class AccountTokens {

    enum Purpose {
        CONFIRM,
        RESET_PASSWORD,
        CHANGE_EMAIL
    }

    static final Duration CONFIRM_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration CHANGE_EMAIL_VALIDITY = Duration.ofHours(48);

    /** What a token in a link turned out to be. */
    record Lookup(TokenStatus status, long accountId, String newEmail) {
        static Lookup of(TokenStatus status) {
            return new Lookup(status, 0, null);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccountTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new token and returns the secret for the link; it is not stored anywhere. */
    String issue(OrganisationId organisation, long accountId, Purpose purpose, Duration validity, String newEmail) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into account_token (organisation_id, token_hash, account_id, purpose, new_email, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        organisation.value(),
                        SecretTokens.hash(token),
                        accountId,
                        purpose.name(),
                        newEmail,
                        Timestamp.from(Instant.now().plus(validity)))
                .update();
        return token;
    }

    /** Looks at a token without using it, so a page can say at once whether the link still works. */
    Lookup check(OrganisationId organisation, String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Lookup.of(TokenStatus.INVALID);
        }
        return jdbc.sql("""
                        select account_id, new_email, used_at is not null as used, expires_at < now() as expired
                        from account_token where organisation_id = ? and token_hash = ? and purpose = ?""")
                .params(organisation.value(), SecretTokens.hash(token), purpose.name())
                .query((rs, i) -> new Lookup(
                        rs.getBoolean("used")
                                ? TokenStatus.USED
                                : rs.getBoolean("expired") ? TokenStatus.EXPIRED : TokenStatus.VALID,
                        rs.getLong("account_id"),
                        rs.getString("new_email")))
                .optional()
                .orElse(Lookup.of(TokenStatus.INVALID));
    }

    /**
     * Uses a token: the update only succeeds for an unused, unexpired token, so two clicks at the same
     * moment cannot both succeed. Call inside the transaction of the change the token allows.
     */
    Lookup use(OrganisationId organisation, String token, Purpose purpose) {
        Lookup lookup = check(organisation, token, purpose);
        if (lookup.status() != TokenStatus.VALID) {
            return lookup;
        }
        int updated = jdbc.sql("""
                        update account_token set used_at = now()
                        where organisation_id = ? and token_hash = ? and used_at is null and expires_at >= now()""")
                .params(organisation.value(), SecretTokens.hash(token))
                .update();
        return updated == 1 ? lookup : Lookup.of(TokenStatus.USED);
    }

    /** Ends every open link of an account, e.g. after a new password: an old reset link must not work. */
    void invalidateAll(OrganisationId organisation, long accountId) {
        jdbc.sql(
                        "update account_token set used_at = now() where organisation_id = ? and account_id = ? and used_at is null")
                .params(organisation.value(), accountId)
                .update();
    }
}
