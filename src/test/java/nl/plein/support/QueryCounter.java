package nl.plein.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements one HTTP request runs, so tests can prove a page costs a fixed number
 * of queries. The DataSource is wrapped so every prepareStatement/createStatement/prepareCall on
 * the request's thread is counted; a test tags its request with {@link #HEADER} and reads the count.
 */
@Component
public class QueryCounter implements BeanPostProcessor {

    public static final String HEADER = "X-Test-Query-Count";

    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    return counting(super.getConnection());
                }

                @Override
                public Connection getConnection(String username, String password) throws SQLException {
                    return counting(super.getConnection(username, password));
                }
            };
        }
        return bean;
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                QueryCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement")
                            || name.equals("createStatement")
                            || name.equals("prepareCall")) {
                        int[] count = CURRENT.get();
                        if (count != null) {
                            count[0]++;
                        }
                    }
                    if (name.equals("unwrap") && args[0] == Connection.class) {
                        return proxy;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The number of statements the request tagged with {@code id} ran; waits briefly for the request to finish. */
    public int statementsOf(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            Integer count = counts.get(id);
            if (count != null) {
                return count;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("No statement count recorded for request " + id);
    }

    /** Starts counting before anything else touches the database (tenant lookup included). */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class CountingFilter extends OncePerRequestFilter {

        private final QueryCounter counter;

        CountingFilter(QueryCounter counter) {
            this.counter = counter;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = request.getHeader(HEADER);
            if (id == null) {
                chain.doFilter(request, response);
                return;
            }
            int[] count = {0};
            CURRENT.set(count);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                counter.counts.put(id, count[0]);
            }
        }
    }
}
