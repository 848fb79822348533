package nl.plein.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.identity.Accounts;
import nl.plein.identity.Accounts.Contact;
import nl.plein.notification.NotificationMails.Item;
import nl.plein.shared.Dates;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily and weekly digests. A daily digest holds a person's notifications of the days before today
 * (Dutch time) and goes out from {@code digest-hour} on; a weekly one those of the weeks before this
 * Monday, from Monday at that hour. Each person is claimed with a transaction-scoped advisory lock and
 * their items are marked delivered in the same transaction as the outbox mail, so several nodes never
 * send a digest twice; a person without items gets no mail at all.
 */
@Service
class Digests {

    private record Due(long organisationId, long accountId) {}

    private record Waiting(long id, Item item) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Accounts accounts;
    private final Organisations organisations;
    private final NotificationSettings settings;
    private final NotificationMails mails;
    private final SiteLinks links;
    private final Clock clock;
    private final int digestHour;

    Digests(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Accounts accounts,
            Organisations organisations,
            NotificationSettings settings,
            NotificationMails mails,
            SiteLinks links,
            Clock clock,
            @Value("${plein.notification.digest-hour:7}") int digestHour) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.accounts = accounts;
        this.organisations = organisations;
        this.settings = settings;
        this.mails = mails;
        this.links = links;
        this.clock = clock;
        this.digestHour = digestHour;
    }

    @Scheduled(
            fixedDelayString = "${plein.notification.digest-poll:1m}",
            initialDelayString = "${plein.notification.digest-poll:1m}")
    void scheduled() {
        sendDue();
    }

    /** Sends every digest due at the clock's time; returns how many were put in the outbox. */
    int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Delivery delivery : List.of(Delivery.DAILY, Delivery.WEEKLY)) {
            Optional<Instant> cutoff = cutoff(delivery, now);
            if (cutoff.isEmpty()) {
                continue;
            }
            List<Due> due = jdbc.sql("""
                            select distinct organisation_id, account_id from notification_item
                            where delivery = ? and delivered_at is null and created_at < ?""")
                    .params(delivery.name(), Timestamp.from(cutoff.get()))
                    .query((rs, i) -> new Due(rs.getLong("organisation_id"), rs.getLong("account_id")))
                    .list();
            for (Due person : due) {
                Boolean mailed = transaction.execute(status -> send(
                        new OrganisationId(person.organisationId()), person.accountId(), delivery, cutoff.get(), now));
                sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
            }
        }
        return sent;
    }

    /** The end of the period a digest sent now covers; empty before the digest hour of its day. */
    Optional<Instant> cutoff(Delivery delivery, Instant now) {
        ZonedDateTime local = now.atZone(Dates.ZONE);
        LocalDate day = delivery == Delivery.WEEKLY
                ? local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : local.toLocalDate();
        if (local.isBefore(day.atTime(digestHour, 0).atZone(Dates.ZONE))) {
            return Optional.empty();
        }
        return Optional.of(day.atStartOfDay(Dates.ZONE).toInstant());
    }

    private boolean send(OrganisationId org, long accountId, Delivery delivery, Instant cutoff, Instant now) {
        boolean claimed = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")
                .param("notification-digest:" + org.value() + ":" + accountId + ":" + delivery)
                .query(Boolean.class)
                .single();
        if (!claimed) {
            return false; // another node is sending this person's digest right now
        }
        List<Waiting> waiting = jdbc.sql("""
                        select id, topic, subject, text, link from notification_item
                        where organisation_id = ? and account_id = ? and delivery = ? and delivered_at is null
                          and created_at < ?
                        order by created_at, id""")
                .params(org.value(), accountId, delivery.name(), Timestamp.from(cutoff))
                .query((rs, i) -> new Waiting(
                        rs.getLong("id"),
                        new Item(
                                Topic.valueOf(rs.getString("topic")),
                                rs.getString("subject"),
                                rs.getString("text"),
                                rs.getString("link"))))
                .list();
        if (waiting.isEmpty()) {
            return false; // sent by another node a moment ago
        }
        jdbc.sql("update notification_item set delivered_at = ? where organisation_id = ? and id = any (?)")
                .params(
                        Timestamp.from(now),
                        org.value(),
                        waiting.stream().map(Waiting::id).toArray(Long[]::new))
                .update();
        // A topic switched off since the item was stored is not sent any more.
        Map<Topic, Delivery> choices = settings.preferences(org, accountId);
        List<Item> items = new ArrayList<>();
        waiting.stream()
                .map(Waiting::item)
                .filter(item -> choices.get(item.topic()) != Delivery.OFF)
                .forEach(items::add);
        List<Contact> contact = accounts.contacts(org, List.of(accountId));
        if (items.isEmpty() || contact.isEmpty()) {
            return false;
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        choices.forEach((topic, choice) -> {
            if (choice == delivery) {
                topics.add(topic);
            }
        });
        items.forEach(item -> topics.add(item.topic()));
        mails.digest(
                org, organisations.byId(org).name(), links.baseUrl(org), contact.getFirst(), delivery, items, topics);
        return true;
    }
}
