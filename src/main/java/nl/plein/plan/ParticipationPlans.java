package nl.plein.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.InvalidFormException;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.Pdf;
import nl.plein.shared.RequestKey;
import nl.plein.shared.TtlCache;
import nl.plein.tenancy.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module's use cases; every query is scoped to one organisation and every change is audited
 * in its own transaction. A project of another organisation is never found.
 */
@Service
public class ParticipationPlans {

    static final int MAX_SECTION = 20_000;
    static final int MAX_COMMENT = 2_000;

    private final JdbcClient jdbc;
    private final ProjectManagement projects;
    private final Organisations organisations;
    private final AuditLog audit;
    private final MessageSource messages;
    /** Agreed plans' public texts by project; every change here clears it once committed. */
    private final TtlCache<PlanKey, Optional<AgreedTexts>> agreedTexts = new TtlCache<>(Duration.ofSeconds(10), 10_000);

    ParticipationPlans(
            JdbcClient jdbc,
            ProjectManagement projects,
            Organisations organisations,
            AuditLog audit,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.organisations = organisations;
        this.audit = audit;
        this.messages = messages;
    }

    // ---- queries

    public Optional<Plan> plan(OrganisationId org, long projectId) {
        return project(org, projectId).flatMap(project -> plan(org, project));
    }

    private Optional<Plan> plan(OrganisationId org, ProjectDetails project) {
        record Head(PlanStatus status, boolean communicationOnly, String changedBy) {}
        Optional<Head> head = jdbc.sql("""
                        select status, communication_only, status_changed_by from participation_plan
                        where organisation_id = ? and project_id = ?""")
                .params(org.value(), project.id())
                .query((rs, i) -> new Head(PlanStatus.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3)))
                .optional();
        return head.map(h -> new Plan(
                project.id(),
                h.status(),
                h.communicationOnly(),
                h.changedBy(),
                sections(org, project.id()),
                methods(org, project)));
    }

    private Map<PlanSection, SectionText> sections(OrganisationId org, long projectId) {
        Map<PlanSection, SectionText> sections = new EnumMap<>(PlanSection.class);
        jdbc.sql("""
                        select section_key, body, version, updated_by, updated_at from plan_section
                        where organisation_id = ? and project_id = ?""")
                .params(org.value(), projectId)
                .query(ParticipationPlans::sectionText)
                .list()
                .forEach(text -> {
                    if (text != null) {
                        sections.put(text.section(), text);
                    }
                });
        // A section added to Plein after the plan was started reads as empty until someone writes it.
        for (PlanSection section : PlanSection.values()) {
            sections.putIfAbsent(section, new SectionText(section, "", 0, "", null));
        }
        return sections;
    }

    private static SectionText sectionText(ResultSet rs, int i) throws SQLException {
        return PlanSection.byName(rs.getString("section_key"))
                .map(section -> {
                    try {
                        return new SectionText(
                                section,
                                rs.getString("body"),
                                rs.getInt("version"),
                                rs.getString("updated_by"),
                                rs.getTimestamp("updated_at").toInstant());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .orElse(null);
    }

    private List<PlanMethod> methods(OrganisationId org, ProjectDetails project) {
        Map<Long, String> phaseNames = new HashMap<>();
        Map<Long, String> componentTitles = new HashMap<>();
        for (Phase phase : project.phases()) {
            phaseNames.put(phase.id(), phase.name());
            phase.components().forEach(c -> componentTitles.put(c.id(), c.title()));
        }
        return jdbc.sql("""
                        select id, name, in_person, same_time, phase_id, component_id from plan_method
                        where organisation_id = ? and project_id = ? order by id""")
                .params(org.value(), project.id())
                .query((rs, i) -> {
                    Long phaseId = (Long) rs.getObject("phase_id");
                    Long componentId = (Long) rs.getObject("component_id");
                    return new PlanMethod(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getBoolean("in_person"),
                            rs.getBoolean("same_time"),
                            phaseId,
                            phaseId == null ? null : phaseNames.get(phaseId),
                            componentId,
                            componentId == null ? null : componentTitles.get(componentId));
                })
                .list();
    }

    public List<PlanChange> history(OrganisationId org, long projectId) {
        existingPlan(org, projectId);
        return jdbc.sql("""
                        select section_key, version, body, author_name, saved_at from plan_section_version
                        where organisation_id = ? and project_id = ? order by saved_at desc, id desc limit 500""")
                .params(org.value(), projectId)
                .query((rs, i) -> new PlanChange(
                        PlanSection.valueOf(rs.getString(1)),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public List<PlanComment> comments(OrganisationId org, long projectId, PlanSection section) {
        return jdbc.sql("""
                        select id, section_key, author_name, body, created_at from plan_comment
                        where organisation_id = ? and project_id = ? and section_key = ? order by created_at, id""")
                .params(org.value(), projectId, section.name())
                .query((rs, i) -> new PlanComment(
                        rs.getLong(1),
                        PlanSection.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public Map<PlanSection, Long> commentCounts(OrganisationId org, long projectId) {
        Map<PlanSection, Long> counts = new EnumMap<>(PlanSection.class);
        jdbc.sql("""
                        select section_key, count(*) from plan_comment where organisation_id = ? and project_id = ?
                        group by section_key""")
                .params(org.value(), projectId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> PlanSection.byName(e.getKey()).ifPresent(s -> counts.put(s, e.getValue())));
        return counts;
    }

    /** The texts new plans of this organisation start with; empty sections where none is set. */
    public Map<PlanSection, String> template(OrganisationId org) {
        Map<PlanSection, String> texts = new EnumMap<>(PlanSection.class);
        for (PlanSection section : PlanSection.values()) {
            texts.put(section, "");
        }
        jdbc.sql("select section_key, body from plan_template where organisation_id = ?")
                .param(org.value())
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> PlanSection.byName(e.getKey()).ifPresent(s -> texts.put(s, e.getValue())));
        return texts;
    }

    /** What residents see, for a published project with an agreed plan. */
    public Optional<PlanSummary> publicSummary(OrganisationId org, String projectSlug) {
        return projects.publishedProject(org, projectSlug).flatMap(project -> summary(org, project));
    }

    /** The same, by project id, for the project page; empty for a draft project or a plan not agreed. */
    public Optional<PlanSummary> publicSummary(OrganisationId org, long projectId) {
        return project(org, projectId)
                .filter(p -> p.status() != nl.plein.project.ProjectStatus.DRAFT)
                .flatMap(project -> summary(org, project));
    }

    /**
     * The same, for a project the caller already has (the project page, on every view): one indexed
     * query, kept for a few seconds like the project page itself.
     */
    public Optional<PlanSummary> publicSummary(OrganisationId org, ProjectDetails project) {
        return project.status() == nl.plein.project.ProjectStatus.DRAFT ? Optional.empty() : summary(org, project);
    }

    private Optional<PlanSummary> summary(OrganisationId org, ProjectDetails project) {
        return agreedTexts
                .get(new PlanKey(org, project.id()), key -> agreedTexts(key.org(), key.projectId()))
                .map(texts -> new PlanSummary(
                        project.slug(),
                        project.title(),
                        texts.communicationOnly(),
                        project.phases().stream()
                                .map(p -> new PlanSummary.PhaseLevel(p.name(), p.ladderLevel()))
                                .toList(),
                        texts.body(PlanSection.ROOM_FOR_INFLUENCE),
                        texts.body(PlanSection.PLANNING),
                        texts.body(PlanSection.FEEDBACK)));
    }

    /** What residents see of an agreed plan, without the project; empty while the plan is a draft. */
    private record AgreedTexts(boolean communicationOnly, Map<PlanSection, String> bodies) {
        String body(PlanSection section) {
            return bodies.getOrDefault(section, "");
        }
    }

    private record PlanKey(OrganisationId org, long projectId) {}

    private Optional<AgreedTexts> agreedTexts(OrganisationId org, long projectId) {
        Map<PlanSection, String> bodies = new EnumMap<>(PlanSection.class);
        Boolean[] communicationOnly = {null};
        jdbc.sql("""
                        select p.communication_only, s.section_key, s.body from participation_plan p
                        left join plan_section s on s.organisation_id = p.organisation_id
                          and s.project_id = p.project_id and s.section_key in (?, ?, ?)
                        where p.organisation_id = ? and p.project_id = ? and p.status = 'AGREED'""")
                .params(
                        PlanSection.ROOM_FOR_INFLUENCE.name(),
                        PlanSection.PLANNING.name(),
                        PlanSection.FEEDBACK.name(),
                        org.value(),
                        projectId)
                .query(rs -> {
                    communicationOnly[0] = rs.getBoolean(1);
                    String body = rs.getString(3);
                    if (rs.getString(2) != null) {
                        PlanSection.byName(rs.getString(2)).ifPresent(s -> bodies.put(s, body));
                    }
                });
        return communicationOnly[0] == null
                ? Optional.empty()
                : Optional.of(new AgreedTexts(communicationOnly[0], Map.copyOf(bodies)));
    }

    /** The agreed plans' summaries of the organisation's published projects, for the open data API. */
    public List<Long> agreedPlanProjectIds(OrganisationId org) {
        return jdbc.sql("""
                        select project_id from participation_plan
                        where organisation_id = ? and status = 'AGREED' order by project_id""").param(org.value()).query(Long.class).list();
    }

    // ---- commands

    /** Starts the plan from the organisation's template; starting twice keeps the first plan. */
    @Transactional
    public void start(OrganisationId org, Actor actor, long projectId) {
        existingProject(org, projectId);
        int made = jdbc.sql("""
                        insert into participation_plan (organisation_id, project_id) values (?, ?)
                        on conflict do nothing""").params(org.value(), projectId).update();
        if (made == 0) {
            return;
        }
        template(org)
                .forEach((section, body) -> jdbc.sql("""
                        insert into plan_section (organisation_id, project_id, section_key, body, updated_by)
                        values (?, ?, ?, ?, ?)""")
                        .params(org.value(), projectId, section.name(), body, actor.name())
                        .update());
        audit.record(org, actor, "plan.started", subject(projectId), "");
    }

    /**
     * Saves one section when nobody saved it since {@code expectedVersion} was read; other sections
     * are not touched, so editors of different sections never collide. A repeated submit of the text
     * already stored counts as saved.
     *
     * @throws SectionConflictException with the stored text, when someone else saved in between
     */
    @Transactional
    public SectionText saveSection(
            OrganisationId org, Actor actor, long projectId, PlanSection section, String body, int expectedVersion) {
        existingPlan(org, projectId);
        String text = body == null ? "" : body.strip();
        var errors = new FieldErrors().rejectIf(text.length() > MAX_SECTION, "body", "plan.error.tooLong");
        if (section == PlanSection.STAKEHOLDERS) {
            errors.rejectIf(!Stakeholders.parse(text).ok(), "body", "plan.error.stakeholderLine");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        int updated = jdbc.sql("""
                        update plan_section set body = ?, version = version + 1, updated_by = ?, updated_at = now()
                        where organisation_id = ? and project_id = ? and section_key = ? and version = ?""")
                .params(text, actor.name(), org.value(), projectId, section.name(), expectedVersion)
                .update();
        if (updated == 0) {
            SectionText current = currentSection(org, projectId, section);
            if (current.body().equals(text)) {
                return current;
            }
            throw new SectionConflictException(current);
        }
        SectionText saved = currentSection(org, projectId, section);
        jdbc.sql("""
                        insert into plan_section_version
                          (organisation_id, project_id, section_key, version, body, author_id, author_name)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(org.value(), projectId, section.name(), saved.version(), text, actor.accountId(), actor.name())
                .update();
        audit.record(org, actor, "plan.sectionSaved", subject(projectId), section.name() + " v" + saved.version());
        agreedTexts.clearAfterCommit();
        return saved;
    }

    private SectionText currentSection(OrganisationId org, long projectId, PlanSection section) {
        // A section added to Plein after this plan started gets its row on first use.
        jdbc.sql("""
                        insert into plan_section (organisation_id, project_id, section_key) values (?, ?, ?)
                        on conflict do nothing""").params(org.value(), projectId, section.name()).update();
        return jdbc.sql("""
                        select section_key, body, version, updated_by, updated_at from plan_section
                        where organisation_id = ? and project_id = ? and section_key = ?""")
                .params(org.value(), projectId, section.name())
                .query(ParticipationPlans::sectionText)
                .single();
    }

    @Transactional
    public void comment(
            OrganisationId org, Actor actor, long projectId, PlanSection section, String body, String requestKey) {
        existingPlan(org, projectId);
        String text = body == null ? "" : body.strip();
        var errors = new FieldErrors()
                .rejectIf(text.isEmpty(), "comment", "plan.error.commentRequired")
                .rejectIf(text.length() > MAX_COMMENT, "comment", "plan.error.commentTooLong");
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        int made = jdbc.sql("""
                        insert into plan_comment (organisation_id, project_id, section_key, author_id, author_name, body, request_key)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(
                        org.value(),
                        projectId,
                        section.name(),
                        actor.accountId(),
                        actor.name(),
                        text,
                        RequestKey.parse(requestKey))
                .update();
        if (made > 0) {
            audit.record(org, actor, "plan.commented", subject(projectId), section.name());
        }
    }

    @Transactional
    public void setStatus(OrganisationId org, Actor actor, long projectId, PlanStatus status) {
        existingPlan(org, projectId);
        jdbc.sql("""
                        update participation_plan set status = ?, status_changed_at = now(), status_changed_by = ?
                        where organisation_id = ? and project_id = ?""")
                .params(status.name(), actor.name(), org.value(), projectId)
                .update();
        audit.record(org, actor, "plan.status", subject(projectId), status.name());
        agreedTexts.clearAfterCommit();
    }

    @Transactional
    public void setCommunicationOnly(OrganisationId org, Actor actor, long projectId, boolean communicationOnly) {
        existingPlan(org, projectId);
        jdbc.sql("update participation_plan set communication_only = ? where organisation_id = ? and project_id = ?")
                .params(communicationOnly, org.value(), projectId)
                .update();
        audit.record(org, actor, "plan.communicationOnly", subject(projectId), Boolean.toString(communicationOnly));
        agreedTexts.clearAfterCommit();
    }

    @Transactional
    public long addMethod(OrganisationId org, Actor actor, long projectId, MethodForm form) {
        ProjectDetails project = existingProject(org, projectId);
        existingPlan(org, projectId);
        UUID key = RequestKey.parse(form.requestKey());
        if (key != null) {
            Optional<Long> existing = jdbc.sql(
                            "select id from plan_method where organisation_id = ? and request_key = ?")
                    .params(org.value(), key)
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Long phaseId = id(form.phaseId());
        Long componentId = id(form.componentId());
        Optional<Phase> phase = project.phases().stream()
                .filter(p -> phaseId != null && p.id() == phaseId)
                .findFirst();
        boolean componentKnown = project.phases().stream()
                .filter(p -> phaseId == null || p.id() == phaseId)
                .flatMap(p -> p.components().stream())
                .map(PhaseComponent::id)
                .anyMatch(id -> componentId != null && id == componentId);
        var errors = new FieldErrors()
                .rejectIf(form.name().isEmpty(), "name", "plan.error.methodNameRequired")
                .rejectIf(form.name().length() > 150, "name", "plan.error.methodNameTooLong")
                .rejectIf(!List.of("inPerson", "online").contains(form.mode()), "mode", "plan.error.modeRequired")
                .rejectIf(!List.of("same", "apart").contains(form.timing()), "timing", "plan.error.timingRequired")
                .rejectIf(!form.phaseId().isEmpty() && phase.isEmpty(), "phaseId", "plan.error.phaseUnknown")
                .rejectIf(
                        !form.componentId().isEmpty() && !componentKnown, "componentId", "plan.error.componentUnknown");
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        long id = jdbc.sql("""
                        insert into plan_method
                          (organisation_id, project_id, phase_id, component_id, name, in_person, same_time, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        projectId,
                        phaseId,
                        componentId,
                        form.name(),
                        form.mode().equals("inPerson"),
                        form.timing().equals("same"),
                        key)
                .query(Long.class)
                .single();
        audit.record(org, actor, "plan.methodAdded", subject(projectId), form.name());
        return id;
    }

    @Transactional
    public void removeMethod(OrganisationId org, Actor actor, long projectId, long methodId) {
        existingPlan(org, projectId);
        int removed = jdbc.sql("delete from plan_method where organisation_id = ? and project_id = ? and id = ?")
                .params(org.value(), projectId, methodId)
                .update();
        if (removed > 0) {
            audit.record(org, actor, "plan.methodRemoved", subject(projectId), "method:" + methodId);
        }
    }

    @Transactional
    public void saveTemplate(OrganisationId org, Actor actor, Map<PlanSection, String> texts) {
        var errors = new FieldErrors();
        texts.forEach((section, body) ->
                errors.rejectIf(body != null && body.length() > MAX_SECTION, section.name(), "plan.error.tooLong"));
        String stakeholders = texts.getOrDefault(PlanSection.STAKEHOLDERS, "");
        errors.rejectIf(
                !Stakeholders.parse(stakeholders).ok(), PlanSection.STAKEHOLDERS.name(), "plan.error.stakeholderLine");
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        texts.forEach((section, body) -> jdbc.sql("""
                        insert into plan_template (organisation_id, section_key, body) values (?, ?, ?)
                        on conflict (organisation_id, section_key) do update set body = excluded.body, updated_at = now()""")
                .params(org.value(), section.name(), body == null ? "" : body.strip())
                .update());
        audit.record(org, actor, "plan.templateSaved", "plan-template", "");
    }

    // ---- PDF

    /** The whole plan as a PDF, with the organisation's name, in the reader's language. */
    public byte[] pdf(OrganisationId org, long projectId, Locale locale) {
        ProjectDetails project = existingProject(org, projectId);
        Plan plan = plan(org, project).orElseThrow(ProjectNotFoundException::new);
        String orgName = organisations.byId(org).name();
        var html = new StringBuilder();
        html.append("<html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(t(locale, "plan.title") + ": " + project.title()))
                .append("</title><style>body{font-family:sans-serif;font-size:11pt}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:4px;")
                .append("text-align:left;vertical-align:top}</style></head><body>");
        html.append("<p>").append(escape(orgName)).append("</p>");
        html.append("<h1>")
                .append(escape(t(locale, "plan.title") + ": " + project.title()))
                .append("</h1>");
        html.append("<p>")
                .append(escape(t(locale, "plan.status") + ": "
                        + t(locale, plan.status().messageKey())))
                .append("</p>");
        for (PlanSection.Question question : PlanSection.Question.values()) {
            html.append("<h2>").append(escape(t(locale, question.messageKey()))).append("</h2>");
            if (question == PlanSection.Question.WHY) {
                html.append("<h3>")
                        .append(escape(t(locale, "plan.ladderPerPhase")))
                        .append("</h3>");
                if (plan.communicationOnly()) {
                    html.append("<p>")
                            .append(escape(t(locale, "plan.communicationOnly.yes")))
                            .append("</p>");
                }
                html.append("<ul>");
                for (Phase phase : project.phases()) {
                    html.append("<li>")
                            .append(escape(phase.name() + ": "
                                    + t(locale, phase.ladderLevel().messageKey())))
                            .append("</li>");
                }
                html.append("</ul>");
            }
            for (PlanSection section : question.sections()) {
                html.append("<h3>")
                        .append(escape(t(locale, section.messageKey())))
                        .append("</h3>");
                if (section == PlanSection.STAKEHOLDERS) {
                    appendStakeholders(html, plan, locale);
                } else {
                    html.append(plan.section(section).html());
                }
                if (section == PlanSection.METHODS) {
                    appendMethods(html, plan, locale);
                }
            }
        }
        html.append("</body></html>");
        return Pdf.fromHtml(html.toString());
    }

    private void appendStakeholders(StringBuilder html, Plan plan, Locale locale) {
        html.append("<table><thead><tr><th>")
                .append(escape(t(locale, "plan.stakeholder.name")))
                .append("</th><th>")
                .append(escape(t(locale, "plan.stakeholder.interest")))
                .append("</th><th>")
                .append(escape(t(locale, "plan.stakeholder.influence")))
                .append("</th></tr></thead><tbody>");
        for (Stakeholders.Stakeholder s : plan.stakeholders()) {
            html.append("<tr><td>")
                    .append(escape(s.name()))
                    .append("</td><td>")
                    .append(escape(t(locale, s.interest().messageKey())))
                    .append("</td><td>")
                    .append(escape(t(locale, s.influence().messageKey())))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void appendMethods(StringBuilder html, Plan plan, Locale locale) {
        if (plan.methods().isEmpty()) {
            return;
        }
        html.append("<table><thead><tr><th>")
                .append(escape(t(locale, "plan.method.name")))
                .append("</th><th>")
                .append(escape(t(locale, "plan.method.phase")))
                .append("</th><th>")
                .append(escape(t(locale, "plan.method.quadrant")))
                .append("</th><th>")
                .append(escape(t(locale, "plan.method.component")))
                .append("</th></tr></thead><tbody>");
        for (PlanMethod m : plan.methods()) {
            html.append("<tr><td>")
                    .append(escape(m.name()))
                    .append("</td><td>")
                    .append(escape(m.phaseName() == null ? "" : m.phaseName()))
                    .append("</td><td>")
                    .append(escape(t(locale, m.quadrantKey())))
                    .append("</td><td>")
                    .append(escape(m.componentTitle() == null ? "" : m.componentTitle()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private String t(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }

    static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text == null ? "" : text);
    }

    // ---- helpers

    private Optional<ProjectDetails> project(OrganisationId org, long projectId) {
        return projects.project(org, projectId);
    }

    private ProjectDetails existingProject(OrganisationId org, long projectId) {
        return project(org, projectId).orElseThrow(ProjectNotFoundException::new);
    }

    private void existingPlan(OrganisationId org, long projectId) {
        boolean exists = jdbc.sql(
                        "select exists (select 1 from participation_plan where organisation_id = ? and project_id = ?)")
                .params(org.value(), projectId)
                .query(Boolean.class)
                .single();
        if (!exists) {
            throw new ProjectNotFoundException();
        }
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String subject(long projectId) {
        return "project:" + projectId;
    }
}
