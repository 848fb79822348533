package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class StaffManagementIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private long id(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow().accountId();
    }

    private List<String> auditActions(Organisation org) {
        return jdbc.sql("select action from audit_entry where organisation_id = ? order by id")
                .param(org.id().value())
                .query(String.class)
                .list();
    }

    private WebClient admin(Organisation org, String email) {
        WebClient client = client(TestData.host(org));
        client.login(email, TestData.PASSWORD);
        return client;
    }

    @Test
    void anOrganisationAdminInvitesANewStaffMemberWhoChoosesAPassword() {
        Organisation org = data.organisation("Uitnodiging");
        WebClient admin = admin(org, data.staff(org, StaffRole.ORGANISATION_ADMIN));
        String email = "collega-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        var invalid =
                admin.submit("/beheer/medewerkers", "/beheer/medewerkers", Map.of("email", email, "displayName", ""));
        assertThat(invalid.body())
                .contains("id=\"displayName-error\"")
                .contains("id=\"roles-error\"")
                .contains("value=\"" + email + "\"");

        var added = admin.submit(
                "/beheer/medewerkers",
                "/beheer/medewerkers",
                Map.of("email", email, "displayName", "Mo Moderator", "roles", "MODERATOR"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(admin.get("/beheer/medewerkers").body())
                .contains("Mo Moderator")
                .contains(email);

        var invitation = MailInbox.await(MAIL, email, 1).getFirst();
        assertThat(MailInbox.body(invitation)).contains("7 dagen");
        // The account cannot be used before the invitation is.
        assertThat(client(TestData.host(org)).login(email, "wat dan ook maar").body())
                .contains("klopt niet");

        WebClient invited = client(TestData.host(org));
        String token = MailInbox.token(invitation, "/wachtwoord-herstellen");
        invited.get(MailInbox.path(invitation, "/wachtwoord-herstellen"));
        assertThat(invited.post("/wachtwoord-herstellen", Map.of("token", token, "password", "mijn eigen wachtwoord"))
                        .statusCode())
                .isEqualTo(302);
        invited.login(email, "mijn eigen wachtwoord");
        assertThat(invited.get("/beheer").statusCode()).isEqualTo(200);
        assertThat(invited.get("/beheer/medewerkers").statusCode()).isEqualTo(403);
        assertThat(auditActions(org)).contains("staff.added");
    }

    @Test
    void addingAnExistingResidentGivesThatAccountTheRoles() {
        Organisation org = data.organisation("Bestaand");
        WebClient admin = admin(org, data.staff(org, StaffRole.ORGANISATION_ADMIN));
        String resident = data.resident(org);
        admin.submit(
                "/beheer/medewerkers",
                "/beheer/medewerkers",
                Map.of("email", resident.toUpperCase(), "displayName", "Andere naam", "roles", "ANALYST"));
        assertThat(accounts.roles(org.id(), id(org, resident))).containsExactly(StaffRole.ANALYST);
        assertThat(jdbc.sql("select count(*) from account where organisation_id = ?")
                        .param(org.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(MailInbox.subject(MailInbox.await(MAIL, resident, 1).getFirst()))
                .contains("nieuwe rollen");
    }

    @Test
    void theLastOrganisationAdminCannotBeRemoved() {
        Organisation org = data.organisation("Eenbeheerder");
        String adminEmail = data.staff(org, StaffRole.ORGANISATION_ADMIN);
        WebClient admin = admin(org, adminEmail);
        long self = id(org, adminEmail);

        var refused = admin.submit(
                "/beheer/medewerkers/" + self, "/beheer/medewerkers/" + self, Map.of("roles", "MODERATOR"));
        assertThat(refused.body()).contains("Dit is de laatste beheerder van de organisatie");
        var removeRefused = admin.post("/beheer/medewerkers/" + self + "/verwijderen", Map.of());
        assertThat(removeRefused.body()).contains("Dit is de laatste beheerder van de organisatie");
        assertThat(accounts.roles(org.id(), self)).contains(StaffRole.ORGANISATION_ADMIN);

        String other = data.staff(org, StaffRole.ORGANISATION_ADMIN);
        long otherId = id(org, other);
        assertThat(admin.submit(
                                "/beheer/medewerkers/" + otherId,
                                "/beheer/medewerkers/" + otherId + "/verwijderen",
                                Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(accounts.roles(org.id(), otherId)).isEmpty();
        assertThat(auditActions(org)).contains("staff.removed");
    }

    @Test
    void onlyAPlatformAdminGrantsThePlatformAdminRole() {
        Organisation org = data.organisation("Platform");
        WebClient admin = admin(org, data.staff(org, StaffRole.ORGANISATION_ADMIN));
        long moderator = id(org, data.staff(org, StaffRole.MODERATOR));

        assertThat(admin.get("/beheer/medewerkers").body()).doesNotContain("value=\"PLATFORM_ADMIN\"");
        var refused = admin.submit(
                "/beheer/medewerkers/" + moderator,
                "/beheer/medewerkers/" + moderator,
                Map.of("roles", "PLATFORM_ADMIN"));
        assertThat(refused.body()).contains("Alleen een beheerder van het platform");
        assertThat(accounts.roles(org.id(), moderator)).containsExactly(StaffRole.MODERATOR);
        var refusedNew = admin.submit(
                "/beheer/medewerkers",
                "/beheer/medewerkers",
                Map.of(
                        "email",
                        "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                        "displayName",
                        "P",
                        "roles",
                        "PLATFORM_ADMIN"));
        assertThat(refusedNew.body()).contains("Alleen een beheerder van het platform");

        WebClient platform = admin(org, data.staff(org, StaffRole.ORGANISATION_ADMIN, StaffRole.PLATFORM_ADMIN));
        assertThat(platform.get("/beheer/medewerkers").body()).contains("value=\"PLATFORM_ADMIN\"");
        assertThat(platform.submit(
                                "/beheer/medewerkers/" + moderator,
                                "/beheer/medewerkers/" + moderator,
                                Map.of("roles", "PLATFORM_ADMIN"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(accounts.roles(org.id(), moderator)).containsExactly(StaffRole.PLATFORM_ADMIN);

        // An organisation admin changing other roles of a platform admin keeps that role in place.
        assertThat(admin.submit(
                                "/beheer/medewerkers/" + moderator,
                                "/beheer/medewerkers/" + moderator,
                                Map.of("roles", "ANALYST"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(accounts.roles(org.id(), moderator))
                .containsExactlyInAnyOrder(StaffRole.PLATFORM_ADMIN, StaffRole.ANALYST);
        assertThat(auditActions(org)).contains("staff.rolesChanged");
    }

    @Test
    void staffOfAnotherOrganisationCannotBeOpenedOrChanged() {
        Organisation mine = data.organisation("Eigen");
        Organisation theirs = data.organisation("Ander");
        WebClient admin = admin(mine, data.staff(mine, StaffRole.ORGANISATION_ADMIN));
        long foreign = id(theirs, data.staff(theirs, StaffRole.ORGANISATION_ADMIN));

        assertThat(admin.get("/beheer/medewerkers/" + foreign).statusCode()).isEqualTo(404);
        admin.get("/beheer/medewerkers");
        assertThat(admin.post("/beheer/medewerkers/" + foreign, Map.of("roles", "MODERATOR"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.post("/beheer/medewerkers/" + foreign + "/verwijderen", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(accounts.roles(theirs.id(), foreign)).containsExactly(StaffRole.ORGANISATION_ADMIN);
        assertThat(admin.get("/beheer/medewerkers").body()).doesNotContain("/beheer/medewerkers/" + foreign + "\"");
    }
}
