package nl.plein.notification;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A resident's choices: which projects they follow, how they hear about each topic, and their area. */
@Service
public class NotificationSettings {

    static final Delivery DEFAULT = Delivery.IMMEDIATE;

    private final JdbcClient jdbc;
    private final Organisations organisations;

    NotificationSettings(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    // ---- following

    /** Following twice is following once. */
    @Transactional
    public void follow(OrganisationId org, long accountId, long projectId) {
        jdbc.sql("""
                        insert into notification_follow (organisation_id, project_id, account_id) values (?, ?, ?)
                        on conflict do nothing""").params(org.value(), projectId, accountId).update();
    }

    @Transactional
    public void unfollow(OrganisationId org, long accountId, long projectId) {
        jdbc.sql("delete from notification_follow where organisation_id = ? and project_id = ? and account_id = ?")
                .params(org.value(), projectId, accountId)
                .update();
    }

    public boolean follows(OrganisationId org, long accountId, long projectId) {
        return jdbc.sql("""
                        select exists (select 1 from notification_follow
                        where organisation_id = ? and project_id = ? and account_id = ?)""")
                .params(org.value(), projectId, accountId)
                .query(Boolean.class)
                .single();
    }

    public int followerCount(OrganisationId org, long projectId) {
        return jdbc.sql("select count(*) from notification_follow where organisation_id = ? and project_id = ?")
                .params(org.value(), projectId)
                .query(Integer.class)
                .single();
    }

    List<Long> followers(OrganisationId org, long projectId) {
        return jdbc.sql("select account_id from notification_follow where organisation_id = ? and project_id = ?")
                .params(org.value(), projectId)
                .query(Long.class)
                .list();
    }

    List<Long> followedProjects(OrganisationId org) {
        return jdbc.sql("select distinct project_id from notification_follow where organisation_id = ?")
                .param(org.value())
                .query(Long.class)
                .list();
    }

    // ---- preferences

    /** Every topic with the resident's choice, or the default where they made none. */
    public Map<Topic, Delivery> preferences(OrganisationId org, long accountId) {
        Map<Topic, Delivery> choices = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            choices.put(topic, DEFAULT);
        }
        jdbc.sql("select topic, delivery from notification_preference where organisation_id = ? and account_id = ?")
                .params(org.value(), accountId)
                .query((rs, i) ->
                        choices.put(Topic.valueOf(rs.getString("topic")), Delivery.valueOf(rs.getString("delivery"))))
                .list();
        return choices;
    }

    /** Each account's choice for one topic, in one query, for a notice to many people. */
    Map<Long, Delivery> deliveries(OrganisationId org, Topic topic, Collection<Long> accountIds) {
        Map<Long, Delivery> choices = new HashMap<>();
        accountIds.forEach(id -> choices.put(id, DEFAULT));
        jdbc.sql("""
                        select account_id, delivery from notification_preference
                        where organisation_id = ? and topic = ? and account_id = any (?)""")
                .params(org.value(), topic.name(), accountIds.toArray(Long[]::new))
                .query((rs, i) -> choices.put(rs.getLong("account_id"), Delivery.valueOf(rs.getString("delivery"))))
                .list();
        return choices;
    }

    /**
     * Saves the choices and the area (null for none). A choice a topic does not offer, or an area of
     * another organisation, is ignored: the form only offers valid ones.
     */
    @Transactional
    public void save(OrganisationId org, long accountId, Map<Topic, Delivery> choices, Long areaId) {
        choices.forEach((topic, delivery) -> {
            if (topic.choices().contains(delivery)) {
                choose(org, accountId, topic, delivery);
            }
        });
        jdbc.sql("delete from notification_area where organisation_id = ? and account_id = ?")
                .params(org.value(), accountId)
                .update();
        if (areaId != null && organisations.areas(org).stream().map(Area::id).anyMatch(areaId::equals)) {
            jdbc.sql("insert into notification_area (organisation_id, account_id, area_id) values (?, ?, ?)")
                    .params(org.value(), accountId, areaId)
                    .update();
        }
    }

    void choose(OrganisationId org, long accountId, Topic topic, Delivery delivery) {
        jdbc.sql("""
                        insert into notification_preference (organisation_id, account_id, topic, delivery)
                        values (?, ?, ?, ?)
                        on conflict (organisation_id, account_id, topic) do update set delivery = excluded.delivery""")
                .params(org.value(), accountId, topic.name(), delivery.name())
                .update();
    }

    public Optional<Long> area(OrganisationId org, long accountId) {
        return jdbc.sql("select area_id from notification_area where organisation_id = ? and account_id = ?")
                .params(org.value(), accountId)
                .query(Long.class)
                .optional();
    }
}
