package nl.plein.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.AccountDeleted;
import nl.plein.moderation.Moderation;
import nl.plein.moderation.ModerationState;
import nl.plein.moderation.ModerationStatus;
import nl.plein.moderation.PostApproved;
import nl.plein.moderation.PostText;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Excerpt;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;
import nl.plein.shared.Notice;
import nl.plein.shared.OnBehalf;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import nl.plein.shared.SignedInPerson;
import nl.plein.shared.TransactionLock;
import nl.plein.shared.Voter;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion module's use cases: posting, replying, agreeing, editing within the window, and the
 * queries pages, search, decisions and the participation report use. Every query is scoped to one
 * organisation; a page of contributions takes the same few queries however long the discussion is.
 */
@Service
public class DiscussionManagement {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_LENGTH = 5_000;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    public enum Sort {
        NEWEST,
        MOST_AGREED
    }

    /** One page of top-level contributions with their replies. */
    public record ContributionPage(List<Contribution> contributions, int page, int pages, long total) {}

    /** A search hit: a contribution residents can see, with a short excerpt. */
    public record Hit(long id, long componentId, long projectId, String excerpt) {}

    private final JdbcClient jdbc;
    private final Moderation moderation;
    private final Organisations organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /** Lazily: the project module's registry needs this module's component type first. */
    private final ObjectProvider<ProjectManagement> projects;

    DiscussionManagement(
            JdbcClient jdbc,
            Moderation moderation,
            Organisations organisations,
            AuditLog audit,
            ApplicationEventPublisher events,
            ObjectProvider<ProjectManagement> projects) {
        this.jdbc = jdbc;
        this.moderation = moderation;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.projects = projects;
    }

    // ---- queries

    public ContributionPage contributions(
            OrganisationId org, long componentId, Sort sort, int page, Long viewerAccountId) {
        long total =
                jdbc.sql("""
                        select count(*) from discussion_contribution
                        where organisation_id = ? and component_id = ? and parent_id is null""").params(org.value(), componentId).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        String order =
                sort == Sort.MOST_AGREED ? "agree_count desc, created_at desc, id desc" : "created_at desc, id desc";
        List<Row> top = jdbc.sql("select * from discussion_contribution where organisation_id = ? and component_id = ?"
                        + " and parent_id is null order by " + order + " limit ? offset ?")
                .params(org.value(), componentId, PAGE_SIZE, (current - 1) * PAGE_SIZE)
                .query((rs, i) -> row(rs))
                .list();
        List<Long> topIds = top.stream().map(Row::id).toList();
        List<Row> replies = topIds.isEmpty()
                ? List.of()
                : jdbc.sql("""
                                select * from discussion_contribution where organisation_id = ? and parent_id = any(?)
                                order by created_at, id""")
                        .params(org.value(), topIds.toArray(Long[]::new))
                        .query((rs, i) -> row(rs))
                        .list();
        List<Long> all = new ArrayList<>(topIds);
        replies.forEach(r -> all.add(r.id()));
        Map<Long, ModerationStatus> statuses = moderation.statuses(org, Moderation.CONTRIBUTION, all);
        Set<Long> agreed = viewerAccountId == null || all.isEmpty()
                ? Set.of()
                : Set.copyOf(jdbc.sql("""
                                select contribution_id from discussion_agreement
                                where organisation_id = ? and account_id = ? and contribution_id = any(?)""")
                        .params(org.value(), viewerAccountId, all.toArray(Long[]::new))
                        .query(Long.class)
                        .list());
        Map<Long, String> areaNames = organisations.areas(org).stream().collect(Collectors.toMap(Area::id, Area::name));
        Map<Long, List<Contribution>> repliesByParent = new LinkedHashMap<>();
        for (Row reply : replies) {
            repliesByParent
                    .computeIfAbsent(reply.parentId(), k -> new ArrayList<>())
                    .add(reply.toContribution(statuses, agreed, areaNames, List.of()));
        }
        List<Contribution> result = top.stream()
                .map(r ->
                        r.toContribution(statuses, agreed, areaNames, repliesByParent.getOrDefault(r.id(), List.of())))
                .toList();
        return new ContributionPage(result, current, pages, total);
    }

    public Optional<Contribution> contribution(OrganisationId org, long componentId, long id) {
        return jdbc.sql(
                        "select * from discussion_contribution where organisation_id = ? and component_id = ? and id = ?")
                .params(org.value(), componentId, id)
                .query((rs, i) -> row(rs))
                .optional()
                .map(r -> r.toContribution(
                        moderation.statuses(org, Moderation.CONTRIBUTION, List.of(id)),
                        Set.of(),
                        organisations.areas(org).stream().collect(Collectors.toMap(Area::id, Area::name)),
                        List.of()));
    }

    /** Contributions residents can see whose text matches the words, best first (Dutch stemming). */
    /** Contributions whose text matches, best first; then the newest of {@code projects} (whose title matched). */
    public List<Hit> search(OrganisationId org, String query, Collection<Long> projects, int limit) {
        List<Hit> hits = jdbc.sql("""
                        select c.id, c.component_id, c.project_id, c.body
                        from discussion_contribution c, websearch_to_tsquery('dutch', ?) q
                        where c.organisation_id = ? and (c.search @@ q or c.project_id = any(?))
                        order by (c.search @@ q) desc, ts_rank(c.search, q) desc, c.created_at desc limit ?""")
                .params(query, org.value(), projects.toArray(Long[]::new), limit * 2)
                .query((rs, i) ->
                        new Hit(rs.getLong(1), rs.getLong(2), rs.getLong(3), Excerpt.of(rs.getString(4), 200)))
                .list();
        Map<Long, ModerationStatus> statuses = moderation.statuses(
                org, Moderation.CONTRIBUTION, hits.stream().map(Hit::id).toList());
        return hits.stream()
                .filter(h ->
                        statuses.containsKey(h.id()) && statuses.get(h.id()).visible())
                .limit(limit)
                .toList();
    }

    /** Visible contributions with their authors, newest first: what a decision can link to. */
    public List<Row> visibleRows(OrganisationId org, long componentId) {
        List<Row> rows = jdbc.sql("""
                        select * from discussion_contribution where organisation_id = ? and component_id = ?
                        order by created_at desc, id desc limit 1000""")
                .params(org.value(), componentId)
                .query((rs, i) -> row(rs))
                .list();
        Map<Long, ModerationStatus> statuses = moderation.statuses(
                org, Moderation.CONTRIBUTION, rows.stream().map(Row::id).toList());
        return rows.stream()
                .filter(r ->
                        statuses.containsKey(r.id()) && statuses.get(r.id()).visible())
                .toList();
    }

    // ---- commands

    /**
     * Posts a contribution or a reply. A double submit (same request key) posts once and returns the
     * first one's id. Official answers come from staff and skip the queue; the rest pass moderation.
     */
    @Transactional
    public long post(OrganisationId org, SignedInPerson author, DiscussionPlace place, ContributionForm form) {
        return post(org, author, null, place, form);
    }

    /** Posts what a staff member took down from a resident, under the resident's name, moderated as any post. */
    @Transactional
    public long post(OrganisationId org, OnBehalf behalf, DiscussionPlace place, ContributionForm form) {
        if (form.official()) {
            throw new IllegalArgumentException("A resident's contribution is never an official answer");
        }
        long id = post(org, behalf.staff(), behalf, place, form);
        audit.record(
                org,
                Actor.of(behalf.staff()),
                "discussion.enteredForResident",
                "contribution:" + id,
                behalf.channel().name());
        return id;
    }

    private long post(
            OrganisationId org, SignedInPerson author, OnBehalf behalf, DiscussionPlace place, ContributionForm form) {
        UUID key = RequestKey.parse(form.requestKey());
        if (key != null) {
            TransactionLock.acquire(jdbc, "discussion-request:" + org + ":" + key);
            Optional<Long> existing = jdbc.sql(
                            "select id from discussion_contribution where organisation_id = ? and request_key = ?")
                    .params(org.value(), key)
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var errors = PostText.check(new FieldErrors(), "body", form.body(), MAX_LENGTH);
        errors.rejectIf(!place.open(), "body", "discussion.error.closed");
        errors.rejectIf(
                form.areaId() != null && organisations.areas(org).stream().noneMatch(a -> a.id() == form.areaId()),
                "areaId",
                "discussion.error.area");
        Row parent = null;
        if (form.parentId() != null) {
            parent = jdbc.sql(
                            "select * from discussion_contribution where organisation_id = ? and component_id = ? and id = ?")
                    .params(org.value(), place.componentId(), form.parentId())
                    .query((rs, i) -> row(rs))
                    .optional()
                    .orElseThrow(DiscussionNotFoundException::new);
            if (parent.parentId() != null) {
                throw new DiscussionNotFoundException();
            }
        }
        if (!errors.isEmpty()) {
            throw new DiscussionFormException(errors);
        }
        ModerationState state;
        if (form.official()) {
            state = ModerationState.VISIBLE;
        } else if (behalf != null) {
            state = moderation.admitEnteredByStaff(org, place.projectId(), form.body());
        } else {
            state = moderation.admit(org, author, place.projectId(), form.body());
        }
        String authorName = behalf == null ? author.displayName() : behalf.residentName();
        long id = jdbc.sql("""
                        insert into discussion_contribution
                            (organisation_id, component_id, project_id, parent_id, author_account_id, author_name,
                             area_id, body, official, request_key, channel, entered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        place.componentId(),
                        place.projectId(),
                        form.parentId(),
                        behalf == null ? Long.valueOf(author.accountId()) : accountOf(behalf.voter()),
                        authorName,
                        form.areaId(),
                        form.body(),
                        form.official(),
                        key,
                        behalf == null
                                ? InputChannel.ONLINE.name()
                                : behalf.channel().name(),
                        behalf == null ? null : author.accountId())
                .query(Long.class)
                .single();
        String path = place.path() + "#reactie-" + id;
        moderation.register(
                org, Moderation.CONTRIBUTION, id, place.projectId(), author.accountId(), path, form.body(), state);
        if (parent != null && state == ModerationState.VISIBLE) {
            tellParentAuthor(org, parent, author.accountId(), authorName, place.question(), form.body(), path);
        }
        return id;
    }

    private static Long accountOf(Voter voter) {
        return voter == null ? null : voter.accountId();
    }

    /** A reply held for review is shown now: its parent's author hears of it as they would have at once. */
    @EventListener
    void approved(PostApproved approved) {
        if (!approved.kind().equals(Moderation.CONTRIBUTION)) {
            return;
        }
        OrganisationId org = approved.organisation();
        Row reply = jdbc.sql("select * from discussion_contribution where organisation_id = ? and id = ?")
                .params(org.value(), approved.itemId())
                .query((rs, i) -> row(rs))
                .optional()
                .orElse(null);
        if (reply == null || reply.parentId() == null || reply.authorAccountId() == null) {
            return;
        }
        Row parent = jdbc.sql("select * from discussion_contribution where organisation_id = ? and id = ?")
                .params(org.value(), reply.parentId())
                .query((rs, i) -> row(rs))
                .single();
        projects.getObject().project(org, reply.projectId()).ifPresent(project -> {
            String question = project.phases().stream()
                    .flatMap(phase -> phase.components().stream())
                    .filter(c -> c.id() == reply.componentId())
                    .map(c -> c.setting("question"))
                    .findFirst()
                    .orElse("");
            String path = "/projecten/" + project.slug() + "/gesprek/" + reply.componentId() + "#reactie-" + reply.id();
            tellParentAuthor(org, parent, reply.authorAccountId(), reply.authorName(), question, reply.body(), path);
        });
    }

    private void tellParentAuthor(
            OrganisationId org,
            Row parent,
            long replierId,
            String replierName,
            String question,
            String body,
            String path) {
        if (parent.authorAccountId() == null || parent.authorAccountId() == replierId) {
            return;
        }
        events.publishEvent(new Notice(
                org,
                Notice.Kind.REPLY,
                Set.of(parent.authorAccountId()),
                null,
                "discussion.notice.reply.subject",
                "discussion.notice.reply.text",
                List.of(replierName, question, Excerpt.of(body, 300)),
                path));
    }

    /** "I agree": once per account, however often or in parallel it is clicked; not with one's own. */
    @Transactional
    public void agree(OrganisationId org, SignedInPerson person, long componentId, long id) {
        Contribution contribution = contribution(org, componentId, id).orElseThrow(DiscussionNotFoundException::new);
        if (!contribution.moderation().visible() || contribution.writtenBy(person.accountId())) {
            return;
        }
        int added = jdbc.sql("""
                        insert into discussion_agreement (organisation_id, contribution_id, account_id) values (?, ?, ?)
                        on conflict do nothing""").params(org.value(), id, person.accountId()).update();
        if (added == 1) {
            jdbc.sql(
                            "update discussion_contribution set agree_count = agree_count + 1 where organisation_id = ? and id = ?")
                    .params(org.value(), id)
                    .update();
        }
    }

    /** The author changes their text within the edit window; the contribution is marked edited. */
    @Transactional
    public void edit(OrganisationId org, SignedInPerson author, long componentId, long id, String body) {
        Contribution contribution = contribution(org, componentId, id).orElseThrow(DiscussionNotFoundException::new);
        if (!contribution.writtenBy(author.accountId())) {
            throw new DiscussionNotFoundException();
        }
        String text = body == null ? "" : body.strip();
        var errors = PostText.check(new FieldErrors(), "body", text, MAX_LENGTH)
                .rejectIf(
                        !contribution.editableBy(author.accountId(), Instant.now()),
                        "body",
                        "discussion.error.editWindow")
                .rejectIf(contribution.moderation().hidden(), "body", "discussion.error.editHidden");
        if (!errors.isEmpty()) {
            throw new DiscussionFormException(errors);
        }
        jdbc.sql("update discussion_contribution set body = ?, edited_at = now() where organisation_id = ? and id = ?")
                .params(text, org.value(), id)
                .update();
        moderation.edited(org, Moderation.CONTRIBUTION, id, text);
    }

    /** A deleted account's contributions stay (replies hang on them) without a name; its agreements go. */
    @EventListener
    void accountDeleted(AccountDeleted deleted) {
        OrganisationId org = deleted.organisationId();
        jdbc.sql("""
                        update discussion_contribution c set agree_count = agree_count - 1
                        from discussion_agreement a
                        where a.organisation_id = ? and a.account_id = ?
                          and c.organisation_id = a.organisation_id and c.id = a.contribution_id""").params(org.value(), deleted.accountId()).update();
        jdbc.sql("delete from discussion_agreement where organisation_id = ? and account_id = ?")
                .params(org.value(), deleted.accountId())
                .update();
        jdbc.sql("""
                        update discussion_contribution set author_account_id = null, author_name = '', area_id = null
                        where organisation_id = ? and author_account_id = ?""").params(org.value(), deleted.accountId()).update();
        moderation.forgetAuthor(org, deleted.accountId());
    }

    // ---- figures

    /** {@code byChannel}: people by the channel of their first contribution ("I agree" is always online). */
    record Figures(
            long participants,
            long contributions,
            Map<InputChannel, Long> byChannel,
            Map<String, Long> byArea,
            Map<java.time.LocalDate, Long> byDay) {}

    Figures figures(OrganisationId org, long componentId) {
        // A contribution entered for someone without an account is one person of its own.
        Map<InputChannel, Long> byChannel = new EnumMap<>(InputChannel.class);
        jdbc.sql("""
                        select channel, count(*) from (
                            select distinct on (person) person, channel from (
                                select coalesce('account:' || author_account_id, 'contribution:' || id) as person,
                                    channel, created_at
                                from discussion_contribution where organisation_id = ? and component_id = ?
                                union all
                                select 'account:' || a.account_id, 'ONLINE', a.created_at
                                from discussion_agreement a join discussion_contribution c
                                    on c.organisation_id = a.organisation_id and c.id = a.contribution_id
                                where a.organisation_id = ? and c.component_id = ?) input
                            order by person, created_at) people
                        group by channel""")
                .params(org.value(), componentId, org.value(), componentId)
                .query((rs, i) -> byChannel.put(InputChannel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        long participants =
                byChannel.values().stream().mapToLong(Long::longValue).sum();
        long contributions = jdbc.sql(
                        "select count(*) from discussion_contribution where organisation_id = ? and component_id = ?")
                .params(org.value(), componentId)
                .query(Long.class)
                .single();
        Map<Long, String> codes = organisations.areas(org).stream().collect(Collectors.toMap(Area::id, Area::code));
        Map<String, Long> byArea = new LinkedHashMap<>();
        jdbc.sql("""
                        select area_id, count(distinct author_account_id) from discussion_contribution
                        where organisation_id = ? and component_id = ? and area_id is not null group by area_id""")
                .params(org.value(), componentId)
                .query((rs, i) -> byArea.put(codes.get(rs.getLong(1)), rs.getLong(2)))
                .list();
        Map<java.time.LocalDate, Long> byDay = new LinkedHashMap<>();
        jdbc.sql("""
                        select (created_at at time zone 'Europe/Amsterdam')::date, count(*) from discussion_contribution
                        where organisation_id = ? and component_id = ? group by 1 order by 1""")
                .params(org.value(), componentId)
                .query((rs, i) -> byDay.put(rs.getDate(1).toLocalDate(), rs.getLong(2)))
                .list();
        return new Figures(participants, contributions, byChannel, byArea, byDay);
    }

    // ---- helpers

    /** A stored contribution row; public for the component type's inputs. */
    public record Row(
            long id,
            long componentId,
            long projectId,
            Long parentId,
            Long authorAccountId,
            String authorName,
            Long areaId,
            String body,
            boolean official,
            int agreeCount,
            Instant createdAt,
            Instant editedAt) {

        Contribution toContribution(
                Map<Long, ModerationStatus> statuses,
                Set<Long> agreed,
                Map<Long, String> areaNames,
                List<Contribution> replies) {
            return new Contribution(
                    id,
                    parentId,
                    authorAccountId,
                    authorName,
                    areaId == null ? "" : areaNames.getOrDefault(areaId, ""),
                    body,
                    official,
                    agreeCount,
                    createdAt,
                    editedAt,
                    statuses.getOrDefault(id, ModerationStatus.UNKNOWN),
                    agreed.contains(id),
                    replies);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Row(
                rs.getLong("id"),
                rs.getLong("component_id"),
                rs.getLong("project_id"),
                rs.getObject("parent_id", Long.class),
                rs.getObject("author_account_id", Long.class),
                rs.getString("author_name"),
                rs.getObject("area_id", Long.class),
                rs.getString("body"),
                rs.getBoolean("official"),
                rs.getInt("agree_count"),
                rs.getTimestamp("created_at").toInstant(),
                edited == null ? null : edited.toInstant());
    }
}
