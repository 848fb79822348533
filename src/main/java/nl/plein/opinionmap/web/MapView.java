package nl.plein.opinionmap.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.opinionmap.MapSummary;
import nl.plein.opinionmap.OpinionMaps.Position;
import nl.plein.opinionmap.Statement;
import nl.plein.opinionmap.analysis.Analysis;
import nl.plein.shared.Dates;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The map page: groups as circles (area by size) with a sample of participants as dots and the
 * visitor's own place; the same in a table, each group's representative statements and the common
 * ground in words. Coordinates are already scaled to the SVG's view box.
 */
public record MapView(
        String projectTitle,
        String title,
        String path,
        String computedAt,
        boolean computed,
        int participantsInMap,
        List<GroupView> groups,
        List<Dot> dots,
        Dot own,
        Integer ownGroup,
        int ownVotes,
        int minimumVotes,
        List<Line> consensus) {

    public static final int WIDTH = 600, HEIGHT = 400, PAD = 40;

    public record Dot(String x, String y, int group) {}

    public record GroupView(String letter, int id, int size, String x, String y, String r, List<Line> representative) {}

    /** A statement in words: the share that agrees (or disagrees) in this group and among the others. */
    public record Line(String text, boolean agree, int percentInGroup, int percentOthers, List<Integer> perGroup) {}

    public static MapView of(
            String projectTitle,
            String title,
            String path,
            MapSummary summary,
            List<Statement> statements,
            List<Position> positions,
            Position own,
            int ownVotes) {
        if (summary == null || summary.groups().isEmpty() || summary.participantsInMap() == 0) {
            return new MapView(
                    projectTitle,
                    title,
                    path,
                    summary == null
                            ? ""
                            : Dates.moment(
                                    summary.computedAt(),
                                    LocaleContextHolder.getLocale().getLanguage()),
                    false,
                    0,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    ownVotes,
                    Analysis.MIN_VOTES,
                    List.of());
        }
        Map<Long, String> texts = new HashMap<>();
        statements.forEach(s -> texts.put(s.id(), s.text()));
        Map<Long, int[][]> counts = new HashMap<>();
        summary.counts().forEach(c -> counts.put(c.statementId(), c.counts()));

        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        List<double[]> all = new ArrayList<>();
        summary.groups().forEach(g -> all.add(new double[] {g.x(), g.y()}));
        positions.forEach(p -> all.add(new double[] {p.x(), p.y()}));
        if (own != null) all.add(new double[] {own.x(), own.y()});
        for (double[] p : all) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        var scale = new Scale(minX, maxX, minY, maxY);
        int total = summary.groups().stream()
                .mapToInt(MapSummary.GroupSummary::size)
                .sum();
        List<GroupView> groups = new ArrayList<>();
        for (var g : summary.groups()) {
            List<Line> lines = new ArrayList<>();
            for (var rep : g.representative()) {
                lines.add(line(texts.get(rep.statementId()), rep.agree(), counts.get(rep.statementId()), g.id()));
            }
            double r = 12 + 48 * Math.sqrt((double) g.size() / Math.max(1, total));
            groups.add(new GroupView(g.letter(), g.id(), g.size(), scale.x(g.x()), scale.y(g.y()), num(r), lines));
        }
        List<Dot> dots = positions.stream()
                .map(p -> new Dot(scale.x(p.x()), scale.y(p.y()), p.group()))
                .toList();
        List<Line> consensus = summary.consensus().stream()
                .map(c -> line(texts.get(c.statementId()), c.agree(), counts.get(c.statementId()), -1))
                .toList();
        return new MapView(
                projectTitle,
                title,
                path,
                Dates.moment(
                        summary.computedAt(), LocaleContextHolder.getLocale().getLanguage()),
                true,
                summary.participantsInMap(),
                groups,
                dots,
                own == null ? null : new Dot(scale.x(own.x()), scale.y(own.y()), own.group()),
                own == null ? null : own.group(),
                ownVotes,
                Analysis.MIN_VOTES,
                consensus);
    }

    public String ownLetter() {
        return ownGroup == null ? "" : String.valueOf((char) ('A' + ownGroup));
    }

    public String groupLetter(int group) {
        return String.valueOf((char) ('A' + group));
    }

    private static Line line(String text, boolean agree, int[][] counts, int group) {
        int in = 0, inAll = 0, out = 0, outAll = 0;
        List<Integer> perGroup = new ArrayList<>();
        if (counts != null) {
            for (int g = 0; g < counts.length; g++) {
                int share = counts[g][agree ? 0 : 1];
                int seen = counts[g][0] + counts[g][1] + counts[g][2];
                perGroup.add(percent(share, seen));
                if (g == group) {
                    in += share;
                    inAll += seen;
                } else {
                    out += share;
                    outAll += seen;
                }
            }
        }
        return new Line(text == null ? "" : text, agree, percent(in, inAll), percent(out, outAll), perGroup);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private record Scale(double minX, double maxX, double minY, double maxY) {
        String x(double v) {
            double span = maxX - minX;
            return num(span < 1e-9 ? WIDTH / 2.0 : PAD + (v - minX) / span * (WIDTH - 2 * PAD));
        }

        String y(double v) {
            double span = maxY - minY;
            return num(span < 1e-9 ? HEIGHT / 2.0 : PAD + (v - minY) / span * (HEIGHT - 2 * PAD));
        }
    }
}
