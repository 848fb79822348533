package nl.plein.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in PostgreSQL, and Spring Session writes a session's row on every request only to move
 * its last access time, even when nothing in it changed. Measured under load (bench/survey-submissions.sh)
 * that was one of the two statements and transactions per request spent on the session. Here the last
 * access time is written at most once a {@link #GRANULARITY} per session: with sessions of 8 hours a
 * session may end up to that much earlier than it would, which is harmless. Attribute changes (login,
 * CSRF token, flash messages) and new sessions are written as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    static final Duration GRANULARITY = Duration.ofMinutes(1);

    /**
     * Spring Session's filter, given the same cookie settings, over the repository below. Replacing the
     * filter (rather than adding a second SessionRepository bean) keeps Spring Boot's JDBC session
     * configuration, its table, timeout and clean-up, as it is.
     */
    @Bean
    static BeanPostProcessor lazyTouchSessionFilter(
            ObjectProvider<JdbcIndexedSessionRepository> jdbc, ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SessionRepositoryFilter<?>) {
                    var filter = new SessionRepositoryFilter<>(new LazyTouchRepository<>(jdbc.getObject()));
                    var resolver = new CookieHttpSessionIdResolver();
                    resolver.setCookieSerializer(cookies.getObject());
                    filter.setHttpSessionIdResolver(resolver);
                    return filter;
                }
                return bean;
            }
        };
    }

    static final class LazyTouchRepository<S extends Session> implements SessionRepository<LazyTouchSession> {

        private final SessionRepository<S> delegate;

        LazyTouchRepository(SessionRepository<S> delegate) {
            this.delegate = delegate;
        }

        @Override
        public LazyTouchSession createSession() {
            return new LazyTouchSession(delegate.createSession());
        }

        @Override
        @SuppressWarnings("unchecked")
        public void save(LazyTouchSession session) {
            delegate.save((S) session.delegate);
        }

        @Override
        public LazyTouchSession findById(String id) {
            S found = delegate.findById(id);
            return found == null ? null : new LazyTouchSession(found);
        }

        @Override
        public void deleteById(String id) {
            delegate.deleteById(id);
        }
    }

    /** A session that passes everything on, except a last access time close to the stored one. */
    static final class LazyTouchSession implements Session {

        private final Session delegate;

        LazyTouchSession(Session delegate) {
            this.delegate = delegate;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(delegate.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(GRANULARITY)
                    >= 0) {
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
