package nl.plein.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

    @Test
    void loadsOncePerKeyUntilTheEntryExpires() throws InterruptedException {
        var loads = new AtomicInteger();
        var cache = new TtlCache<String, Integer>(Duration.ofMillis(200), 10);
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        Thread.sleep(250);
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void neverHoldsMoreThanItsBound() {
        var loads = new AtomicInteger();
        var cache = new TtlCache<Integer, Integer>(Duration.ofMinutes(1), 3);
        for (int i = 0; i < 4; i++) {
            cache.get(i, k -> loads.incrementAndGet());
        }
        // The fourth key emptied the cache: the first key loads again.
        cache.get(0, k -> loads.incrementAndGet());
        assertThat(loads).hasValue(5);
    }

    @Test
    void clearingWithoutATransactionIsImmediate() {
        var loads = new AtomicInteger();
        var cache = new TtlCache<String, Integer>(Duration.ofMinutes(1), 10);
        cache.get("a", k -> loads.incrementAndGet());
        cache.clearAfterCommit();
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }
}
