package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.plein.shared.SecretTokens;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountsIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private static String newAddress() {
        return "nieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static Map<String, String> registration(String email, String name, String password) {
        return Map.of("email", email, "displayName", name, "password", password, "adult", "true", "terms", "true");
    }

    private long accounts(Organisation org, String email) {
        return jdbc.sql("select count(*) from account where organisation_id = ? and lower(email) = lower(?)")
                .params(org.id().value(), email)
                .query(Long.class)
                .single();
    }

    @Test
    void anEmptyRegistrationShowsAMessageAtEveryField() {
        Organisation org = data.organisation("Leeg");
        var response = client(TestData.host(org)).submit("/registreren", "/registreren", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"email-error\"")
                .contains("Vul uw e-mailadres in.")
                .contains("id=\"displayName-error\"")
                .contains("Vul een naam in.")
                .contains("id=\"password-error\"")
                .contains("Het wachtwoord is te kort.")
                .contains("id=\"adult-error\"")
                .contains("U moet 16 jaar of ouder zijn")
                .contains("id=\"terms-error\"")
                .contains("U moet akkoord gaan met de voorwaarden")
                .contains("aria-invalid=\"true\"")
                .contains("href=\"#email\"");
    }

    @Test
    void aRegistrationWithMistakesKeepsWhatWasTypedExceptThePassword() {
        Organisation org = data.organisation("Fouten");
        var response = client(TestData.host(org))
                .submit(
                        "/registreren",
                        "/registreren",
                        Map.of(
                                "email",
                                "geen-adres",
                                "displayName",
                                "Piet Puk",
                                "password",
                                "geheim-wachtwoord-1",
                                "terms",
                                "true"));
        assertThat(response.body())
                .contains("value=\"geen-adres\"")
                .contains("Dit is geen goed e-mailadres")
                .contains("value=\"Piet Puk\"")
                .doesNotContain("geheim-wachtwoord-1")
                .contains("U moet 16 jaar of ouder zijn")
                .doesNotContain("id=\"terms-error\"");
        assertThat(response.body()).containsPattern("id=\"terms\"[^>]*checked");
        assertThat(response.body()).doesNotContainPattern("id=\"adult\"[^>]*checked");

        String email = newAddress();
        var same =
                client(TestData.host(org)).submit("/registreren", "/registreren", registration(email, "Piet", email));
        assertThat(same.body()).contains("id=\"password-error\"").contains("niet hetzelfde zijn als uw e-mailadres");
        assertThat(accounts(org, email)).isZero();
    }

    @Test
    void registeringTwiceGivesOneAccountAndTheRightMails() {
        Organisation org = data.organisation("Dubbel");
        String email = newAddress();
        WebClient client = client(TestData.host(org));

        var first = client.submit("/registreren", "/registreren", registration(email, "Anna", "een lang wachtwoord"));
        var second = client.submit(
                "/registreren",
                "/registreren",
                registration(email.toUpperCase(), "Iemand anders", "een ander wachtwoord"));
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/registreren/verstuurd"));
        assertThat(second.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(accounts(org, email)).isEqualTo(1);

        // Unconfirmed: each registration sends a fresh confirmation link, to the first name given.
        var mails = MailInbox.await(MAIL, email, 2);
        assertThat(mails).allSatisfy(m -> assertThat(MailInbox.subject(m)).startsWith("Bevestig uw account"));
        assertThat(MailInbox.body(mails.get(1))).contains("Beste Anna");
        assertThat(MailInbox.token(mails.get(0), "/registreren/bevestigen"))
                .isNotEqualTo(MailInbox.token(mails.get(1), "/registreren/bevestigen"));

        // Confirmed: a new registration only gets a pointer to the password reset.
        client.get(MailInbox.path(mails.get(1), "/registreren/bevestigen"));
        client.post(
                "/registreren/bevestigen", Map.of("token", MailInbox.token(mails.get(1), "/registreren/bevestigen")));
        var third = client.submit("/registreren", "/registreren", registration(email, "Anna", "nog een wachtwoord"));
        assertThat(third.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        var all = MailInbox.await(MAIL, email, 3);
        assertThat(MailInbox.subject(all.get(2))).startsWith("U hebt al een account");
        assertThat(MailInbox.link(all.get(2), "/wachtwoord-vergeten")).startsWith("http://" + TestData.host(org) + "/");
        assertThat(accounts(org, email)).isEqualTo(1);
        // The second registration changed nothing: the first password still works.
        assertThat(client(TestData.host(org))
                        .login(email, "een lang wachtwoord")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void aConfirmationLinkWorksOnceAndOnlyByButton() {
        Organisation org = data.organisation("Eenmalig");
        String email = newAddress();
        WebClient client = client(TestData.host(org));
        client.submit("/registreren", "/registreren", registration(email, "Bo", "een lang wachtwoord"));
        var mail = MailInbox.await(MAIL, email, 1).getFirst();
        assertThat(MailInbox.body(mail)).contains("48 uur");

        var page = client.get(MailInbox.path(mail, "/registreren/bevestigen"));
        assertThat(page.body()).contains("Bevestig mijn account").contains("action=\"/registreren/bevestigen\"");
        // Opening the link (as a mail scanner does) confirms nothing.
        assertThat(client(TestData.host(org))
                        .login(email, "een lang wachtwoord")
                        .body())
                .contains("nog niet bevestigd");

        String token = MailInbox.token(mail, "/registreren/bevestigen");
        var confirmed = client.post("/registreren/bevestigen", Map.of("token", token));
        assertThat(confirmed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/inloggen?melding=bevestigd"));
        assertThat(client.get("/inloggen?melding=bevestigd").body()).contains("Uw account is bevestigd");

        assertThat(client.get(MailInbox.path(mail, "/registreren/bevestigen")).body())
                .contains("Deze link is al gebruikt")
                .contains("href=\"/registreren/opnieuw\"");
        assertThat(client.post("/registreren/bevestigen", Map.of("token", token))
                        .body())
                .contains("Deze link is al gebruikt");
        assertThat(client(TestData.host(org))
                        .login(email, "een lang wachtwoord")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void anExpiredConfirmationLinkSaysSoAndANewOneCanBeRequested() {
        Organisation org = data.organisation("Verlopen");
        String email = newAddress();
        WebClient client = client(TestData.host(org));
        client.submit("/registreren", "/registreren", registration(email, "Cas", "een lang wachtwoord"));
        var mail = MailInbox.await(MAIL, email, 1).getFirst();
        String token = MailInbox.token(mail, "/registreren/bevestigen");
        jdbc.sql("update account_token set expires_at = now() - interval '1 minute' where token_hash = ?")
                .param(SecretTokens.hash(token))
                .update();

        assertThat(client.get(MailInbox.path(mail, "/registreren/bevestigen")).body())
                .contains("Deze link is verlopen");
        assertThat(client.post("/registreren/bevestigen", Map.of("token", token))
                        .body())
                .contains("Deze link is verlopen");
        assertThat(client.get("/registreren/bevestigen?token=onzin").body()).contains("Deze link werkt niet");

        var resent = client.submit("/registreren/opnieuw", "/registreren/opnieuw", Map.of("email", email));
        assertThat(resent.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/registreren/verstuurd"));
        var fresh = MailInbox.await(MAIL, email, 2).get(1);
        assertThat(client.post(
                                "/registreren/bevestigen",
                                Map.of("token", MailInbox.token(fresh, "/registreren/bevestigen")))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aForgottenPasswordIsResetOnceAndOtherLinksStopWorking() {
        Organisation org = data.organisation("Herstel");
        String email = data.resident(org);
        WebClient client = client(TestData.host(org));
        client.login(email, "fout wachtwoord 1");
        client.login(email, "fout wachtwoord 2");

        var unknown = client.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", newAddress()));
        var known = client.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", email));
        assertThat(known.headers().firstValue("Location"))
                .isEqualTo(unknown.headers().firstValue("Location"));
        client.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", email));
        var mails = MailInbox.await(MAIL, email, 2);
        String older = MailInbox.token(mails.get(0), "/wachtwoord-herstellen");
        String newer = MailInbox.token(mails.get(1), "/wachtwoord-herstellen");
        assertThat(MailInbox.body(mails.get(0))).contains("60 minuten");

        assertThat(client.get(MailInbox.path(mails.get(1), "/wachtwoord-herstellen"))
                        .body())
                .contains("name=\"password\"");
        var tooShort = client.post("/wachtwoord-herstellen", Map.of("token", newer, "password", "kort"));
        assertThat(tooShort.body()).contains("id=\"password-error\"").contains("te kort");
        var done = client.post("/wachtwoord-herstellen", Map.of("token", newer, "password", "mijn nieuwe wachtwoord"));
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/inloggen?melding=hersteld"));
        assertThat(jdbc.sql("select count(*) from login_failure where organisation_id = ? and lower(email) = lower(?)")
                        .params(org.id().value(), email)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(client.post("/wachtwoord-herstellen", Map.of("token", newer, "password", "nog een ander wachtwoord"))
                        .body())
                .contains("Deze link is al gebruikt");
        assertThat(client.get("/wachtwoord-herstellen?token=" + older).body()).contains("Deze link is al gebruikt");
        assertThat(client(TestData.host(org)).login(email, TestData.PASSWORD).body())
                .contains("klopt niet");
        assertThat(client(TestData.host(org))
                        .login(email, "mijn nieuwe wachtwoord")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void aNewEmailAddressCountsOnlyAfterItsLinkIsUsed() {
        Organisation org = data.organisation("Adres");
        String email = data.resident(org);
        String newEmail = newAddress();
        WebClient client = client(TestData.host(org));
        client.login(email, TestData.PASSWORD);

        var wrong =
                client.submit("/account", "/account/e-mail", Map.of("newEmail", newEmail, "currentPassword", "fout"));
        assertThat(wrong.body()).contains("id=\"email-currentPassword-error\"").contains("value=\"" + newEmail + "\"");
        var requested = client.submit(
                "/account", "/account/e-mail", Map.of("newEmail", newEmail, "currentPassword", TestData.PASSWORD));
        assertThat(requested.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account?opgeslagen=e-mail"));
        assertThat(client.get("/account?opgeslagen=e-mail").body())
                .contains(email)
                .contains("Pas daarna verandert uw e-mailadres");

        var mail = MailInbox.await(MAIL, newEmail, 1).getFirst();
        assertThat(client.get(MailInbox.path(mail, "/e-mail-bevestigen")).body())
                .contains("Bevestig mijn nieuwe e-mailadres");
        assertThat(accounts(org, email)).isEqualTo(1);
        var confirmed = client.post("/e-mail-bevestigen", Map.of("token", MailInbox.token(mail, "/e-mail-bevestigen")));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(accounts(org, email)).isZero();
        assertThat(accounts(org, newEmail)).isEqualTo(1);
        assertThat(client.get("/account").body()).contains(newEmail);

        var notice = MailInbox.await(MAIL, email, 1).getFirst();
        assertThat(MailInbox.subject(notice)).contains("is gewijzigd");
        assertThat(MailInbox.body(notice)).contains(newEmail);
        assertThat(client(TestData.host(org))
                        .login(newEmail, TestData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        Organisation org = data.organisation("Wachtwoord");
        String email = data.resident(org);
        WebClient client = client(TestData.host(org));
        client.login(email, TestData.PASSWORD);
        var wrong = client.submit(
                "/account", "/account/wachtwoord", Map.of("currentPassword", "fout", "newPassword", "kort"));
        assertThat(wrong.body())
                .contains("id=\"password-currentPassword-error\"")
                .contains("id=\"password-newPassword-error\"");
        var changed = client.submit(
                "/account",
                "/account/wachtwoord",
                Map.of("currentPassword", TestData.PASSWORD, "newPassword", "een heel nieuw wachtwoord"));
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("opgeslagen=wachtwoord"));
        assertThat(client(TestData.host(org))
                        .login(email, "een heel nieuw wachtwoord")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aResidentDeletesTheirAccount() {
        Organisation org = data.organisation("Weg");
        String email = data.resident(org);
        WebClient client = client(TestData.host(org));
        client.login(email, TestData.PASSWORD);

        var unconfirmed = client.submit("/account", "/account/verwijderen", Map.of("password", TestData.PASSWORD));
        assertThat(unconfirmed.body()).contains("id=\"delete-confirm-error\"");
        assertThat(accounts(org, email)).isEqualTo(1);

        var deleted = client.submit(
                "/account", "/account/verwijderen", Map.of("password", TestData.PASSWORD, "confirm", "true"));
        assertThat(deleted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account-verwijderd"));
        assertThat(accounts(org, email)).isZero();
        assertThat(client.get("/account").statusCode()).isEqualTo(302);
        assertThat(client(TestData.host(org)).login(email, TestData.PASSWORD).body())
                .contains("klopt niet");
    }

    @Test
    void theLastOrganisationAdminCannotDeleteTheirAccount() {
        Organisation org = data.organisation("Laatste");
        String admin = data.staff(org, StaffRole.ORGANISATION_ADMIN);
        WebClient client = client(TestData.host(org));
        client.login(admin, TestData.PASSWORD);
        var refused = client.submit(
                "/account", "/account/verwijderen", Map.of("password", TestData.PASSWORD, "confirm", "true"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("U bent de enige beheerder van deze organisatie");
        assertThat(accounts(org, admin)).isEqualTo(1);

        data.staff(org, StaffRole.ORGANISATION_ADMIN);
        var deleted = client.submit(
                "/account", "/account/verwijderen", Map.of("password", TestData.PASSWORD, "confirm", "true"));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(accounts(org, admin)).isZero();
    }

    @Test
    void mailsFollowTheLanguageOfTheRequest() {
        Organisation org = data.organisation("Taal");
        String email = newAddress();
        WebClient client = client(TestData.host(org));
        client.get("/registreren?lang=en");
        client.submit("/registreren", "/registreren", registration(email, "Dana", "a long password here"));
        var mail = MailInbox.await(MAIL, email, 1).getFirst();
        assertThat(MailInbox.subject(mail)).startsWith("Confirm your account");
        assertThat(MailInbox.body(mail)).contains("Dear Dana");
    }
}
