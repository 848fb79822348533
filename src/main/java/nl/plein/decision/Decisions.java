package nl.plein.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.ComponentRegistry;
import nl.plein.project.Input;
import nl.plein.project.InputShown;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Notice;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision module's use cases and queries; every one is scoped to one organisation. */
@Service
public class Decisions {

    /** Decision dates are calendar days in the Netherlands. */
    static final int MAX_TITLE = 150;

    static final int MAX_DECIDED_BY = 150;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_REASON = 1_000;

    /** Input a decision on this project may link, with the component it came from. */
    public record Candidate(String key, String componentTitle, Input input) {}

    private final JdbcClient jdbc;
    private final ComponentRegistry components;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ProjectManagement projects;

    Decisions(
            JdbcClient jdbc,
            ComponentRegistry components,
            AuditLog audit,
            ApplicationEventPublisher events,
            ProjectManagement projects) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.components = components;
        this.audit = audit;
        this.events = events;
    }

    // ---- queries

    /** The input of every component of the project, phase by phase. */
    public List<Candidate> candidates(OrganisationId org, ProjectDetails project) {
        List<Candidate> candidates = new ArrayList<>();
        for (Phase phase : project.phases()) {
            for (PhaseComponent component : phase.components()) {
                components
                        .find(component.typeKey())
                        .ifPresent(type -> type.inputs(org, component).forEach(input -> {
                            candidates.add(new Candidate(
                                    DecisionForm.inputKey(input.kind(), input.id()), component.title(), input));
                        }));
            }
        }
        return candidates;
    }

    /** The project's decisions, oldest first: the order of the timeline. */
    public List<Decision> ofProject(OrganisationId org, long projectId) {
        List<Decision> decisions = jdbc.sql("""
                        select id, project_id, title, description, decided_by, decided_on from decision
                        where organisation_id = ? and project_id = ? order by decided_on, id""")
                .params(org.value(), projectId)
                .query((rs, i) -> new Decision(
                        rs.getLong("id"),
                        rs.getLong("project_id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_on", LocalDate.class),
                        List.of()))
                .list();
        if (decisions.isEmpty()) {
            return decisions;
        }
        Map<Long, List<LinkedInput>> inputs = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.decision_id, i.input_kind, i.input_id, i.title, i.path, i.verdict, i.reason, i.hidden
                        from decision_input i join decision d on d.organisation_id = i.organisation_id and d.id = i.decision_id
                        where i.organisation_id = ? and d.project_id = ? order by i.decision_id, i.position""")
                .params(org.value(), projectId)
                .query((rs, i) -> {
                    inputs.computeIfAbsent(rs.getLong("decision_id"), k -> new ArrayList<>())
                            .add(new LinkedInput(
                                    rs.getString("input_kind"),
                                    rs.getLong("input_id"),
                                    rs.getBoolean("hidden") ? "" : rs.getString("title"),
                                    rs.getBoolean("hidden") ? "" : rs.getString("path"),
                                    Verdict.valueOf(rs.getString("verdict")),
                                    rs.getString("reason"),
                                    rs.getBoolean("hidden")));
                    return null;
                })
                .list();
        return decisions.stream()
                .map(d -> new Decision(
                        d.id(),
                        d.projectId(),
                        d.title(),
                        d.description(),
                        d.decidedBy(),
                        d.decidedOn(),
                        inputs.getOrDefault(d.id(), List.of())))
                .toList();
    }

    /** Moderation hid an input a decision links, or showed it again: its copied title follows. */
    @EventListener
    @Order(1) // before the report, which quotes these links, makes its decisions section again
    void inputShown(InputShown event) {
        jdbc.sql("update decision_input set hidden = ? where organisation_id = ? and input_kind = ? and input_id = ?")
                .params(!event.shown(), event.organisation().value(), event.kind(), event.inputId())
                .update();
    }

    public Optional<Decision> decision(OrganisationId org, long projectId, long decisionId) {
        return ofProject(org, projectId).stream()
                .filter(d -> d.id() == decisionId)
                .findFirst();
    }

    public int count(OrganisationId org, long projectId) {
        return jdbc.sql("select count(*) from decision where organisation_id = ? and project_id = ?")
                .params(org.value(), projectId)
                .query(Integer.class)
                .single();
    }

    /**
     * The decisions that used or set aside one piece of input (e.g. an idea), oldest first, each with a
     * link to the decision's public page.
     */
    public List<DecisionTouch> touching(OrganisationId org, String kind, long inputId) {
        return jdbc.sql("""
                        select d.id, d.title, d.decided_by, d.decided_on, i.verdict, i.reason, d.project_slug
                        from decision_input i
                        join decision d on d.organisation_id = i.organisation_id and d.id = i.decision_id
                        where i.organisation_id = ? and i.input_kind = ? and i.input_id = ?
                        order by d.decided_on, d.id""")
                .params(org.value(), kind, inputId)
                .query((rs, i) -> new DecisionTouch(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_on", LocalDate.class),
                        Verdict.valueOf(rs.getString("verdict")),
                        rs.getString("reason"),
                        "/projecten/" + rs.getString("project_slug") + "/besluiten/" + rs.getLong("id")))
                .list();
    }

    /**
     * Everything one person gave in the organisation's published projects (through the components' inputs, as
     * decisions see them), newest project first, each with the decisions that touched it: their "Mijn inbreng".
     */
    public List<MyInput> inputOf(OrganisationId org, long accountId) {
        List<MyInput> mine = new ArrayList<>();
        List<ProjectSummary> published = projects.allProjects(org).stream()
                .filter(p -> p.status() != ProjectStatus.DRAFT)
                .sorted(java.util.Comparator.comparing(ProjectSummary::id).reversed())
                .toList();
        for (ProjectSummary summary : published) {
            projects.project(org, summary.id()).ifPresent(project -> {
                for (Candidate candidate : candidates(org, project)) {
                    if (candidate.input().authorAccountIds().contains(accountId)) {
                        mine.add(new MyInput(
                                summary,
                                candidate.componentTitle(),
                                candidate.input(),
                                touching(
                                        org,
                                        candidate.input().kind(),
                                        candidate.input().id())));
                    }
                }
            });
        }
        return mine;
    }

    // ---- commands

    /**
     * Records a decision with the input it links, and tells every author of that input and every
     * follower of the project. A repeated submit with the same request key records nothing new and
     * returns the decision made the first time.
     */
    @Transactional
    public long decide(OrganisationId org, Actor actor, long projectId, DecisionForm form) {
        ProjectDetails project = projects.project(org, projectId).orElseThrow(ProjectNotFoundException::new);
        UUID key = RequestKey.parse(form.requestKey());
        if (key != null) {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                    .param("decision-request:" + org + ":" + key)
                    .query(Object.class)
                    .single();
            Optional<Long> existing = jdbc.sql("select id from decision where organisation_id = ? and request_key = ?")
                    .params(org.value(), key)
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        List<Candidate> candidates = candidates(org, project);
        var errors = new FieldErrors();
        if (project.status() == ProjectStatus.DRAFT) {
            errors.reject("title", "decision.error.draft");
        }
        LocalDate decidedOn = validate(form, candidates, errors);
        if (!errors.isEmpty()) {
            throw new InvalidDecisionException(errors);
        }
        long id = jdbc.sql("""
                        insert into decision (organisation_id, project_id, project_slug, title, description, decided_by,
                                              decided_on, recorded_by, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        project.id(),
                        project.slug(),
                        form.title(),
                        form.description(),
                        form.decidedBy(),
                        decidedOn,
                        actor.accountId(),
                        key)
                .query(Long.class)
                .single();
        Set<Long> authors = new LinkedHashSet<>();
        int position = 0;
        for (Candidate candidate : candidates) {
            String verdict = form.verdict(candidate.key());
            if (verdict.isEmpty()) {
                continue;
            }
            Input input = candidate.input();
            jdbc.sql("""
                            insert into decision_input
                              (organisation_id, decision_id, input_kind, input_id, title, path, verdict, reason, position)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(
                            org.value(),
                            id,
                            input.kind(),
                            input.id(),
                            input.title(),
                            input.path(),
                            verdict,
                            form.reason(candidate.key()),
                            position++)
                    .update();
            authors.addAll(input.authorAccountIds());
        }
        audit.record(
                org,
                actor,
                "decision.recorded",
                "project:" + project.id(),
                form.title() + " (" + position + " inputs)");
        events.publishEvent(new Notice(
                org,
                Notice.Kind.DECISION,
                authors,
                project.id(),
                "decision.notice.subject",
                "decision.notice.text",
                List.of(project.title(), form.title(), form.decidedBy()),
                "/projecten/" + project.slug() + "/besluiten/" + id));
        return id;
    }

    private static LocalDate validate(DecisionForm form, List<Candidate> candidates, FieldErrors errors) {
        errors.rejectIf(form.title().isEmpty(), "title", "decision.error.titleRequired")
                .rejectIf(form.title().length() > MAX_TITLE, "title", "decision.error.titleTooLong")
                .rejectIf(
                        form.description().length() > MAX_DESCRIPTION,
                        "description",
                        "decision.error.descriptionTooLong")
                .rejectIf(form.decidedBy().isEmpty(), "decidedBy", "decision.error.decidedByRequired")
                .rejectIf(form.decidedBy().length() > MAX_DECIDED_BY, "decidedBy", "decision.error.decidedByTooLong");
        LocalDate decidedOn = null;
        if (form.decidedOn().isEmpty()) {
            errors.reject("decidedOn", "decision.error.decidedOnRequired");
        } else {
            try {
                decidedOn = LocalDate.parse(form.decidedOn());
                errors.rejectIf(
                        decidedOn.isAfter(LocalDate.now(Dates.ZONE)), "decidedOn", "decision.error.decidedOnFuture");
                errors.rejectIf(decidedOn.getYear() < 1900, "decidedOn", "decision.error.decidedOnInvalid");
            } catch (DateTimeParseException e) {
                errors.reject("decidedOn", "decision.error.decidedOnInvalid");
            }
        }
        for (Candidate candidate : candidates) {
            String verdict = form.verdict(candidate.key());
            String reason = form.reason(candidate.key());
            if (verdict.isEmpty()) {
                // A reason typed for input left unlinked would silently disappear: ask for a verdict instead.
                errors.rejectIf(!reason.isEmpty(), "verdict-" + candidate.key(), "decision.error.verdictMissing");
                continue;
            }
            if (!verdict.equals(Verdict.USED.name()) && !verdict.equals(Verdict.SET_ASIDE.name())) {
                errors.reject("verdict-" + candidate.key(), "decision.error.verdictInvalid");
            }
            errors.rejectIf(reason.isEmpty(), "reason-" + candidate.key(), "decision.error.reasonRequired")
                    .rejectIf(
                            reason.length() > MAX_REASON, "reason-" + candidate.key(), "decision.error.reasonTooLong");
        }
        return decidedOn;
    }
}
