package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A login belongs to one organisation: carried to another organisation's hostname, it counts for nothing. */
class OrganisationIsolationIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Test
    void aSessionOfOneOrganisationIsAnonymousAtAnother() {
        Organisation a = data.organisation("Eigen gemeente");
        Organisation b = data.organisation("Andere gemeente");
        var client = client(TestData.host(a));
        HttpResponse<String> login = client.login(data.staff(a, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        String session = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        assertThat(client.get("/beheer/medewerkers").statusCode()).isEqualTo(200);

        // The same session cookie, replayed against organisation B's hostname.
        var replayed = client(TestData.host(b))
                .send(client(TestData.host(b))
                        .request("/beheer/medewerkers")
                        .header("Cookie", session)
                        .GET()
                        .build());
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/inloggen"));
        var audit = client(TestData.host(b))
                .send(client(TestData.host(b))
                        .request("/beheer/audit")
                        .header("Cookie", session)
                        .GET()
                        .build());
        assertThat(audit.statusCode()).isEqualTo(302);
    }

    @Test
    void anAccountOfOneOrganisationCannotLogInAtAnother() {
        Organisation a = data.organisation("Thuis");
        Organisation b = data.organisation("Elders");
        String email = data.staff(a, StaffRole.ORGANISATION_ADMIN);
        var atB = client(TestData.host(b));
        assertThat(atB.login(email, TestData.PASSWORD).body()).contains("klopt niet");
        assertThat(atB.get("/beheer").statusCode()).isEqualTo(302);
    }
}
