package nl.plein.opinionmap;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.plein.opinionmap.analysis.Analysis;
import nl.plein.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes opinion maps in the background. A vote only marks its map as changed; one worker thread
 * recomputes a map once no vote came for {@code debounce} (or at the latest {@code max-wait} after the
 * first unprocessed vote), reading the votes without locking them, so voting never waits. A failure
 * is logged and shown to staff; the last good map stays. After a restart, maps with votes newer than
 * their map are recomputed. With several nodes each recomputes the maps it took votes for; the result
 * is the same for the same votes, and a map is only stored over one made from votes read earlier, so a
 * slow node never replaces a newer map with an older one.
 */
@Component
public class OpinionMapRecomputer {

    private static final Logger log = LoggerFactory.getLogger(OpinionMapRecomputer.class);

    record Key(long organisation, long component) {}

    /** First and latest unprocessed vote per map, in clock millis. */
    private record Pending(long first, long latest) {}

    private final OpinionMaps maps;
    private final Clock clock;
    private final long debounce;
    private final long maxWait;
    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "opinion-map-recompute");
        t.setDaemon(true);
        return t;
    });

    /** Called between reading the votes and storing the map; a seam for tests that vote meanwhile. */
    volatile Runnable afterLoad = () -> {};

    OpinionMapRecomputer(
            OpinionMaps maps,
            @Value("${plein.opinionmap.debounce:PT2S}") Duration debounce,
            @Value("${plein.opinionmap.max-wait:PT15S}") Duration maxWait) {
        this.maps = maps;
        this.clock = Clock.systemUTC();
        this.debounce = debounce.toMillis();
        this.maxWait = maxWait.toMillis();
        long tick = Math.max(50, Math.min(500, this.debounce / 2));
        worker.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** A vote or statement changed the map: recompute it soon. Never blocks. */
    public void changed(OrganisationId org, long componentId) {
        long now = clock.millis();
        pending.merge(
                new Key(org.value(), componentId), new Pending(now, now), (old, add) -> new Pending(old.first, now));
    }

    /** Staff asked for a new map: compute it at the next tick. */
    public void soon(OrganisationId org, long componentId) {
        pending.put(new Key(org.value(), componentId), new Pending(0, 0));
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        try {
            for (long[] map : maps.mapsWithNewVotes()) {
                soon(new OrganisationId(map[0]), map[1]);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for opinion maps to recompute", e);
        }
    }

    private void tick() {
        long now = clock.millis();
        List<Map.Entry<Key, Pending>> due = new ArrayList<>();
        for (var entry : pending.entrySet()) {
            Pending p = entry.getValue();
            if (now - p.latest >= debounce || now - p.first >= maxWait) due.add(entry);
        }
        for (var entry : due) {
            // Only forget the map when no vote came meanwhile; a newer vote keeps it pending.
            if (pending.remove(entry.getKey(), entry.getValue())) {
                recompute(
                        new OrganisationId(entry.getKey().organisation()),
                        entry.getKey().component());
            }
        }
    }

    /** Computes and stores the map now, on the calling thread; false when it failed (the last map stays). */
    public boolean recompute(OrganisationId org, long componentId) {
        try {
            OpinionMaps.LoadedVotes loaded = maps.loadVotes(org, componentId);
            Analysis.Memory memory = maps.summary(org, componentId)
                    .map(s -> s.memory() == null
                            ? Analysis.Memory.NONE
                            : new Analysis.Memory(
                                    s.memory().k(),
                                    s.memory().candidateK(),
                                    s.memory().candidateStreak(),
                                    s.memory().centresX(),
                                    s.memory().centresY()))
                    .orElse(Analysis.Memory.NONE);
            afterLoad.run();
            Analysis.Result result = Analysis.compute(loaded.votes(), loaded.rejected(), memory);
            boolean stored = maps.storeResult(
                    org,
                    componentId,
                    Summaries.of(result, loaded.statementIds(), clock.instant()),
                    loaded.readAt(),
                    loaded.participantIds(),
                    result.x(),
                    result.y(),
                    result.group());
            log.debug(
                    "Opinion map {} recomputed in {} ms: {} votes{}",
                    componentId,
                    result.millis(),
                    result.votes(),
                    stored ? "" : "; not stored, a map from later votes was stored meanwhile");
            return true;
        } catch (RuntimeException e) {
            log.warn("Opinion map {} of organisation {} could not be computed", componentId, org, e);
            try {
                maps.recordFailure(org, componentId, String.valueOf(e.getMessage()));
            } catch (RuntimeException ignored) {
                // the database itself may be the problem; the log has it
            }
            return false;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
