package nl.plein.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.shared.Dates;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.QueryCounter;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ProjectIntegrationTest extends PleinIntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Autowired
    AuditLog audit;

    @Autowired
    QueryCounter queries;

    @Autowired
    JdbcClient jdbc;

    private static final LocalDate TODAY = LocalDate.now(Dates.ZONE);

    @Test
    void aProjectManagerCreatesAndPublishesAProjectThatResidentsThenSeeWithItsTimeline() {
        Organisation org = data.organisation("Publiceren");
        WebClient staff = projectManager(org);

        var created = staff.submit(
                "/beheer/projecten/nieuw",
                "/beheer/projecten",
                Map.of(
                        "title",
                        "Groen Ĳsselplein",
                        "summary",
                        "Meer bomen op het plein.",
                        "body",
                        "Een **nieuw** plein.",
                        "contactName",
                        "Sanne Bos",
                        "contactEmail",
                        "sanne@example.org",
                        "version",
                        "0",
                        "requestKey",
                        UUID.randomUUID().toString()));
        assertThat(created.statusCode()).isEqualTo(302);
        String detail = java.net
                .URI
                .create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        long id = Long.parseLong(detail.replaceAll(".*/", ""));

        // Publishing without a phase is refused with a reason.
        staff.get(detail);
        staff.post(detail + "/publiceren", Map.of());
        assertThat(staff.get(detail).body()).contains("Voeg eerst minstens één fase toe");

        addPhase(
                staff,
                id,
                "Ideeën verzamelen",
                TODAY.minusDays(5),
                TODAY.plusDays(20),
                "CONSULT",
                "Het plein blijft autovrij",
                "Welke bomen er komen\nWaar de bankjes staan");
        addPhase(
                staff,
                id,
                "Ontwerp kiezen",
                TODAY.plusDays(30),
                TODAY.plusDays(60),
                "CO_DECIDE",
                "Het budget is 200.000 euro",
                "Welk ontwerp het wordt");
        staff.get(detail);
        assertThat(staff.post(detail + "/publiceren", Map.of()).statusCode()).isEqualTo(302);
        assertThat(staff.get(detail).body()).contains("Het project is gepubliceerd. Het is nu bezig.");

        WebClient resident = client(TestData.host(org));
        String list = resident.get("/projecten").body();
        assertThat(list).contains("Groen Ĳsselplein").contains("href=\"/projecten/groen-ijsselplein\"");
        var page = resident.get("/projecten/groen-ijsselplein");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Wat kunt u nog beïnvloeden?")
                .contains("Welke bomen er komen")
                .contains("Welk ontwerp het wordt")
                .contains("Dit ligt vast")
                .contains("Hierover kunt u meepraten")
                .contains("Raadplegen")
                .contains("Meebeslissen")
                .contains("aria-current=\"step\"")
                .contains("<strong>nieuw</strong>");
        assertThat(page.body().indexOf("Ideeën verzamelen"))
                .isLessThan(page.body().indexOf("Ontwerp kiezen"));
        assertThat(audit.latest(org.id(), 0, 20))
                .extracting(AuditLog.Entry::action)
                .contains("project.created", "phase.added", "project.published");
        // The home page lists it among the active projects.
        assertThat(resident.get("/").body()).contains("Groen Ĳsselplein");
    }

    @Test
    void aDraftIsNotPublicButStaffCanPreviewIt() {
        Organisation org = data.organisation("Concept");
        long id = projects.create(org.id(), Actor.SYSTEM, form("Geheim plan"));
        WebClient resident = client(TestData.host(org));
        assertThat(resident.get("/projecten/geheim-plan").statusCode()).isEqualTo(404);
        assertThat(resident.get("/projecten").body()).doesNotContain("Geheim plan");

        WebClient staff = projectManager(org);
        var preview = staff.get("/beheer/projecten/" + id + "/voorbeeld");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Geheim plan")
                .contains("Voorbeeld. Inwoners zien deze pagina nog niet zo.");
        assertThat(resident.get("/beheer/projecten/" + id + "/voorbeeld").statusCode())
                .isEqualTo(302);
    }

    @Test
    void aProjectOfOneOrganisationIsInvisibleToAnother() {
        Organisation a = data.organisation("Gemeente A");
        Organisation b = data.organisation("Gemeente B");
        long id = published(a, "Project van A", TODAY.minusDays(1));

        WebClient residentOfB = client(TestData.host(b));
        assertThat(residentOfB.get("/projecten/project-van-a").statusCode()).isEqualTo(404);
        assertThat(residentOfB.get("/projecten/project-van-a/afbeelding").statusCode())
                .isEqualTo(404);
        assertThat(residentOfB.get("/projecten").body()).doesNotContain("Project van A");

        WebClient staffOfB = projectManager(b);
        assertThat(staffOfB.get("/beheer/projecten").body()).doesNotContain("Project van A");
        assertThat(staffOfB.get("/beheer/projecten/" + id).statusCode()).isEqualTo(404);
        assertThat(staffOfB.get("/beheer/projecten/" + id + "/bewerken").statusCode())
                .isEqualTo(404);
        assertThat(staffOfB.get("/beheer/projecten/" + id + "/voorbeeld").statusCode())
                .isEqualTo(404);
        staffOfB.get("/beheer/projecten");
        assertThat(staffOfB.post("/beheer/projecten/" + id + "/sluiten", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(projects.project(a.id(), id))
                .get()
                .extracting(ProjectDetails::status)
                .isEqualTo(ProjectStatus.ACTIVE);
        assertThat(client(TestData.host(a)).get("/projecten/project-van-a").statusCode())
                .isEqualTo(200);
    }

    @Test
    void invalidInputIsShownAtTheFieldAndKept() {
        Organisation org = data.organisation("Validatie");
        WebClient staff = projectManager(org);
        var empty = staff.submit(
                "/beheer/projecten/nieuw",
                "/beheer/projecten",
                Map.of(
                        "title",
                        "  ",
                        "summary",
                        "Mijn samenvatting",
                        "version",
                        "0",
                        "requestKey",
                        UUID.randomUUID().toString()));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("<p class=\"plein-field-error\" id=\"title-error\">Vul een titel in.</p>")
                .contains("aria-invalid=\"true\" aria-describedby=\"title-error\"")
                .contains(">Mijn samenvatting</textarea>")
                .contains("role=\"alert\"");

        long id = projects.create(org.id(), Actor.SYSTEM, form("Datums"));
        var wrongDates = staff.submit(
                "/beheer/projecten/" + id + "/fasen/nieuw",
                "/beheer/projecten/" + id + "/fasen",
                Map.of(
                        "name",
                        "Fase",
                        "ladderLevel",
                        "INFORM",
                        "startsOn",
                        "2027-05-10",
                        "endsOn",
                        "2027-05-01",
                        "requestKey",
                        UUID.randomUUID().toString()));
        assertThat(wrongDates.statusCode()).isEqualTo(200);
        assertThat(wrongDates.body())
                .contains("id=\"endsOn-error\">De einddatum ligt voor de begindatum.")
                .contains("value=\"2027-05-01\"")
                .contains("value=\"2027-05-10\"")
                .contains("value=\"Fase\"");
        assertThat(projects.project(org.id(), id).orElseThrow().phases()).isEmpty();
    }

    @Test
    void twoStaffMembersEditingTheSameProjectDoNotOverwriteEachOther() {
        Organisation org = data.organisation("Gelijktijdig");
        long id = projects.create(org.id(), Actor.SYSTEM, form("Eerste titel"));
        WebClient staff = projectManager(org);
        String edit = staff.get("/beheer/projecten/" + id + "/bewerken").body();
        assertThat(edit).contains("name=\"version\" value=\"0\"");

        // Someone else saves first.
        projects.update(org.id(), Actor.SYSTEM, id, withVersion(form("Titel van collega"), 0));

        var conflict = staff.post(
                "/beheer/projecten/" + id, Map.of("title", "Mijn titel", "summary", "Mijn tekst", "version", "0"));
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body())
                .contains("Iemand anders heeft dit project net opgeslagen")
                .contains("value=\"Mijn titel\"")
                .contains("name=\"version\" value=\"1\"");
        assertThat(projects.project(org.id(), id).orElseThrow().title()).isEqualTo("Titel van collega");

        // Saving again, knowingly, works.
        assertThat(staff.post("/beheer/projecten/" + id, Map.of("title", "Mijn titel", "version", "1"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(projects.project(org.id(), id).orElseThrow().title()).isEqualTo("Mijn titel");
    }

    @Test
    void anUploadedImageIsCheckedByContentAndLosesItsMetadata() throws Exception {
        Organisation org = data.organisation("Beeld");
        long id = published(org, "Met foto", TODAY);
        WebClient staff = projectManager(org);
        String form = "/beheer/projecten/" + id + "/afbeelding/wijzigen";

        var notImage =
                upload(staff, form, id, "foto.jpg", "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8), "Een plein");
        assertThat(notImage.statusCode()).isEqualTo(200);
        assertThat(notImage.body())
                .contains("id=\"image-error\">Dit bestand is geen JPEG- of PNG-afbeelding.")
                .contains("value=\"Een plein\"");

        byte[] withExif = jpegWithExif();
        assertThat(contains(withExif, "Exif".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        var saved = upload(staff, form, id, "foto.jpg", withExif, "Bomen op het plein");
        assertThat(saved.statusCode()).isEqualTo(302);

        var image = client(TestData.host(org))
                .request("/projecten/met-foto/afbeelding")
                .GET()
                .build();
        HttpResponse<byte[]> response =
                java.net.http.HttpClient.newHttpClient().send(image, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age"));
        byte[] stored = response.body();
        assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
        assertThat(stored[1] & 0xFF).isEqualTo(0xD8);
        assertThat(contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(contains(stored, new byte[] {(byte) 0xFF, (byte) 0xE1})).isFalse();
        assertThat(client(TestData.host(org)).get("/projecten/met-foto").body()).contains("alt=\"Bomen op het plein\"");
    }

    @Test
    void theProjectListRunsTheSameNumberOfQueriesForThreeOrThirtyProjects() {
        Organisation org = data.organisation("Telling");
        long area = area(org, "Noord");
        long theme = projects.createTheme(org.id(), Actor.SYSTEM, "Verkeer");
        for (int i = 0; i < 3; i++) {
            richProject(org, "Project " + i, area, theme);
        }
        WebClient resident = client(TestData.host(org));
        // Public reads are cached for a few seconds: warm the hostname, area and theme caches with one
        // list, then count a list the cache has not seen (another filter), which goes to the database.
        resident.get("/projecten");
        int withThree = countedGet(resident, "/projecten?status=ACTIVE");
        assertThat(countedGet(resident, "/projecten?status=ACTIVE"))
                .as("a repeated list comes from the cache")
                .isZero();
        for (int i = 3; i < 30; i++) {
            richProject(org, "Project " + i, area, theme);
        }
        resident.get("/projecten");
        int withThirty = countedGet(resident, "/projecten?status=ACTIVE");
        assertThat(withThree).isPositive();
        assertThat(withThirty).isEqualTo(withThree);
        assertThat(resident.get("/projecten?status=ACTIVE").body())
                .as("a change shows at once")
                .contains("30 projecten gevonden");

        // Twenty per page, with links to the other page.
        String first = resident.get("/projecten").body();
        assertThat(first).contains("30 projecten gevonden").contains("href=\"/projecten?pagina=2\"");
        assertThat(Pattern.compile("class=\"plein-card\"")
                        .matcher(first)
                        .results()
                        .count())
                .isEqualTo(20);
        String second = resident.get("/projecten?pagina=2").body();
        assertThat(Pattern.compile("class=\"plein-card\"")
                        .matcher(second)
                        .results()
                        .count())
                .isEqualTo(10);
    }

    @Test
    void residentsFilterProjectsByAreaThemeAndStatus() {
        Organisation org = data.organisation("Filters");
        long north = area(org, "Noord");
        long south = area(org, "Zuid");
        long traffic = projects.createTheme(org.id(), Actor.SYSTEM, "Verkeer");
        long green = projects.createTheme(org.id(), Actor.SYSTEM, "Groen");
        long a = published(org, "Fietspad noord", TODAY.minusDays(2));
        projects.setAreasAndThemes(org.id(), Actor.SYSTEM, a, List.of(north), List.of(traffic));
        long b = published(org, "Park zuid", TODAY.plusDays(10));
        projects.setAreasAndThemes(org.id(), Actor.SYSTEM, b, List.of(south), List.of(green));
        long c = published(org, "Oude zaak", TODAY.minusDays(30));
        projects.setAreasAndThemes(org.id(), Actor.SYSTEM, c, List.of(north), List.of(green));
        projects.close(org.id(), Actor.SYSTEM, c);

        WebClient resident = client(TestData.host(org));
        assertThat(resident.get("/projecten").body()).contains("Fietspad noord", "Park zuid", "Oude zaak");
        assertThat(resident.get("/projecten?wijk=" + north).body())
                .contains("Fietspad noord", "Oude zaak")
                .doesNotContain("Park zuid");
        assertThat(resident.get("/projecten?thema=" + green).body())
                .contains("Park zuid", "Oude zaak")
                .doesNotContain("Fietspad noord");
        assertThat(resident.get("/projecten?status=PLANNED").body())
                .contains("Park zuid")
                .doesNotContain("Fietspad noord", "Oude zaak");
        assertThat(resident.get("/projecten?status=CLOSED&wijk=" + north).body())
                .contains("Oude zaak")
                .doesNotContain("Fietspad noord");
        assertThat(resident.get("/projecten?status=DRAFT").statusCode()).isEqualTo(200);
        assertThat(projects.activeProjects(org.id(), 6))
                .extracting(ProjectSummary::title)
                .containsExactly("Fietspad noord");
    }

    @Test
    void publishingAndClosingAreAnnouncedAsEvents() {
        Organisation org = data.organisation("Gebeurtenissen");
        long planned = published(org, "Later begonnen", TODAY.plusDays(3));
        assertThat(projects.project(org.id(), planned).orElseThrow().status()).isEqualTo(ProjectStatus.PLANNED);
        projects.close(org.id(), Actor.SYSTEM, planned);
        assertThat(events.stream(ProjectPublished.class))
                .containsExactly(new ProjectPublished(org.id(), planned, "later-begonnen", ProjectStatus.PLANNED));
        assertThat(events.stream(ProjectClosed.class)).containsExactly(new ProjectClosed(org.id(), planned));
    }

    @Test
    void slugsFollowTheTitleUntilPublishedAndStayUnique() {
        Organisation org = data.organisation("Adressen");
        long first = projects.create(org.id(), Actor.SYSTEM, form("Café & Brug"));
        long second = projects.create(org.id(), Actor.SYSTEM, form("Café & Brug"));
        assertThat(projects.project(org.id(), first).orElseThrow().slug()).isEqualTo("cafe-en-brug");
        assertThat(projects.project(org.id(), second).orElseThrow().slug()).isEqualTo("cafe-en-brug-2");
        addPhase(org, first, TODAY);
        projects.publish(org.id(), Actor.SYSTEM, first);
        projects.update(org.id(), Actor.SYSTEM, first, withVersion(form("Nieuwe naam"), 1));
        assertThat(projects.project(org.id(), first).orElseThrow().slug()).isEqualTo("cafe-en-brug");
        projects.update(org.id(), Actor.SYSTEM, second, withVersion(form("Nieuwe naam"), 0));
        assertThat(projects.project(org.id(), second).orElseThrow().slug()).isEqualTo("nieuwe-naam");
    }

    @Test
    void anInformationComponentIsShownInItsPhase() {
        Organisation org = data.organisation("Onderdeel");
        long id = published(org, "Met informatie", TODAY);
        long phaseId =
                projects.project(org.id(), id).orElseThrow().phases().getFirst().id();
        WebClient staff = projectManager(org);
        String base = "/beheer/projecten/" + id + "/fasen/" + phaseId + "/onderdelen";
        var missing = staff.submit(
                base + "/nieuw?type=information",
                base,
                Map.of(
                        "type",
                        "information",
                        "title",
                        "Achtergrond",
                        "setting.text",
                        "",
                        "requestKey",
                        UUID.randomUUID().toString()));
        assertThat(missing.body())
                .contains("id=\"text-error\">Vul dit veld in.")
                .contains("value=\"Achtergrond\"");
        String key = UUID.randomUUID().toString();
        Map<String, String> fields = Map.of(
                "type",
                "information",
                "title",
                "Achtergrond",
                "setting.text",
                "Lees *dit* eerst. <script>alert(1)</script>",
                "requestKey",
                key);
        assertThat(staff.submit(base + "/nieuw?type=information", base, fields).statusCode())
                .isEqualTo(302);
        assertThat(staff.submit(base + "/nieuw?type=information", base, fields).statusCode())
                .isEqualTo(302);
        assertThat(projects.project(org.id(), id)
                        .orElseThrow()
                        .phases()
                        .getFirst()
                        .components())
                .hasSize(1);

        String page =
                client(TestData.host(org)).get("/projecten/met-informatie").body();
        assertThat(page).contains("Achtergrond").contains("<em>dit</em>").doesNotContain("<script>alert");
    }

    // ---- helpers

    private WebClient projectManager(Organisation org) {
        WebClient client = client(TestData.host(org));
        client.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        return client;
    }

    private static ProjectForm form(String title) {
        return new ProjectForm(title, "Samenvatting van " + title, "", "", "", List.of(), List.of(), "", 0, null);
    }

    private static ProjectForm withVersion(ProjectForm f, int version) {
        return new ProjectForm(
                f.title(),
                f.summary(),
                f.body(),
                f.contactName(),
                f.contactEmail(),
                f.areaIds(),
                f.themeIds(),
                f.newTheme(),
                version,
                f.requestKey());
    }

    private void addPhase(Organisation org, long id, LocalDate starts) {
        projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                id,
                new PhaseForm(
                        "Meepraten",
                        "",
                        "CONSULT",
                        starts.toString(),
                        starts.plusDays(30).toString(),
                        "Vast punt",
                        "Open punt",
                        "De raad, in juni",
                        null));
    }

    private long published(Organisation org, String title, LocalDate phaseStart) {
        long id = projects.create(org.id(), Actor.SYSTEM, form(title));
        addPhase(org, id, phaseStart);
        projects.publish(org.id(), Actor.SYSTEM, id);
        return id;
    }

    private void richProject(Organisation org, String title, long area, long theme) {
        long id = published(org, title, TODAY.minusDays(1));
        projects.setAreasAndThemes(org.id(), Actor.SYSTEM, id, List.of(area), List.of(theme));
        projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                id,
                new PhaseForm(
                        "Later",
                        "",
                        "ADVISE",
                        TODAY.plusDays(40).toString(),
                        TODAY.plusDays(50).toString(),
                        "",
                        "",
                        "",
                        null));
    }

    private long area(Organisation org, String name) {
        return jdbc.sql("""
                        insert into area (organisation_id, code, name, kind, residents, men, women,
                                          age_0_15, age_15_25, age_25_45, age_45_65, age_65_plus)
                        values (?, ?, ?, 'wijk', 100, 50, 50, 20, 20, 20, 20, 20) returning id""")
                .params(org.id().value(), "WK" + UUID.randomUUID().toString().substring(0, 6), name)
                .query(Long.class)
                .single();
    }

    private void addPhase(
            WebClient staff,
            long id,
            String name,
            LocalDate starts,
            LocalDate ends,
            String level,
            String fixed,
            String open) {
        var response = staff.submit(
                "/beheer/projecten/" + id + "/fasen/nieuw",
                "/beheer/projecten/" + id + "/fasen",
                Map.of(
                        "name",
                        name,
                        "ladderLevel",
                        level,
                        "startsOn",
                        starts.toString(),
                        "endsOn",
                        ends.toString(),
                        "fixed",
                        fixed,
                        "open",
                        open,
                        "whoDecides",
                        "De gemeenteraad, in december",
                        "requestKey",
                        UUID.randomUUID().toString()));
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private int countedGet(WebClient client, String path) {
        String id = UUID.randomUUID().toString();
        var response = client.send(
                client.request(path).header(QueryCounter.HEADER, id).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return queries.statementsOf(id);
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private HttpResponse<String> upload(
            WebClient client, String formPage, long id, String filename, byte[] content, String alt) throws Exception {
        Matcher csrf = CSRF.matcher(client.get(formPage).body());
        assertThat(csrf.find()).isTrue();
        String boundary = "----plein" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf.group(1));
        fields.put("imageAlt", alt);
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + filename
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(client.request("/beheer/projecten/" + id + "/afbeelding")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** A real JPEG with an APP1 Exif segment (as a phone writes, e.g. with GPS data) right after SOI. */
    private static byte[] jpegWithExif() throws Exception {
        var picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(5, 5, 0x336699);
        var out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", out);
        byte[] jpeg = out.toByteArray();
        byte[] payload = "Exif\0\0GPS 52.5N 5.7E secret camera".getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        var withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        withExif.write(payload);
        withExif.write(jpeg, 2, jpeg.length - 2);
        return withExif.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
