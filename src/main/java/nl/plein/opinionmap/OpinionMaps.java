package nl.plein.opinionmap;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.opinionmap.analysis.PolisExport;
import nl.plein.opinionmap.analysis.Votes;
import nl.plein.panel.PanelManagement;
import nl.plein.panel.PanelMember;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;
import nl.plein.shared.OnBehalf;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SecretTokens;
import nl.plein.shared.Voter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opinion map's facade: settings, statements and their moderation, participants and their votes,
 * the last computed map, import and export. Every query is scoped to one organisation.
 */
@Service
public class OpinionMaps {

    public record Settings(Audience audience, boolean premoderation, String lastError, Instant lastErrorAt) {}

    /**
     * Who is voting: an account, a browser token (hashed before it touches the database), or the voter key of a
     * resident without an account whose votes staff enter.
     */
    public record ParticipantRef(Long accountId, String browserToken, String voterKey) {
        public static ParticipantRef account(long id) {
            return new ParticipantRef(id, null, null);
        }

        public static ParticipantRef browser(String token) {
            return new ParticipantRef(null, token, null);
        }

        static ParticipantRef of(Voter voter) {
            return voter.accountId() != null ? account(voter.accountId()) : new ParticipantRef(null, null, voter.key());
        }
    }

    public record Position(long participantId, double x, double y, int group) {}

    public record Progress(int voted, int total) {}

    /**
     * The votes of a map for the computation: dense indexes, mapped back to ids by these arrays; read at
     * {@code readAt} by the database's clock (votes committed before are in). {@code rejected[j]}:
     * statement j was taken out by a moderator after people voted on it.
     */
    public record LoadedVotes(
            long[] participantIds, long[] statementIds, boolean[] rejected, Votes votes, Instant readAt) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditLog audit;
    private final PanelManagement panel;
    private final JsonMapper json = JsonMapper.builder().build();

    OpinionMaps(JdbcClient jdbc, JdbcTemplate template, AuditLog audit, PanelManagement panel) {
        this.panel = panel;
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
    }

    // ---- settings

    /** The map's own row exists from the first time anyone looks at it (written once, then only read). */
    @Transactional
    public Settings settings(OrganisationId org, long componentId) {
        Optional<Settings> found = readSettings(org, componentId);
        if (found.isPresent()) return found.get();
        jdbc.sql("""
                insert into opinion_map (organisation_id, component_id) values (:org, :c)
                on conflict do nothing""").param("org", org.value()).param("c", componentId).update();
        return readSettings(org, componentId).orElseThrow();
    }

    private Optional<Settings> readSettings(OrganisationId org, long componentId) {
        return jdbc.sql("""
                select audience, premoderation, last_error, last_error_at from opinion_map
                where organisation_id = :org and component_id = :c""")
                .param("org", org.value())
                .param("c", componentId)
                .query((rs, n) -> new Settings(
                        Audience.of(rs.getString(1)),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** When the last map was computed, without reading it. */
    public Optional<Instant> computedAt(OrganisationId org, long componentId) {
        return jdbc.sql("select computed_at from opinion_map_result where organisation_id = :org and component_id = :c")
                .param("org", org.value())
                .param("c", componentId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    @Transactional
    public FieldErrors updateSettings(
            OrganisationId org, Actor actor, long componentId, String audience, boolean premoderation) {
        settings(org, componentId);
        var errors = new FieldErrors();
        Audience chosen = null;
        try {
            chosen = Audience.of(audience == null ? "" : audience);
        } catch (IllegalArgumentException e) {
            errors.reject("audience", "opinionmap.settings.audience.required");
        }
        if (!errors.isEmpty()) return errors;
        jdbc.sql("""
                update opinion_map set audience = :a, premoderation = :p
                where organisation_id = :org and component_id = :c""")
                .param("a", chosen.value())
                .param("p", premoderation)
                .param("org", org.value())
                .param("c", componentId)
                .update();
        audit.record(
                org,
                actor,
                "opinionmap.settings",
                subject(componentId),
                "audience=" + chosen.value() + " premoderation=" + premoderation);
        return errors;
    }

    /** Whether this person (empty: not signed in) may vote and add statements, given who the map is for. */
    public boolean mayTakePart(OrganisationId org, Audience audience, Optional<Long> accountId) {
        return switch (audience) {
            case ANYONE -> true;
            case ACCOUNTS -> accountId.isPresent();
            case PANEL ->
                accountId
                        .flatMap(account -> panel.memberOf(org, account))
                        .filter(member -> member.status() == PanelMember.Status.ACTIVE)
                        .isPresent();
        };
    }

    // ---- statements

    public List<Statement> statements(OrganisationId org, long componentId) {
        return jdbc.sql("""
                select id, text, status, origin from opinion_statement
                where organisation_id = :org and component_id = :c order by id""")
                .param("org", org.value())
                .param("c", componentId)
                .query(Statement.class)
                .list();
    }

    public List<Statement> pendingStatements(OrganisationId org, long componentId) {
        return statements(org, componentId).stream().filter(Statement::pending).toList();
    }

    public static FieldErrors checkText(String text) {
        var errors = new FieldErrors();
        errors.rejectIf(FieldErrors.isBlank(text), "text", "opinionmap.statement.required");
        errors.rejectIf(
                text != null && text.strip().length() > Statement.MAX_LENGTH, "text", "opinionmap.statement.tooLong");
        return errors;
    }

    /** Staff add a statement: published at once. */
    @Transactional
    public FieldErrors addStatement(OrganisationId org, Actor actor, long componentId, String text) {
        FieldErrors errors = checkText(text);
        if (!errors.isEmpty()) return errors;
        settings(org, componentId);
        long id = jdbc.sql("""
                insert into opinion_statement (organisation_id, component_id, text, status, origin)
                values (:org, :c, :t, 'published', 'staff') returning id""")
                .param("org", org.value())
                .param("c", componentId)
                .param("t", text.strip())
                .query(Long.class)
                .single();
        audit.record(org, actor, "opinionmap.statementAdded", subject(componentId), "statement " + id);
        return errors;
    }

    /**
     * A participant submits a statement: pending when the map is pre-moderated, else published. The
     * request key makes a double submit harmless. Returns the status it got.
     */
    @Transactional
    public String submitStatement(
            OrganisationId org, long componentId, long participantId, String text, UUID requestKey) {
        Settings settings = settings(org, componentId);
        String status = settings.premoderation() ? "pending" : "published";
        jdbc.sql("""
                insert into opinion_statement (organisation_id, component_id, text, status, origin, author_id, request_key)
                values (:org, :c, :t, :s, 'participant', :a, :k)
                on conflict (organisation_id, request_key) do nothing""")
                .param("org", org.value())
                .param("c", componentId)
                .param("t", text.strip())
                .param("s", status)
                .param("a", participantId)
                .param("k", requestKey)
                .update();
        return status;
    }

    @Transactional
    public boolean moderate(OrganisationId org, Actor actor, long componentId, long statementId, boolean publish) {
        int changed = jdbc.sql("""
                update opinion_statement set status = :s
                where organisation_id = :org and component_id = :c and id = :id and origin <> 'import'""")
                .param("s", publish ? "published" : "rejected")
                .param("org", org.value())
                .param("c", componentId)
                .param("id", statementId)
                .update();
        if (changed > 0) {
            audit.record(
                    org,
                    actor,
                    publish ? "opinionmap.statementPublished" : "opinionmap.statementRejected",
                    subject(componentId),
                    "statement " + statementId);
        }
        return changed > 0;
    }

    // ---- participants and votes

    /** The participant's id in this map, made on first use when {@code create}. */
    @Transactional
    public Optional<Long> participant(OrganisationId org, long componentId, ParticipantRef ref, boolean create) {
        String column;
        Object key;
        if (ref.accountId() != null) {
            column = "account_id";
            key = ref.accountId();
        } else if (ref.voterKey() != null) {
            column = "voter_key";
            key = ref.voterKey();
        } else {
            column = "token_hash";
            key = hash(ref.browserToken());
        }
        if (key == null) return Optional.empty();
        if (create) {
            settings(org, componentId);
            jdbc.sql("insert into opinion_participant (organisation_id, component_id, " + column
                            + ") values (:org, :c, :k) on conflict do nothing")
                    .param("org", org.value())
                    .param("c", componentId)
                    .param("k", key)
                    .update();
        }
        return jdbc.sql("select id from opinion_participant where organisation_id = :org and component_id = :c and "
                        + column + " = :k")
                .param("org", org.value())
                .param("c", componentId)
                .param("k", key)
                .query(Long.class)
                .optional();
    }

    /** Stores a vote at once (a later vote replaces an earlier one); false when the statement cannot be voted on. */
    @Transactional
    public boolean vote(OrganisationId org, long componentId, long participantId, long statementId, int vote) {
        return vote(org, componentId, participantId, statementId, vote, InputChannel.ONLINE, null);
    }

    /**
     * Votes a staff member enters from a resident's paper sheet or call ({@code votes}: statement id to 1, -1 or 0).
     * The resident is one participant by their voter key, their account when they have one, so votes online and on
     * paper meet and a later vote on a statement replaces an earlier one. Returns how many were stored.
     */
    @Transactional
    public int vote(OrganisationId org, OnBehalf behalf, long componentId, Map<Long, Integer> votes) {
        Voter voter = Objects.requireNonNull(behalf.voter(), "votes need a voter");
        long participant =
                participant(org, componentId, ParticipantRef.of(voter), true).orElseThrow();
        int stored = 0;
        for (var entry : votes.entrySet()) {
            if (vote(
                    org,
                    componentId,
                    participant,
                    entry.getKey(),
                    entry.getValue(),
                    behalf.channel(),
                    behalf.staff().accountId())) {
                stored++;
            }
        }
        audit.record(
                org,
                Actor.of(behalf.staff()),
                "opinionmap.votesEnteredForResident",
                String.valueOf(componentId),
                behalf.channel().name() + ", " + stored);
        return stored;
    }

    private boolean vote(
            OrganisationId org,
            long componentId,
            long participantId,
            long statementId,
            int vote,
            InputChannel channel,
            Long enteredBy) {
        if (vote < -1 || vote > 1) return false;
        return jdbc.sql("""
                insert into opinion_vote (organisation_id, participant_id, statement_id, component_id, vote, voted_at,
                    channel, entered_by)
                select :org, :p, s.id, s.component_id, :v, now(), :ch, cast(:by as bigint) from opinion_statement s
                where s.organisation_id = :org and s.component_id = :c and s.id = :s and s.status = 'published'
                on conflict (organisation_id, participant_id, statement_id)
                do update set vote = excluded.vote, voted_at = excluded.voted_at, channel = excluded.channel,
                    entered_by = excluded.entered_by""")
                        .param("org", org.value())
                        .param("p", participantId)
                        .param("c", componentId)
                        .param("s", statementId)
                        .param("v", vote)
                        .param("ch", channel.name())
                        .param("by", enteredBy)
                        .update()
                > 0;
    }

    /**
     * The next published statement this participant has not voted on. The order differs per participant
     * (a hash of both ids), so early statements do not get all the votes.
     */
    public Optional<Statement> nextStatement(OrganisationId org, long componentId, Long participantId) {
        return jdbc.sql("""
                select s.id, s.text, s.status, s.origin from opinion_statement s
                where s.organisation_id = :org and s.component_id = :c and s.status = 'published'
                  and not exists (select 1 from opinion_vote v where v.organisation_id = s.organisation_id
                                  and v.participant_id = :p and v.statement_id = s.id)
                order by md5(coalesce(:p, 0)::text || '-' || s.id), s.id limit 1""")
                .param("org", org.value())
                .param("c", componentId)
                .param("p", participantId)
                .query(Statement.class)
                .optional();
    }

    public Progress progress(OrganisationId org, long componentId, Long participantId) {
        return jdbc.sql("""
                select (select count(*) from opinion_vote v join opinion_statement s
                          on s.organisation_id = v.organisation_id and s.id = v.statement_id and s.status = 'published'
                        where v.organisation_id = :org and v.participant_id = :p) as voted,
                       (select count(*) from opinion_statement s where s.organisation_id = :org
                          and s.component_id = :c and s.status = 'published') as total""")
                .param("org", org.value())
                .param("c", componentId)
                .param("p", participantId == null ? -1 : participantId)
                .query((rs, n) -> new Progress(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    /**
     * Votes on published and rejected statements, in participant order; what the computation reads. As in
     * Polis, votes on a statement moderators took out still count for who takes part, and the statement
     * itself weighs nothing.
     */
    public LoadedVotes loadVotes(OrganisationId org, long componentId) {
        Instant readAt = jdbc.sql("select clock_timestamp()")
                .query(Timestamp.class)
                .single()
                .toInstant();
        List<long[]> rows = jdbc.sql("""
                select id, case when status = 'rejected' then 1 else 0 end from opinion_statement
                where organisation_id = :org and component_id = :c and status in ('published', 'rejected')
                order by id""")
                .param("org", org.value())
                .param("c", componentId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        long[] statements = new long[rows.size()];
        boolean[] rejected = new boolean[rows.size()];
        for (int j = 0; j < statements.length; j++) {
            statements[j] = rows.get(j)[0];
            rejected[j] = rows.get(j)[1] == 1;
        }
        var reader = new VoteReader(statements);
        template.query(
                con -> {
                    var ps = con.prepareStatement("""
                            select v.participant_id, v.statement_id, v.vote from opinion_vote v
                            join opinion_statement s on s.organisation_id = v.organisation_id and s.id = v.statement_id
                            where v.organisation_id = ? and v.component_id = ? and s.status in ('published', 'rejected')
                            order by v.participant_id""");
                    ps.setLong(1, org.value());
                    ps.setLong(2, componentId);
                    ps.setFetchSize(10_000);
                    return ps;
                },
                reader);
        return reader.result(rejected, readAt);
    }

    /** Streams rows into primitive arrays: no object per vote. */
    private static final class VoteReader implements org.springframework.jdbc.core.RowCallbackHandler {
        private final long[] statementIds;
        private long[] participantIds = new long[256];
        private int participants;
        private int[] p = new int[4096], s = new int[4096];
        private byte[] v = new byte[4096];
        private int n;

        VoteReader(long[] statementIds) {
            this.statementIds = statementIds;
        }

        @Override
        public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
            long participant = rs.getLong(1);
            int statement = Arrays.binarySearch(statementIds, rs.getLong(2));
            if (statement < 0) return;
            if (participants == 0 || participantIds[participants - 1] != participant) {
                if (participants == participantIds.length)
                    participantIds = Arrays.copyOf(participantIds, participants * 2);
                participantIds[participants++] = participant;
            }
            if (n == p.length) {
                p = Arrays.copyOf(p, n * 2);
                s = Arrays.copyOf(s, n * 2);
                v = Arrays.copyOf(v, n * 2);
            }
            p[n] = participants - 1;
            s[n] = statement;
            v[n] = (byte) rs.getInt(3);
            n++;
        }

        LoadedVotes result(boolean[] rejected, Instant readAt) {
            return new LoadedVotes(
                    Arrays.copyOf(participantIds, participants),
                    statementIds,
                    rejected,
                    Votes.of(participants, statementIds.length, p, s, v, n),
                    readAt);
        }
    }

    // ---- the computed map

    /**
     * Replaces the last map: summary and positions in one transaction, so pages never see half of it.
     * False, and nothing written, when the stored map was made from votes read later than these (another
     * node was faster).
     */
    @Transactional
    public boolean storeResult(
            OrganisationId org,
            long componentId,
            MapSummary summary,
            Instant votesReadAt,
            long[] participantIds,
            float[] x,
            float[] y,
            int[] group) {
        int stored = jdbc.sql("""
                insert into opinion_map_result (organisation_id, component_id, computed_at, summary, votes_read_at)
                values (:org, :c, :t, :s::jsonb, :read)
                on conflict (organisation_id, component_id) do update set computed_at = excluded.computed_at,
                    summary = excluded.summary, votes_read_at = excluded.votes_read_at
                where opinion_map_result.votes_read_at <= excluded.votes_read_at""")
                .param("org", org.value())
                .param("c", componentId)
                .param("t", Timestamp.from(summary.computedAt()))
                .param("s", json.writeValueAsString(summary))
                .param("read", Timestamp.from(votesReadAt))
                .update();
        if (stored == 0) return false;
        jdbc.sql("delete from opinion_position where organisation_id = :org and component_id = :c")
                .param("org", org.value())
                .param("c", componentId)
                .update();
        List<Long> ids = new ArrayList<>();
        List<Float> xs = new ArrayList<>(), ys = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < participantIds.length; i++) {
            if (group[i] < 0) continue;
            ids.add(participantIds[i]);
            xs.add(x[i]);
            ys.add(y[i]);
            groups.add(group[i]);
        }
        template.update(con -> {
            var ps = con.prepareStatement("""
                            insert into opinion_position (organisation_id, component_id, participant_id, x, y, group_no)
                            select ?, ?, * from unnest(?::bigint[], ?::real[], ?::real[], ?::smallint[])""");
            ps.setLong(1, org.value());
            ps.setLong(2, componentId);
            ps.setArray(3, con.createArrayOf("bigint", ids.toArray()));
            ps.setArray(4, con.createArrayOf("real", xs.toArray()));
            ps.setArray(5, con.createArrayOf("real", ys.toArray()));
            ps.setArray(6, con.createArrayOf("smallint", groups.toArray()));
            return ps;
        });
        jdbc.sql(
                        "update opinion_map set last_error = null, last_error_at = null where organisation_id = :org and component_id = :c")
                .param("org", org.value())
                .param("c", componentId)
                .update();
        return true;
    }

    @Transactional
    public void recordFailure(OrganisationId org, long componentId, String error) {
        jdbc.sql("""
                update opinion_map set last_error = :e, last_error_at = now()
                where organisation_id = :org and component_id = :c""")
                .param("e", error)
                .param("org", org.value())
                .param("c", componentId)
                .update();
    }

    public Optional<MapSummary> summary(OrganisationId org, long componentId) {
        return jdbc.sql(
                        "select summary::text from opinion_map_result where organisation_id = :org and component_id = :c")
                .param("org", org.value())
                .param("c", componentId)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, MapSummary.class));
    }

    public Optional<Position> position(OrganisationId org, long componentId, long participantId) {
        return jdbc.sql("""
                select participant_id, x, y, group_no from opinion_position
                where organisation_id = :org and component_id = :c and participant_id = :p""")
                .param("org", org.value())
                .param("c", componentId)
                .param("p", participantId)
                .query((rs, n) -> new Position(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getInt(4)))
                .optional();
    }

    /** Some positions for the picture (an even spread over participant ids, never all of a large map). */
    public List<Position> positions(OrganisationId org, long componentId, int limit) {
        return jdbc.sql("""
                select participant_id, x, y, group_no from (
                    select p.*, row_number() over (order by participant_id) as rn, count(*) over () as total
                    from opinion_position p where organisation_id = :org and component_id = :c) t
                where rn % greatest(1, ceil(total::numeric / :limit)::int) = 0 order by participant_id""")
                .param("org", org.value())
                .param("c", componentId)
                .param("limit", limit)
                .query((rs, n) -> new Position(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getInt(4)))
                .list();
    }

    /** Maps whose votes changed after their last computation (found again after a restart). */
    public List<long[]> mapsWithNewVotes() {
        return jdbc.sql("""
                select m.organisation_id, m.component_id from opinion_map m
                left join opinion_map_result r on r.organisation_id = m.organisation_id and r.component_id = m.component_id
                where exists (select 1 from opinion_vote v where v.organisation_id = m.organisation_id
                              and v.component_id = m.component_id
                              and v.voted_at > coalesce(r.computed_at, '-infinity'::timestamptz))""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** Agree, disagree and pass per statement over everyone who voted (staff counts). */
    public java.util.Map<Long, int[]> totals(OrganisationId org, long componentId) {
        var totals = new java.util.HashMap<Long, int[]>();
        jdbc.sql("""
                select statement_id, count(*) filter (where vote = 1), count(*) filter (where vote = -1),
                       count(*) filter (where vote = 0)
                from opinion_vote where organisation_id = :org and component_id = :c group by statement_id""").param("org", org.value()).param("c", componentId).query(rs -> {
            totals.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
        });
        return totals;
    }

    // ---- participation figures

    public long participantCount(OrganisationId org, long componentId) {
        return jdbc.sql("""
                select count(distinct participant_id) from opinion_vote
                where organisation_id = :org and component_id = :c""")
                .param("org", org.value())
                .param("c", componentId)
                .query(Long.class)
                .single();
    }

    /** Participants by the channel of their first vote. */
    public Map<InputChannel, Long> participantsByChannel(OrganisationId org, long componentId) {
        Map<InputChannel, Long> byChannel = new java.util.EnumMap<>(InputChannel.class);
        jdbc.sql("""
                select channel, count(*) from (
                    select distinct on (participant_id) participant_id, channel from opinion_vote
                    where organisation_id = :org and component_id = :c order by participant_id, voted_at) first
                group by channel""")
                .param("org", org.value())
                .param("c", componentId)
                .query((rs, i) -> byChannel.put(InputChannel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return byChannel;
    }

    public java.util.Map<LocalDate, Long> votesByDay(OrganisationId org, long componentId) {
        var byDay = new java.util.TreeMap<LocalDate, Long>();
        jdbc.sql("""
                select (voted_at at time zone 'Europe/Amsterdam')::date, count(*) from opinion_vote
                where organisation_id = :org and component_id = :c group by 1""").param("org", org.value()).param("c", componentId).query(rs -> {
            byDay.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
        });
        return byDay;
    }

    /** Published statements residents wrote, with the account behind them (for a decision to link to). */
    public List<Object[]> participantStatements(OrganisationId org, long componentId) {
        return jdbc.sql("""
                select s.id, s.text, p.account_id from opinion_statement s
                left join opinion_participant p on p.organisation_id = s.organisation_id and p.id = s.author_id
                where s.organisation_id = :org and s.component_id = :c and s.origin = 'participant'
                  and s.status = 'published' order by s.id desc""")
                .param("org", org.value())
                .param("c", componentId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)})
                .list();
    }

    // ---- Polis import

    /**
     * Adds a Polis conversation to a map: its statements (origin "import"; published, or rejected where
     * Polis' moderators took them out), its voters as participants and their latest votes. Importing the
     * same export twice adds nothing twice.
     */
    @Transactional
    public int importPolis(OrganisationId org, Actor actor, long componentId, PolisExport polis) {
        settings(org, componentId);
        long[] statementIds = new long[polis.statementIds().length];
        for (int j = 0; j < statementIds.length; j++) {
            String text = polis.statementTexts().get(j).strip();
            if (text.length() > Statement.MAX_LENGTH) text = text.substring(0, Statement.MAX_LENGTH - 1) + "…";
            statementIds[j] = jdbc.sql("""
                    insert into opinion_statement (organisation_id, component_id, text, status, origin, external_id)
                    values (:org, :c, :t, :status, 'import', :e)
                    on conflict (organisation_id, component_id, external_id) do update set text = excluded.text
                    returning id""")
                    .param("org", org.value())
                    .param("c", componentId)
                    .param("t", text)
                    .param("status", polis.moderatedOut()[j] ? "rejected" : "published")
                    .param("e", "polis:" + polis.statementIds()[j])
                    .query(Long.class)
                    .single();
        }
        List<String> external =
                Arrays.stream(polis.voterIds()).mapToObj(id -> "polis:" + id).toList();
        long[] participantIds = externalParticipants(org, componentId, external);
        int count = polis.votes().count();
        Long[] p = new Long[count], s = new Long[count];
        Short[] v = new Short[count];
        int[] at = {0};
        polis.votes().forEach((i, j, vote) -> {
            p[at[0]] = participantIds[i];
            s[at[0]] = statementIds[j];
            v[at[0]] = (short) vote;
            at[0]++;
        });
        insertVotes(org, componentId, p, s, v);
        audit.record(
                org,
                actor,
                "opinionmap.polisImported",
                subject(componentId),
                statementIds.length + " statements, " + external.size() + " participants, " + count + " votes");
        return count;
    }

    /** Many votes in one statement (arrays unnested by PostgreSQL): imports and demo data. */
    void insertVotes(OrganisationId org, long componentId, Long[] participants, Long[] statements, Short[] votes) {
        template.update(con -> {
            var ps = con.prepareStatement("""
                    insert into opinion_vote (organisation_id, component_id, participant_id, statement_id, vote)
                    select ?, ?, * from unnest(?::bigint[], ?::bigint[], ?::smallint[])
                    on conflict (organisation_id, participant_id, statement_id)
                    do update set vote = excluded.vote, voted_at = excluded.voted_at""");
            ps.setLong(1, org.value());
            ps.setLong(2, componentId);
            ps.setArray(3, con.createArrayOf("bigint", participants));
            ps.setArray(4, con.createArrayOf("bigint", statements));
            ps.setArray(5, con.createArrayOf("smallint", votes));
            return ps;
        });
    }

    /**
     * Simulated participants (demo data) known by {@code prefix + index}, with their votes: a few
     * statements in all, however many votes. {@code participant[e]} indexes the simulated participants.
     */
    @Transactional
    public void addSimulatedVotes(
            OrganisationId org,
            long componentId,
            String prefix,
            int participants,
            int[] participant,
            long[] statementId,
            byte[] vote,
            int count) {
        List<String> external = new ArrayList<>();
        for (int i = 0; i < participants; i++) external.add(prefix + i);
        long[] ids = externalParticipants(org, componentId, external);
        Long[] p = new Long[count], s = new Long[count];
        Short[] v = new Short[count];
        for (int e = 0; e < count; e++) {
            p[e] = ids[participant[e]];
            s[e] = statementId[e];
            v[e] = (short) vote[e];
        }
        insertVotes(org, componentId, p, s, v);
    }

    /** Participants known only by an external id (imports, demo data); ids in the order given. */
    long[] externalParticipants(OrganisationId org, long componentId, List<String> externalIds) {
        settings(org, componentId);
        String[] external = externalIds.toArray(String[]::new);
        template.update(con -> {
            var ps = con.prepareStatement("""
                    insert into opinion_participant (organisation_id, component_id, external_id)
                    select ?, ?, unnest(?::text[]) on conflict do nothing""");
            ps.setLong(1, org.value());
            ps.setLong(2, componentId);
            ps.setArray(3, con.createArrayOf("text", external));
            return ps;
        });
        var index = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < external.length; i++) index.put(external[i], i);
        long[] ids = new long[external.length];
        template.query(
                con -> {
                    var ps = con.prepareStatement("""
                            select id, external_id from opinion_participant
                            where organisation_id = ? and component_id = ? and external_id = any(?::text[])""");
                    ps.setLong(1, org.value());
                    ps.setLong(2, componentId);
                    ps.setArray(3, con.createArrayOf("text", external));
                    return ps;
                },
                (java.sql.ResultSet rs) -> {
                    ids[index.get(rs.getString(2))] = rs.getLong(1);
                });
        return ids;
    }

    static String subject(long componentId) {
        return "opinion-map " + componentId;
    }

    static String hash(String token) {
        return token == null || token.isBlank() ? null : SecretTokens.hash(token);
    }
}
