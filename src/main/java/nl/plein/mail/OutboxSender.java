package nl.plein.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.plein.mail.OutgoingMail.Attachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends due mails from the outbox. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several
 * nodes can run this side by side without sending a mail twice. A failure is retried with
 * exponential back-off; after {@code maxAttempts} the mail is marked FAILED for the platform admin.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private record Due(
            long organisationId,
            long id,
            String recipient,
            String subject,
            String body,
            String headers,
            int attempts) {}

    private final JsonMapper json = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> sender;
    private final String smtpHost;
    private final String from;
    private final int maxAttempts;
    private final Duration firstBackOff;

    OutboxSender(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ObjectProvider<JavaMailSender> sender,
            @Value("${spring.mail.host:}") String smtpHost,
            @Value("${plein.mail.from:noreply@plein.local}") String from,
            @Value("${plein.mail.max-attempts:10}") int maxAttempts,
            @Value("${plein.mail.first-back-off:30s}") Duration firstBackOff) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sender = sender;
        this.smtpHost = smtpHost;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.firstBackOff = firstBackOff;
    }

    /** True when SMTP is configured; without it mails wait in the outbox. */
    public boolean enabled() {
        return configuredSender() != null;
    }

    /**
     * The mail sender, or null without an SMTP host: Spring Boot also makes a sender for an empty
     * {@code spring.mail.host} (unset {@code PLEIN_SMTP_HOST}), which would send to localhost.
     */
    private JavaMailSender configuredSender() {
        return smtpHost.isBlank() ? null : sender.getIfAvailable();
    }

    @Scheduled(
            fixedDelayString = "${plein.mail.poll-interval:2s}",
            initialDelayString = "${plein.mail.poll-interval:2s}")
    public void sendDue() {
        JavaMailSender mailSender = configuredSender();
        if (mailSender == null) {
            return;
        }
        Integer sent;
        do {
            sent = transaction.execute(status -> sendBatch(mailSender));
        } while (sent != null && sent > 0);
    }

    private int sendBatch(JavaMailSender mailSender) {
        List<Due> due = jdbc.sql("""
                        select organisation_id, id, recipient, subject, body, headers::text, attempts from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= now()
                        order by next_attempt_at, id limit 20 for update skip locked""")
                .query((rs, i) -> new Due(
                        rs.getLong("organisation_id"),
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("headers"),
                        rs.getInt("attempts")))
                .list();
        int sent = 0;
        for (Due mail : due) {
            try {
                mailSender.send(message(mailSender, mail));
                jdbc.sql(
                                "update mail_outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null, last_problem = null where organisation_id = ? and id = ?")
                        .params(mail.organisationId(), mail.id())
                        .update();
                sent++;
            } catch (Exception e) {
                int attempts = mail.attempts() + 1;
                long backOffSeconds = firstBackOff.toSeconds() << Math.min(attempts - 1, 12);
                log.warn(
                        "Mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipient(), attempts, e.getMessage());
                jdbc.sql("""
                                update mail_outbox set attempts = ?, last_error = ?, last_problem = ?,
                                  status = case when ? >= ? then 'FAILED' else 'PENDING' end,
                                  next_attempt_at = now() + make_interval(secs => ?)
                                where organisation_id = ? and id = ?""")
                        .params(
                                attempts,
                                String.valueOf(e.getMessage()),
                                Problem.of(e).name(),
                                attempts,
                                maxAttempts,
                                backOffSeconds,
                                mail.organisationId(),
                                mail.id())
                        .update();
            }
        }
        // Stop the loop after a batch with failures, so a down server is not hammered.
        return sent == due.size() ? sent : 0;
    }

    private MimeMessage message(JavaMailSender mailSender, Due mail) throws MessagingException {
        List<Attachment> attachments = jdbc.sql("""
                        select filename, content_type, content from mail_attachment
                        where organisation_id = ? and mail_id = ? order by position""")
                .params(mail.organisationId(), mail.id())
                .query((rs, i) ->
                        new Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
        MimeMessage message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body());
        for (Attachment attachment : attachments) {
            helper.addAttachment(
                    attachment.filename(), new ByteArrayDataSource(attachment.content(), attachment.contentType()));
        }
        for (var header : json.readValue(mail.headers(), new TypeReference<Map<String, String>>() {})
                .entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }
}
