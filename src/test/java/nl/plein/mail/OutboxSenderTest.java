package nl.plein.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class OutboxSenderTest {

    /**
     * What Spring Boot makes when PLEIN_SMTP_HOST is unset: a sender for an empty host, i.e. localhost. No
     * database either: a sender that tried to send would fail on it at once.
     */
    private static OutboxSender withSmtpHost(String host) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", new JavaMailSenderImpl());
        return new OutboxSender(
                null,
                null,
                beans.getBeanProvider(JavaMailSender.class),
                host,
                "noreply@plein.local",
                10,
                Duration.ofSeconds(30));
    }

    @Test
    void withoutAnSmtpHostNoMailIsAttemptedAndMailsWaitInTheOutbox() {
        OutboxSender outbox = withSmtpHost("");
        assertThat(outbox.enabled()).isFalse();
        outbox.sendDue();
    }

    @Test
    void withAnSmtpHostTheSenderIsUsed() {
        assertThat(withSmtpHost("smtp.example.org").enabled()).isTrue();
    }
}
