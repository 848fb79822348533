package nl.plein.idea;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.AccountDeleted;
import nl.plein.moderation.Moderation;
import nl.plein.moderation.ModerationState;
import nl.plein.moderation.ModerationStatus;
import nl.plein.moderation.PostText;
import nl.plein.project.ProjectDetails;
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
import nl.plein.shared.UploadedImage;
import nl.plein.shared.Voter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idea module's use cases: submitting, finding similar ideas, supporting, status changes with a
 * public explanation, merging duplicates, and the queries for pages, search, decisions and reports.
 * Every query is scoped to one organisation.
 */
@Service
public class IdeaManagement {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_TITLE = 150;
    public static final int MAX_DESCRIPTION = 5_000;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_EXPLANATION = 2_000;
    public static final int PHOTO_WIDTH = 1600;

    public enum Sort {
        NEWEST,
        MOST_SUPPORTED
    }

    public record IdeaPage(List<Idea> ideas, int page, int pages, long total) {}

    /** An idea like the one being typed, so the resident can support it instead. */
    public record Similar(long id, String title, int supportCount, IdeaStatus status, Long authorAccountId) {
        public boolean writtenBy(Long accountId) {
            return accountId != null && accountId.equals(authorAccountId);
        }
    }

    public record StatusChange(IdeaStatus status, String explanation, Instant changedAt) {}

    public record Hit(long id, long componentId, long projectId, String title, String excerpt) {}

    public record Photo(byte[] content, String contentType, String alt) {}

    private final JdbcClient jdbc;
    private final Moderation moderation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /** Lazily: the project module's registry needs this module's component type first. */
    private final ObjectProvider<ProjectManagement> projects;

    IdeaManagement(
            JdbcClient jdbc,
            Moderation moderation,
            AuditLog audit,
            ApplicationEventPublisher events,
            ObjectProvider<ProjectManagement> projects) {
        this.jdbc = jdbc;
        this.moderation = moderation;
        this.audit = audit;
        this.events = events;
        this.projects = projects;
    }

    private static final String COLUMNS = """
            i.id, i.component_id, i.project_id, i.title, i.description, i.author_account_id, i.author_name,
            i.status, i.status_explanation, i.support_count, i.address, i.latitude, i.longitude, i.merged_into_id, i.created_at, i.version, i.channel,
            (select p.alt from idea_photo p where p.organisation_id = i.organisation_id and p.idea_id = i.id) as photo_alt""";

    // ---- queries

    public IdeaPage ideas(OrganisationId org, long componentId, Sort sort, int page) {
        long total = jdbc.sql("select count(*) from idea where organisation_id = ? and component_id = ?")
                .params(org.value(), componentId)
                .query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        String order = sort == Sort.MOST_SUPPORTED
                ? "i.support_count desc, i.created_at desc, i.id desc"
                : "i.created_at desc, i.id desc";
        List<Row> rows = jdbc.sql(
                        "select " + COLUMNS + " from idea i where i.organisation_id = ? and i.component_id = ?"
                                + " order by " + order + " limit ? offset ?")
                .params(org.value(), componentId, PAGE_SIZE, (current - 1) * PAGE_SIZE)
                .query((rs, i) -> row(rs))
                .list();
        return new IdeaPage(withModeration(org, rows), current, pages, total);
    }

    public Optional<Idea> idea(OrganisationId org, long id) {
        return jdbc.sql("select " + COLUMNS + " from idea i where i.organisation_id = ? and i.id = ?")
                .params(org.value(), id)
                .query((rs, i) -> row(rs))
                .optional()
                .map(r -> withModeration(org, List.of(r)).getFirst());
    }

    /** The ideas merged into this one: their pages link here, and this page links back. */
    public List<Idea> mergedInto(OrganisationId org, long id) {
        List<Row> rows = jdbc.sql(
                        "select " + COLUMNS + " from idea i where i.organisation_id = ? and i.merged_into_id = ?"
                                + " order by i.created_at")
                .params(org.value(), id)
                .query((rs, i) -> row(rs))
                .list();
        return withModeration(org, rows);
    }

    public List<Idea> otherIdeas(OrganisationId org, long componentId, long exceptId) {
        List<Row> rows = jdbc.sql(
                        "select " + COLUMNS + " from idea i where i.organisation_id = ? and i.component_id = ?"
                                + " and i.id <> ? and i.merged_into_id is null order by i.title limit 500")
                .params(org.value(), componentId, exceptId)
                .query((rs, i) -> row(rs))
                .list();
        return withModeration(org, rows);
    }

    public List<StatusChange> history(OrganisationId org, long id) {
        return jdbc.sql("""
                        select status, explanation, changed_at from idea_status_change
                        where organisation_id = ? and idea_id = ? order by changed_at desc, id desc""")
                .params(org.value(), id)
                .query((rs, i) -> new StatusChange(
                        IdeaStatus.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** The idea's supports by the channel they came in through, online first. */
    public Map<InputChannel, Long> supportsByChannel(OrganisationId org, long id) {
        Map<InputChannel, Long> byChannel = new EnumMap<>(InputChannel.class);
        jdbc.sql(
                        "select channel, count(*) from idea_support where organisation_id = ? and idea_id = ? group by channel")
                .params(org.value(), id)
                .query((rs, i) -> byChannel.put(InputChannel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return byChannel;
    }

    public boolean supportedBy(OrganisationId org, long id, Long accountId) {
        return accountId != null
                && jdbc.sql(
                                        "select count(*) from idea_support where organisation_id = ? and idea_id = ? and account_id = ?")
                                .params(org.value(), id, accountId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * Ideas in this component like the typed text: the Dutch full-text match of any of its words
     * (stemmed, so "bomen" finds "boom") or a title that looks alike by trigrams (typos, word order).
     * Merged and hidden ideas are left out.
     */
    public List<Similar> similar(OrganisationId org, long componentId, String title, String description) {
        String text = ((title == null ? "" : title) + " " + (description == null ? "" : description)).strip();
        String typedTitle = title == null ? "" : title.strip();
        if (text.length() < 3) {
            return List.of();
        }
        if (text.length() > 1000) {
            text = text.substring(0, 1000);
        }
        List<Row> rows = jdbc.sql("select " + COLUMNS + """
                         from idea i, (select replace(plainto_tsquery('dutch', ?)::text, '&', '|')::tsquery as q) s
                        where i.organisation_id = ? and i.component_id = ? and i.merged_into_id is null
                          and (i.search @@ s.q or similarity(i.title, ?) > 0.3 or word_similarity(?, i.title) > 0.6)
                        order by ts_rank(i.search, s.q) + similarity(i.title, ?) desc, i.support_count desc
                        limit 10""")
                .params(text, org.value(), componentId, typedTitle, typedTitle, typedTitle)
                .query((rs, i) -> row(rs))
                .list();
        return withModeration(org, rows).stream()
                .filter(idea -> idea.moderation().visible())
                .limit(5)
                .map(idea -> new Similar(
                        idea.id(), idea.title(), idea.supportCount(), idea.status(), idea.authorAccountId()))
                .toList();
    }

    /**
     * Ideas whose text matches, best first; then ideas of {@code projects} (those whose own title or text matched),
     * so "speelplein" also finds the playground's ideas that never name it.
     */
    public List<Hit> search(OrganisationId org, String query, Collection<Long> projects, int limit) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + """
                         from idea i, websearch_to_tsquery('dutch', ?) q
                        where i.organisation_id = ? and i.merged_into_id is null
                          and (i.search @@ q or similarity(i.title, ?) > 0.4 or i.project_id = any(?))
                        order by (i.search @@ q or similarity(i.title, ?) > 0.4) desc,
                                 ts_rank(i.search, q) + similarity(i.title, ?) desc, i.support_count desc limit ?""")
                .params(query, org.value(), query, projects.toArray(Long[]::new), query, query, limit * 2)
                .query((rs, i) -> row(rs))
                .list();
        return withModeration(org, rows).stream()
                .filter(idea -> idea.moderation().visible())
                .limit(limit)
                .map(idea -> new Hit(
                        idea.id(),
                        idea.componentId(),
                        idea.projectId(),
                        idea.title(),
                        Excerpt.of(idea.description(), 200)))
                .toList();
    }

    public Optional<Photo> photo(OrganisationId org, long id) {
        return jdbc.sql("select content, content_type, alt from idea_photo where organisation_id = ? and idea_id = ?")
                .params(org.value(), id)
                .query((rs, i) -> new Photo(rs.getBytes(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    // ---- commands

    /** Submits an idea; a double submit (same request key) creates one and returns its id. */
    @Transactional
    public long submit(OrganisationId org, SignedInPerson author, IdeaPlace place, IdeaForm form) {
        return submit(org, author, null, place, form);
    }

    /** Submits an idea a staff member took down from a resident, under the resident's name, held as any idea. */
    @Transactional
    public long submit(OrganisationId org, OnBehalf behalf, IdeaPlace place, IdeaForm form) {
        long id = submit(org, behalf.staff(), behalf, place, form);
        audit.record(
                org,
                Actor.of(behalf.staff()),
                "idea.enteredForResident",
                subject(id),
                behalf.channel().name());
        return id;
    }

    private long submit(OrganisationId org, SignedInPerson author, OnBehalf behalf, IdeaPlace place, IdeaForm form) {
        UUID key = RequestKey.parse(form.requestKey());
        if (key != null) {
            TransactionLock.acquire(jdbc, "idea-request:" + org + ":" + key);
            Optional<Long> existing = jdbc.sql("select id from idea where organisation_id = ? and request_key = ?")
                    .params(org.value(), key)
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var errors = new FieldErrors();
        PostText.check(errors, "title", form.title(), MAX_TITLE);
        PostText.check(errors, "description", form.description(), MAX_DESCRIPTION);
        errors.rejectIf(form.address().length() > MAX_ADDRESS, "address", "idea.error.addressTooLong")
                .rejectIf(!place.open(), "title", "idea.error.closed");
        Double latitude = coordinate(form.latitude(), 90);
        Double longitude = coordinate(form.longitude(), 180);
        errors.rejectIf(
                (latitude == null) != (longitude == null)
                        || (latitude == null && !form.latitude().isEmpty())
                        || (longitude == null && !form.longitude().isEmpty()),
                "address",
                "idea.error.location");
        if (!errors.isEmpty()) {
            throw new IdeaFormException(errors);
        }
        String text = form.title() + "\n" + form.description();
        ModerationState state = behalf == null
                ? moderation.admit(org, author, place.projectId(), text)
                : moderation.admitEnteredByStaff(org, place.projectId(), text);
        Voter resident = behalf == null ? Voter.account(author.accountId()) : behalf.voter();
        long id = jdbc.sql("""
                        insert into idea (organisation_id, component_id, project_id, title, description, author_account_id,
                            author_name, address, latitude, longitude, request_key, channel, entered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        place.componentId(),
                        place.projectId(),
                        form.title(),
                        form.description(),
                        resident == null ? null : resident.accountId(),
                        behalf == null ? author.displayName() : behalf.residentName(),
                        form.address(),
                        latitude,
                        longitude,
                        key,
                        behalf == null
                                ? InputChannel.ONLINE.name()
                                : behalf.channel().name(),
                        behalf == null ? null : author.accountId())
                .query(Long.class)
                .single();
        moderation.register(
                org,
                Moderation.IDEA,
                id,
                place.projectId(),
                author.accountId(),
                place.path(id),
                form.title() + "\n\n" + form.description(),
                state);
        return id;
    }

    /**
     * Supports an idea once per resident: parallel and repeated clicks count once, and every new
     * support counts exactly once. Supporting a merged idea supports the idea it was merged into.
     * Returns the id of the idea that now has the support.
     */
    @Transactional
    public long support(OrganisationId org, SignedInPerson person, IdeaPlace place, long ideaId) {
        return support(org, Voter.account(person.accountId()), InputChannel.ONLINE, null, place, ideaId);
    }

    /**
     * A support a staff member enters for a resident: it needs to know who the resident is, so that their
     * support counts once whether given online, on paper or both.
     */
    @Transactional
    public long support(OrganisationId org, OnBehalf behalf, IdeaPlace place, long ideaId) {
        long supported = support(
                org,
                Objects.requireNonNull(behalf.voter(), "a support needs a voter"),
                behalf.channel(),
                behalf.staff().accountId(),
                place,
                ideaId);
        audit.record(
                org,
                Actor.of(behalf.staff()),
                "idea.supportEnteredForResident",
                subject(supported),
                behalf.channel().name());
        return supported;
    }

    private long support(
            OrganisationId org, Voter voter, InputChannel channel, Long enteredBy, IdeaPlace place, long ideaId) {
        if (!place.open()) {
            throw new IdeaNotFoundException();
        }
        // KEY SHARE: supports run side by side, while a merge (FOR UPDATE) waits for them, or they for it.
        record Target(long mergedInto, Long author) {}
        Target target = jdbc.sql("""
                        select coalesce(merged_into_id, 0), author_account_id from idea
                         where organisation_id = ? and component_id = ? and id = ?
                        for key share""")
                .params(org.value(), place.componentId(), ideaId)
                .query((rs, i) -> new Target(rs.getLong(1), rs.getObject(2, Long.class)))
                .optional()
                .orElseThrow(IdeaNotFoundException::new);
        if (target.mergedInto() != 0) {
            return support(org, voter, channel, enteredBy, place, target.mergedInto());
        }
        // The author already counts as the one who sent it in; their own support would only inflate the count.
        if (voter.accountId() != null && voter.accountId().equals(target.author())) {
            return ideaId;
        }
        if (!moderation.status(org, Moderation.IDEA, ideaId).visible()) {
            throw new IdeaNotFoundException();
        }
        int added = jdbc.sql("""
                        insert into idea_support (organisation_id, idea_id, voter_key, account_id, channel, entered_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(org.value(), ideaId, voter.key(), voter.accountId(), channel.name(), enteredBy)
                .update();
        if (added == 1) {
            jdbc.sql("update idea set support_count = support_count + 1 where organisation_id = ? and id = ?")
                    .params(org.value(), ideaId)
                    .update();
        }
        return ideaId;
    }

    /**
     * Moves an idea to a status with a public explanation, when nobody changed it since the staff
     * member loaded it. The author and supporters are told.
     */
    @Transactional
    public void changeStatus(
            OrganisationId org, SignedInPerson staff, long id, int version, String status, String explanation) {
        Idea idea = idea(org, id).orElseThrow(IdeaNotFoundException::new);
        IdeaStatus next = IdeaStatus.parse(status);
        String text = explanation == null ? "" : explanation.strip();
        var errors = new FieldErrors()
                .rejectIf(next == null, "status", "idea.error.statusRequired")
                .rejectIf(text.isEmpty(), "explanation", "idea.error.explanationRequired")
                .rejectIf(text.length() > MAX_EXPLANATION, "explanation", "idea.error.explanationTooLong");
        if (!errors.isEmpty()) {
            throw new IdeaFormException(errors);
        }
        int changed = jdbc.sql("""
                        update idea set status = ?, status_explanation = ?, version = version + 1
                        where organisation_id = ? and id = ? and version = ?""")
                .params(next.name(), text, org.value(), id, version)
                .update();
        if (changed == 0) {
            throw new IdeaFormException(new FieldErrors().reject("status", "idea.error.changedMeanwhile"));
        }
        jdbc.sql("""
                        insert into idea_status_change (organisation_id, idea_id, status, explanation, changed_by)
                        values (?, ?, ?, ?, ?)""")
                .params(org.value(), id, next.name(), text, staff.displayName())
                .update();
        audit.record(org, Actor.of(staff), "idea.statusChanged", subject(id), next.name() + ": " + text);
        tell(
                org,
                idea,
                "idea.notice.status.subject",
                "idea.notice.status." + next.name() + ".text",
                List.of(idea.title(), text));
    }

    /**
     * Merges a duplicate into another idea of the same component: its supporters (and its author)
     * support the other idea, each once; both ideas keep a visible link to each other.
     */
    @Transactional
    public void merge(OrganisationId org, SignedInPerson staff, long id, long intoId) {
        if (id == intoId) {
            throw new IdeaFormException(new FieldErrors().reject("intoId", "idea.error.mergeSelf"));
        }
        // Both rows locked in id order, so two merges of the same pair cannot deadlock.
        jdbc.sql("select id from idea where organisation_id = ? and id in (?, ?) order by id for update")
                .params(org.value(), id, intoId)
                .query(Long.class)
                .list();
        Idea duplicate = idea(org, id).orElseThrow(IdeaNotFoundException::new);
        Idea target = idea(org, intoId)
                .filter(t -> t.componentId() == duplicate.componentId())
                .orElseThrow(() -> new IdeaFormException(new FieldErrors().reject("intoId", "idea.error.mergeTarget")));
        if (duplicate.mergedIntoId() != null || target.mergedIntoId() != null) {
            throw new IdeaFormException(new FieldErrors().reject("intoId", "idea.error.alreadyMerged"));
        }
        jdbc.sql("""
                        insert into idea_support (organisation_id, idea_id, voter_key, account_id, channel, entered_by, created_at)
                        select organisation_id, ?, voter_key, account_id, channel, entered_by, created_at from idea_support
                        where organisation_id = ? and idea_id = ? and account_id is distinct from ?
                        on conflict do nothing""").params(intoId, org.value(), id, target.authorAccountId()).update();
        if (duplicate.authorAccountId() != null && !duplicate.authorAccountId().equals(target.authorAccountId())) {
            Voter author = Voter.account(duplicate.authorAccountId());
            jdbc.sql("""
                            insert into idea_support (organisation_id, idea_id, voter_key, account_id) values (?, ?, ?, ?)
                            on conflict do nothing""")
                    .params(org.value(), intoId, author.key(), author.accountId())
                    .update();
        }
        jdbc.sql("""
                        update idea set support_count = (select count(*) from idea_support s
                            where s.organisation_id = idea.organisation_id and s.idea_id = idea.id), version = version + 1
                        where organisation_id = ? and id = ?""").params(org.value(), intoId).update();
        jdbc.sql("update idea set merged_into_id = ?, version = version + 1 where organisation_id = ? and id = ?")
                .params(intoId, org.value(), id)
                .update();
        audit.record(org, Actor.of(staff), "idea.merged", subject(id), "into " + subject(intoId));
        tell(
                org,
                duplicate,
                "idea.notice.merged.subject",
                "idea.notice.merged.text",
                List.of(duplicate.title(), target.title()),
                "/projecten/{project}/ideeen/" + target.componentId() + "/" + intoId);
    }

    /** Adds or replaces the photo of one's own idea, with the same checks as project images. */
    @Transactional
    public void setPhoto(OrganisationId org, SignedInPerson author, long id, byte[] upload, String alt) {
        Idea idea = idea(org, id).filter(i -> i.writtenBy(author.accountId())).orElseThrow(IdeaNotFoundException::new);
        String altText = alt == null ? "" : alt.strip();
        var errors = new FieldErrors();
        UploadedImage image = null;
        try {
            image = UploadedImage.of(upload, PHOTO_WIDTH);
        } catch (UploadedImage.Rejected rejected) {
            errors.reject("photo", rejected.messageKey());
        }
        errors.rejectIf(altText.isEmpty(), "photoAlt", "idea.error.photoAltRequired")
                .rejectIf(altText.length() > 250, "photoAlt", "idea.error.photoAltTooLong");
        if (!errors.isEmpty()) {
            throw new IdeaFormException(errors);
        }
        jdbc.sql("""
                        insert into idea_photo (organisation_id, idea_id, content_type, content, alt) values (?, ?, ?, ?, ?)
                        on conflict (organisation_id, idea_id) do update set content_type = excluded.content_type,
                            content = excluded.content, alt = excluded.alt, updated_at = now()""")
                .params(org.value(), idea.id(), image.contentType(), image.content(), altText)
                .update();
        jdbc.sql("update idea set version = version + 1 where organisation_id = ? and id = ?")
                .params(org.value(), idea.id())
                .update();
    }

    /** A deleted account's ideas stay without a name; its supports go, and the counts follow. */
    @EventListener
    void accountDeleted(AccountDeleted deleted) {
        OrganisationId org = deleted.organisationId();
        jdbc.sql("""
                        update idea i set support_count = support_count - 1 from idea_support s
                        where s.organisation_id = ? and s.account_id = ?
                          and i.organisation_id = s.organisation_id and i.id = s.idea_id""").params(org.value(), deleted.accountId()).update();
        jdbc.sql("delete from idea_support where organisation_id = ? and account_id = ?")
                .params(org.value(), deleted.accountId())
                .update();
        jdbc.sql(
                        "update idea set author_account_id = null, author_name = '' where organisation_id = ? and author_account_id = ?")
                .params(org.value(), deleted.accountId())
                .update();
    }

    // ---- figures

    /** {@code byChannel}: people by the channel of their first input. */
    record Figures(
            long participants,
            long ideas,
            Map<InputChannel, Long> byChannel,
            Map<IdeaStatus, Long> byStatus,
            Map<LocalDate, Long> byDay) {}

    Figures figures(OrganisationId org, long componentId) {
        // One row per person: an author without an account (their idea was entered for them) counts once per idea.
        Map<InputChannel, Long> byChannel = new EnumMap<>(InputChannel.class);
        jdbc.sql("""
                        select channel, count(*) from (
                            select distinct on (person) person, channel from (
                                select coalesce('account:' || author_account_id, 'idea:' || id) as person, channel, created_at
                                from idea where organisation_id = ? and component_id = ?
                                union all
                                select s.voter_key, s.channel, s.created_at from idea_support s join idea i
                                    on i.organisation_id = s.organisation_id and i.id = s.idea_id
                                where s.organisation_id = ? and i.component_id = ?) input
                            order by person, created_at) people
                        group by channel""")
                .params(org.value(), componentId, org.value(), componentId)
                .query((rs, i) -> byChannel.put(InputChannel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        long participants =
                byChannel.values().stream().mapToLong(Long::longValue).sum();
        Map<IdeaStatus, Long> byStatus = new LinkedHashMap<>();
        jdbc.sql("""
                        select status, count(*) from idea where organisation_id = ? and component_id = ?
                        and merged_into_id is null group by status""")
                .params(org.value(), componentId)
                .query((rs, i) -> byStatus.put(IdeaStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        jdbc.sql("""
                        select (created_at at time zone 'Europe/Amsterdam')::date, count(*) from idea
                        where organisation_id = ? and component_id = ? group by 1 order by 1""")
                .params(org.value(), componentId)
                .query((rs, i) -> byDay.put(rs.getDate(1).toLocalDate(), rs.getLong(2)))
                .list();
        long ideas = byDay.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(participants, ideas, byChannel, byStatus, byDay);
    }

    /** Visible, unmerged ideas with their authors, newest first: what a decision can link to. */
    public List<Idea> visibleIdeas(OrganisationId org, long componentId) {
        List<Row> rows = jdbc.sql(
                        "select " + COLUMNS + " from idea i where i.organisation_id = ? and i.component_id = ?"
                                + " and i.merged_into_id is null order by i.created_at desc, i.id desc limit 1000")
                .params(org.value(), componentId)
                .query((rs, i) -> row(rs))
                .list();
        return withModeration(org, rows).stream()
                .filter(i -> i.moderation().visible())
                .toList();
    }

    /** Visible, unmerged ideas of a project that staff marked feasible, most supported first: what a budget can take over. */
    public List<Idea> feasibleIdeas(OrganisationId org, long projectId) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from idea i where i.organisation_id = ? and i.project_id = ?"
                        + " and i.status = 'FEASIBLE' and i.merged_into_id is null"
                        + " order by i.support_count desc, i.id limit 1000")
                .params(org.value(), projectId)
                .query((rs, i) -> row(rs))
                .list();
        return withModeration(org, rows).stream()
                .filter(i -> i.moderation().visible())
                .toList();
    }

    /**
     * Tells an idea's author and supporters what another module did with it (a budget took it over), with a
     * notice of kind IDEA_STATUS; {@code path} is the page it is about. Joins the caller's transaction.
     */
    public void tellFollowUp(
            OrganisationId org, long ideaId, String subjectKey, String textKey, List<String> arguments, String path) {
        idea(org, ideaId).ifPresent(idea -> tell(org, idea, subjectKey, textKey, arguments, path));
    }

    // ---- helpers

    private void tell(OrganisationId org, Idea idea, String subjectKey, String textKey, List<String> arguments) {
        tell(
                org,
                idea,
                subjectKey,
                textKey,
                arguments,
                "/projecten/{project}/ideeen/" + idea.componentId() + "/" + idea.id());
    }

    /** Notice to the author and every supporter; the path gets the project's address filled in. */
    private void tell(
            OrganisationId org, Idea idea, String subjectKey, String textKey, List<String> arguments, String path) {
        Set<Long> recipients = new HashSet<>(jdbc.sql(
                        "select account_id from idea_support where organisation_id = ? and idea_id = ? and account_id is not null")
                .params(org.value(), idea.id())
                .query(Long.class)
                .list());
        if (idea.authorAccountId() != null) {
            recipients.add(idea.authorAccountId());
        }
        String slug = projects.getObject()
                .project(org, idea.projectId())
                .map(ProjectDetails::slug)
                .orElse("");
        events.publishEvent(new Notice(
                org,
                Notice.Kind.IDEA_STATUS,
                recipients,
                null,
                subjectKey,
                textKey,
                arguments,
                path.replace("{project}", slug)));
    }

    private List<Idea> withModeration(OrganisationId org, List<Row> rows) {
        Map<Long, ModerationStatus> statuses = moderation.statuses(
                org, Moderation.IDEA, rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> r.toIdea(statuses.getOrDefault(r.id(), ModerationStatus.UNKNOWN)))
                .toList();
    }

    private record Row(
            long id,
            long componentId,
            long projectId,
            String title,
            String description,
            Long authorAccountId,
            String authorName,
            IdeaStatus status,
            String statusExplanation,
            int supportCount,
            String address,
            Double latitude,
            Double longitude,
            Long mergedIntoId,
            String photoAlt,
            Instant createdAt,
            int version,
            InputChannel channel) {

        Idea toIdea(ModerationStatus moderation) {
            return new Idea(
                    id,
                    componentId,
                    projectId,
                    title,
                    description,
                    authorAccountId,
                    authorName,
                    status,
                    statusExplanation,
                    supportCount,
                    address,
                    latitude,
                    longitude,
                    mergedIntoId,
                    photoAlt,
                    createdAt,
                    version,
                    channel,
                    moderation);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("component_id"),
                rs.getLong("project_id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getObject("author_account_id", Long.class),
                rs.getString("author_name"),
                IdeaStatus.valueOf(rs.getString("status")),
                rs.getString("status_explanation"),
                rs.getInt("support_count"),
                rs.getString("address"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getObject("merged_into_id", Long.class),
                rs.getString("photo_alt"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"),
                InputChannel.valueOf(rs.getString("channel")));
    }

    /** A coordinate from the map, or null when empty, not a number or out of range. */
    private static Double coordinate(String value, double limit) {
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) && Math.abs(number) <= limit ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String subject(long id) {
        return "idea:" + id;
    }
}
