package nl.plein.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.plein.project.LadderLevel;
import nl.plein.project.Phase;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.Dates;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Computes the dashboard from every published project's components, through the Component contract.
 * That asks every component of every project (about a second for 200 projects), so the result is kept
 * per organisation and language: once it is a minute old, the next reader still gets it at once while
 * one background thread computes the new figures (stale while revalidating), so no reader waits for
 * the computation except the very first.
 */
@Service
public class OrganisationDashboard {

    private static final Logger log = LoggerFactory.getLogger(OrganisationDashboard.class);
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
    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();

    private static final int MAX_CACHED = 1_000;

    /** A computed dashboard; {@code refreshing} is set while one thread computes its successor. */
    private record Cached(Dashboard dashboard, long computedAt, AtomicBoolean refreshing) {
        boolean stale() {
            return System.nanoTime() - computedAt > CACHE_TTL.toNanos();
        }
    }

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
        Key key = new Key(org, locale);
        Cached cached = cache.get(key);
        if (cached == null) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            // The first reader computes; readers arriving meanwhile wait for that one computation.
            cached = cache.computeIfAbsent(key, k -> fresh(org, locale));
        } else if (cached.stale() && cached.refreshing().compareAndSet(false, true)) {
            Thread.ofVirtual().name("dashboard-" + org).start(() -> {
                try {
                    cache.put(key, fresh(org, locale));
                } catch (RuntimeException e) {
                    cache.remove(key);
                    log.warn("Dashboard of organisation {} not computed", org, e);
                }
            });
        }
        return cached.dashboard();
    }

    private Cached fresh(OrganisationId org, Locale locale) {
        return new Cached(compute(org, locale), System.nanoTime(), new AtomicBoolean());
    }

    Dashboard compute(OrganisationId org, Locale locale) {
        Map<Long, ReportStatus> reportStatuses = reports.statuses(org);
        YearMonth thisMonth = YearMonth.from(LocalDate.now(Dates.ZONE));
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
        byMonth.forEach((month, n) -> months.add(new Dashboard.Bar(Dates.month(month, locale.getLanguage()), n)));
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
