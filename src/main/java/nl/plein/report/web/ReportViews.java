package nl.plein.report.web;

import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import nl.plein.project.ProjectDetails;
import nl.plein.report.Dashboard;
import nl.plein.report.Figure;
import nl.plein.report.Report;
import nl.plein.report.ReportSection;
import nl.plein.report.ReportText;
import nl.plein.shared.FieldErrors;

/** What the report and dashboard templates get, and small helpers they share. */
public final class ReportViews {

    private ReportViews() {}

    /**
     * The report in the back office; {@code report} is null before the first generation. After a
     * conflict on a section, {@code conflict} is the stored text and {@code typed} what this editor typed.
     */
    public record ReportAdminView(
            ProjectDetails project,
            Report report,
            String notice,
            String problem,
            ReportText conflict,
            Map<ReportSection, String> typed,
            FieldErrors errors) {

        public String base() {
            return "/beheer/projecten/" + project.id() + "/participatieverslag";
        }

        public List<ReportSection> sections() {
            return List.of(ReportSection.values());
        }

        public String text(ReportSection section) {
            return typed.containsKey(section)
                    ? typed.get(section)
                    : report.section(section).body();
        }

        public int version(ReportSection section) {
            return conflict != null && conflict.section() == section
                    ? conflict.version()
                    : report.section(section).version();
        }
    }

    public record DashboardView(Dashboard dashboard, boolean projectManager) {}

    /** The bars of a chart: suppressed groups are left out, so a chart never shows a group under five. */
    public static List<Dashboard.Bar> bars(List<Figure> figures, BinaryOperator<String> translateOr) {
        return figures.stream()
                .filter(f -> !f.suppressed())
                .map(f -> new Dashboard.Bar(label(f, translateOr), f.participants()))
                .toList();
    }

    /** {@code translateOr} is the page's {@code tOr}: a key's words, or the label itself where there are none. */
    public static String label(Figure figure, BinaryOperator<String> translateOr) {
        return translateOr.apply(figure.labelKey(), figure.label());
    }

    public static List<Dashboard.Bar> areaBars(List<Dashboard.AreaRow> rows) {
        return rows.stream()
                .filter(r -> !r.suppressed())
                .map(r -> new Dashboard.Bar(r.name(), r.participants()))
                .toList();
    }

    public static List<Dashboard.Bar> ladderBars(
            List<Dashboard.LadderRow> rows, java.util.function.Function<String, String> t) {
        return rows.stream()
                .map(r -> new Dashboard.Bar(t.apply(r.level().messageKey()), r.participants()))
                .toList();
    }

    /** The width of a bar in a chart 400 units wide. */
    public static long width(long value, long max) {
        return max <= 0 ? 0 : Math.max(1, Math.round(value * 400.0 / max));
    }
}
