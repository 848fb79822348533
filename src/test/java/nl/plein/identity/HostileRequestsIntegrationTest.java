package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Requests no form of ours sends, answered as a refusal rather than a server error. */
class HostileRequestsIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoginWithAnAbsurdlyLongAddressIsAWrongLoginAndStillCounts() {
        Organisation org = data.organisation("Lang adres");
        // Random text does not compress, so it exceeds what one index entry may hold.
        var random = new java.util.Random(42);
        var local = new StringBuilder();
        while (local.length() < 10_000) {
            local.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        String email = local + "@example.org";
        var response = client(TestData.host(org)).login(email, "whatever password");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("klopt niet");
        long failures = jdbc.sql("select count(*) from login_failure where organisation_id = ?")
                .param(org.id().value())
                .query(Long.class)
                .single();
        assertThat(failures).isEqualTo(1);
    }

    @Test
    void aNullCharacterInAFormFieldIsABadRequest() {
        Organisation org = data.organisation("Nulteken");
        var client = client(TestData.host(org));
        var register = client.submit(
                "/registreren",
                "/registreren",
                Map.of(
                        "email",
                        "nul@example.org",
                        "displayName",
                        "Jan\u0000Jansen",
                        "password",
                        "a long enough password",
                        "adult",
                        "true",
                        "terms",
                        "true"));
        assertThat(register.statusCode()).isEqualTo(400);
        var login = client.login("nul\u0000@example.org", "a long enough password");
        assertThat(login.statusCode()).isEqualTo(400);
        // Line breaks from a textarea are ordinary input.
        assertThat(client.submit(
                                "/registreren",
                                "/registreren",
                                Map.of(
                                        "email",
                                        "regel@example.org",
                                        "displayName",
                                        "Jan\r\nJansen",
                                        "password",
                                        "a long enough password",
                                        "adult",
                                        "true",
                                        "terms",
                                        "true"))
                        .statusCode())
                .isNotEqualTo(400);
    }

    @Test
    void rolesTakenAwayApplyToSessionsThatAreAlreadySignedIn() {
        Organisation org = data.organisation("Rol weg");
        String manager = data.staff(org, StaffRole.PROJECT_MANAGER);
        var session = client(TestData.host(org));
        session.login(manager, TestData.PASSWORD);
        assertThat(session.get("/beheer/projecten").statusCode()).isEqualTo(200);

        long id = jdbc.sql("select id from account where organisation_id = ? and email = ?")
                .params(org.id().value(), manager)
                .query(Long.class)
                .single();
        jdbc.sql("delete from staff_role where organisation_id = ? and account_id = ?")
                .params(org.id().value(), id)
                .update();
        assertThat(session.get("/beheer/projecten").statusCode()).isEqualTo(403);
        assertThat(session.get("/beheer").statusCode()).isEqualTo(403);

        // A deleted account's other sessions are signed out altogether.
        jdbc.sql("delete from account where organisation_id = ? and id = ?")
                .params(org.id().value(), id)
                .update();
        var account = session.get("/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/inloggen"));
    }
}
