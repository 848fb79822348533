package nl.plein.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.plein.identity.StaffRole;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transaction;

    private WebClient login(Organisation org, String email) {
        WebClient client = client(TestData.host(org));
        client.login(email, TestData.PASSWORD);
        return client;
    }

    @Test
    void anOrganisationAdminSeesOnlyTheirOwnOrganisationsEntries() {
        Organisation a = data.organisation("Logboek A");
        Organisation b = data.organisation("Logboek B");
        WebClient adminA = login(a, data.staff(a, StaffRole.ORGANISATION_ADMIN));
        WebClient adminB = login(b, data.staff(b, StaffRole.ORGANISATION_ADMIN));
        String secret = "geheim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        adminA.submit(
                "/beheer/medewerkers",
                "/beheer/medewerkers",
                Map.of("email", secret, "displayName", "Geheime Collega", "roles", "ANALYST"));

        var pageA = adminA.get("/beheer/audit");
        assertThat(pageA.statusCode()).isEqualTo(200);
        assertThat(pageA.body())
                .contains("Medewerker toegevoegd")
                .contains(secret)
                .contains("<caption");
        var pageB = adminB.get("/beheer/audit");
        assertThat(pageB.statusCode()).isEqualTo(200);
        assertThat(pageB.body())
                .doesNotContain(secret)
                .doesNotContain("Geheime Collega")
                .contains("Er staat nog niets in het logboek");
    }

    @Test
    void aModeratorMayNotReadTheAuditLog() {
        Organisation org = data.organisation("Logboek moderator");
        assertThat(login(org, data.staff(org, StaffRole.MODERATOR))
                        .get("/beheer/audit")
                        .statusCode())
                .isEqualTo(403);
        assertThat(client(TestData.host(org)).get("/beheer/audit").statusCode()).isEqualTo(302);
    }

    @Test
    void theLogIsPagedNewestFirstAndShowsUnknownActionsByTheirCode() {
        Organisation org = data.organisation("Logboek pagina");
        transaction.executeWithoutResult(status -> {
            for (int i = 1; i <= 51; i++) {
                audit.record(org.id(), AuditLog.Actor.SYSTEM, "test.unknownAction", "onderwerp-" + i, "");
            }
        });
        WebClient admin = login(org, data.staff(org, StaffRole.ORGANISATION_ADMIN));
        String first = admin.get("/beheer/audit").body();
        assertThat(first)
                .contains("test.unknownAction")
                .contains("onderwerp-51")
                .doesNotContain("onderwerp-1<")
                .contains("href=\"/beheer/audit?pagina=2\"")
                .contains("Pagina 1 van 2");
        assertThat(first.indexOf("onderwerp-51")).isLessThan(first.indexOf("onderwerp-50"));
        String second = admin.get("/beheer/audit?pagina=2").body();
        assertThat(second)
                .contains("onderwerp-1<")
                .doesNotContain("onderwerp-51")
                .contains("href=\"/beheer/audit?pagina=1\"");
    }
}
