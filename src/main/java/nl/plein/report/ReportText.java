package nl.plein.report;

import nl.plein.shared.Markdown;

/** A report section's text; {@code edited} once staff changed it, so generating again keeps it. */
public record ReportText(ReportSection section, String body, boolean edited, int version, String updatedBy) {

    public String html() {
        return Markdown.toSafeHtml(body);
    }
}
