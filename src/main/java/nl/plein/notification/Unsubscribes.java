package nl.plein.notification;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click unsubscribe links: a random token per mail that switches off the topics that mail was
 * about. Only a hash of the token is stored, so the table gives nobody working links.
 */
@Service
public class Unsubscribes {

    /** What a link switches off, for the confirm page. */
    public record Link(OrganisationId organisation, long accountId, List<Topic> topics, boolean used) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final NotificationSettings settings;

    Unsubscribes(JdbcClient jdbc, NotificationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A new token for a mail to this account about these topics; joins the caller's transaction. */
    String create(OrganisationId org, long accountId, Set<Topic> topics) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into notification_unsubscribe (token_hash, organisation_id, account_id, topics)
                        values (?, ?, ?, ?)""")
                .params(
                        SecretTokens.hash(token),
                        org.value(),
                        accountId,
                        topics.stream().map(Topic::name).sorted().toArray(String[]::new))
                .update();
        return token;
    }

    /** The link, if the token is one of this organisation's. */
    public Optional<Link> find(OrganisationId org, String token) {
        if (token == null) return Optional.empty();
        return jdbc.sql("""
                        select account_id, topics, used_at is not null as used from notification_unsubscribe
                        where token_hash = ? and organisation_id = ?""")
                .params(SecretTokens.hash(token), org.value())
                .query((rs, i) -> new Link(
                        org,
                        rs.getLong("account_id"),
                        Arrays.stream((String[]) rs.getArray("topics").getArray())
                                .map(Topic::valueOf)
                                .toList(),
                        rs.getBoolean("used")))
                .optional();
    }

    /** Switches the link's topics off; using a link again changes nothing more. */
    @Transactional
    public Optional<Link> unsubscribe(OrganisationId org, String token) {
        Optional<Link> link = find(org, token);
        link.ifPresent(l -> {
            l.topics().forEach(topic -> settings.choose(org, l.accountId(), topic, Delivery.OFF));
            jdbc.sql("""
                            update notification_unsubscribe set used_at = coalesce(used_at, now())
                            where organisation_id = ? and token_hash = ?""").params(org.value(), SecretTokens.hash(token)).update();
        });
        return link;
    }
}
