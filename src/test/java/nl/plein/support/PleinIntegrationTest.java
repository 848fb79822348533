package nl.plein.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every Spring-backed test: the whole application on a random port, on the one embedded
 * PostgreSQL of the test run, sending mail to a real SMTP server (GreenMail). All subclasses share
 * one configuration, so Spring builds the context once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "plein.tenancy.fallback-to-default=false",
            "plein.demo.enabled=false",
            "plein.mail.poll-interval=200ms",
            "plein.mail.first-back-off=1s",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "logging.level.nl.plein=INFO"
        })
public abstract class PleinIntegrationTest {

    protected static final GreenMail MAIL = startMail();

    @LocalServerPort
    protected int port;

    private static GreenMail startMail() {
        try (var socket = new ServerSocket(0)) {
            var mail = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            socket.close();
            mail.start();
            return mail;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start GreenMail", e);
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    protected WebClient client(String host) {
        return new WebClient(host, port);
    }
}
