package nl.plein.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL advisory lock on a text key, held until the caller's transaction ends: requests with the
 * same key (e.g. a form's double submit) run one after the other, on any node.
 */
public final class TransactionLock {

    private TransactionLock() {}

    public static void acquire(JdbcClient jdbc, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(key)
                .query((rs, i) -> 1)
                .list();
    }
}
