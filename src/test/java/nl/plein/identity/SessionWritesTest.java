package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

class SessionWritesTest {

    @Test
    void lastAccessWithinTheGranularityIsNotPassedOn() {
        var stored = new MapSession();
        Instant then = Instant.parse("2026-11-28T12:00:00Z");
        stored.setLastAccessedTime(then);
        var session = new SessionWrites.LazyTouchSession(stored);

        session.setLastAccessedTime(then.plusSeconds(59));
        assertThat(stored.getLastAccessedTime()).isEqualTo(then);

        session.setLastAccessedTime(then.plus(SessionWrites.GRANULARITY));
        assertThat(stored.getLastAccessedTime()).isEqualTo(then.plus(SessionWrites.GRANULARITY));
    }

    @Test
    void attributesAndIdChangesArePassedOn() {
        var stored = new MapSession();
        var session = new SessionWrites.LazyTouchSession(stored);
        session.setAttribute("a", "b");
        String before = stored.getId();
        session.changeSessionId();
        assertThat(stored.<String>getAttribute("a")).isEqualTo("b");
        assertThat(stored.getId()).isNotEqualTo(before).isEqualTo(session.getId());
    }
}
