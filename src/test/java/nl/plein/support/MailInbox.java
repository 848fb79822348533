package nl.plein.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mails GreenMail received for one address; tests share GreenMail, so always filter by recipient. */
public final class MailInbox {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s]*)");

    private MailInbox() {}

    /** Waits until {@code count} mails for the address have arrived, and returns them oldest first. */
    public static List<MimeMessage> await(GreenMail mail, String recipient, int count) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            List<MimeMessage> received = to(mail, recipient);
            if (received.size() >= count || System.currentTimeMillis() > deadline) {
                assertThat(received).as("mails to " + recipient).hasSizeGreaterThanOrEqualTo(count);
                return received;
            }
            mail.waitForIncomingEmail(500, mail.getReceivedMessages().length + 1);
        }
    }

    public static List<MimeMessage> to(GreenMail mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full link in a mail that starts with the given path. */
    public static String link(MimeMessage message, String path) {
        Matcher m = LINK.matcher(body(message));
        while (m.find()) {
            if (m.group(1).startsWith(path)) {
                return m.group();
            }
        }
        throw new AssertionError("No link to " + path + " in:\n" + body(message));
    }

    /** Path and query of that link, for the test's HTTP client, which talks to the port itself. */
    public static String path(MimeMessage message, String path) {
        Matcher m = LINK.matcher(link(message, path));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    public static String token(MimeMessage message, String path) {
        String link = link(message, path);
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
