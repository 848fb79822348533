package nl.plein.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File uploads for {@link WebClient}: a multipart/form-data POST carrying the form page's CSRF token. */
public final class Multipart {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Multipart() {}

    /** GETs {@code formPage} for its CSRF token, then POSTs the fields and one file to {@code action}. */
    public static HttpResponse<String> upload(
            WebClient client,
            String formPage,
            String action,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content) {
        Matcher csrf = CSRF.matcher(client.get(formPage).body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        String boundary = "----plein" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        part(body, boundary, "_csrf", csrf.group(1));
        fields.forEach((name, value) -> part(body, boundary, name, value));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return client.send(client.request(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
