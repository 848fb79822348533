import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Votes on an opinion map as fast as the server takes them: CLIENTS anonymous participants at once, each
 * fetching its next statement (a GET) and voting on it (a POST, answered by a redirect) until it has voted
 * on everything, then a fresh participant takes its place. Prints the votes accepted per second.
 * Usage: java bench/OpinionMapVoteLoad.java URL_OF_THE_MAP SECONDS CLIENTS
 */
public class OpinionMapVoteLoad {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STATEMENT = Pattern.compile("name=\"statementId\" value=\"(\\d+)\"");

    public static void main(String[] args) throws Exception {
        URI map = URI.create(args[0]);
        long seconds = Long.parseLong(args[1]);
        int clients = Integer.parseInt(args[2]);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        var accepted = new AtomicLong();
        var failed = new AtomicLong();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            threads[c] = Thread.ofVirtual().start(() -> {
                HttpClient http = null;
                while (System.nanoTime() < until) {
                    try {
                        if (http == null) {
                            http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                        }
                        String page = http.send(HttpRequest.newBuilder(map).build(), HttpResponse.BodyHandlers.ofString()).body();
                        Matcher csrf = CSRF.matcher(page), statement = STATEMENT.matcher(page);
                        if (!csrf.find() || !statement.find()) {
                            http = null; // voted on everything: a new participant
                            continue;
                        }
                        String vote = ThreadLocalRandom.current().nextBoolean() ? "agree" : "disagree";
                        String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                                + "&statementId=" + statement.group(1) + "&vote=" + vote;
                        var response = http.send(
                                HttpRequest.newBuilder(URI.create(map + "/stem"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        (response.statusCode() == 302 ? accepted : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        for (Thread t : threads) t.join();
        System.out.printf("%d votes accepted in %d s by %d clients: %.0f votes/s (%d failed)%n",
                accepted.get(), seconds, clients, accepted.get() / (double) seconds, failed.get());
    }
}
