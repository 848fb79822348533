import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A constant-rate load: sends RPS requests a second for SECONDS over at most CONNECTIONS connections
 * and measures each latency from the moment the request was due, so a slow server cannot hide its
 * queue (no coordinated omission, unlike a closed loop such as wrk).
 * The first 5 seconds warm up both sides and are not counted.
 * Usage: java bench/RateLoad.java URL RPS SECONDS CONNECTIONS
 */
public class RateLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int rps = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        int warmUp = rps * 5;
        int total = rps * seconds;
        long[] latencies = new long[total];
        var failures = new AtomicInteger();
        var slots = new Semaphore(connections);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        long interval = 1_000_000_000L / rps;
        long start = System.nanoTime() + 100_000_000L + warmUp * interval;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = -warmUp; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int n = i;
                pool.submit(() -> {
                    try {
                        slots.acquire();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } finally {
                            slots.release();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    if (n >= 0) {
                        latencies[n] = System.nanoTime() - due;
                    }
                    return null;
                });
            }
        }
        long elapsed = System.nanoTime() - start; // measured part only
        Arrays.sort(latencies);
        System.out.printf("%d requests at %d/s over %d connections: achieved %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, failed %d%n",
                total, rps, connections, total / (elapsed / 1e9), latencies[total / 2] / 1e6,
                latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6, failures.get());
    }
}
