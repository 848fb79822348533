package nl.plein.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.plein.identity.Accounts;
import nl.plein.identity.Accounts.Contact;
import nl.plein.notification.NotificationMails.Item;
import nl.plein.shared.Notice;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a {@link Notice} into one stored notification per recipient (the accounts named in it and
 * the project's followers), in the transaction that published it: a mail at once through the outbox,
 * or a row waiting for the digest, or nothing for a topic switched off.
 */
@Service
class Notifications {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Organisations organisations;
    private final NotificationSettings settings;
    private final NotificationMails mails;
    private final SiteLinks links;
    private final Clock clock;

    Notifications(
            JdbcClient jdbc,
            Accounts accounts,
            Organisations organisations,
            NotificationSettings settings,
            NotificationMails mails,
            SiteLinks links,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisations = organisations;
        this.settings = settings;
        this.mails = mails;
        this.links = links;
        this.clock = clock;
    }

    /** Returns how many people were notified (at once or in a digest). */
    @Transactional
    public int deliver(Notice notice) {
        OrganisationId org = notice.organisation();
        Set<Long> recipients = new LinkedHashSet<>(notice.recipients());
        if (notice.projectId() != null) {
            recipients.addAll(settings.followers(org, notice.projectId()));
        }
        if (recipients.isEmpty()) {
            return 0;
        }
        Topic topic = Topic.of(notice.kind());
        String baseUrl = links.baseUrl(org);
        String siteName = organisations.byId(org).name();
        String link = baseUrl + notice.path();
        Instant now = clock.instant();
        Object[] args = notice.arguments().toArray();
        int told = 0;
        Map<Long, Delivery> deliveries = settings.deliveries(org, topic, recipients);
        for (Contact contact : accounts.contacts(org, recipients)) {
            Delivery delivery = deliveries.get(contact.accountId());
            if (delivery == Delivery.OFF) {
                continue;
            }
            var item = new Item(
                    topic,
                    mails.t(contact.locale(), notice.subjectKey(), args),
                    mails.t(contact.locale(), notice.textKey(), args),
                    link);
            jdbc.sql("""
                            insert into notification_item
                              (organisation_id, account_id, topic, delivery, subject, text, link, created_at, delivered_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            org.value(),
                            contact.accountId(),
                            topic.name(),
                            delivery.name(),
                            item.subject(),
                            item.text(),
                            item.link(),
                            Timestamp.from(now),
                            delivery == Delivery.IMMEDIATE ? Timestamp.from(now) : null)
                    .update();
            if (delivery == Delivery.IMMEDIATE) {
                mails.single(org, siteName, baseUrl, contact, item);
            }
            told++;
        }
        return told;
    }
}
