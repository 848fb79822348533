package nl.plein.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.plein.shared.FieldErrors;

/**
 * A new organisation as the platform admin types it. {@code hostnames} holds one hostname per line.
 */
public record OrganisationForm(String name, String slug, String hostnames, String adminName, String adminEmail) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    /** A DNS name of letters, digits and hyphens per label (no port: the request's server name has none). */
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

    public OrganisationForm {
        name = name == null ? "" : name.strip();
        slug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        hostnames = hostnames == null ? "" : hostnames.strip();
        adminName = adminName == null ? "" : adminName.strip();
        adminEmail = adminEmail == null ? "" : adminEmail.strip();
    }

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", "", "", "");
    }

    public List<String> hostnameList() {
        return hostnameList(hostnames);
    }

    static List<String> hostnameList(String lines) {
        return Arrays.stream(lines.split("[\\s,]+"))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .distinct()
                .toList();
    }

    /** Checks the form of each field; whether a slug or hostname is free is checked against the database. */
    FieldErrors validate() {
        var errors = new FieldErrors()
                .rejectIf(name.isEmpty(), "name", "platform.error.nameRequired")
                .rejectIf(name.length() > 150, "name", "platform.error.nameTooLong")
                .rejectIf(!SLUG.matcher(slug).matches(), "slug", "platform.error.slug");
        checkHostnames(errors, hostnames);
        return errors;
    }

    static void checkHostnames(FieldErrors errors, String lines) {
        List<String> list = hostnameList(lines);
        errors.rejectIf(list.isEmpty(), "hostnames", "platform.error.hostnamesRequired")
                .rejectIf(
                        list.stream().anyMatch(h -> !HOSTNAME.matcher(h).matches()),
                        "hostnames",
                        "platform.error.hostname");
    }
}
