package nl.plein.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.identity.StaffRole;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MailAdminIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Test
    void aPlatformAdminSendsAFailedMailAgain() throws InterruptedException {
        Organisation org = data.organisation("Opnieuw");
        String recipient = "mislukt-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = jdbc.sql("""
                        insert into mail_outbox (organisation_id, recipient, subject, body, status, attempts, last_error, last_problem)
                        values (?, ?, 'Herinnering', 'Tekst', 'FAILED', 10, 'Connection refused', 'CONNECTION') returning id""")
                .params(org.id().value(), recipient)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into mail_attachment (organisation_id, mail_id, position, filename, content_type, content)
                        values (?, ?, 0, 'bijeenkomst.ics', 'text/calendar; charset=utf-8', ?)""")
                .params(org.id().value(), id, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8))
                .update();
        var admin = client(TestData.host(org));
        admin.login(data.staff(org, StaffRole.PLATFORM_ADMIN), TestData.PASSWORD);

        String page = admin.get("/beheer/platform/mail").body();
        // The attachment the mail text speaks of is there to open.
        assertThat(page)
                .contains("href=\"/beheer/platform/mail/" + id + "/bijlage/0\"")
                .contains("bijeenkomst.ics");
        var ics = admin.get("/beheer/platform/mail/" + id + "/bijlage/0");
        assertThat(ics.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(admin.get("/beheer/platform/mail/" + id + "/bijlage/1").statusCode())
                .isEqualTo(404);
        assertThat(page)
                .contains("id=\"mail-" + id + "\"")
                .contains("De mailserver was niet bereikbaar")
                .contains("Technische details")
                .contains("Connection refused")
                .contains("Mislukt")
                .contains("/beheer/platform/mail/" + id + "/opnieuw");

        assertThat(admin.post("/beheer/platform/mail/" + id + "/opnieuw", Map.of())
                        .statusCode())
                .isEqualTo(302);
        long deadline = System.currentTimeMillis() + 15_000;
        while (!"SENT".equals(status(id)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(auditLog.latest(org.id(), 0, 5))
                .extracting(AuditLog.Entry::action)
                .contains("mail.retried");
    }

    @Test
    void onlyAPlatformAdminOpensTheOutbox() {
        Organisation org = data.organisation("Geen postkamer");
        var admin = client(TestData.host(org));
        admin.login(data.staff(org, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        assertThat(admin.get("/beheer/platform/mail").statusCode()).isEqualTo(403);
        assertThat(admin.post("/beheer/platform/mail/1/opnieuw", Map.of()).statusCode())
                .isEqualTo(403);
    }

    private String status(long id) {
        return jdbc.sql("select status from mail_outbox where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
