package nl.plein.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's promise: no mail for a change that did not happen, and no mail lost while SMTP is down. */
class OutboxIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    record Row(String status, int attempts, Instant nextAttemptAt, String lastError) {}

    @Test
    void aMailEnqueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        Organisation org = data.organisation("Terugdraaien");
        String recipient = unique("teruggedraaid");

        transaction.executeWithoutResult(status -> {
            outbox.enqueue(org.id(), recipient, "Bevestig uw account", "https://example.org/bevestigen/abc");
            status.setRollbackOnly();
        });
        // A mail enqueued after it, in a committed transaction, proves the sender ran in the meantime.
        String control = unique("controle");
        transaction.executeWithoutResult(status -> outbox.enqueue(org.id(), control, "Controle", "Controle"));
        await(() -> received(control).size() == 1, Duration.ofSeconds(15));

        assertThat(received(recipient)).isEmpty();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                        .param(recipient)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMailEnqueuedWhileSmtpIsDownIsRetriedWithBackOffAndArrivesExactlyOnce() throws Exception {
        Organisation org = data.organisation("Storing");
        String recipient = unique("storing");
        MAIL.stop();
        try {
            transaction.executeWithoutResult(status ->
                    outbox.enqueue(org.id(), recipient, "Tijdens de storing", "Deze mail wacht op de server."));

            await(() -> row(recipient).attempts() >= 2, Duration.ofSeconds(20));
            Row failing = row(recipient);
            assertThat(failing.status()).isEqualTo("PENDING");
            assertThat(failing.lastError()).isNotBlank();
            // The server is down: staff read that, not only the exception.
            assertThat(jdbc.sql("select last_problem from mail_outbox where recipient = ?")
                            .param(recipient)
                            .query(String.class)
                            .single())
                    .isEqualTo("CONNECTION");
            Instant now = jdbc.sql("select now()")
                    .query(java.sql.Timestamp.class)
                    .single()
                    .toInstant();
            assertThat(failing.nextAttemptAt()).isAfter(now);
        } finally {
            // Other tests share this server: always bring it back.
            MAIL.start();
        }

        await(() -> "SENT".equals(row(recipient).status()), Duration.ofSeconds(30));
        assertThat(received(recipient)).hasSize(1);
        Thread.sleep(1_000); // a few more polls of the sender: still exactly one
        assertThat(received(recipient)).hasSize(1);
        MimeMessage message = received(recipient).getFirst();
        assertThat(message.getSubject()).isEqualTo("Tijdens de storing");
    }

    @Test
    void headersAndAttachmentsTravelWithTheMail() throws Exception {
        Organisation org = data.organisation("Bijlage");
        String recipient = unique("bijlage");
        byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        transaction.executeWithoutResult(status -> outbox.enqueue(
                org.id(),
                OutgoingMail.to(recipient, "Uitnodiging", "Zie de bijlage.")
                        .withHeader("List-Unsubscribe", "<https://example.org/afmelden/x>")
                        .withAttachment("bijeenkomst.ics", "text/calendar; method=REQUEST", calendar)));

        await(() -> received(recipient).size() == 1, Duration.ofSeconds(15));
        MimeMessage message = received(recipient).getFirst();
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<https://example.org/afmelden/x>");
        var parts = (jakarta.mail.Multipart) message.getContent();
        var attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("bijeenkomst.ics");
        assertThat(attachment.getContentType()).startsWith("text/calendar");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(calendar);
    }

    private Row row(String recipient) {
        return jdbc.sql("select status, attempts, next_attempt_at, last_error from mail_outbox where recipient = ?")
                .param(recipient)
                .query((rs, i) -> new Row(
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getString("last_error")))
                .single();
    }

    private static List<MimeMessage> received(String recipient) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(recipient));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
