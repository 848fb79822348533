package nl.plein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.identity.Accounts;
import nl.plein.shared.Dates;
import nl.plein.shared.Notice;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Digests go by the application's clock, which this test moves through the days instead of sleeping. */
class DailyDigestIntegrationTest extends PleinIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    NotificationSettings settings;

    @Autowired
    Digests digests;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDailyDigestHoldsExactlyTheDaysEventsOfThatPersonAndNobodyGetsAnEmptyOne() throws Exception {
        Organisation org = data.organisation("Digeststad");
        String reader = data.resident(org);
        String other = data.resident(org);
        String quiet = data.resident(org);
        long readerId = id(org, reader);
        long otherId = id(org, other);
        long quietId = id(org, quiet);
        for (long account : List.of(readerId, otherId, quietId)) {
            settings.save(org.id(), account, Map.of(Topic.DECISION, Delivery.DAILY, Topic.REPLY, Delivery.DAILY), null);
        }

        at(DAY, 9, 15);
        publish(org, Notice.Kind.DECISION, Set.of(readerId), "Besluit over de bibliotheek");
        at(DAY, 17, 40);
        publish(org, Notice.Kind.REPLY, Set.of(readerId), "Reactie van Mila");
        publish(org, Notice.Kind.DECISION, Set.of(otherId), "Besluit voor iemand anders");
        at(DAY.plusDays(1), 0, 30);
        publish(org, Notice.Kind.DECISION, Set.of(readerId), "Besluit van de volgende dag");

        // Before the digest hour nothing goes out.
        at(DAY.plusDays(1), 6, 59);
        digests.sendDue();
        assertThat(outbox(reader)).isEmpty();

        at(DAY.plusDays(1), 7, 5);
        assertThat(digests.sendDue()).isGreaterThanOrEqualTo(2);
        MimeMessage digest = MailInbox.await(MAIL, reader, 1).getFirst();
        String body = MailInbox.body(digest);
        assertThat(MailInbox.subject(digest)).contains("2 berichten");
        assertThat(body)
                .contains("Besluit over de bibliotheek")
                .contains("Reactie van Mila")
                .doesNotContain("Besluit voor iemand anders")
                .doesNotContain("Besluit van de volgende dag");
        assertThat(body.indexOf("Besluit over de bibliotheek")).isLessThan(body.indexOf("Reactie van Mila"));
        assertThat(digest.getHeader("List-Unsubscribe")[0])
                .startsWith("<https://")
                .contains("/afmelden/");
        assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(MailInbox.body(MailInbox.await(MAIL, other, 1).getFirst()))
                .contains("Besluit voor iemand anders")
                .doesNotContain("bibliotheek");
        assertThat(outbox(quiet)).as("no empty digest").isEmpty();

        // Running again the same day (or on another node) sends nothing twice.
        at(DAY.plusDays(1), 8, 0);
        digests.sendDue();
        assertThat(outbox(reader)).hasSize(1);

        // The next day's digest holds only that day's event.
        at(DAY.plusDays(2), 7, 0);
        digests.sendDue();
        List<String> bodies = outbox(reader);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1))
                .contains("Besluit van de volgende dag")
                .doesNotContain("bibliotheek")
                .doesNotContain("Mila");
        assertThat(outbox(quiet)).isEmpty();
    }

    @Test
    void aWeeklyDigestWaitsForMondayAndHoldsTheWeeksBefore() {
        Organisation org = data.organisation("Weekstad");
        String reader = data.resident(org);
        long readerId = id(org, reader);
        settings.save(org.id(), readerId, Map.of(Topic.NEW_PHASE, Delivery.WEEKLY), null);
        LocalDate wednesday = LocalDate.of(2031, 3, 5);

        at(wednesday, 12, 0);
        publish(org, Notice.Kind.NEW_PHASE, Set.of(readerId), "Fase twee begint");
        at(wednesday.plusDays(1), 7, 30);
        digests.sendDue();
        assertThat(outbox(reader)).as("not before Monday").isEmpty();

        at(LocalDate.of(2031, 3, 10), 7, 1);
        digests.sendDue();
        assertThat(outbox(reader)).singleElement().asString().contains("Fase twee begint");
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(hour, minute).atZone(Dates.ZONE).toInstant());
    }

    private void publish(Organisation org, Notice.Kind kind, Set<Long> to, String what) {
        transaction.executeWithoutResult(status -> events.publishEvent(new Notice(
                org.id(),
                kind,
                to,
                null,
                "decision.notice.subject",
                "decision.notice.text",
                List.of("Project", what, "De raad"),
                "/projecten/p")));
    }

    private long id(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow().accountId();
    }

    private List<String> outbox(String recipient) {
        return jdbc.sql("select body from mail_outbox where recipient = ? order by id")
                .param(recipient)
                .query(String.class)
                .list();
    }
}
