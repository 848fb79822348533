package nl.plein.panel.web;

import java.util.List;
import java.util.Locale;
import nl.plein.panel.PanelOverview;

/**
 * The panel's size over time as bar geometry for an SVG drawn on the server; the template draws it
 * and shows the same figures in a table beside it for screen readers.
 */
public record PanelChart(List<Bar> bars, int width, int height) {

    public record Bar(String x, String y, String width, String height, String label, long value, String labelX) {}

    static final int WIDTH = 600;
    static final int HEIGHT = 220;
    static final int AXIS = 30;

    PanelChart(PanelOverview overview) {
        this(bars(overview), WIDTH, HEIGHT);
    }

    private static List<Bar> bars(PanelOverview overview) {
        var months = overview.months();
        long max = Math.max(1, overview.maxMonth());
        double slot = (double) WIDTH / Math.max(1, months.size());
        var bars = new java.util.ArrayList<Bar>();
        for (int i = 0; i < months.size(); i++) {
            var month = months.get(i);
            double h = (HEIGHT - AXIS - 10) * (double) month.members() / max;
            double x = i * slot + slot * 0.15;
            bars.add(new Bar(
                    fmt(x),
                    fmt(HEIGHT - AXIS - h),
                    fmt(slot * 0.7),
                    fmt(h),
                    month.end().getMonthValue() + "/" + (month.end().getYear() % 100),
                    month.members(),
                    fmt(x + slot * 0.35)));
        }
        return bars;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public int axisY() {
        return height - AXIS + 18;
    }
}
