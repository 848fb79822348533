package nl.plein.project;

import java.time.LocalDate;
import java.util.List;

/** A project as it appears in a list or on a card; {@code startsOn}/{@code endsOn} span its phases (may be null). */
public record ProjectSummary(
        long id,
        String slug,
        String title,
        String summary,
        ProjectStatus status,
        boolean hasImage,
        String imageAlt,
        int version,
        List<Long> areaIds,
        List<String> themes,
        LocalDate startsOn,
        LocalDate endsOn) {}
