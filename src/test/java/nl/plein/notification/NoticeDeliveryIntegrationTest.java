package nl.plein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.identity.Accounts;
import nl.plein.shared.Notice;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class NoticeDeliveryIntegrationTest extends PleinIntegrationTest {

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
    void eachRecipientReadsTheNoticeInTheirOwnLanguageAndNobodyWhoSwitchedItOff() {
        Organisation org = data.organisation("Taalstad");
        String dutch = data.resident(org);
        String english = data.resident(org);
        String silent = data.resident(org);
        long dutchId = id(org, dutch);
        long englishId = id(org, english);
        long silentId = id(org, silent);
        jdbc.sql("update account set locale = 'en' where organisation_id = ? and id = ?")
                .params(org.id().value(), englishId)
                .update();
        settings.save(org.id(), silentId, Map.of(Topic.REPLY, Delivery.OFF), null);

        transaction.executeWithoutResult(status -> events.publishEvent(new Notice(
                org.id(),
                Notice.Kind.DECISION,
                Set.of(dutchId, englishId, silentId),
                null,
                "decision.notice.subject",
                "decision.notice.text",
                List.of("Het plein", "Meer bomen", "De raad"),
                "/projecten/het-plein/besluiten/1")));

        assertThat(MailInbox.subject(MailInbox.await(MAIL, dutch, 1).getFirst()))
                .isEqualTo("Besluit over Het plein: Meer bomen");
        var mail = MailInbox.await(MAIL, english, 1).getFirst();
        assertThat(MailInbox.subject(mail)).isEqualTo("Decision on Het plein: Meer bomen");
        assertThat(MailInbox.body(mail)).startsWith("Dear ").contains("Unsubscribe:");
        // Switched off replies only: decisions still come.
        assertThat(MailInbox.await(MAIL, silent, 1)).hasSize(1);

        // A notice rolled back with its change leaves no notification and no mail.
        settings.save(org.id(), silentId, Map.of(Topic.DECISION, Delivery.OFF), null);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Notice(
                    org.id(),
                    Notice.Kind.DECISION,
                    Set.of(dutchId, silentId),
                    null,
                    "decision.notice.subject",
                    "decision.notice.text",
                    List.of("Het plein", "Teruggedraaid", "De raad"),
                    "/projecten/het-plein/besluiten/2"));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> events.publishEvent(new Notice(
                org.id(),
                Notice.Kind.DECISION,
                Set.of(silentId),
                null,
                "decision.notice.subject",
                "decision.notice.text",
                List.of("Het plein", "Stil", "De raad"),
                "/projecten/het-plein/besluiten/3")));
        assertThat(outbox(dutch)).isEqualTo(1);
        assertThat(outbox(silent)).as("decisions switched off").isEqualTo(1);
    }

    private long id(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow().accountId();
    }

    private int outbox(String recipient) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                .param(recipient)
                .query(Integer.class)
                .single();
    }
}
