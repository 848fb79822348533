package nl.plein.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class OutboxSenderTest {

    /** What Spring Boot makes when PLEIN_SMTP_HOST is unset: a sender for an empty host, i.e. localhost. */
    private static final JavaMailSenderImpl SENDER_FOR_AN_EMPTY_HOST = new JavaMailSenderImpl();

    @Test
    void withoutAnSmtpHostNoMailIsAttemptedAndMailsWaitInTheOutbox() {
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", SENDER_FOR_AN_EMPTY_HOST);
        // No database either: a sender that tried to send would fail on it at once.
        var outbox = new OutboxSender(
                null,
                null,
                beans.getBeanProvider(JavaMailSender.class),
                "",
                "noreply@plein.local",
                10,
                Duration.ofSeconds(30));

        assertThat(outbox.enabled()).isFalse();
        outbox.sendDue();
    }

    @Test
    void withAnSmtpHostTheSenderIsUsed() {
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", SENDER_FOR_AN_EMPTY_HOST);
        var outbox = new OutboxSender(
                null,
                null,
                beans.getBeanProvider(JavaMailSender.class),
                "smtp.example.org",
                "noreply@plein.local",
                10,
                Duration.ofSeconds(30));

        assertThat(outbox.enabled()).isTrue();
    }
}
