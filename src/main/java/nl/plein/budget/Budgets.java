package nl.plein.budget;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.budget.count.Instance;
import nl.plein.budget.count.Outcome;
import nl.plein.budget.count.Pabulib;
import nl.plein.budget.count.Rule;
import nl.plein.budget.count.Tally;
import nl.plein.idea.Idea;
import nl.plein.idea.IdeaManagement;
import nl.plein.panel.PanelManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;
import nl.plein.shared.OnBehalf;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.shared.Voter;
import nl.plein.tenancy.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget's facade: settings, proposals, ballots (one per voter key, the last one counts), closing and
 * counting, publishing the result. Every query is scoped to one organisation.
 */
@Service
public class Budgets {

    public static final int MAX_TITLE = 150;
    public static final int MAX_DESCRIPTION = 5_000;
    /** A budget of more than a billion euros is a typing error, not a neighbourhood budget. */
    public static final long MAX_AMOUNT = 1_000_000_000L;

    /**
     * A budget's settings and state. Voting is open while the phase takes input and staff have not closed it;
     * {@code perVoter} is the share MES counted with.
     */
    public record Settings(
            long componentId,
            long amount,
            BallotKind kind,
            int maxChoices,
            int points,
            Long areaId,
            Rule rule,
            Instant closedAt,
            Instant countedAt,
            Long perVoter,
            Instant publishedAt) {

        public boolean closed() {
            return closedAt != null;
        }

        public boolean counted() {
            return countedAt != null;
        }

        public boolean published() {
            return publishedAt != null;
        }
    }

    /** What staff fill in on the settings form, as typed. */
    public record SettingsForm(
            String amount, String kind, String maxChoices, String points, String areaId, String rule) {}

    /** What staff fill in for a proposal, as typed. */
    public record ProposalForm(String title, String description, String cost, String areaId) {}

    /**
     * Who casts a ballot and how: online by the voter, or on paper (by phone, in person) entered by a staff member.
     *
     * @param staff who entered a paper ballot; null online
     * @param postcode the voter's postcode, asked on a budget for one area
     */
    public record Cast(Voter voter, InputChannel channel, SignedInPerson staff, String postcode) {

        public static Cast online(Voter voter, String postcode) {
            return new Cast(voter, InputChannel.ONLINE, null, postcode);
        }

        public static Cast onBehalf(OnBehalf behalf, String postcode) {
            return new Cast(behalf.voter(), behalf.channel(), behalf.staff(), postcode);
        }
    }

    /** A counted proposal: the verdict in figures, with the proposal it is about. */
    public record Result(Proposal proposal, Outcome.Verdict verdict) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PanelManagement panel;
    private final IdeaManagement ideas;
    private final Organisations organisations;

    Budgets(JdbcClient jdbc, AuditLog audit, PanelManagement panel, IdeaManagement ideas, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
        this.panel = panel;
        this.ideas = ideas;
    }

    // ---- settings

    /** The budget's own row exists from the first time anyone looks at it. */
    @Transactional
    public Settings settings(OrganisationId org, long componentId) {
        Optional<Settings> found = readSettings(org, componentId);
        if (found.isPresent()) return found.get();
        jdbc.sql("insert into budget (organisation_id, component_id) values (?, ?) on conflict do nothing")
                .params(org.value(), componentId)
                .update();
        return readSettings(org, componentId).orElseThrow();
    }

    private Optional<Settings> readSettings(OrganisationId org, long componentId) {
        return jdbc.sql("""
                        select amount, ballot_kind, max_choices, points, area_id, rule, closed_at, counted_at, per_voter,
                               published_at
                        from budget where organisation_id = ? and component_id = ?""")
                .params(org.value(), componentId)
                .query((rs, n) -> new Settings(
                        componentId,
                        rs.getLong(1),
                        BallotKind.of(rs.getString(2)).orElseThrow(),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getObject(5, Long.class),
                        Rule.of(rs.getString(6)).orElseThrow(),
                        instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)),
                        rs.getObject(9, Long.class),
                        instant(rs.getTimestamp(10))))
                .optional();
    }

    /**
     * Changes the settings. Once ballots are in, the amount, the kind of ballot and its limits stay as they are:
     * changing them would change the meaning of ballots already cast.
     */
    @Transactional
    public FieldErrors updateSettings(OrganisationId org, Actor actor, long componentId, SettingsForm form) {
        Settings current = settings(org, componentId);
        var errors = new FieldErrors();
        Long amount = wholeNumber(form.amount(), 1, MAX_AMOUNT);
        errors.rejectIf(amount == null, "amount", "budget.settings.amount.invalid");
        Optional<BallotKind> kind = BallotKind.of(form.kind());
        errors.rejectIf(kind.isEmpty(), "kind", "budget.settings.kind.invalid");
        Long max = wholeNumber(form.maxChoices(), 1, 1_000);
        errors.rejectIf(max == null, "maxChoices", "budget.settings.maxChoices.invalid");
        Long points = wholeNumber(form.points(), 1, 1_000);
        errors.rejectIf(points == null, "points", "budget.settings.points.invalid");
        Optional<Rule> rule = Rule.of(form.rule());
        errors.rejectIf(rule.isEmpty(), "rule", "budget.settings.rule.invalid");
        Long area = null;
        if (form.areaId() != null && !form.areaId().isBlank()) {
            area = areaOf(org, form.areaId());
            errors.rejectIf(area == null, "areaId", "budget.settings.area.invalid");
        }
        if (!errors.isEmpty()) return errors;
        boolean lockedChange = amount != current.amount()
                || kind.get() != current.kind()
                || max.intValue() != current.maxChoices()
                || points.intValue() != current.points()
                || !java.util.Objects.equals(area, current.areaId());
        if (lockedChange && ballotCount(org, componentId) > 0) {
            return errors.reject("amount", "budget.settings.locked");
        }
        if (rule.get() != current.rule() && current.counted()) {
            return errors.reject("rule", "budget.settings.counted");
        }
        jdbc.sql("""
                        update budget set amount = ?, ballot_kind = ?, max_choices = ?, points = ?, area_id = ?, rule = ?
                        where organisation_id = ? and component_id = ?""")
                .params(
                        amount,
                        kind.get().key,
                        max.intValue(),
                        points.intValue(),
                        area,
                        rule.get().key,
                        org.value(),
                        componentId)
                .update();
        audit.record(
                org,
                actor,
                "budget.settings",
                "component " + componentId,
                "amount " + amount + ", " + kind.get().key + ", rule " + rule.get().key);
        return errors;
    }

    // ---- proposals

    public List<Proposal> proposals(OrganisationId org, long componentId) {
        return jdbc.sql("""
                        select id, title, description, cost, area_id, idea_id, external_id from budget_project
                        where organisation_id = ? and component_id = ? order by position, id""")
                .params(org.value(), componentId)
                .query((rs, n) -> new Proposal(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class),
                        rs.getString(7)))
                .list();
    }

    public Optional<Proposal> proposal(OrganisationId org, long componentId, long proposalId) {
        return proposals(org, componentId).stream()
                .filter(p -> p.id() == proposalId)
                .findFirst();
    }

    /** The proposal taken over from an idea, wherever it is. */
    public Optional<Long> componentOfIdea(OrganisationId org, long ideaId) {
        return jdbc.sql("select component_id from budget_project where organisation_id = ? and idea_id = ? limit 1")
                .params(org.value(), ideaId)
                .query(Long.class)
                .optional();
    }

    /** Checks a proposal as typed; returns the errors, at their fields. */
    public FieldErrors check(OrganisationId org, ProposalForm form) {
        var errors = new FieldErrors();
        errors.rejectIf(FieldErrors.isBlank(form.title()), "title", "budget.proposal.title.required");
        errors.rejectIf(
                form.title() != null && form.title().strip().length() > MAX_TITLE,
                "title",
                "budget.proposal.title.long");
        errors.rejectIf(
                form.description() != null && form.description().length() > MAX_DESCRIPTION,
                "description",
                "budget.proposal.description.long");
        errors.rejectIf(wholeNumber(form.cost(), 1, MAX_AMOUNT) == null, "cost", "budget.proposal.cost.invalid");
        errors.rejectIf(
                form.areaId() != null && !form.areaId().isBlank() && areaOf(org, form.areaId()) == null,
                "areaId",
                "budget.proposal.area.invalid");
        return errors;
    }

    @Transactional
    public FieldErrors addProposal(OrganisationId org, Actor actor, long componentId, ProposalForm form) {
        var errors = check(org, form);
        if (!errors.isEmpty()) return errors;
        if (ballotCount(org, componentId) > 0) return errors.reject("title", "budget.proposal.locked");
        insertProposal(org, componentId, form, null, null);
        audit.record(
                org,
                actor,
                "budget.proposalAdded",
                "component " + componentId,
                form.title().strip());
        return errors;
    }

    long insertProposal(OrganisationId org, long componentId, ProposalForm form, Long ideaId, String externalId) {
        settings(org, componentId);
        String area = form.areaId();
        return jdbc.sql("""
                        insert into budget_project (organisation_id, component_id, title, description, cost, area_id, idea_id,
                                                    external_id, position)
                        values (?, ?, ?, ?, ?, ?, ?, ?,
                                (select coalesce(max(position), 0) + 1 from budget_project
                                 where organisation_id = ? and component_id = ?))
                        returning id""")
                .params(
                        org.value(),
                        componentId,
                        form.title().strip(),
                        form.description() == null ? "" : form.description().strip(),
                        wholeNumber(form.cost(), 1, MAX_AMOUNT),
                        area == null || area.isBlank() ? null : areaOf(org, area),
                        ideaId,
                        externalId,
                        org.value(),
                        componentId)
                .query(Long.class)
                .single();
    }

    /**
     * Takes a feasible idea of the budget's own project over as a proposal with the cost staff estimated; its
     * author and supporters hear of it. Errors are at the field "cost-IDEA".
     *
     * @param budgetPath the budget's page, where the notice sends them
     */
    @Transactional
    public FieldErrors takeOverIdea(
            OrganisationId org,
            Actor actor,
            long componentId,
            long projectId,
            long ideaId,
            String cost,
            String budgetTitle,
            String budgetPath) {
        String field = "cost-" + ideaId;
        var errors = new FieldErrors();
        Idea idea = ideas.feasibleIdeas(org, projectId).stream()
                .filter(i -> i.id() == ideaId)
                .findFirst()
                .orElseThrow(ProjectNotFoundException::new);
        // Taken over already (a double submit): nothing more to do, and nobody is told twice.
        if (proposals(org, componentId).stream()
                .anyMatch(p -> Long.valueOf(ideaId).equals(p.ideaId()))) {
            return errors;
        }
        if (wholeNumber(cost, 1, MAX_AMOUNT) == null) return errors.reject(field, "budget.proposal.cost.invalid");
        if (ballotCount(org, componentId) > 0) return errors.reject(field, "budget.proposal.locked");
        String title = idea.title().length() > MAX_TITLE ? idea.title().substring(0, MAX_TITLE) : idea.title();
        insertProposal(org, componentId, new ProposalForm(title, idea.description(), cost, null), ideaId, null);
        ideas.tellFollowUp(
                org,
                ideaId,
                "budget.notice.takenOver.subject",
                "budget.notice.takenOver.text",
                List.of(idea.title(), budgetTitle),
                budgetPath);
        audit.record(org, actor, "budget.ideaTakenOver", "idea " + ideaId, "component " + componentId);
        return errors;
    }

    /** Changes a proposal; its cost stays once ballots are in (a knapsack ballot was filled in with it). */
    @Transactional
    public FieldErrors updateProposal(
            OrganisationId org, Actor actor, long componentId, long proposalId, ProposalForm form) {
        var errors = check(org, form);
        if (!errors.isEmpty()) return errors;
        Proposal current = proposal(org, componentId, proposalId).orElseThrow(ProjectNotFoundException::new);
        long cost = wholeNumber(form.cost(), 1, MAX_AMOUNT);
        if (cost != current.cost() && ballotCount(org, componentId) > 0) {
            return errors.reject("cost", "budget.proposal.costLocked");
        }
        String area = form.areaId();
        jdbc.sql("""
                        update budget_project set title = ?, description = ?, cost = ?, area_id = ?
                        where organisation_id = ? and component_id = ? and id = ?""")
                .params(
                        form.title().strip(),
                        form.description() == null ? "" : form.description().strip(),
                        cost,
                        area == null || area.isBlank() ? null : areaOf(org, area),
                        org.value(),
                        componentId,
                        proposalId)
                .update();
        audit.record(
                org,
                actor,
                "budget.proposalChanged",
                "proposal " + proposalId,
                form.title().strip());
        return errors;
    }

    /** Removes a proposal that no ballot chose; returns false when ballots are in. */
    @Transactional
    public boolean removeProposal(OrganisationId org, Actor actor, long componentId, long proposalId) {
        if (ballotCount(org, componentId) > 0) return false;
        int removed = jdbc.sql("delete from budget_project where organisation_id = ? and component_id = ? and id = ?")
                .params(org.value(), componentId, proposalId)
                .update();
        if (removed > 0) audit.record(org, actor, "budget.proposalRemoved", "proposal " + proposalId, "");
        return true;
    }

    // ---- ballots

    /**
     * Checks a ballot against the budget's kind: at least one choice, only its own proposals, and within the
     * maximum, the budget or the points. Errors are at the field "choices".
     */
    public FieldErrors checkBallot(Settings settings, List<Proposal> proposals, Map<Long, Integer> choices) {
        var errors = new FieldErrors();
        Map<Long, Proposal> byId = new LinkedHashMap<>();
        proposals.forEach(p -> byId.put(p.id(), p));
        if (choices.isEmpty()) return errors.reject("choices", "budget.ballot.empty");
        if (!byId.keySet().containsAll(choices.keySet())) return errors.reject("choices", "budget.ballot.unknown");
        if (choices.values().stream().anyMatch(v -> v == null || v <= 0)) {
            return errors.reject("choices", "budget.ballot.points.invalid");
        }
        switch (settings.kind()) {
            case APPROVAL -> {}
            case APPROVAL_MAX ->
                errors.rejectIf(choices.size() > settings.maxChoices(), "choices", "budget.ballot.overMaximum");
            case KNAPSACK ->
                errors.rejectIf(total(proposals, choices) > settings.amount(), "choices", "budget.ballot.overBudget");
            case POINTS ->
                errors.rejectIf(
                        choices.values().stream().mapToLong(Integer::longValue).sum() > settings.points(),
                        "choices",
                        "budget.ballot.overPoints");
        }
        return errors;
    }

    /** What the chosen proposals cost together. */
    public static long total(List<Proposal> proposals, Map<Long, Integer> choices) {
        return proposals.stream()
                .filter(p -> choices.containsKey(p.id()))
                .mapToLong(Proposal::cost)
                .sum();
    }

    /**
     * Whether this voter may vote in the budget's area: a panel member by the area of their profile, anyone else
     * by the postcode they give (mapped to areas on the panel's page). Errors are at the field "postcode".
     */
    public FieldErrors checkArea(OrganisationId org, Settings settings, Voter voter, String postcode) {
        var errors = new FieldErrors();
        if (settings.areaId() == null) return errors;
        Optional<Long> known = knownArea(org, voter);
        if (known.isPresent()) {
            return errors.rejectIf(!known.get().equals(settings.areaId()), "postcode", "budget.ballot.area.other");
        }
        String digits = postcode == null ? "" : postcode.strip();
        if (!digits.matches("\\d{4}(\\s?[A-Za-z]{2})?"))
            return errors.reject("postcode", "budget.ballot.postcode.invalid");
        Optional<Long> area = panel.mappedArea(org, Integer.parseInt(digits.substring(0, 4)));
        return errors.rejectIf(!area.equals(Optional.of(settings.areaId())), "postcode", "budget.ballot.area.other");
    }

    /** Whether the ballot form asks this voter (null: not known yet) for a postcode: an area budget, no profile area. */
    public boolean asksPostcode(OrganisationId org, Settings settings, Voter voter) {
        return settings.areaId() != null
                && (voter == null || knownArea(org, voter).isEmpty());
    }

    /** A panel member's area from their profile. */
    private Optional<Long> knownArea(OrganisationId org, Voter voter) {
        return voter.accountId() == null
                ? Optional.empty()
                : panel.profileOfAccount(org, voter.accountId()).map(p -> p.areaId());
    }

    /**
     * Stores a voter's ballot, replacing the one they cast before. The ballot row is written first, so two
     * requests of the same voter wait for each other and one ballot remains, the last one.
     */
    @Transactional
    public FieldErrors cast(OrganisationId org, long componentId, Cast cast, Map<Long, Integer> choices) {
        Settings settings = settings(org, componentId);
        if (settings.closed()) return new FieldErrors().reject("choices", "budget.ballot.closed");
        List<Proposal> proposals = proposals(org, componentId);
        FieldErrors errors = checkBallot(settings, proposals, choices);
        checkArea(org, settings, cast.voter(), cast.postcode()).asMap().forEach(errors::reject);
        if (!errors.isEmpty()) return errors;
        // Locks the budget row against a concurrent close, so no ballot slips in after the count.
        jdbc.sql("select 1 from budget where organisation_id = ? and component_id = ? for share")
                .params(org.value(), componentId)
                .query(Integer.class)
                .single();
        if (settings(org, componentId).closed()) return errors.reject("choices", "budget.ballot.closed");
        Long enteredBy = cast.staff() == null ? null : cast.staff().accountId();
        storeBallot(org, componentId, cast.voter(), cast.channel().name(), enteredBy, choices);
        if (cast.staff() != null) {
            audit.record(
                    org,
                    Actor.of(cast.staff()),
                    "budget.ballotEnteredForResident",
                    "component " + componentId,
                    cast.channel().name() + ", " + choices.size() + " chosen");
        }
        return errors;
    }

    private void storeBallot(
            OrganisationId org,
            long componentId,
            Voter voter,
            String channel,
            Long enteredBy,
            Map<Long, Integer> choices) {
        jdbc.sql("""
                        insert into budget_ballot (organisation_id, component_id, voter_key, account_id, channel, entered_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (organisation_id, component_id, voter_key) do update
                        set cast_at = now(), changes = budget_ballot.changes + 1, channel = excluded.channel,
                            entered_by = excluded.entered_by,
                            account_id = coalesce(excluded.account_id, budget_ballot.account_id)""")
                .params(org.value(), componentId, voter.key(), voter.accountId(), channel, enteredBy)
                .update();
        jdbc.sql("delete from budget_choice where organisation_id = ? and component_id = ? and voter_key = ?")
                .params(org.value(), componentId, voter.key())
                .update();
        choices.forEach((proposal, points) -> jdbc.sql("""
                        insert into budget_choice (organisation_id, component_id, voter_key, project_id, points)
                        values (?, ?, ?, ?, ?)""")
                .params(org.value(), componentId, voter.key(), proposal, points)
                .update());
    }

    /** A voter's stored ballot: proposal id to points (1 on an approval ballot); empty when they did not vote. */
    public Optional<Map<Long, Integer>> ballot(OrganisationId org, long componentId, Voter voter) {
        Map<Long, Integer> choices = new LinkedHashMap<>();
        jdbc.sql("""
                        select project_id, points from budget_choice
                        where organisation_id = ? and component_id = ? and voter_key = ? order by project_id""")
                .params(org.value(), componentId, voter.key())
                .query((rs, n) -> choices.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return choices.isEmpty() ? Optional.empty() : Optional.of(choices);
    }

    public long ballotCount(OrganisationId org, long componentId) {
        return jdbc.sql("select count(*) from budget_ballot where organisation_id = ? and component_id = ?")
                .params(org.value(), componentId)
                .query(Long.class)
                .single();
    }

    /** Voters per channel; ballots from an imported file count as paper. */
    public Map<InputChannel, Long> ballotsByChannel(OrganisationId org, long componentId) {
        Map<InputChannel, Long> byChannel = new EnumMap<>(InputChannel.class);
        jdbc.sql("""
                        select channel, count(*) from budget_ballot where organisation_id = ? and component_id = ?
                        group by channel""")
                .params(org.value(), componentId)
                .query((rs, n) -> byChannel.merge(
                        rs.getString(1).equals("IMPORT") ? InputChannel.PAPER : InputChannel.valueOf(rs.getString(1)),
                        rs.getLong(2),
                        Long::sum))
                .list();
        return byChannel;
    }

    /** Ballots by the day they were last cast. */
    public Map<LocalDate, Long> ballotsByDay(OrganisationId org, long componentId) {
        Map<LocalDate, Long> byDay = new java.util.TreeMap<>();
        jdbc.sql("""
                        select (cast_at at time zone 'Europe/Amsterdam')::date, count(*) from budget_ballot
                        where organisation_id = ? and component_id = ? group by 1""")
                .params(org.value(), componentId)
                .query((rs, n) -> byDay.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
        return byDay;
    }

    // ---- counting

    /** The budget, its proposals and every ballot, as the count reads them; project ids are proposal ids. */
    public Instance instance(OrganisationId org, long componentId) {
        Settings settings = settings(org, componentId);
        var builder = new Instance.Builder(settings.amount(), settings.kind() == BallotKind.POINTS);
        for (Proposal p : proposals(org, componentId)) builder.project(Long.toString(p.id()), p.cost(), p.title());
        Map<String, Map<String, Integer>> ballots = new LinkedHashMap<>();
        jdbc.sql("""
                        select b.voter_key, c.project_id, c.points
                        from budget_ballot b
                        left join budget_choice c on c.organisation_id = b.organisation_id
                             and c.component_id = b.component_id and c.voter_key = b.voter_key
                        where b.organisation_id = ? and b.component_id = ? order by b.voter_key, c.project_id""")
                .params(org.value(), componentId)
                .query((rs, n) -> {
                    var ballot = ballots.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>());
                    Long proposal = rs.getObject(2, Long.class);
                    return proposal == null ? null : ballot.put(Long.toString(proposal), rs.getInt(3));
                })
                .list();
        ballots.values().forEach(builder::ballot);
        return builder.build();
    }

    /** Every rule's outcome on the ballots so far, for staff to compare before they publish. */
    public Map<Rule, Outcome> compare(OrganisationId org, long componentId) {
        Instance in = instance(org, componentId);
        Map<Rule, Outcome> outcomes = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) outcomes.put(rule, Tally.count(in, rule));
        return outcomes;
    }

    /** Closes the vote (no ballot is taken after this) and counts it with the budget's rule. */
    @Transactional
    public void closeAndCount(OrganisationId org, Actor actor, long componentId) {
        settings(org, componentId);
        jdbc.sql("select 1 from budget where organisation_id = ? and component_id = ? for update")
                .params(org.value(), componentId)
                .query(Integer.class)
                .single();
        Settings settings = settings(org, componentId);
        if (settings.counted()) return;
        Instance in = instance(org, componentId);
        Outcome outcome = Tally.count(in, settings.rule());
        List<Proposal> proposals = proposals(org, componentId);
        for (Outcome.Verdict v : outcome.verdicts()) {
            jdbc.sql("""
                            insert into budget_verdict (organisation_id, component_id, project_id, selected, reason, round,
                                                        votes, supporters, payers, spent_out, amount)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            org.value(),
                            componentId,
                            proposals.get(v.project()).id(),
                            v.selected(),
                            v.reason().name(),
                            v.round(),
                            v.votes(),
                            v.supporters(),
                            v.payers(),
                            v.spentOut(),
                            v.amount())
                    .update();
        }
        jdbc.sql("""
                        update budget set closed_at = coalesce(closed_at, now()), counted_at = now(), per_voter = ?
                        where organisation_id = ? and component_id = ?""").params(outcome.perVoterBudget(), org.value(), componentId).update();
        audit.record(
                org,
                actor,
                "budget.counted",
                "component " + componentId,
                settings.rule().key + ": " + outcome.selected().size() + " funded, " + in.voters() + " voters");
    }

    /** Shows the counted result to residents; nothing happens before the count. */
    @Transactional
    public boolean publish(OrganisationId org, Actor actor, long componentId) {
        int changed = jdbc.sql("""
                        update budget set published_at = coalesce(published_at, now())
                        where organisation_id = ? and component_id = ? and counted_at is not null""").params(org.value(), componentId).update();
        if (changed > 0) audit.record(org, actor, "budget.published", "component " + componentId, "");
        return changed > 0;
    }

    /** The stored count, in the order of choosing: funded first, then the rest by votes. */
    public List<Result> results(OrganisationId org, long componentId) {
        Map<Long, Proposal> byId = new LinkedHashMap<>();
        List<Proposal> proposals = proposals(org, componentId);
        proposals.forEach(p -> byId.put(p.id(), p));
        return jdbc.sql("""
                        select project_id, selected, reason, round, votes, supporters, payers, spent_out, amount
                        from budget_verdict where organisation_id = ? and component_id = ?
                        order by selected desc, round, votes desc""")
                .params(org.value(), componentId)
                .query((rs, n) -> new Result(
                        byId.get(rs.getLong(1)),
                        new Outcome.Verdict(
                                proposals.indexOf(byId.get(rs.getLong(1))),
                                rs.getBoolean(2),
                                Outcome.Reason.valueOf(rs.getString(3)),
                                rs.getInt(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7),
                                rs.getLong(8),
                                rs.getBigDecimal(9))))
                .list();
    }

    // ---- pabulib

    /**
     * Fills an empty budget from a .pb file: its amount, kind of ballot, proposals and ballots (kept as imported,
     * by the file's voter ids). Returns the errors at the field "file" when the budget already has proposals or
     * ballots, or when the file cannot be a ballot of this budget (over the budget of a knapsack vote, ...).
     */
    @Transactional
    public FieldErrors importPabulib(OrganisationId org, Actor actor, long componentId, Pabulib.PbFile file) {
        var errors = new FieldErrors();
        Settings current = settings(org, componentId);
        if (!proposals(org, componentId).isEmpty() || ballotCount(org, componentId) > 0 || current.closed()) {
            return errors.reject("file", "budget.import.notEmpty");
        }
        if (file.budget() < 1 || file.budget() > MAX_AMOUNT) return errors.reject("file", "budget.import.amount");
        BallotKind kind = file.points()
                ? BallotKind.POINTS
                : file.meta().containsKey("max_length") ? BallotKind.APPROVAL_MAX : BallotKind.APPROVAL;
        int max = parsedOr(file.meta().get("max_length"), current.maxChoices());
        int points = parsedOr(
                file.meta().get("max_sum_points"),
                file.votes().stream()
                        .mapToInt(v ->
                                v.points().stream().mapToInt(Integer::intValue).sum())
                        .max()
                        .orElse(current.points()));
        jdbc.sql("""
                        update budget set amount = ?, ballot_kind = ?, max_choices = ?, points = ?
                        where organisation_id = ? and component_id = ?""")
                .params(file.budget(), kind.key, Math.max(1, max), Math.max(1, points), org.value(), componentId)
                .update();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Pabulib.PbProject p : file.projects()) {
            String name = p.fields().getOrDefault("name", "").strip();
            var form = new ProposalForm(
                    name.isEmpty() ? p.id() : name.length() > MAX_TITLE ? name.substring(0, MAX_TITLE) : name,
                    p.fields().getOrDefault("description", ""),
                    Long.toString(p.cost()),
                    null);
            ids.put(p.id(), insertProposal(org, componentId, form, null, p.id()));
        }
        Settings imported = settings(org, componentId);
        List<Proposal> proposals = proposals(org, componentId);
        for (Pabulib.PbVote v : file.votes()) {
            Map<Long, Integer> choices = new LinkedHashMap<>();
            for (int k = 0; k < v.projects().size(); k++)
                choices.put(ids.get(v.projects().get(k)), v.points().get(k));
            // A .pb file may hold voters who chose nothing; they are voters without a choice, as in the file.
            if (!choices.isEmpty() && !checkBallot(imported, proposals, choices).isEmpty()) {
                throw new ImportRefused(v.voterId());
            }
            storeBallot(org, componentId, new Voter("pabulib:" + v.voterId(), null), "IMPORT", null, choices);
        }
        audit.record(
                org,
                actor,
                "budget.imported",
                "component " + componentId,
                file.projects().size() + " proposals, " + file.votes().size() + " ballots");
        return errors;
    }

    /** A .pb ballot that this budget's kind does not allow; the import is rolled back whole. */
    public static final class ImportRefused extends RuntimeException {
        public final String voterId;

        ImportRefused(String voterId) {
            super("Ballot of voter " + voterId + " does not fit the budget");
            this.voterId = voterId;
        }
    }

    /** The budget as a .pb file: voters are numbered (no voter key leaves Plein), the count's selection if made. */
    public Pabulib.PbFile exportPabulib(OrganisationId org, long componentId, String description) {
        Settings settings = settings(org, componentId);
        List<Proposal> proposals = proposals(org, componentId);
        Instance in = instance(org, componentId);
        long[] votes = in.votes();
        Map<Long, Boolean> selected = new LinkedHashMap<>();
        results(org, componentId)
                .forEach(r -> selected.put(r.proposal().id(), r.verdict().selected()));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", description);
        meta.put("country", "Netherlands");
        meta.put("unit", description);
        meta.put("instance", Long.toString(componentId));
        meta.put("num_projects", Integer.toString(proposals.size()));
        meta.put("num_votes", Long.toString(in.voters()));
        meta.put("budget", Long.toString(settings.amount()));
        meta.put("vote_type", settings.kind() == BallotKind.POINTS ? "cumulative" : "approval");
        meta.put("rule", settings.rule().key);
        switch (settings.kind()) {
            case APPROVAL_MAX -> meta.put("max_length", Integer.toString(settings.maxChoices()));
            case POINTS -> meta.put("max_sum_points", Integer.toString(settings.points()));
            default -> {}
        }
        meta.put("currency", "EUR");
        List<Pabulib.PbProject> projects = new java.util.ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", p.title());
            fields.put("votes", Long.toString(votes[i]));
            if (settings.counted()) fields.put("selected", selected.getOrDefault(p.id(), false) ? "1" : "0");
            projects.add(new Pabulib.PbProject(p.pabulibId(), p.cost(), fields));
        }
        List<Pabulib.PbVote> ballots = new java.util.ArrayList<>();
        long voter = 0;
        for (Instance.Group g : in.groups()) {
            List<String> chosen = new java.util.ArrayList<>();
            List<Integer> points = new java.util.ArrayList<>();
            for (int k = 0; k < g.projects().length; k++) {
                chosen.add(proposals.get(g.projects()[k]).pabulibId());
                points.add(g.scores()[k]);
            }
            for (long n = 0; n < g.voters(); n++)
                ballots.add(new Pabulib.PbVote(Long.toString(++voter), chosen, points));
        }
        return new Pabulib.PbFile(meta, projects, ballots);
    }

    private static int parsedOr(String value, int otherwise) {
        return value != null && value.strip().matches("\\d{1,6}") ? Integer.parseInt(value.strip()) : otherwise;
    }

    // ---- helpers

    /** A whole number (euros, points, a count) between min and max as typed ("150.000", "150000", "€ 1.500"); else null. */
    static Long wholeNumber(String typed, long min, long max) {
        if (typed == null) return null;
        String digits = typed.strip()
                .replace("€", "")
                .replace(" ", "")
                .replace("\u00a0", "")
                .replace(".", "");
        if (digits.endsWith(",-")) digits = digits.substring(0, digits.length() - 2);
        if (digits.endsWith(",00")) digits = digits.substring(0, digits.length() - 3);
        if (!digits.matches("\\d{1,13}")) return null;
        long value = Long.parseLong(digits);
        return value < min || value > max ? null : value;
    }

    private Long areaOf(OrganisationId org, String typedId) {
        if (!typedId.strip().matches("\\d{1,18}")) return null;
        long id = Long.parseLong(typedId.strip());
        return organisations.areas(org).stream().anyMatch(a -> a.id() == id) ? id : null;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
