package nl.plein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.identity.Accounts;
import nl.plein.shared.Notice;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class UnsubscribeIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    NotificationSettings settings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMailClientUnsubscribesWithOnePostWithoutLoginOrCsrfToken() throws Exception {
        Organisation org = data.organisation("Afmeldstad");
        String resident = data.resident(org);
        long id = accounts.principal(org.id(), resident).orElseThrow().accountId();

        publish(org, id, "Eerste besluit");
        MimeMessage mail = MailInbox.await(MAIL, resident, 1).getFirst();
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(header).startsWith("<http").endsWith(">");
        String path = URI.create(header.substring(1, header.length() - 1)).getPath();
        assertThat(MailInbox.body(mail)).contains(path);

        // A mail scanner following the link with GET changes nothing: it gets a page asking to confirm.
        WebClient anonymous = client(TestData.host(org));
        var confirm = anonymous.get(path);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Ja, meld mij af").contains("Besluiten over mijn inbreng");
        assertThat(settings.preferences(org.id(), id)).containsEntry(Topic.DECISION, Delivery.IMMEDIATE);

        // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click", with no cookie and no CSRF token.
        var done = client(TestData.host(org)).postRaw(path, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("U bent afgemeld");
        assertThat(settings.preferences(org.id(), id))
                .containsEntry(Topic.DECISION, Delivery.OFF)
                .containsEntry(Topic.NEW_PHASE, Delivery.IMMEDIATE);
        assertThat(client(TestData.host(org)).postRaw(path, Map.of()).statusCode())
                .as("a second click")
                .isEqualTo(200);

        publish(org, id, "Tweede besluit");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                        .param(resident)
                        .query(Integer.class)
                        .single())
                .as("no mail after unsubscribing")
                .isEqualTo(1);

        // The token works on its own organisation's site only, and an unknown token is a 404.
        Organisation elsewhere = data.organisation("Andere stad");
        assertThat(client(TestData.host(elsewhere)).postRaw(path, Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(anonymous.get("/afmelden/onbekend").statusCode()).isEqualTo(404);
    }

    private void publish(Organisation org, long to, String what) {
        transaction.executeWithoutResult(status -> events.publishEvent(new Notice(
                org.id(),
                Notice.Kind.DECISION,
                Set.of(to),
                null,
                "decision.notice.subject",
                "decision.notice.text",
                List.of("Project", what, "De raad"),
                "/projecten/p")));
    }
}
