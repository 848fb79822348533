package nl.plein.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.project.LadderLevel;
import nl.plein.project.Phase;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.TtlCache;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Computes the dashboard from every published project's components, through the Component contract.
 * That asks every component of every project, so the result is kept for a minute per organisation
 * and language: the dashboard is read far more often than its figures change.
 */
@Service
public class OrganisationDashboard {

    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    static final int MONTHS = 12;
    /** The area kind that covers the whole municipality: its residents are the population for reach. */
    static final String MUNICIPALITY_KIND = "Gemeente";

    private record Key(OrganisationId org, Locale locale) {}

    private final ProjectManagement projects;
    private final Organisations organisations;
    private final ComponentFigures componentFigures;
    private final ParticipationReports reports;
    private final ObjectProvider<DashboardContribution> contributions;
    private final TtlCache<Key, Dashboard> cache = new TtlCache<>(CACHE_TTL, 1_000);

    OrganisationDashboard(
            ProjectManagement projects,
            Organisations organisations,
            ComponentFigures componentFigures,
            ParticipationReports reports,
            ObjectProvider<DashboardContribution> contributions) {
        this.projects = projects;
        this.organisations = organisations;
        this.componentFigures = componentFigures;
        this.reports = reports;
        this.contributions = contributions;
    }

    public Dashboard dashboard(OrganisationId org, Locale locale) {
        return cache.get(new Key(org, locale), key -> compute(org, locale));
    }

    Dashboard compute(OrganisationId org, Locale locale) {
        Map<Long, ReportStatus> reportStatuses = reports.statuses(org);
        YearMonth thisMonth = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            byMonth.put(thisMonth.minusMonths(i), 0L);
        }
        Map<String, Long> byArea = new HashMap<>();
        Map<LadderLevel, long[]> byLevel = new EnumMap<>(LadderLevel.class);
        for (LadderLevel level : LadderLevel.values()) {
            byLevel.put(level, new long[2]);
        }
        List<Dashboard.ProjectRow> rows = new ArrayList<>();
        long participants = 0;
        long inputs = 0;
        for (ProjectSummary summary : projects.allProjects(org)) {
            if (summary.status() == ProjectStatus.DRAFT) {
                continue;
            }
            ProjectDetails project = projects.project(org, summary.id()).orElse(null);
            if (project == null) {
                continue;
            }
            for (Phase phase : project.phases()) {
                byLevel.get(phase.ladderLevel())[1]++;
            }
            long projectParticipants = 0;
            long projectInputs = 0;
            for (ComponentFigures.Of c : componentFigures.of(org, project, locale)) {
                var p = c.participation();
                projectParticipants += p.participants();
                projectInputs += p.inputs();
                byLevel.get(c.phase().ladderLevel())[0] += p.participants();
                p.participantsByArea().forEach((code, n) -> byArea.merge(code, n, Long::sum));
                p.inputsByDay().forEach((day, n) -> byMonth.computeIfPresent(YearMonth.from(day), (m, v) -> v + n));
            }
            participants += projectParticipants;
            inputs += projectInputs;
            rows.add(new Dashboard.ProjectRow(
                    project.id(),
                    project.slug(),
                    project.title(),
                    project.status(),
                    projectParticipants,
                    projectInputs,
                    reportStatuses.get(project.id())));
        }
        List<Area> areas = organisations.areas(org);
        long population = areas.stream()
                .filter(a -> MUNICIPALITY_KIND.equalsIgnoreCase(a.kind()))
                .mapToLong(Area::residents)
                .sum();
        if (population == 0) {
            population = areas.stream().mapToLong(Area::residents).sum();
        }
        List<Dashboard.AreaRow> areaRows = new ArrayList<>();
        for (Area area : areas) {
            if (!MUNICIPALITY_KIND.equalsIgnoreCase(area.kind())) {
                areaRows.add(
                        new Dashboard.AreaRow(area.name(), byArea.getOrDefault(area.code(), 0L), area.residents()));
            }
        }
        List<Dashboard.Bar> months = new ArrayList<>();
        byMonth.forEach((month, n) -> months.add(new Dashboard.Bar(month.toString(), n)));
        List<Dashboard.LadderRow> levels = new ArrayList<>();
        byLevel.forEach((level, v) -> levels.add(new Dashboard.LadderRow(level, v[0], (int) v[1])));
        List<Dashboard.ContributedGroup> contributed = contributions
                .orderedStream()
                .map(c -> new Dashboard.ContributedGroup(c.title(locale), c.figures(org, locale)))
                .toList();
        return new Dashboard(
                rows.size(), participants, inputs, population, months, areaRows, levels, rows, contributed);
    }
}
