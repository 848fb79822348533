package nl.plein.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests that acts like a browser without JavaScript: it keeps cookies,
 * sends the Host header of an organisation, and fills in the CSRF token of the page it came from.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String host;
    private final int port;
    private final HttpClient http;
    private String lastCsrf;

    WebClient(String host, int port) {
        this.host = host;
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** GETs the form page first, so the POST carries that page's CSRF token. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        get(formPage);
        return post(action, fields);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return postRaw(path, withCsrf(fields));
    }

    /** A POST exactly as given: no CSRF token added. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        return send(form(path, fields));
    }

    public HttpResponse<String> login(String email, String password) {
        return submit("/inloggen", "/inloggen", Map.of("email", email, "password", password));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(response.body());
            if (csrf.find()) {
                lastCsrf = csrf.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form POST whose answer is a file (a PDF, say): the body as bytes, with this client's CSRF token. */
    public HttpResponse<byte[]> postForFile(String path, Map<String, String> fields) {
        try {
            return http.send(form(path, withCsrf(fields)), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> withCsrf(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (lastCsrf != null) {
            all.putIfAbsent("_csrf", lastCsrf);
        }
        return all;
    }

    private HttpRequest form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
