package nl.plein.opendata.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON documents of the open data API. Field names are English and stable. */
public final class ApiDocuments {

    private ApiDocuments() {}

    @Schema(
            description =
                    "One page of a list, with links to the pages around it (relative to the organisation's site).")
    public record Page<T>(
            List<T> items,
            @Schema(description = "Page number, from 1") int page,

            @Schema(description = "Items per page, 1 to 100")
            int size,

            long totalItems,
            long totalPages,
            Map<String, String> links) {}

    @Schema(description = "A published project as it appears in a list.")
    public record ProjectItem(
            String slug,
            String title,
            String summary,

            @Schema(description = "PLANNED, ACTIVE or CLOSED")
            String status,

            LocalDate startsOn,
            LocalDate endsOn,
            List<String> areas,
            List<String> themes,
            Map<String, String> links) {}

    @Schema(description = "A published project with its phases.")
    public record ProjectDocument(
            String slug,
            String title,
            String summary,

            @Schema(description = "The project's text, Markdown")
            String body,

            String status,
            List<String> areas,
            List<String> themes,
            List<PhaseDocument> phases,
            Map<String, String> links) {}

    @Schema(description = "A phase: its dates, level of influence and room for influence.")
    public record PhaseDocument(
            String name,
            String description,

            @Schema(description = "INFORM, CONSULT, ADVISE, CO_PRODUCE or CO_DECIDE")
            String ladderLevel,

            LocalDate startsOn,
            LocalDate endsOn,

            @Schema(description = "PAST, CURRENT or COMING, relative to today")
            String timing,

            List<String> fixed,
            List<String> open,
            String whoDecides) {}

    @Schema(description = "The public summary of an agreed participation plan.")
    public record PlanDocument(
            String projectSlug,

            @Schema(description = "True when the plan concludes this is communication, not participation")
            boolean communicationOnly,

            List<PhaseLevel> phases,
            @Schema(description = "Markdown") String roomForInfluence,
            @Schema(description = "Markdown") String planning,
            @Schema(description = "Markdown") String feedback) {}

    public record PhaseLevel(String phase, String ladderLevel) {}

    @Schema(description = "A published participation report in a list.")
    public record ReportItem(
            String projectSlug,
            String projectTitle,
            long participants,
            long inputs,
            Instant publishedAt,
            Map<String, String> links) {}

    @Schema(description = "A published participation report: its texts and figures.")
    public record ReportDocument(
            String projectSlug,
            String projectTitle,
            Instant publishedAt,

            @Schema(description = "Takes part counted per component: one person in two components counts twice")
            long participants,

            long inputs,

            @Schema(description = "Residents of the project's areas; 0 when the project has no areas")
            long population,

            @Schema(description = "Section key (PARTICIPATION, FINDINGS, DECISIONS, SATISFACTION) to Markdown")
            Map<String, String> sections,

            List<FigureDocument> figures,
            Map<String, String> links) {}

    @Schema(description = "One group of a breakdown. Groups under five people are suppressed: their numbers are null.")
    public record FigureDocument(
            @Schema(description = "CHANNEL, AREA, METHOD or COMPONENT")
            String dimension,

            String group,
            Long participants,
            Long inputs,
            Long population,
            boolean suppressed) {}
}
