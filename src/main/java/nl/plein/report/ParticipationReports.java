package nl.plein.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.InputShown;
import nl.plein.project.InvalidFormException;
import nl.plein.project.Participation;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.Pdf;
import nl.plein.shared.TtlCache;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report module's use cases: generate a project's report from its components' figures, let staff
 * edit the sections, publish it as a page and a PDF. Every query is scoped to one organisation.
 */
@Service
public class ParticipationReports {

    static final int MAX_SECTION = 50_000;

    private final JdbcClient jdbc;
    private final ProjectManagement projects;
    private final Organisations organisations;
    private final ComponentFigures componentFigures;
    private final ObjectProvider<ReportContribution> contributions;
    private final AuditLog audit;
    private final MessageSource messages;
    /** Whether a project's report is published, asked on every project page view; cleared on (un)publishing. */
    private final TtlCache<PublishedKey, Boolean> published = new TtlCache<>(Duration.ofSeconds(10), 10_000);

    private record PublishedKey(OrganisationId org, long projectId) {}

    ParticipationReports(
            JdbcClient jdbc,
            ProjectManagement projects,
            Organisations organisations,
            ComponentFigures componentFigures,
            ObjectProvider<ReportContribution> contributions,
            AuditLog audit,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.organisations = organisations;
        this.componentFigures = componentFigures;
        this.contributions = contributions;
        this.audit = audit;
        this.messages = messages;
    }

    // ---- queries

    public Optional<Report> report(OrganisationId org, long projectId) {
        return projects.project(org, projectId).flatMap(project -> report(org, project));
    }

    /** A published report of a published project, for residents. */
    public Optional<Report> publishedReport(OrganisationId org, String projectSlug) {
        return projects.publishedProject(org, projectSlug)
                .flatMap(project -> report(org, project))
                .filter(report -> report.status() == ReportStatus.PUBLISHED);
    }

    /** Whether the project's report is published: one indexed query, kept for a few seconds. */
    public boolean isPublished(OrganisationId org, long projectId) {
        return published.get(
                new PublishedKey(org, projectId),
                key -> jdbc.sql("""
                        select exists (select 1 from participation_report
                        where organisation_id = ? and project_id = ? and status = 'PUBLISHED')""")
                        .params(key.org().value(), key.projectId())
                        .query(Boolean.class)
                        .single());
    }

    private Optional<Report> report(OrganisationId org, ProjectDetails project) {
        record Head(
                ReportStatus status,
                long participants,
                long inputs,
                long population,
                Instant generatedAt,
                String generatedBy,
                Instant publishedAt) {}
        return jdbc.sql("""
                        select status, participants, inputs, population, generated_at, generated_by, published_at
                        from participation_report where organisation_id = ? and project_id = ?""")
                .params(org.value(), project.id())
                .query((rs, i) -> new Head(
                        ReportStatus.valueOf(rs.getString(1)),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional()
                .map(h -> new Report(
                        project.id(),
                        project.slug(),
                        project.title(),
                        h.status(),
                        h.participants(),
                        h.inputs(),
                        h.population(),
                        h.generatedAt(),
                        h.generatedBy(),
                        h.publishedAt(),
                        sections(org, project.id()),
                        figures(org, project.id())));
    }

    private Map<ReportSection, ReportText> sections(OrganisationId org, long projectId) {
        Map<ReportSection, ReportText> sections = new EnumMap<>(ReportSection.class);
        jdbc.sql("""
                        select section_key, body, edited, version, updated_by from report_section
                        where organisation_id = ? and project_id = ?""")
                .params(org.value(), projectId)
                .query((rs, i) -> new ReportText(
                        ReportSection.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getInt(4),
                        rs.getString(5)))
                .list()
                .forEach(text -> sections.put(text.section(), text));
        for (ReportSection section : ReportSection.values()) {
            sections.putIfAbsent(section, new ReportText(section, "", false, 0, ""));
        }
        return sections;
    }

    private List<Figure> figures(OrganisationId org, long projectId) {
        return jdbc.sql("""
                        select dimension, label, participants, inputs, population from report_figure
                        where organisation_id = ? and project_id = ? order by dimension, position""")
                .params(org.value(), projectId)
                .query((rs, i) -> new Figure(
                        Figure.Dimension.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getLong(3),
                        (Long) rs.getObject(4),
                        (Long) rs.getObject(5)))
                .list();
    }

    public List<ReportSummary> publishedReports(OrganisationId org, int offset, int limit) {
        List<ReportSummary> all = published(org);
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    public long countPublished(OrganisationId org) {
        return published(org).size();
    }

    /** Published reports of projects residents may see (never a draft), newest first; projects come from their module. */
    private List<ReportSummary> published(OrganisationId org) {
        Map<Long, ProjectSummary> visible = new HashMap<>();
        projects.allProjects(org).stream()
                .filter(p -> p.status() != ProjectStatus.DRAFT)
                .forEach(p -> visible.put(p.id(), p));
        return jdbc
                .sql("""
                        select project_id, participants, inputs, published_at from participation_report
                        where organisation_id = ? and status = 'PUBLISHED'
                        order by published_at desc, project_id""")
                .params(org.value())
                .query((rs, i) -> {
                    ProjectSummary project = visible.get(rs.getLong(1));
                    return project == null
                            ? null
                            : new ReportSummary(
                                    project.id(),
                                    project.slug(),
                                    project.title(),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getTimestamp(4).toInstant());
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Each project's report status, for the dashboard's list. */
    public Map<Long, ReportStatus> statuses(OrganisationId org) {
        Map<Long, ReportStatus> statuses = new HashMap<>();
        jdbc.sql("select project_id, status from participation_report where organisation_id = ?")
                .param(org.value())
                .query((rs, i) -> Map.entry(rs.getLong(1), ReportStatus.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> statuses.put(e.getKey(), e.getValue()));
        return statuses;
    }

    // ---- commands

    /**
     * Generates (or generates again) the report from what the components report now. Sections staff
     * edited keep their text; the others and all figures are replaced. The status stays as it was.
     */
    @Transactional
    public Report generate(OrganisationId org, Actor actor, long projectId, Locale locale) {
        ProjectDetails project = projects.project(org, projectId).orElseThrow(ProjectNotFoundException::new);
        List<ComponentFigures.Of> components = componentFigures.of(org, project, locale);
        Map<String, Area> areasByCode =
                organisations.areas(org).stream().collect(Collectors.toMap(Area::code, Function.identity()));
        Set<Long> projectAreaIds = Set.copyOf(project.areaIds());
        List<Area> projectAreas = organisations.areas(org).stream()
                .filter(a -> projectAreaIds.contains(a.id()))
                .toList();

        long participants = ComponentFigures.participants(components);
        long inputs = ComponentFigures.inputs(components);
        long population = projectAreas.stream().mapToLong(Area::residents).sum();

        List<Figure> figures = new ArrayList<>();
        sum(components, Participation::participantsByChannel)
                .forEach((channel, n) -> figures.add(new Figure(Figure.Dimension.CHANNEL, channel, n, null, null)));
        Map<String, Long> byArea = sum(components, Participation::participantsByArea);
        for (Area area : projectAreas) {
            figures.add(
                    new Figure(Figure.Dimension.AREA, area.name(), byArea.getOrDefault(area.code(), 0L), null, (long)
                            area.residents()));
        }
        byArea.forEach((code, n) -> {
            Area area = areasByCode.get(code);
            if (area == null || !projectAreaIds.contains(area.id())) {
                figures.add(new Figure(
                        Figure.Dimension.AREA,
                        area == null ? code : area.name(),
                        n,
                        null,
                        area == null ? null : (long) area.residents()));
            }
        });
        Map<String, long[]> byMethod = new LinkedHashMap<>();
        for (ComponentFigures.Of c : components) {
            String method = t(locale, c.type().nameKey());
            long[] totals = byMethod.computeIfAbsent(method, k -> new long[2]);
            totals[0] += c.participation().participants();
            totals[1] += c.participation().inputs();
            figures.add(new Figure(
                    Figure.Dimension.COMPONENT,
                    c.component().title() + " (" + c.phase().name() + ")",
                    c.participation().participants(),
                    c.participation().inputs(),
                    null));
        }
        byMethod.forEach((method, totals) ->
                figures.add(new Figure(Figure.Dimension.METHOD, method, totals[0], totals[1], null)));

        jdbc.sql("""
                        insert into participation_report
                          (organisation_id, project_id, participants, inputs, population, generated_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (organisation_id, project_id) do update set participants = excluded.participants,
                          inputs = excluded.inputs, population = excluded.population, generated_at = now(),
                          generated_by = excluded.generated_by""")
                .params(org.value(), projectId, participants, inputs, population, actor.name())
                .update();
        jdbc.sql("delete from report_figure where organisation_id = ? and project_id = ?")
                .params(org.value(), projectId)
                .update();
        Map<Figure.Dimension, Integer> positions = new EnumMap<>(Figure.Dimension.class);
        figures.sort(Comparator.comparing(Figure::dimension)
                .thenComparing(Comparator.comparingLong(Figure::participants).reversed())
                .thenComparing(Figure::label));
        for (Figure f : figures) {
            int position = positions.merge(f.dimension(), 1, Integer::sum);
            jdbc.sql("""
                            insert into report_figure
                              (organisation_id, project_id, dimension, position, label, participants, inputs, population)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            org.value(),
                            projectId,
                            f.dimension().name(),
                            position,
                            f.label(),
                            f.participants(),
                            f.inputs(),
                            f.population())
                    .update();
        }

        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        texts.put(
                ReportSection.PARTICIPATION,
                participationText(locale, components.size(), participants, inputs, population, figures));
        texts.put(ReportSection.FINDINGS, findingsText(locale, components));
        for (ReportSection section : List.of(ReportSection.DECISIONS, ReportSection.SATISFACTION)) {
            texts.put(section, contributed(org, projectId, section, locale));
        }
        texts.forEach((section, body) -> store(org, projectId, section, body, actor));
        audit.record(org, actor, "report.generated", "project:" + projectId, participants + " / " + inputs);
        return report(org, project).orElseThrow();
    }

    /**
     * Moderation hid or showed again an input the decisions section may quote: a generated section is made again
     * (in Dutch, the report's language for the council), so the report and its PDF follow. Text staff edited
     * themselves is theirs and stays.
     */
    @EventListener
    @Order(2) // after the decision module marked its links, which this section quotes
    void inputShown(InputShown event) {
        if (report(event.organisation(), event.projectId()).isPresent()) {
            store(
                    event.organisation(),
                    event.projectId(),
                    ReportSection.DECISIONS,
                    contributed(event.organisation(), event.projectId(), ReportSection.DECISIONS, Locale.of("nl")),
                    Actor.SYSTEM);
        }
    }

    private String contributed(OrganisationId org, long projectId, ReportSection section, Locale locale) {
        return contributions
                .orderedStream()
                .filter(c -> c.section() == section)
                .map(c -> c.markdown(org, projectId, locale))
                .flatMap(Optional::stream)
                .collect(Collectors.joining("\n\n"));
    }

    /** A generated section's text; a section staff edited keeps their text. */
    private void store(OrganisationId org, long projectId, ReportSection section, String body, Actor actor) {
        jdbc.sql("""
                        insert into report_section (organisation_id, project_id, section_key, body, updated_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (organisation_id, project_id, section_key) do update
                          set body = excluded.body, version = report_section.version + 1,
                              updated_by = excluded.updated_by, updated_at = now()
                          where not report_section.edited""")
                .params(org.value(), projectId, section.name(), body, actor.name())
                .update();
    }

    private static Map<String, Long> sum(
            List<ComponentFigures.Of> components, Function<Participation, Map<String, Long>> breakdown) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (ComponentFigures.Of c : components) {
            breakdown.apply(c.participation()).forEach((key, n) -> sums.merge(key, n, Long::sum));
        }
        return sums;
    }

    private String participationText(
            Locale locale, int componentCount, long participants, long inputs, long population, List<Figure> figures) {
        if (componentCount == 0) {
            return t(locale, "report.gen.none");
        }
        var md = new StringBuilder();
        md.append(t(locale, "report.gen.totals", participants, componentCount, inputs))
                .append("\n\n");
        if (population > 0) {
            md.append(t(locale, "report.gen.reach", population, Math.round(participants * 1000.0 / population) / 10.0))
                    .append("\n\n");
        }
        List<Figure> channels = figures.stream()
                .filter(f -> f.dimension() == Figure.Dimension.CHANNEL)
                .toList();
        if (!channels.isEmpty()) {
            md.append(t(locale, "report.gen.channels")).append("\n\n");
            for (Figure f : channels) {
                md.append("- ")
                        .append(label(locale, f))
                        .append(": ")
                        .append(count(locale, f))
                        .append("\n");
            }
            md.append("\n");
        }
        List<String> missing = figures.stream()
                .filter(f -> f.dimension() == Figure.Dimension.AREA && f.population() != null && f.suppressed())
                .map(Figure::label)
                .toList();
        if (!missing.isEmpty()) {
            md.append(t(locale, "report.gen.missing", String.join(", ", missing)))
                    .append("\n\n");
        }
        md.append(t(locale, "report.gen.countNote"));
        return md.toString();
    }

    private String count(Locale locale, Figure f) {
        return f.suppressed()
                ? t(locale, "report.fewerThan", Participation.SMALLEST_GROUP)
                : number(locale, f.participants());
    }

    private String label(Locale locale, Figure f) {
        return f.labelKey() == null ? f.label() : messages.getMessage(f.labelKey(), null, f.label(), locale);
    }

    private String findingsText(Locale locale, List<ComponentFigures.Of> components) {
        var md = new StringBuilder();
        for (ComponentFigures.Of c : components) {
            if (c.participation().findingsMarkdown() == null
                    || c.participation().findingsMarkdown().isBlank()) {
                continue;
            }
            md.append("### ")
                    .append(c.component().title())
                    .append(" (")
                    .append(c.phase().name())
                    .append(")\n\n")
                    .append(c.participation().findingsMarkdown().strip())
                    .append("\n\n");
        }
        return md.isEmpty() ? t(locale, "report.gen.noFindings") : md.toString().strip();
    }

    /** Saves one section if nobody saved it in between; the text is then kept when generating again. */
    @Transactional
    public ReportText saveSection(
            OrganisationId org, Actor actor, long projectId, ReportSection section, String body, int expectedVersion) {
        report(org, projectId).orElseThrow(ProjectNotFoundException::new);
        String text = body == null ? "" : body.strip();
        if (text.length() > MAX_SECTION) {
            throw new InvalidFormException(new FieldErrors().reject(section.slug(), "report.error.tooLong"));
        }
        int updated = jdbc.sql("""
                        update report_section set body = ?, edited = true, version = version + 1, updated_by = ?,
                          updated_at = now()
                        where organisation_id = ? and project_id = ? and section_key = ? and version = ?""")
                .params(text, actor.name(), org.value(), projectId, section.name(), expectedVersion)
                .update();
        ReportText current = report(org, projectId).orElseThrow().section(section);
        if (updated == 0 && !current.body().equals(text)) {
            throw new ReportConflictException(current);
        }
        if (updated > 0) {
            audit.record(org, actor, "report.sectionSaved", "project:" + projectId, section.name());
        }
        return current;
    }

    /**
     * Publishes the report; refused while the project is a draft, because residents cannot see it, and while its
     * figures are not those of the input collected now, so a published report never counts less (or more) than
     * there is.
     */
    @Transactional
    public void publish(OrganisationId org, Actor actor, long projectId) {
        ProjectDetails project = projects.project(org, projectId).orElseThrow(ProjectNotFoundException::new);
        Report report = report(org, project).orElseThrow(ProjectNotFoundException::new);
        if (project.status() == ProjectStatus.DRAFT) {
            throw new InvalidFormException(new FieldErrors().reject("publish", "report.error.projectDraft"));
        }
        // The counts do not depend on the language; only the findings' wording does.
        List<ComponentFigures.Of> now = componentFigures.of(org, project, Locale.of("nl"));
        if (ComponentFigures.participants(now) != report.participants()
                || ComponentFigures.inputs(now) != report.inputs()) {
            throw new InvalidFormException(new FieldErrors().reject("publish", "report.error.figuresChanged"));
        }
        jdbc.sql("""
                        update participation_report set status = 'PUBLISHED', published_at = coalesce(published_at, now())
                        where organisation_id = ? and project_id = ?""").params(org.value(), projectId).update();
        audit.record(org, actor, "report.published", "project:" + projectId, "");
        published.clearAfterCommit();
    }

    @Transactional
    public void unpublish(OrganisationId org, Actor actor, long projectId) {
        report(org, projectId).orElseThrow(ProjectNotFoundException::new);
        jdbc.sql("""
                        update participation_report set status = 'DRAFT', published_at = null
                        where organisation_id = ? and project_id = ?""").params(org.value(), projectId).update();
        audit.record(org, actor, "report.unpublished", "project:" + projectId, "");
        published.clearAfterCommit();
    }

    // ---- PDF

    /** The report as a PDF for a council meeting: organisation, project, key figures, every section. */
    public byte[] pdf(OrganisationId org, Report report, Locale locale) {
        String orgName = organisations.byId(org).name();
        var html = new StringBuilder();
        String title = t(locale, "report.titleOf", report.projectTitle());
        html.append("<html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>body{font-family:sans-serif;font-size:11pt}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:12pt}")
                .append("th,td{border:1px solid #555;padding:4px;text-align:left}</style></head><body>");
        html.append("<p>").append(escape(orgName)).append("</p>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        Instant date = report.publishedAt() != null ? report.publishedAt() : report.generatedAt();
        html.append("<p>")
                .append(escape(t(locale, "report.dated", Dates.date(date, locale.getLanguage()))))
                .append("</p>");
        html.append("<table><tbody>");
        row(html, t(locale, "report.participants"), number(locale, report.participants()));
        row(html, t(locale, "report.inputs"), number(locale, report.inputs()));
        if (report.population() > 0) {
            row(html, t(locale, "report.population"), number(locale, report.population()));
            row(html, t(locale, "report.reach"), Numbers.decimal(report.reachPercent(), locale.getLanguage()) + "%");
        }
        html.append("</tbody></table>");
        for (ReportSection section : ReportSection.values()) {
            ReportText text = report.section(section);
            if (text.body().isBlank()) {
                continue;
            }
            html.append("<h2>").append(escape(t(locale, section.messageKey()))).append("</h2>");
            html.append(text.html());
            if (section == ReportSection.PARTICIPATION) {
                for (Figure.Dimension dimension :
                        List.of(Figure.Dimension.METHOD, Figure.Dimension.CHANNEL, Figure.Dimension.AREA)) {
                    figureTable(html, report.figures(dimension), dimension, locale);
                }
            }
        }
        html.append("</body></html>");
        return Pdf.fromHtml(html.toString());
    }

    private void figureTable(StringBuilder html, List<Figure> figures, Figure.Dimension dimension, Locale locale) {
        if (figures.isEmpty()) {
            return;
        }
        html.append("<h3>")
                .append(escape(t(locale, dimension.messageKey())))
                .append("</h3><table><thead><tr><th>")
                .append(escape(t(locale, "report.group")))
                .append("</th><th>")
                .append(escape(t(locale, "report.participants")))
                .append("</th>");
        boolean area = dimension == Figure.Dimension.AREA;
        html.append("<th>")
                .append(escape(t(locale, area ? "report.perThousand" : "report.inputs")))
                .append("</th></tr></thead><tbody>");
        for (Figure f : figures) {
            String third = area
                    ? Numbers.decimal(f.perThousand(), locale.getLanguage())
                    : (f.inputs() == null ? "-" : number(locale, f.inputs()));
            html.append("<tr><td>")
                    .append(escape(label(locale, f)))
                    .append("</td><td>")
                    .append(escape(count(locale, f)))
                    .append("</td><td>")
                    .append(escape(third))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>")
                .append(escape(label))
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>");
    }

    private static String number(Locale locale, long n) {
        return Numbers.number(n, locale.getLanguage());
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text == null ? "" : text);
    }
}
