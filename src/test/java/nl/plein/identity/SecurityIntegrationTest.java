package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Test
    void aPostWithoutCsrfTokenIsRefused() {
        Organisation org = data.organisation("Csrf");
        String email = data.resident(org);
        var client = client(TestData.host(org));
        var response = client.postRaw("/inloggen", Map.of("email", email, "password", TestData.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(client.login(email, TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
    }

    @Test
    void anAnonymousVisitorIsSentToLoginFromTheBackOffice() {
        Organisation org = data.organisation("Anoniem");
        var response = client(TestData.host(org)).get("/beheer/projecten");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/inloggen"));
    }

    @Test
    void aModeratorCannotChangeOrganisationSettings() {
        Organisation org = data.organisation("Moderatie");
        var client = client(TestData.host(org));
        client.login(data.staff(org, StaffRole.MODERATOR), TestData.PASSWORD);
        assertThat(client.get("/beheer").statusCode()).isEqualTo(200);
        assertThat(client.get("/beheer/organisatie").statusCode()).isEqualTo(403);
        assertThat(client.post("/beheer/organisatie", Map.of("name", "Overgenomen"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aResidentCannotOpenTheBackOffice() {
        Organisation org = data.organisation("Inwoner");
        var client = client(TestData.host(org));
        client.login(data.resident(org), TestData.PASSWORD);
        assertThat(client.get("/beheer").statusCode()).isEqualTo(403);
    }

    @Test
    void repeatedWrongPasswordsSlowDownAndThenLock() {
        Organisation org = data.organisation("Raden");
        String email = data.resident(org);
        var client = client(TestData.host(org));

        // The first three failures are answered as plain wrong passwords.
        for (int i = 0; i < 3; i++) {
            assertThat(client.login(email, "wrong " + i).body()).contains("klopt niet");
        }
        // Then the account must wait, and even the right password is refused until the wait is over.
        var throttled = client.login(email, TestData.PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(200);
        assertThat(throttled.body()).contains("Te veel mislukte pogingen").contains("value=\"" + email + "\"");
    }

    @Test
    void theAccountLocksAfterTenFailuresWithinTheWindow() {
        Organisation org = data.organisation("Slot");
        String email = data.resident(org);
        // Ten failures recorded directly: waiting out the growing delays between them would take minutes.
        for (int i = 0; i < 10; i++) {
            loginThrottle.recordFailure(org.id(), email, "192.0.2." + i);
        }
        var verdict = loginThrottle.check(org.id(), email, "198.51.100.1");
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.waitSeconds()).isGreaterThan(14 * 60);
        assertThat(client(TestData.host(org)).login(email, TestData.PASSWORD).body())
                .contains("Te veel mislukte pogingen");
    }

    @Autowired
    LoginThrottle loginThrottle;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void parallelGuessesAreCountedOneAfterTheOther() throws Exception {
        Organisation org = data.organisation("Tegelijk");
        String email = data.resident(org);
        var clients = new java.util.ArrayList<nl.plein.support.WebClient>();
        for (int i = 0; i < 12; i++) {
            var client = client(TestData.host(org));
            client.get("/inloggen");
            clients.add(client);
        }
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var answers = clients.stream()
                    .map(client -> pool.submit(() -> {
                        start.await();
                        return client.post("/inloggen", Map.of("email", email, "password", "geraden"));
                    }))
                    .toList();
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
            }
        }
        // Three free attempts; every later one had to wait and was refused without being tried.
        long failures = jdbc.sql("select count(*) from login_failure where organisation_id = ? and email = ?")
                .params(org.id().value(), email)
                .query(Long.class)
                .single();
        assertThat(failures).isEqualTo(3);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndSecurityHeaders() {
        Organisation org = data.organisation("Koppen");
        var response = client(TestData.host(org)).get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("style-src 'self'")
                        .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.body()).doesNotContain("<script>").doesNotContain(" style=\"");
    }

    @Test
    void anUnknownHostnameIsNotServed() {
        assertThat(client("onbekend.localhost").get("/").statusCode()).isEqualTo(404);
    }
}
