import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sustained survey submissions: respondents without an account answer a one-page survey of 10 questions
 * through the public link, as a browser would (start, then send the page), in a closed loop over N
 * connections. Counts completed responses (redirect to the thank-you page) and failures.
 *
 * <pre>
 * java bench/SurveyLoad.java setup BASE_URL                      -> prints the id of a new 10-question survey
 * java bench/SurveyLoad.java load BASE_URL SURVEY SECONDS CONNECTIONS -> "N responses in S s = R/s, F failed"
 * java bench/SurveyLoad.java count BASE_URL SURVEY TOKEN         -> completed responses the API reports
 * </pre>
 */
public class SurveyLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[1];
        switch (args[0]) {
            case "setup" -> System.out.println(setup(base));
            case "load" -> load(base, Long.parseLong(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "count" -> System.out.println(count(base, Long.parseLong(args[2]), args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** A browser-like session: cookies and the last CSRF token. */
    static final class Session {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        final String base;
        String csrf;

        Session(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            var all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    /** As the demo project manager: a public survey, open today, with 10 questions of 6 kinds on one page. */
    static long setup(String base) throws Exception {
        var s = new Session(base);
        s.get("/inloggen");
        s.post("/inloggen", Map.of("email", "project@zeeveld.example", "password", "demo-wachtwoord"));
        s.get("/beheer/vragenlijsten/nieuw");
        String today = java.time.LocalDate.now().minusDays(1).toString();
        String end = java.time.LocalDate.now().plusDays(30).toString();
        var created = s.post("/beheer/vragenlijsten", Map.of("title", "Benchmark: tien vragen", "audience", "PUBLIC",
                "anonymousAllowed", "true", "opensOn", today, "closesOn", end, "version", "0",
                "requestKey", UUID.randomUUID().toString()));
        long id = Long.parseLong(location(created).replaceAll("\\D", ""));
        String[][] questions = {
            {"SINGLE", "Hoe komt u meestal naar het centrum?", "Lopend\nFiets\nAuto\nBus"},
            {"YES_NO", "Woont u langer dan tien jaar in de gemeente?", ""},
            {"SCALE5", "Hoe tevreden bent u over uw buurt?", ""},
            {"SCALE10", "Hoe waarschijnlijk raadt u de gemeente aan?", ""},
            {"GRADE", "Welk cijfer geeft u het groen?", ""},
            {"MULTIPLE", "Wat mist u in uw buurt?", "Winkels\nGroen\nSpeelplekken\nBankjes\nParkeerplaatsen"},
            {"NUMBER", "Hoeveel mensen wonen er in uw huis?", ""},
            {"SCALE5", "Hoe veilig voelt u zich?", ""},
            {"YES_NO", "Doet u vrijwilligerswerk?", ""},
            {"TEXT", "Wat wilt u de gemeente meegeven?", ""}};
        for (String[] q : questions) {
            s.get("/beheer/vragenlijsten/" + id);
            var r = s.post("/beheer/vragenlijsten/" + id + "/vragen", Map.of("page", "1", "kind", q[0], "text", q[1],
                    "options", q[2], "required", "true", "requestKey", UUID.randomUUID().toString()));
            if (r.statusCode() != 302) {
                throw new IllegalStateException("question refused: " + r.statusCode());
            }
        }
        return id;
    }

    /** The question ids of the survey, read from its answering page. */
    static List<String> fields(Session s, long survey) throws Exception {
        s.get("/vragenlijsten/" + survey);
        var started = s.post("/vragenlijsten/" + survey + "/starten", Map.of("startKey", UUID.randomUUID().toString()));
        String page = s.get(location(started)).body();
        Matcher m = Pattern.compile("name=\"(q\\d+)\"").matcher(page);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static void load(String base, long survey, int seconds, int connections) throws Exception {
        List<String> q = fields(new Session(base), survey);
        if (q.size() != 10) {
            throw new IllegalStateException("expected 10 questions, found " + q);
        }
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    var s = new Session(base);
                    s.get("/vragenlijsten/" + survey);
                    var random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        var started = s.post("/vragenlijsten/" + survey + "/starten",
                                Map.of("startKey", UUID.randomUUID().toString()));
                        String form = location(started).replaceFirst("\\?.*", "");
                        if (!form.contains("/invullen/")) {
                            failed.incrementAndGet();
                            continue;
                        }
                        Map<String, String> answers = new LinkedHashMap<>();
                        answers.put("pagina", "1");
                        answers.put("actie", "next");
                        answers.put(q.get(0), String.valueOf(1 + random.nextInt(4)));
                        answers.put(q.get(1), String.valueOf(1 + random.nextInt(2)));
                        answers.put(q.get(2), String.valueOf(1 + random.nextInt(5)));
                        answers.put(q.get(3), String.valueOf(random.nextInt(11)));
                        answers.put(q.get(4), String.valueOf(1 + random.nextInt(10)));
                        answers.put(q.get(5), String.valueOf(1 + random.nextInt(5)));
                        answers.put(q.get(6), String.valueOf(1 + random.nextInt(6)));
                        answers.put(q.get(7), String.valueOf(1 + random.nextInt(5)));
                        answers.put(q.get(8), String.valueOf(1 + random.nextInt(2)));
                        answers.put(q.get(9), "Meer bankjes in het park, alstublieft.");
                        var sent = s.post(form, answers);
                        String next = location(sent);
                        if (next.endsWith("/bedankt")) {
                            done.incrementAndGet();
                        } else if (next.contains("pagina=1000")) {
                            // the "about you" page: skipped, as many respondents do
                            var about = s.post(form, Map.of("pagina", "1000", "actie", "next"));
                            if (location(about).endsWith("/bedankt")) {
                                done.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d responses in %.1f s = %.0f/s, %d failed%n", done.get(), elapsed, done.get() / elapsed,
                failed.get());
    }

    static long count(String base, long survey, String token) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(base + "/api/v1/surveys/" + survey + "/results"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"respondents\":(\\d+)").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Long.parseLong(m.group(1));
    }
}
