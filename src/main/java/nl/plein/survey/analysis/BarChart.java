package nl.plein.survey.analysis;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import nl.plein.survey.analysis.QuestionResult.ChoiceResult;
import nl.plein.survey.analysis.QuestionResult.OptionShare;

/**
 * A horizontal bar chart of percentages as an SVG string, drawn on the server. One series, or two side by
 * side (unweighted and weighted). For a strict CSP: no style attributes, no script; colours are
 * presentation attributes. For screen readers the SVG is one image ({@code role="img"}) named by its
 * {@code <title>} and described by a {@code <desc>} that reads out every value; still put a table beside
 * it. All text is XML-escaped, so labels written by staff are safe to embed in a page as-is.
 */
public final class BarChart {

    /** Dark blue: 8.3:1 against white, so bars and text meet WCAG 1.4.11 and 1.4.3. */
    public static final String FIRST_COLOUR = "#1b4f8a";
    /** Dark orange: 6.1:1 against white, and told apart from the blue by lightness too. */
    public static final String SECOND_COLOUR = "#a84300";

    private static final String TEXT_COLOUR = "#1a1a1a";
    private static final String AXIS_COLOUR = "#595959";
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int VALUE_WIDTH = 64;
    private static final int MAX_LABEL_CHARS = 32;

    private BarChart() {}

    /** One bar (a percentage 0-100) with an optional second value. */
    public record Bar(String label, double value, OptionalDouble second) {}

    /** The bars of a choice result: percentages, and weighted percentages when there are any. */
    public static List<Bar> bars(ChoiceResult result) {
        var bars = new ArrayList<Bar>();
        for (OptionShare share : result.options()) {
            bars.add(new Bar(share.option().label(), share.percent(), share.weightedPercent()));
        }
        return bars;
    }

    /**
     * The chart.
     *
     * @param id          unique on the page (letters, digits, - and _); prefixes the title and desc ids
     * @param title       the accessible name, e.g. the question
     * @param firstName   name of the first series (e.g. "Ongewogen"), used in the legend and the description
     * @param secondName  name of the second series, or null for a single series
     * @param locale      for the numbers in labels and the description
     */
    public static String svg(
            String id, String title, String firstName, String secondName, List<Bar> bars, Locale locale) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a valid id: " + id);
        }
        boolean two = secondName != null;
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        int legend = two ? 28 : 0;
        int rowHeight = two ? 40 : 28;
        int barHeight = two ? 15 : 18;
        int top = 8 + legend;
        int height = top + rowHeight * bars.size() + 24;
        int barX = LABEL_WIDTH + 8;
        int barSpace = WIDTH - barX - VALUE_WIDTH;

        var svg = new StringBuilder(512 + bars.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" focusable=\"false\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"")
                .append(" font-family=\"sans-serif\" font-size=\"13\" fill=\"")
                .append(TEXT_COLOUR)
                .append("\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description(firstName, secondName, bars, number)))
                .append("</desc>");
        if (two) {
            svg.append("<g aria-hidden=\"true\">");
            legendItem(svg, barX, 8, FIRST_COLOUR, firstName);
            legendItem(svg, barX + 200, 8, SECOND_COLOUR, secondName);
            svg.append("</g>");
        }
        svg.append("<g aria-hidden=\"true\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * rowHeight;
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y + rowHeight / 2 + 4)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(shorten(bar.label())))
                    .append("</text>");
            int barY = y + (rowHeight - (two ? 2 * barHeight + 2 : barHeight)) / 2;
            bar(svg, barX, barY, barSpace, barHeight, bar.value(), FIRST_COLOUR, number);
            if (two && bar.second().isPresent()) {
                bar(
                        svg,
                        barX,
                        barY + barHeight + 2,
                        barSpace,
                        barHeight,
                        bar.second().getAsDouble(),
                        SECOND_COLOUR,
                        number);
            }
        }
        int axisBottom = top + rowHeight * bars.size();
        svg.append("<line x1=\"")
                .append(barX)
                .append("\" y1=\"")
                .append(top)
                .append("\" x2=\"")
                .append(barX)
                .append("\" y2=\"")
                .append(axisBottom)
                .append("\" stroke=\"")
                .append(AXIS_COLOUR)
                .append("\"/>");
        for (int p = 0; p <= 100; p += 25) {
            double x = barX + barSpace * p / 100.0;
            svg.append("<text x=\"")
                    .append(format(x))
                    .append("\" y=\"")
                    .append(axisBottom + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(p)
                    .append("%</text>");
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    private static void legendItem(StringBuilder svg, int x, int y, String colour, String name) {
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"14\" height=\"14\" fill=\"")
                .append(colour)
                .append("\"/>");
        svg.append("<text x=\"")
                .append(x + 20)
                .append("\" y=\"")
                .append(y + 12)
                .append("\">")
                .append(escape(shorten(name)))
                .append("</text>");
    }

    private static void bar(
            StringBuilder svg,
            int x,
            int y,
            int space,
            int height,
            double percent,
            String colour,
            NumberFormat number) {
        double clamped = Math.max(0, Math.min(100, percent));
        double length = space * clamped / 100.0;
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(format(length))
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"")
                .append(colour)
                .append("\"/>");
        svg.append("<text x=\"")
                .append(format(x + length + 4))
                .append("\" y=\"")
                .append(y + height - 3)
                .append("\">")
                .append(escape(number.format(clamped) + "%"))
                .append("</text>");
    }

    private static String description(String firstName, String secondName, List<Bar> bars, NumberFormat number) {
        var text = new StringBuilder();
        for (Bar bar : bars) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(bar.label()).append(": ");
            if (secondName != null) {
                text.append(firstName).append(' ');
            }
            text.append(number.format(bar.value())).append('%');
            if (secondName != null && bar.second().isPresent()) {
                text.append(", ")
                        .append(secondName)
                        .append(' ')
                        .append(number.format(bar.second().getAsDouble()))
                        .append('%');
            }
        }
        return text.append('.').toString();
    }

    private static String shorten(String label) {
        return label.codePointCount(0, label.length()) <= MAX_LABEL_CHARS
                ? label
                : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "\u2026";
    }

    /** Coordinates with a dot and at most one decimal, whatever the default locale. */
    private static String format(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /** XML text and attribute escaping; drops characters XML 1.0 does not allow. */
    static String escape(String s) {
        var out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
