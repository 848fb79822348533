package nl.plein.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project's participation report. {@code participants} counts takes part per component (one person
 * in two components counts twice), {@code population} the residents of the project's areas.
 */
public record Report(
        long projectId,
        String projectSlug,
        String projectTitle,
        ReportStatus status,
        long participants,
        long inputs,
        long population,
        Instant generatedAt,
        String generatedBy,
        Instant publishedAt,
        Map<ReportSection, ReportText> sections,
        List<Figure> figures) {

    public List<Figure> figures(Figure.Dimension dimension) {
        return figures.stream().filter(f -> f.dimension() == dimension).toList();
    }

    public ReportText section(ReportSection section) {
        return sections.get(section);
    }

    /** Share of the population reached, in percent with one decimal; null without a population. */
    public Double reachPercent() {
        return population <= 0 ? null : Math.round(participants * 1000.0 / population) / 10.0;
    }
}
