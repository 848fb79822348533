package nl.plein.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.plein.audit.AuditLog;
import nl.plein.identity.StaffRole;
import nl.plein.support.Multipart;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationSettingsIntegrationTest extends PleinIntegrationTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    TestData data;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog auditLog;

    @Test
    void anOrganisationAdminSavesTheSettingsAndThePublicPagesFollow() {
        Organisation org = data.organisation("Instellingen");
        WebClient admin = signedInAdmin(org);

        HttpResponse<String> saved = admin.submit(
                "/beheer/organisatie",
                "/beheer/organisatie",
                settings(versionOn(admin), "Gemeente Groenhaven", "#1e5b32"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/beheer/organisatie?opgeslagen"));
        assertThat(admin.get("/beheer/organisatie?opgeslagen").body())
                .contains("De wijzigingen zijn opgeslagen.")
                .contains("value=\"Gemeente Groenhaven\"");
        Organisation after = organisations.byId(org.id());
        assertThat(after.name()).isEqualTo("Gemeente Groenhaven");
        assertThat(after.contactEmail()).isEqualTo("info@groenhaven.example");
        assertThat(after.version()).isEqualTo(org.version() + 1);
        // The host cache was cleared: the public side shows the new name, colour and statements at once.
        var visitor = client(TestData.host(org));
        assertThat(visitor.get("/").body()).contains("Gemeente Groenhaven");
        assertThat(visitor.get("/theme.css").body()).contains("--plein-primary: #1e5b32");
        assertThat(visitor.get("/privacy").body())
                .contains("<h2>Wat we bewaren</h2>")
                .doesNotContain("<script>alert");
        assertThat(visitor.get("/toegankelijkheid").body()).contains("<strong>WCAG 2.1 AA</strong>");
        assertThat(auditLog.latest(org.id(), 0, 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("organisation.settings.updated");
            assertThat(entry.details()).contains("name").contains("primaryColour");
        });
    }

    @Test
    void aColourThatIsNotHexIsRefusedAtTheFieldKeepingTheInput() {
        Organisation org = data.organisation("Kleurfout");
        WebClient admin = signedInAdmin(org);

        HttpResponse<String> response = admin.submit(
                "/beheer/organisatie", "/beheer/organisatie", settings(versionOn(admin), "Nieuwe naam", "groen"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"error-summary\"")
                .contains("id=\"primaryColour-error\"")
                .contains("aria-describedby=\"primaryColour-hint primaryColour-error\" aria-invalid=\"true\"")
                .contains("Schrijf de kleur als # met zes tekens")
                .contains("value=\"groen\"")
                .contains("value=\"Nieuwe naam\"");
        assertThat(organisations.byId(org.id()).name()).isEqualTo(org.name());
    }

    @Test
    void aColourTooLightForWhiteTextIsRefusedWithTheWcagReason() {
        Organisation org = data.organisation("Contrast");
        WebClient admin = signedInAdmin(org);
        assertThat(OrganisationSettings.contrastWithWhite("#4a90e2")).isLessThan(4.5);

        HttpResponse<String> response = admin.submit(
                "/beheer/organisatie", "/beheer/organisatie", settings(versionOn(admin), org.name(), "#4A90E2"));

        assertThat(response.body())
                .contains("Deze kleur is te licht")
                .contains("WCAG AA")
                .contains("value=\"#4a90e2\"");
        assertThat(organisations.byId(org.id()).primaryColour()).isEqualTo("#154273");
        // English, for admins who switched language.
        assertThat(admin.submit(
                                "/beheer/organisatie?lang=en",
                                "/beheer/organisatie",
                                settings(versionOn(admin), org.name(), "#4a90e2"))
                        .body())
                .contains("This colour is too light");
    }

    @Test
    void aStaleFormGivesAConflictAndKeepsWhatWasTyped() {
        Organisation org = data.organisation("Conflict");
        WebClient first = signedInAdmin(org);
        WebClient second = signedInAdmin(org);
        int version = versionOn(first);
        versionOn(second);

        assertThat(first.post("/beheer/organisatie", settings(version, "Eerste versie", "#154273"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = second.post("/beheer/organisatie", settings(version, "Tweede versie", "#154273"));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Iemand anders heeft de instellingen net ook gewijzigd")
                .contains("value=\"Tweede versie\"");
        assertThat(organisations.byId(org.id()).name()).isEqualTo("Eerste versie");
        // Saving again from the page with the warning overwrites on purpose.
        Matcher newVersion = VERSION.matcher(stale.body());
        assertThat(newVersion.find()).isTrue();
        assertThat(second.post(
                                "/beheer/organisatie",
                                settings(Integer.parseInt(newVersion.group(1)), "Tweede versie", "#154273"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(organisations.byId(org.id()).name()).isEqualTo("Tweede versie");
    }

    @Test
    void aDoubleSubmitOfTheSameSettingsIsNoConflict() {
        Organisation org = data.organisation("Dubbel");
        WebClient admin = signedInAdmin(org);
        int version = versionOn(admin);
        assertThat(admin.post("/beheer/organisatie", settings(version, "Dubbel klikken", "#154273"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.post("/beheer/organisatie", settings(version, "Dubbel klikken", "#154273"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(organisations.byId(org.id()).version()).isEqualTo(org.version() + 1);
    }

    @Test
    void moderatorsAndProjectManagersMayNotOpenTheOrganisationPages() {
        Organisation org = data.organisation("Rollen");
        for (StaffRole role : new StaffRole[] {StaffRole.MODERATOR, StaffRole.PROJECT_MANAGER, StaffRole.ANALYST}) {
            var client = client(TestData.host(org));
            client.login(data.staff(org, role), TestData.PASSWORD);
            assertThat(client.get("/beheer/organisatie").statusCode())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(client.get("/beheer/organisatie/gebieden").statusCode())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(client.post("/beheer/organisatie/logo/verwijderen", Map.of())
                            .statusCode())
                    .as(role.name())
                    .isEqualTo(403);
        }
    }

    @Test
    void anUploadedLogoIsScaledServedWithCacheHeadersAndOnlyOnItsOwnHost() throws IOException {
        Organisation a = data.organisation("Logo A");
        Organisation b = data.organisation("Logo B");
        WebClient adminA = signedInAdmin(a);
        assertThat(client(TestData.host(a)).get("/logo").statusCode()).isEqualTo(404);

        HttpResponse<String> upload = Multipart.upload(
                adminA,
                "/beheer/organisatie",
                "/beheer/organisatie/logo",
                Map.of(),
                "logo",
                "logo.png",
                "image/png",
                png(800, 200, Color.RED));

        assertThat(upload.statusCode()).isEqualTo(302);
        Organisation withLogo = organisations.byId(a.id());
        assertThat(withLogo.hasLogo()).isTrue();
        assertThat(withLogo.version()).isGreaterThan(a.version());
        var logo = client(TestData.host(a)).request("/logo").GET().build();
        HttpResponse<byte[]> served = http(logo);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age").contains("public"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(new Color(image.getRGB(10, 10))).isEqualTo(Color.RED);
        assertThat(client(TestData.host(a)).get("/").body()).contains("/logo?v=" + withLogo.version());

        // Organisation B has its own logo, or none: never A's.
        assertThat(client(TestData.host(b)).get("/logo").statusCode()).isEqualTo(404);
        Multipart.upload(
                signedInAdmin(b),
                "/beheer/organisatie",
                "/beheer/organisatie/logo",
                Map.of(),
                "logo",
                "b.png",
                "image/png",
                png(100, 50, Color.BLUE));
        BufferedImage logoB = ImageIO.read(new ByteArrayInputStream(
                http(client(TestData.host(b)).request("/logo").GET().build()).body()));
        assertThat(new Color(logoB.getRGB(10, 10))).isEqualTo(Color.BLUE);
        assertThat(logoB.getWidth()).isEqualTo(100);

        // Removing it takes it off the site.
        assertThat(adminA.submit("/beheer/organisatie", "/beheer/organisatie/logo/verwijderen", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(client(TestData.host(a)).get("/logo").statusCode()).isEqualTo(404);
        assertThat(auditLog.latest(a.id(), 0, 10))
                .extracting(AuditLog.Entry::action)
                .contains("organisation.logo.uploaded", "organisation.logo.removed");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAtTheLogoField() {
        Organisation org = data.organisation("Geen plaatje");
        WebClient admin = signedInAdmin(org);
        HttpResponse<String> response = Multipart.upload(
                admin,
                "/beheer/organisatie",
                "/beheer/organisatie/logo",
                Map.of(),
                "logo",
                "logo.png",
                "image/png",
                "<svg onload=alert(1)>".getBytes());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"logo-error\"").contains("geen JPEG- of PNG-afbeelding");
        assertThat(organisations.byId(org.id()).hasLogo()).isFalse();
    }

    private HttpResponse<byte[]> http(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebClient signedInAdmin(Organisation org) {
        WebClient client = client(TestData.host(org));
        client.login(data.staff(org, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        return client;
    }

    private static int versionOn(WebClient admin) {
        Matcher version = VERSION.matcher(admin.get("/beheer/organisatie").body());
        assertThat(version.find()).isTrue();
        return Integer.parseInt(version.group(1));
    }

    private static Map<String, String> settings(int version, String name, String colour) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        fields.put("name", name);
        fields.put("contactEmail", "info@groenhaven.example");
        fields.put("contactPhone", "14 0123");
        fields.put("contactAddress", "Marktplein 1, Groenhaven");
        fields.put("websiteUrl", "https://www.groenhaven.example");
        fields.put("primaryColour", colour);
        fields.put("privacyStatement", "## Wat we bewaren\n\nAlleen wat nodig is.<script>alert(1)</script>");
        fields.put("accessibilityStatement", "Deze site voldoet aan **WCAG 2.1 AA**.");
        return fields;
    }

    static byte[] png(int width, int height, Color colour) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
