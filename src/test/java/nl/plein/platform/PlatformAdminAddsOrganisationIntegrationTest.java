package nl.plein.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.plein.identity.StaffRole;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlatformAdminAddsOrganisationIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Organisations organisations;

    @Test
    void aPlatformAdminAddsAnOrganisationWhoseFirstAdminIsInvitedOnTheNewSite() {
        var home = data.organisation("Platformthuis");
        var platform = client(TestData.host(home));
        platform.login(data.staff(home, StaffRole.PLATFORM_ADMIN), TestData.PASSWORD);
        String slug = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);
        String host = slug + ".localhost";
        String admin = "eerste-" + slug + "@example.org";

        var created = platform.submit(
                "/beheer/platform/organisaties/nieuw",
                "/beheer/platform/organisaties",
                Map.of(
                        "name",
                        "Gemeente Nieuwland",
                        "slug",
                        slug,
                        "hostnames",
                        host + "\nwww." + host,
                        "adminName",
                        "Ilse Nieuw",
                        "adminEmail",
                        admin));
        assertThat(created.statusCode()).isEqualTo(302);
        var organisation = organisations.bySlug(slug).orElseThrow();
        assertThat(organisations.hostnames(organisation.id())).containsExactly(host, "www." + host);

        // The invitation points to the new organisation's own hostname; following it sets a password there.
        var invitation = MailInbox.await(MAIL, admin, 1).getFirst();
        // Scheme and port as the platform admin's own request (this client's Host header carries no port).
        assertThat(MailInbox.link(invitation, "/wachtwoord-herstellen")).startsWith("http://" + host + "/");
        var newSite = client(host);
        String link = MailInbox.path(invitation, "/wachtwoord-herstellen");
        assertThat(newSite.get(link).statusCode()).isEqualTo(200);
        var chosen = newSite.post(
                "/wachtwoord-herstellen",
                Map.of(
                        "token",
                        MailInbox.token(invitation, "/wachtwoord-herstellen"),
                        "password",
                        "een goed wachtwoord"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(newSite.login(admin, "een goed wachtwoord").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/beheer"));
        assertThat(newSite.get("/beheer/audit").body()).contains("Organisatie toegevoegd aan het platform");
    }

    @Test
    void badInputIsAnsweredAtTheFieldAndNothingIsCreated() {
        var home = data.organisation("Platformfouten");
        var taken = data.organisation("Bezet");
        var platform = client(TestData.host(home));
        platform.login(data.staff(home, StaffRole.PLATFORM_ADMIN), TestData.PASSWORD);
        int before = organisations.all().size();

        var answer = platform.submit(
                "/beheer/platform/organisaties/nieuw",
                "/beheer/platform/organisaties",
                Map.of(
                        "name",
                        "",
                        "slug",
                        taken.slug(),
                        "hostnames",
                        TestData.host(taken) + "\nniet geldig!",
                        "adminName",
                        "Ilse",
                        "adminEmail",
                        "geen-adres"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("id=\"name-error\"")
                .contains("Vul de naam in.")
                .contains("id=\"slug-error\"")
                .contains("Deze korte naam is al in gebruik.")
                .contains("id=\"hostnames-error\"")
                .contains("id=\"adminEmail-error\"")
                .contains("value=\"" + taken.slug() + "\"")
                .contains("niet geldig!");
        assertThat(organisations.all()).hasSize(before);

        var duplicateHost = platform.post(
                "/beheer/platform/organisaties",
                Map.of(
                        "name",
                        "Dubbel",
                        "slug",
                        "dubbel-" + UUID.randomUUID().toString().substring(0, 8),
                        "hostnames",
                        TestData.host(taken),
                        "adminName",
                        "Ilse",
                        "adminEmail",
                        "ilse@example.org"));
        assertThat(duplicateHost.body()).contains("hoort al bij een andere organisatie");
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void hostnamesCanBeChangedAndOnlyThePlatformAdminMayDoIt() {
        var home = data.organisation("Adressen");
        var other = data.organisation("Verhuist");
        var platform = client(TestData.host(home));
        platform.login(data.staff(home, StaffRole.PLATFORM_ADMIN), TestData.PASSWORD);
        String path = "/beheer/platform/organisaties/" + other.id().value();
        String newHost = "nieuw-" + other.slug() + ".localhost";

        var saved = platform.submit(path, path, Map.of("hostnames", newHost));
        assertThat(saved.body()).contains("id=\"hostnames-saved\"");
        assertThat(client(newHost).get("/").body()).contains("Verhuist");
        assertThat(client(TestData.host(other)).get("/").statusCode()).isEqualTo(404);
        assertThat(platform.get("/beheer/platform/organisaties/999999999").statusCode())
                .isEqualTo(404);

        var orgAdmin = client(TestData.host(home));
        orgAdmin.login(data.staff(home, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        assertThat(orgAdmin.get("/beheer/platform/organisaties").statusCode()).isEqualTo(403);
        assertThat(orgAdmin.post(path, Map.of("hostnames", "gekaapt.localhost")).statusCode())
                .isEqualTo(403);
    }
}
