package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whoever knew the old password loses their session when the password changes; the changer keeps theirs. */
class PasswordChangeEndsOtherSessionsIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Test
    void changingThePasswordEndsTheAccountsOtherSessions() {
        var org = data.organisation("Sessies");
        String email = data.resident(org);
        var laptop = client(TestData.host(org));
        var stolen = client(TestData.host(org));
        laptop.login(email, TestData.PASSWORD);
        stolen.login(email, TestData.PASSWORD);
        assertThat(stolen.get("/account").statusCode()).isEqualTo(200);

        var changed = laptop.submit(
                "/account",
                "/account/wachtwoord",
                Map.of("currentPassword", TestData.PASSWORD, "newPassword", "een heel nieuw wachtwoord"));
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(laptop.get("/account").statusCode())
                .as("the session that changed it")
                .isEqualTo(200);
        var other = stolen.get("/account");
        assertThat(other.statusCode()).as("the other session").isEqualTo(302);
        assertThat(other.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/inloggen"));
    }
}
