package nl.plein.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.plein.identity.Accounts.Contact;
import nl.plein.mail.MailOutbox;
import nl.plein.mail.OutgoingMail;
import nl.plein.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the mails of this module into the outbox, in the recipient's language, each with its own
 * one-click unsubscribe link (RFC 8058): a mail client POSTs to the https address in
 * {@code List-Unsubscribe}; a person opening it gets a page asking to confirm.
 */
@Component
class NotificationMails {

    /** One notification as stored, rendered in the recipient's language. */
    record Item(Topic topic, String subject, String text, String link) {}

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Unsubscribes unsubscribes;

    NotificationMails(MailOutbox outbox, MessageSource messages, Unsubscribes unsubscribes) {
        this.outbox = outbox;
        this.messages = messages;
        this.unsubscribes = unsubscribes;
    }

    String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    void single(OrganisationId org, String siteName, String baseUrl, Contact to, Item item) {
        String body = t(to.locale(), "notification.mail.greeting", to.displayName()) + "\n\n" + item.text() + "\n\n"
                + item.link() + "\n";
        send(org, siteName, baseUrl, to, item.subject(), body, Set.of(item.topic()));
    }

    void digest(
            OrganisationId org,
            String siteName,
            String baseUrl,
            Contact to,
            Delivery delivery,
            List<Item> items,
            Set<Topic> topics) {
        Locale locale = to.locale();
        var body = new StringBuilder()
                .append(t(locale, "notification.mail.greeting", to.displayName()))
                .append("\n\n")
                .append(t(locale, "notification.digest.intro." + delivery.name(), siteName, items.size()))
                .append("\n");
        int n = 1;
        for (Item item : items) {
            body.append("\n")
                    .append(n++)
                    .append(". ")
                    .append(item.subject())
                    .append("\n")
                    .append(item.text())
                    .append("\n")
                    .append(item.link())
                    .append("\n");
        }
        send(
                org,
                siteName,
                baseUrl,
                to,
                t(locale, "notification.digest.subject." + delivery.name(), siteName, items.size()),
                body.toString(),
                topics);
    }

    void newsletter(OrganisationId org, String siteName, String baseUrl, Contact to, String subject, String text) {
        String body = t(to.locale(), "notification.mail.greeting", to.displayName()) + "\n\n" + text + "\n";
        send(org, siteName, baseUrl, to, subject, body, Set.of(Topic.NEWSLETTER));
    }

    private void send(
            OrganisationId org,
            String siteName,
            String baseUrl,
            Contact to,
            String subject,
            String body,
            Set<Topic> topics) {
        String unsubscribe = baseUrl + "/afmelden/" + unsubscribes.create(org, to.accountId(), topics);
        String footer = "\n-- \n"
                + t(to.locale(), "notification.mail.footer", siteName, baseUrl + "/account/meldingen", unsubscribe);
        outbox.enqueue(
                org,
                OutgoingMail.to(to.email(), subject, body + footer)
                        .withHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                        .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }
}
