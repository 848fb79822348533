package nl.plein.shared;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small per-node cache for what public pages read on every request. Entries live for a short
 * time, so another node's change shows here within the TTL; this node's own changes call
 * {@link #clearAfterCommit()} and show at once. Bounded, because keys can come from request input.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {}

    private final long ttlNanos;
    private final int maxEntries;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public TtlCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    public V get(K key, Function<K, V> load) {
        Entry<V> entry = entries.get(key);
        if (entry != null && fresh(entry)) {
            return entry.value;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        // One load per key: when a busy entry expires, the other requests wait for that load
        // instead of all going to the database at once.
        return entries.compute(
                        key,
                        (k, old) -> old != null && fresh(old)
                                ? old
                                : new Entry<>(load.apply(k), System.nanoTime() + ttlNanos))
                .value;
    }

    private static boolean fresh(Entry<?> entry) {
        return entry.expiresAt - System.nanoTime() > 0;
    }

    public void clear() {
        entries.clear();
    }

    /**
     * Clears once the current transaction has committed (at once without one): clearing earlier
     * would let a concurrent request cache the old data again before the change is visible.
     */
    public void clearAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear();
                }
            });
        } else {
            clear();
        }
    }
}
