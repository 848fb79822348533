package nl.plein.report;

import java.util.List;
import nl.plein.project.LadderLevel;
import nl.plein.project.Participation;
import nl.plein.project.ProjectStatus;

/**
 * The organisation's dashboard figures: totals, participation over time, by area (with reach), by
 * ladder level and per project, plus what other modules contribute. Counts are takes part per component.
 */
public record Dashboard(
        int projectCount,
        long participants,
        long inputs,
        long population,
        List<Bar> byMonth,
        List<AreaRow> byArea,
        List<LadderRow> byLadderLevel,
        List<ProjectRow> projects,
        List<ContributedGroup> contributed) {

    /** One bar of a chart: a label and a value, with the value's maximum for scaling. */
    public record Bar(String label, long value) {}

    public record AreaRow(String name, long participants, long residents) {
        public boolean suppressed() {
            return participants < Participation.SMALLEST_GROUP;
        }

        /** Participants per 1,000 residents, one decimal; null when unknown or suppressed. */
        public Double perThousand() {
            return residents <= 0 || suppressed() ? null : Math.round(participants * 10_000.0 / residents) / 10.0;
        }
    }

    public record LadderRow(LadderLevel level, long participants, int phases) {}

    public record ProjectRow(
            long id,
            String slug,
            String title,
            ProjectStatus status,
            long participants,
            long inputs,
            ReportStatus report) {}

    public record ContributedGroup(String title, List<DashboardContribution.DashboardFigure> figures) {}

    /** Share of the population that took part, in percent with one decimal; null without a population. */
    public Double reachPercent() {
        return population <= 0 ? null : Math.round(participants * 1000.0 / population) / 10.0;
    }

    public static long max(List<Bar> bars) {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }
}
