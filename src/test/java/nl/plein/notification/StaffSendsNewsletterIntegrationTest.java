package nl.plein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.identity.Accounts;
import nl.plein.identity.StaffRole;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class StaffSendsNewsletterIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    NotificationSettings settings;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffPreviewTestAndSendANewsletterToTheFollowersOfAProjectOnce() {
        var org = data.organisation("Nieuwsstad");
        var project = fixtures.project(org, "Nieuw zwembad", LocalDate.now().minusDays(3));
        String follower = data.resident(org);
        String optedOut = data.resident(org);
        String stranger = data.resident(org);
        long followerId = id(org, follower);
        long optedOutId = id(org, optedOut);
        settings.follow(org.id(), followerId, project.id());
        settings.follow(org.id(), optedOutId, project.id());
        settings.save(org.id(), optedOutId, Map.of(Topic.NEWSLETTER, Delivery.OFF), null);

        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        WebClient staff = client(TestData.host(org));
        staff.login(staffEmail, TestData.PASSWORD);
        String audience = "project-" + project.id();
        String key = UUID.randomUUID().toString();

        var empty = staff.submit(
                "/beheer/nieuwsbrief?doelgroep=" + audience,
                "/beheer/nieuwsbrief",
                Map.of("audience", audience, "subject", "Open dag", "body", "", "requestKey", key, "action", "send"));
        assertThat(empty.body())
                .contains("Vul de tekst van de nieuwsbrief in")
                .contains("value=\"Open dag\"")
                .contains("aria-invalid=\"true\"");

        Map<String, String> fields = Map.of(
                "audience",
                audience,
                "subject",
                "Open dag",
                "body",
                "Kom zaterdag kijken in het nieuwe zwembad.",
                "requestKey",
                key,
                "action",
                "preview");
        var preview = staff.post("/beheer/nieuwsbrief", fields);
        assertThat(preview.body()).contains("Deze nieuwsbrief gaat nu naar 1 persoon (Nieuw zwembad)");

        var test = staff.post("/beheer/nieuwsbrief", with(fields, "action", "test"));
        assertThat(test.body()).contains("De test is naar uw eigen e-mailadres gestuurd");
        assertThat(MailInbox.subject(MailInbox.await(MAIL, staffEmail, 1).getFirst()))
                .isEqualTo("[Test] Open dag");
        assertThat(outbox(follower)).isZero();

        assertThat(staff.post("/beheer/nieuwsbrief", with(fields, "action", "send"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(staff.post("/beheer/nieuwsbrief", with(fields, "action", "send"))
                        .statusCode())
                .as("double submit")
                .isEqualTo(302);
        var mail = MailInbox.await(MAIL, follower, 1).getFirst();
        assertThat(MailInbox.body(mail)).contains("Kom zaterdag kijken");
        assertThat(outbox(follower)).isEqualTo(1);
        assertThat(outbox(optedOut)).isZero();
        assertThat(outbox(stranger)).isZero();
        assertThat(audit.latest(org.id(), 0, 10))
                .extracting(AuditLog.Entry::action)
                .containsOnlyOnce("newsletter.sent")
                .contains("newsletter.tested");

        // A resident may not send newsletters.
        WebClient resident = client(TestData.host(org));
        resident.login(follower, TestData.PASSWORD);
        assertThat(resident.get("/beheer/nieuwsbrief").statusCode()).isEqualTo(403);
    }

    @Test
    void residentsOfAnAreaAreThoseWhoChoseItInTheirSettings() throws Exception {
        var org = data.organisation("Wijkstad");
        try (var csv = new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("demo/zeeveld-kerncijfers.csv").getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)) {
            assertThat(organisations.importAreas(org.id(), csv).succeeded()).isTrue();
        }
        var areas = organisations.areas(org.id());
        assertThat(areas).hasSizeGreaterThan(1);
        long north = areas.getFirst().id();
        String resident = data.resident(org);
        String otherArea = data.resident(org);
        WebClient client = client(TestData.host(org));
        client.login(resident, TestData.PASSWORD);
        client.submit("/account/meldingen", "/account/meldingen", Map.of("area", String.valueOf(north)));
        settings.save(org.id(), id(org, otherArea), Map.of(), areas.getLast().id());

        String staffEmail = data.staff(org, StaffRole.ORGANISATION_ADMIN);
        WebClient staff = client(TestData.host(org));
        staff.login(staffEmail, TestData.PASSWORD);
        staff.submit(
                "/beheer/nieuwsbrief",
                "/beheer/nieuwsbrief",
                Map.of(
                        "audience", "area-" + north,
                        "subject", "Werk aan de weg",
                        "body", "De Dorpsstraat gaat dicht.",
                        "requestKey", UUID.randomUUID().toString(),
                        "action", "send"));
        assertThat(MailInbox.body(MailInbox.await(MAIL, resident, 1).getFirst()))
                .contains("De Dorpsstraat gaat dicht.");
        assertThat(outbox(otherArea)).isZero();
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        var copy = new java.util.HashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    private long id(nl.plein.tenancy.Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow().accountId();
    }

    private int outbox(String recipient) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                .param(recipient)
                .query(Integer.class)
                .single();
    }
}
