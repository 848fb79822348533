package nl.plein.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import nl.plein.shared.OrganisationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then locks password guessing, per account and per client address. Kept in the
 * database, so every node sees the same count.
 *
 * <p>Per account: after {@code freeAttempts} failures within the window, each next attempt must wait
 * twice as long as the one before (2 s, 4 s, 8 s ...); at {@code lockAfter} failures the account is
 * locked until the window has passed. Per address: at {@code addressLimit} failures the address is
 * locked the same way, which stops one machine trying many accounts.
 */
@Component
class LoginThrottle {

    record Verdict(boolean allowed, long waitSeconds) {}

    private final JdbcClient jdbc;
    private final Duration window;
    private final int freeAttempts;
    private final int lockAfter;
    private final int addressLimit;

    LoginThrottle(
            JdbcClient jdbc,
            @Value("${plein.login.window:15m}") Duration window,
            @Value("${plein.login.free-attempts:3}") int freeAttempts,
            @Value("${plein.login.lock-after:10}") int lockAfter,
            @Value("${plein.login.address-limit:50}") int addressLimit) {
        this.jdbc = jdbc;
        this.window = window;
        this.freeAttempts = freeAttempts;
        this.lockAfter = lockAfter;
        this.addressLimit = addressLimit;
    }

    Verdict check(OrganisationId organisation, String email, String address) {
        Instant now = Instant.now();
        Instant since = now.minus(window);
        List<Instant> byAccount = jdbc.sql("""
                        select failed_at from login_failure
                        where organisation_id = ? and lower(email) = lower(?) and failed_at > ? order by failed_at""")
                .params(organisation.value(), email.trim(), java.sql.Timestamp.from(since))
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .list();
        long byAddress = jdbc.sql("""
                        select count(*) from login_failure where organisation_id = ? and address = ? and failed_at > ?""")
                .params(organisation.value(), address, java.sql.Timestamp.from(since))
                .query(Long.class)
                .single();
        if (byAccount.size() >= lockAfter) {
            return wait(byAccount.get(byAccount.size() - lockAfter).plus(window), now);
        }
        if (byAddress >= addressLimit) {
            return new Verdict(false, window.toSeconds());
        }
        if (byAccount.size() >= freeAttempts) {
            long delay = 1L << Math.min(byAccount.size() - freeAttempts + 1, 10);
            return wait(byAccount.getLast().plusSeconds(delay), now);
        }
        return new Verdict(true, 0);
    }

    private static Verdict wait(Instant until, Instant now) {
        long seconds = Duration.between(now, until).toSeconds() + 1;
        return seconds > 0 && until.isAfter(now) ? new Verdict(false, seconds) : new Verdict(true, 0);
    }

    /**
     * Runs one login attempt (check, verify, record) while holding a lock on this account's address, so
     * parallel guesses are counted one after the other and cannot all slip past the check. The
     * transaction commits even when the attempt fails: the recorded failure must count.
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    <T> T oneAtATime(OrganisationId organisation, String email, Supplier<T> attempt) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || ':' || lower(?), 0))")
                .params(organisation.value(), email.trim())
                .query((rs, i) -> 0)
                .list();
        return attempt.get();
    }

    void recordFailure(OrganisationId organisation, String email, String address) {
        jdbc.sql("insert into login_failure (organisation_id, email, address) values (?, ?, ?)")
                .params(organisation.value(), email.trim(), address)
                .update();
    }

    /** After a password reset the owner may log in at once; joins the reset's transaction. */
    void clearFailures(OrganisationId organisation, String email) {
        jdbc.sql("delete from login_failure where organisation_id = ? and lower(email) = lower(?)")
                .params(organisation.value(), email.trim())
                .update();
    }

    void recordSuccess(OrganisationId organisation, String email) {
        jdbc.sql("delete from login_failure where organisation_id = ? and lower(email) = lower(?)")
                .params(organisation.value(), email.trim())
                .update();
        jdbc.sql("delete from login_failure where failed_at < now() - interval '1 day'")
                .update();
    }
}
