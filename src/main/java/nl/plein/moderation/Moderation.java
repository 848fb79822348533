package nl.plein.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.project.InputShown;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.shared.TransactionLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation module's use cases. Posting modules call {@link #admit} and {@link #register} in the
 * transaction that stores a post, and read {@link #statuses} to show it; moderators act through the
 * queue. Every query is scoped to one organisation.
 */
@Service
public class Moderation {

    public static final String CONTRIBUTION = "contribution";
    public static final String IDEA = "idea";
    public static final int MAX_REASON = 500;
    public static final int MAX_WORDS = 500;

    /** An item in the moderators' queue, with what they need to decide. */
    public record QueueItem(
            long id,
            String kind,
            long itemId,
            long projectId,
            String path,
            String text,
            ModerationState state,
            String heldFor,
            String reason,
            int reportCount,
            Instant reviewRequestedAt,
            String reviewNote,
            Instant createdAt,
            int version,
            List<Report> reports) {

        public boolean reviewRequested() {
            return reviewRequestedAt != null;
        }

        public String kindKey() {
            return "moderation.kind." + kind;
        }

        public String heldForKey() {
            return "moderation.heldFor." + heldFor;
        }
    }

    public record Report(String reason, Instant createdAt) {}

    /** A line of the public log: what kind of post, what happened, when and why; never the content. */
    public record LogEntry(String itemKind, String action, String reason, Instant happenedAt) {

        public String actionKey() {
            return "moderation.log.action." + action + "." + itemKind;
        }

        /** The standard reason of an action that has no reason of its own (reports, restoring). */
        public String defaultReasonKey() {
            return "moderation.log.action." + action + ".reason";
        }
    }

    public record ProjectSettings(boolean preModeration, int reportThreshold) {
        public static final ProjectSettings DEFAULT = new ProjectSettings(false, 3);
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Accounts accounts;
    private final ModerationProperties limits;
    private final ApplicationEventPublisher events;

    Moderation(
            JdbcClient jdbc,
            AuditLog audit,
            Accounts accounts,
            ModerationProperties limits,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
        this.limits = limits;
        this.events = events;
    }

    // ---- posting

    /**
     * Decides whether a new post may be stored and in what state: refused when the author posts too
     * often (stricter for new accounts); held for review under pre-moderation or when it contains a
     * word of the organisation's list. The author's posts are counted one at a time, so parallel
     * posts cannot slip past the limit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ModerationState admit(OrganisationId org, SignedInPerson author, long projectId, String text) {
        TransactionLock.acquire(jdbc, "moderation-author:" + org + ":" + author.accountId());
        Instant created = accounts.createdAt(org, author.accountId()).orElse(Instant.now());
        boolean newAccount = created.isAfter(Instant.now().minus(limits.newAccountAge()));
        int allowed = newAccount ? limits.newAccountPostsPerWindow() : limits.postsPerWindow();
        long recent = jdbc.sql("""
                        select count(*) from moderation_item
                        where organisation_id = ? and author_account_id = ? and created_at > now() - make_interval(secs => ?)""")
                .params(org.value(), author.accountId(), limits.window().toSeconds())
                .query(Long.class)
                .single();
        if (recent >= allowed) {
            throw new ModerationRuleException(
                    newAccount ? "moderation.error.tooManyPostsNewAccount" : "moderation.error.tooManyPosts");
        }
        return admitEnteredByStaff(org, projectId, text);
    }

    /**
     * As {@link #admit}, for what staff type in from paper or a phone call on a resident's behalf: held for
     * review on the same rules, but without the posting limit, which would stop a pile of paper forms.
     */
    public ModerationState admitEnteredByStaff(OrganisationId org, long projectId, String text) {
        return settings(org, projectId).preModeration() || containsListedWord(org, text)
                ? ModerationState.PENDING
                : ModerationState.VISIBLE;
    }

    /** Records a stored post in the state {@link #admit} gave it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void register(
            OrganisationId org,
            String kind,
            long itemId,
            long projectId,
            long authorAccountId,
            String path,
            String text,
            ModerationState state) {
        String heldFor = "";
        if (state == ModerationState.PENDING) {
            heldFor = settings(org, projectId).preModeration() ? "PRE_MODERATION" : "WORD_LIST";
        }
        jdbc.sql("""
                        insert into moderation_item
                            (organisation_id, kind, item_id, project_id, author_account_id, path, text, state, held_for)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(org.value(), kind, itemId, projectId, authorAccountId, path, text, state.name(), heldFor)
                .update();
    }

    /**
     * The author edited a post: moderators see the new text, and a visible post with a listed word
     * is held for review again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void edited(OrganisationId org, String kind, long itemId, String text) {
        boolean listed = containsListedWord(org, text);
        jdbc.sql("""
                        update moderation_item set text = ?, version = version + 1,
                            state = case when ? and state = 'VISIBLE' then 'PENDING' else state end,
                            held_for = case when ? and state = 'VISIBLE' then 'WORD_LIST' else held_for end
                        where organisation_id = ? and kind = ? and item_id = ?""").params(text, listed, listed, org.value(), kind, itemId).update();
    }

    /** The status of each post; posts never registered are absent (callers treat them as not shown). */
    public Map<Long, ModerationStatus> statuses(OrganisationId org, String kind, Collection<Long> itemIds) {
        Map<Long, ModerationStatus> result = new HashMap<>();
        if (itemIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select id, item_id, state, reason, review_requested_at is not null as review, report_count
                        from moderation_item where organisation_id = ? and kind = ? and item_id = any(?)""")
                .params(org.value(), kind, itemIds.toArray(Long[]::new))
                .query((rs, i) -> result.put(
                        rs.getLong("item_id"),
                        new ModerationStatus(
                                rs.getLong("id"),
                                ModerationState.valueOf(rs.getString("state")),
                                rs.getString("reason"),
                                rs.getBoolean("review"),
                                rs.getInt("report_count"))))
                .list();
        return result;
    }

    public ModerationStatus status(OrganisationId org, String kind, long itemId) {
        return statuses(org, kind, List.of(itemId)).getOrDefault(itemId, ModerationStatus.UNKNOWN);
    }

    // ---- reports and review requests

    /** What a reporter or author sees about an item: its kind, public path and state, never its author. */
    public record PublicItem(long id, String kind, long projectId, String path, ModerationState state, String reason) {}

    public Optional<PublicItem> publicItem(OrganisationId org, long id) {
        return jdbc.sql("""
                        select id, kind, project_id, path, state, reason from moderation_item
                        where organisation_id = ? and id = ?""")
                .params(org.value(), id)
                .query((rs, i) -> new PublicItem(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getLong("project_id"),
                        rs.getString("path"),
                        ModerationState.valueOf(rs.getString("state")),
                        rs.getString("reason")))
                .optional();
    }

    /**
     * One report per person per item (a repeated report changes nothing). When the reports reach the
     * project's threshold, a visible item is hidden until a moderator looks at it.
     */
    @Transactional
    public void report(OrganisationId org, long id, String reporter, String reason) {
        String text = reason == null ? "" : reason.strip();
        check(new FieldErrors()
                .rejectIf(text.isEmpty(), "reason", "moderation.error.reasonRequired")
                .rejectIf(text.length() > MAX_REASON, "reason", "moderation.error.reasonTooLong"));
        QueueItem item = lockedItem(org, id);
        int added = jdbc.sql("""
                        insert into moderation_report (organisation_id, item_id, reporter, reason) values (?, ?, ?, ?)
                        on conflict do nothing""").params(org.value(), id, reporter, text).update();
        if (added == 0) {
            return;
        }
        int reports = item.reportCount() + 1;
        boolean hide = item.state() == ModerationState.VISIBLE
                && reports >= settings(org, item.projectId()).reportThreshold();
        jdbc.sql("""
                        update moderation_item set report_count = ?, last_reported_at = now(), version = version + 1,
                            state = case when ? then 'REPORTED' else state end,
                            held_for = case when ? then 'REPORTS' else held_for end
                        where organisation_id = ? and id = ?""").params(reports, hide, hide, org.value(), id).update();
        if (hide) {
            log(org, item.projectId(), item.kind(), "REPORTED", "");
            audit.record(org, Actor.SYSTEM, "moderation.autoHidden", subject(id), reports + " reports");
            events.publishEvent(new InputShown(org, item.projectId(), item.kind(), item.itemId(), false));
        }
    }

    /** The author of a hidden post asks a moderator to look again; once per post. */
    @Transactional
    public void requestReview(OrganisationId org, SignedInPerson author, long id, String note) {
        String text = note == null ? "" : note.strip();
        check(new FieldErrors().rejectIf(text.length() > MAX_REASON, "note", "moderation.error.noteTooLong"));
        QueueItem item = lockedItem(org, id);
        Long authorId = jdbc.sql("select author_account_id from moderation_item where organisation_id = ? and id = ?")
                .params(org.value(), id)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (authorId == null || authorId != author.accountId()) {
            throw new ModerationNotFoundException();
        }
        if (item.state() != ModerationState.HIDDEN && item.state() != ModerationState.REPORTED) {
            throw new ModerationRuleException("moderation.error.notHidden");
        }
        if (item.reviewRequested()) {
            throw new ModerationRuleException("moderation.error.reviewAlreadyRequested");
        }
        jdbc.sql("""
                        update moderation_item set review_requested_at = now(), review_note = ?, version = version + 1
                        where organisation_id = ? and id = ?""").params(text, org.value(), id).update();
    }

    /** Whether this person wrote the item; the public page offers review requests only to the author. */
    public boolean isAuthor(OrganisationId org, long id, long accountId) {
        return jdbc.sql(
                                "select count(*) from moderation_item where organisation_id = ? and id = ? and author_account_id = ?")
                        .params(org.value(), id, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // ---- moderators

    /** Everything waiting for a moderator: held, hidden after reports, reported, or asking for review. */
    public List<QueueItem> queue(OrganisationId org) {
        return jdbc.sql("""
                        select * from moderation_item
                        where organisation_id = ? and (state in ('PENDING', 'REPORTED') or
                            (state = 'VISIBLE' and report_count > 0 and (decided_at is null or last_reported_at > decided_at)) or
                            (state = 'HIDDEN' and review_requested_at is not null and decided_at < review_requested_at))
                        order by created_at limit 200""")
                .param(org.value())
                .query((rs, i) -> item(rs, List.of()))
                .list();
    }

    public Optional<QueueItem> item(OrganisationId org, long id) {
        List<Report> reports = jdbc.sql("""
                        select reason, created_at from moderation_report where organisation_id = ? and item_id = ?
                        order by created_at""")
                .params(org.value(), id)
                .query((rs, i) -> new Report(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
        return jdbc.sql("select * from moderation_item where organisation_id = ? and id = ?")
                .params(org.value(), id)
                .query((rs, i) -> item(rs, reports))
                .optional();
    }

    /**
     * Hides an item with a public reason. {@code version} is the one the moderator saw: when another
     * moderator acted in between, nothing changes and the second one is told.
     */
    @Transactional
    public void hide(OrganisationId org, SignedInPerson moderator, long id, int version, String reason) {
        String text = reason == null ? "" : reason.strip();
        check(new FieldErrors()
                .rejectIf(text.isEmpty(), "reason", "moderation.error.hideReasonRequired")
                .rejectIf(text.length() > MAX_REASON, "reason", "moderation.error.reasonTooLong"));
        QueueItem item = item(org, id).orElseThrow(ModerationNotFoundException::new);
        decide(org, id, version, ModerationState.HIDDEN, text);
        log(org, item.projectId(), item.kind(), "HIDDEN", text);
        audit.record(org, Actor.of(moderator), "moderation.hidden", subject(id), text);
        events.publishEvent(new InputShown(org, item.projectId(), item.kind(), item.itemId(), false));
    }

    /** Shows an item (again): approves a held post, dismisses reports, or restores a hidden post. */
    @Transactional
    public void approve(OrganisationId org, SignedInPerson moderator, long id, int version) {
        QueueItem item = item(org, id).orElseThrow(ModerationNotFoundException::new);
        decide(org, id, version, ModerationState.VISIBLE, "");
        if (item.state() == ModerationState.HIDDEN || item.state() == ModerationState.REPORTED) {
            log(org, item.projectId(), item.kind(), "RESTORED", "");
            events.publishEvent(new InputShown(org, item.projectId(), item.kind(), item.itemId(), true));
        }
        audit.record(
                org,
                Actor.of(moderator),
                "moderation.approved",
                subject(id),
                item.state().name());
        if (item.state() == ModerationState.PENDING) {
            events.publishEvent(new PostApproved(org, item.kind(), item.itemId()));
        }
    }

    private void decide(OrganisationId org, long id, int version, ModerationState state, String reason) {
        int changed = jdbc.sql("""
                        update moderation_item set state = ?, reason = ?, decided_at = now(), version = version + 1
                        where organisation_id = ? and id = ? and version = ?""")
                .params(state.name(), reason, org.value(), id, version)
                .update();
        if (changed == 0) {
            throw new ModerationRuleException("moderation.error.changedMeanwhile");
        }
    }

    // ---- settings

    public ProjectSettings settings(OrganisationId org, long projectId) {
        return jdbc.sql("""
                        select pre_moderation, report_threshold from moderation_project
                        where organisation_id = ? and project_id = ?""")
                .params(org.value(), projectId)
                .query((rs, i) -> new ProjectSettings(rs.getBoolean(1), rs.getInt(2)))
                .optional()
                .orElse(ProjectSettings.DEFAULT);
    }

    @Transactional
    public void saveSettings(
            OrganisationId org, SignedInPerson staff, long projectId, boolean preModeration, String threshold) {
        int value;
        try {
            value = Integer.parseInt(threshold == null ? "" : threshold.strip());
        } catch (NumberFormatException e) {
            value = 0;
        }
        check(new FieldErrors().rejectIf(value < 1 || value > 100, "reportThreshold", "moderation.error.threshold"));
        jdbc.sql("""
                        insert into moderation_project (organisation_id, project_id, pre_moderation, report_threshold)
                        values (?, ?, ?, ?) on conflict (organisation_id, project_id)
                        do update set pre_moderation = excluded.pre_moderation, report_threshold = excluded.report_threshold""").params(org.value(), projectId, preModeration, value).update();
        audit.record(
                org,
                Actor.of(staff),
                "moderation.settingsSaved",
                "project:" + projectId,
                "pre=" + preModeration + " threshold=" + value);
    }

    public List<String> words(OrganisationId org) {
        return jdbc.sql("select word from moderation_word where organisation_id = ? order by word")
                .param(org.value())
                .query(String.class)
                .list();
    }

    /** Replaces the word list: one word or phrase per line, compared without case. */
    @Transactional
    public void saveWords(OrganisationId org, SignedInPerson staff, String lines) {
        List<String> words = (lines == null ? "" : lines)
                .lines()
                .map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .distinct()
                .toList();
        check(new FieldErrors()
                .rejectIf(words.size() > MAX_WORDS, "words", "moderation.error.tooManyWords")
                .rejectIf(words.stream().anyMatch(w -> w.length() > 100), "words", "moderation.error.wordTooLong"));
        jdbc.sql("delete from moderation_word where organisation_id = ?")
                .param(org.value())
                .update();
        for (String word : words) {
            jdbc.sql("insert into moderation_word (organisation_id, word) values (?, ?)")
                    .params(org.value(), word)
                    .update();
        }
        audit.record(org, Actor.of(staff), "moderation.wordsSaved", "organisation:" + org, words.size() + " words");
    }

    // ---- public log

    public List<LogEntry> log(OrganisationId org, long projectId) {
        return jdbc.sql("""
                        select item_kind, action, reason, happened_at from moderation_log
                        where organisation_id = ? and project_id = ? order by happened_at desc, id desc limit 500""")
                .params(org.value(), projectId)
                .query((rs, i) -> new LogEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    // ---- accounts

    /** A deleted account leaves its posts without an author: nobody can ask for their review any more. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetAuthor(OrganisationId org, long accountId) {
        jdbc.sql(
                        "update moderation_item set author_account_id = null where organisation_id = ? and author_account_id = ?")
                .params(org.value(), accountId)
                .update();
        jdbc.sql("delete from moderation_report where organisation_id = ? and reporter = ?")
                .params(org.value(), "account:" + accountId)
                .update();
    }

    // ---- helpers

    private boolean containsListedWord(OrganisationId org, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words(org)) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(lower)
                    .find()) {
                return true;
            }
        }
        return false;
    }

    private QueueItem lockedItem(OrganisationId org, long id) {
        return jdbc.sql("select * from moderation_item where organisation_id = ? and id = ? for update")
                .params(org.value(), id)
                .query((rs, i) -> item(rs, List.of()))
                .optional()
                .orElseThrow(ModerationNotFoundException::new);
    }

    private void log(OrganisationId org, long projectId, String kind, String action, String reason) {
        jdbc.sql("""
                        insert into moderation_log (organisation_id, project_id, item_kind, action, reason)
                        values (?, ?, ?, ?, ?)""").params(org.value(), projectId, kind, action, reason).update();
    }

    private static QueueItem item(java.sql.ResultSet rs, List<Report> reports) throws java.sql.SQLException {
        var review = rs.getTimestamp("review_requested_at");
        return new QueueItem(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getLong("item_id"),
                rs.getLong("project_id"),
                rs.getString("path"),
                rs.getString("text"),
                ModerationState.valueOf(rs.getString("state")),
                rs.getString("held_for"),
                rs.getString("reason"),
                rs.getInt("report_count"),
                review == null ? null : review.toInstant(),
                rs.getString("review_note"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"),
                reports);
    }

    private static void check(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new ModerationFormException(errors);
        }
    }

    private static String subject(long id) {
        return "moderation:" + id;
    }
}
