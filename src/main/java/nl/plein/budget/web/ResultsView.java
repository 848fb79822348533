package nl.plein.budget.web;

import java.util.List;
import java.util.function.Function;
import nl.plein.budget.Budgets.Result;
import nl.plein.budget.Budgets.Settings;
import nl.plein.budget.Proposal;

/** The published count: what was funded, the money used, and per proposal a row in words and a bar in the chart. */
public record ResultsView(
        String projectTitle, String title, String path, Settings settings, long voters, List<Row> rows, long used) {

    /** One proposal: the count's verdict in words, and its votes for the bar in the chart. */
    public record Row(Proposal proposal, boolean funded, long votes, String why) {}

    static ResultsView of(
            String projectTitle,
            String title,
            String path,
            Settings settings,
            long voters,
            List<Result> results,
            Function<Result, String> why) {
        List<Row> rows = results.stream()
                .map(r -> new Row(
                        r.proposal(), r.verdict().selected(), r.verdict().votes(), why.apply(r)))
                .toList();
        long used = rows.stream()
                .filter(Row::funded)
                .mapToLong(r -> r.proposal().cost())
                .sum();
        return new ResultsView(projectTitle, title, path, settings, voters, rows, used);
    }

    public List<Row> funded() {
        return rows.stream().filter(Row::funded).toList();
    }

    // ---- the chart: one horizontal bar per proposal, votes to scale, funded ones filled

    public static final int CHART_WIDTH = 640;
    public static final int BAR_HEIGHT = 22;
    public static final int ROW_HEIGHT = 48;

    public int chartHeight() {
        return rows.size() * ROW_HEIGHT + 8;
    }

    public int barWidth(Row row) {
        long most = rows.stream().mapToLong(Row::votes).max().orElse(0);
        return most == 0 ? 0 : (int) Math.max(row.votes() > 0 ? 2 : 0, row.votes() * (CHART_WIDTH - 210) / most);
    }

    public int barY(int index) {
        return index * ROW_HEIGHT + 20;
    }
}
