package nl.plein.report;

import java.time.Instant;

/** A published report in a list. */
public record ReportSummary(
        long projectId, String projectSlug, String projectTitle, long participants, long inputs, Instant publishedAt) {}
