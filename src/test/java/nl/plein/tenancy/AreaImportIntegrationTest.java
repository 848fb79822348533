package nl.plein.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Objects;
import nl.plein.audit.AuditLog;
import nl.plein.identity.StaffRole;
import nl.plein.support.Multipart;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AreaImportIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog auditLog;

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadLine() throws IOException {
        Organisation org = data.organisation("Alles of niets");
        WebClient admin = signedInAdmin(org);

        HttpResponse<String> response = upload(admin, "kerncijfers-fouten.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Er is niets ingelezen. 7 problemen in het bestand")
                .contains("Regel 4: De kolom 'Mannen (aantal)' heeft een punt")
                .contains("Regel 5:")
                .contains("Regel 6:")
                .contains("Regel 7:")
                .contains("Regel 8:")
                .contains("Regel 9: De code WK990300 staat ook al op regel 3.")
                .contains("Regel 10: De kolom 'Aantal inwoners (aantal)' is leeg.")
                .contains("id=\"no-areas\"");
        // Line 3 was fine, but the file as a whole was not: nothing of it is stored.
        assertThat(organisations.areas(org.id())).isEmpty();
    }

    @Test
    void aGoodFileIsImportedAndAReimportUpdatesByCode() throws IOException {
        Organisation org = data.organisation("Inlezen");
        WebClient admin = signedInAdmin(org);

        HttpResponse<String> response = upload(admin, "kerncijfers-statline.csv");

        assertThat(response.statusCode()).isEqualTo(302);
        String page = admin.get("/beheer/organisatie/gebieden").body();
        assertThat(page)
                .contains("5 gebieden toegevoegd en 0 gebieden bijgewerkt")
                .contains("<caption")
                .contains("Havenkwartier")
                .contains("BU99010001")
                .doesNotContain("GM9901");
        assertThat(organisations.areas(org.id()))
                .hasSize(5)
                .filteredOn(area -> area.code().equals("WK990100"))
                .singleElement()
                .isEqualTo(new Area(
                        organisations.areas(org.id()).stream()
                                .filter(a -> a.code().equals("WK990100"))
                                .findFirst()
                                .orElseThrow()
                                .id(),
                        "WK990100",
                        "Wijk 00 Zeeveld-Centrum",
                        "wijk",
                        9120,
                        4475,
                        4645,
                        1460,
                        1005,
                        2010,
                        2555,
                        2090));

        upload(admin, "kerncijfers-statline.csv");
        assertThat(admin.get("/beheer/organisatie/gebieden").body())
                .contains("0 gebieden toegevoegd en 5 gebieden bijgewerkt");
        assertThat(organisations.areas(org.id())).hasSize(5);
        assertThat(auditLog.latest(org.id(), 0, 5))
                .extracting(AuditLog.Entry::action)
                .contains("areas.imported");
    }

    @Test
    void anUploadWithoutFileAsksForOne() {
        Organisation org = data.organisation("Leeg bestand");
        WebClient admin = signedInAdmin(org);
        HttpResponse<String> response = Multipart.upload(
                admin,
                "/beheer/organisatie/gebieden",
                "/beheer/organisatie/gebieden/import",
                Map.of(),
                "file",
                "",
                "application/octet-stream",
                new byte[0]);
        assertThat(response.body()).contains("Kies een CSV-bestand.").contains("aria-invalid=\"true\"");
    }

    @Test
    void organisationsSeeAndImportOnlyTheirOwnAreas() throws IOException {
        Organisation a = data.organisation("Gebied A");
        Organisation b = data.organisation("Gebied B");
        assertThat(organisations
                        .importAreas(a.id(), sample("kerncijfers-statline.csv"))
                        .added())
                .isEqualTo(5);

        WebClient adminB = signedInAdmin(b);
        assertThat(adminB.get("/beheer/organisatie/gebieden").body())
                .doesNotContain("Havenkwartier")
                .contains("id=\"no-areas\"");
        assertThat(upload(adminB, "kerncijfers-odata.csv").statusCode()).isEqualTo(302);
        assertThat(organisations.areas(b.id()))
                .extracting(Area::code)
                .containsExactlyInAnyOrder("WK990200", "WK990201");
        assertThat(organisations.areas(a.id()))
                .hasSize(5)
                .extracting(Area::code)
                .doesNotContain("WK990200");

        // B's session is worth nothing on A's hostname: no way to A's import from there.
        HttpResponse<String> onA = adminB.send(adminB.request("/beheer/organisatie/gebieden")
                .setHeader("Host", TestData.host(a))
                .GET()
                .build());
        assertThat(onA.statusCode()).isNotEqualTo(200);
    }

    @Test
    void theFacadeImportsForTheSeederAndRecordsTheSystemAsActor() {
        Organisation org = data.organisation("Zaaier");
        AreaImport result = organisations.importAreas(org.id(), new StringReader("""
                Wijken en buurten;Soort regio;Codering;Aantal inwoners (aantal);Mannen (aantal);Vrouwen (aantal);0 tot 15 jaar (aantal);15 tot 25 jaar (aantal);25 tot 45 jaar (aantal);45 tot 65 jaar (aantal);65 jaar of ouder (aantal)
                Kern Westdijk;Wijk;WK990900;1200;590;610;190;130;260;340;280
                """));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.added()).isEqualTo(1);
        assertThat(auditLog.latest(org.id(), 0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("areas.imported");
            assertThat(entry.actorName()).isEqualTo("Plein");
        });
    }

    private WebClient signedInAdmin(Organisation org) {
        WebClient client = client(TestData.host(org));
        client.login(data.staff(org, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        return client;
    }

    private static HttpResponse<String> upload(WebClient admin, String sample) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(AreaImportIntegrationTest.class.getResourceAsStream("/cbs/" + sample))) {
            return Multipart.upload(
                    admin,
                    "/beheer/organisatie/gebieden",
                    "/beheer/organisatie/gebieden/import",
                    Map.of(),
                    "file",
                    sample,
                    "text/csv",
                    in.readAllBytes());
        }
    }

    private static java.io.Reader sample(String name) {
        return CbsAreaCsvTest.sample(name);
    }
}
