package nl.plein.survey.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.plein.project.Participation;
import nl.plein.survey.analysis.QuestionResult.ChoiceResult;
import nl.plein.survey.analysis.QuestionResult.MatrixResult;
import nl.plein.survey.analysis.QuestionResult.MatrixRow;
import nl.plein.survey.analysis.QuestionResult.NumberResult;
import nl.plein.survey.analysis.QuestionResult.OptionShare;
import nl.plein.survey.analysis.QuestionResult.RankedOption;
import nl.plein.survey.analysis.QuestionResult.RankingResult;
import nl.plein.survey.analysis.QuestionResult.Summary;
import nl.plein.survey.analysis.QuestionResult.Suppressed;
import nl.plein.survey.analysis.QuestionResult.TextResult;

/**
 * Figures per question for a {@link Selection}, unweighted and, when {@link Weights} are given (weights of
 * the whole table, from {@link Raking}), weighted. The respondents of a question are those in the selection
 * who answered it; every percentage is of them. Any result (a question, a matrix row, a group of a
 * breakdown) with fewer than {@link #SMALLEST_GROUP} respondents is {@link Suppressed}.
 */
public final class Statistics {

    /** The smallest group shown: the same rule as the participation figures. */
    public static final int SMALLEST_GROUP = Participation.SMALLEST_GROUP;

    private Statistics() {}

    /** The results of every question in codebook order. {@code weights} may be null (unweighted only). */
    public static List<QuestionResult> all(Selection selection, Weights weights) {
        var results = new ArrayList<QuestionResult>();
        for (int q = 0; q < selection.table().codebook().questions().size(); q++) {
            results.add(question(selection, q, weights));
        }
        return results;
    }

    /** The result of the question at {@code q} (its position in the codebook). */
    public static QuestionResult question(Selection selection, int q, Weights weights) {
        ResponseTable table = selection.table();
        if (weights != null && weights.size() != table.size()) {
            throw new IllegalArgumentException("weights belong to another table");
        }
        double[] w = weights == null ? null : weights.array();
        Question question = table.codebook().questions().get(q);
        Object column = table.rawColumn(q);
        int[] rows = selection.rows();
        return switch (question.type()) {
            case SINGLE_CHOICE, SCALE, GRADE, YES_NO, AREA -> oneChoice(question, (short[]) column, rows, 1, 0, w);
            case MULTIPLE_CHOICE -> multiple(question, (long[]) column, rows, w);
            case NUMBER -> number(question, (double[]) column, rows, w);
            case OPEN_TEXT -> text(question, (String[]) column, rows);
            case RANKING -> ranking(question, (byte[]) column, rows, w);
            case MATRIX -> matrix(question, (short[]) column, rows, w);
        };
    }

    /** The groups a breakdown splits by. */
    public enum Dimension {
        AREA,
        SEX,
        AGE_BAND,
        CHANNEL
    }

    /** One group of a breakdown, e.g. category "25-45" of {@link Dimension#AGE_BAND}. */
    public record Group(String category, int responses, QuestionResult result) {}

    /**
     * The question's result per group of {@code dimension} within the selection (groups without any
     * response are left out; small groups come back {@link Suppressed}).
     */
    public static List<Group> breakdown(Selection selection, int q, Weights weights, Dimension dimension) {
        ResponseTable table = selection.table();
        List<String> categories = new ArrayList<>();
        List<Filter> filters = new ArrayList<>();
        switch (dimension) {
            case AREA ->
                table.areaCodes().forEach(a -> {
                    categories.add(a);
                    filters.add(Filter.ALL.withAreas(a));
                });
            case SEX -> {
                for (Sex s : Sex.values()) {
                    categories.add(s.code());
                    filters.add(Filter.ALL.withSexes(s));
                }
            }
            case AGE_BAND -> {
                for (AgeBand b : AgeBand.values()) {
                    categories.add(b.code());
                    filters.add(Filter.ALL.withAgeBands(b));
                }
            }
            case CHANNEL -> {
                for (Channel c : Channel.values()) {
                    categories.add(c.code());
                    filters.add(Filter.ALL.withChannels(c));
                }
            }
        }
        var groups = new ArrayList<Group>();
        int[] rows = selection.rows();
        for (int i = 0; i < filters.size(); i++) {
            Filter filter = filters.get(i);
            int[] inGroup = java.util.Arrays.stream(rows)
                    .filter(r -> filter.test(table, r))
                    .toArray();
            if (inGroup.length == 0) {
                continue;
            }
            Selection group = Selection.ofRows(table, inGroup);
            groups.add(new Group(categories.get(i), inGroup.length, question(group, q, weights)));
        }
        return groups;
    }

    private static QuestionResult oneChoice(
            Question question, short[] column, int[] rows, int stride, int offset, double[] w) {
        int k = question.options().size();
        int[] count = new int[k];
        double[] weighted = new double[k];
        int respondents = 0;
        double weightedRespondents = 0;
        for (int r : rows) {
            int i = column[r * stride + offset];
            if (i >= 0) {
                count[i]++;
                respondents++;
                if (w != null) {
                    weighted[i] += w[r];
                    weightedRespondents += w[r];
                }
            }
        }
        if (respondents < SMALLEST_GROUP) {
            return new Suppressed(question);
        }
        var shares = shares(question, count, respondents, w == null ? null : weighted, weightedRespondents);
        Optional<Summary> summary = Optional.empty();
        if (question.type().numeric()) {
            // Options may be listed in any order (e.g. 10 down to 0): the median needs them by value.
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(
                    order,
                    java.util.Comparator.comparingInt(
                            i -> question.options().get(i).code()));
            double[] values = new double[k];
            double[] counts = new double[k];
            double[] weightedCounts = new double[k];
            for (int i = 0; i < k; i++) {
                values[i] = question.options().get(order[i]).code();
                counts[i] = count[order[i]];
                weightedCounts[i] = weighted[order[i]];
            }
            summary = Optional.of(summary(values, counts, w == null ? null : weightedCounts));
        }
        return new ChoiceResult(question, respondents, optional(w, weightedRespondents), shares, summary);
    }

    private static List<OptionShare> shares(
            Question question, int[] count, int respondents, double[] weighted, double weightedRespondents) {
        var shares = new ArrayList<OptionShare>();
        for (int i = 0; i < count.length; i++) {
            shares.add(new OptionShare(
                    question.options().get(i),
                    count[i],
                    100.0 * count[i] / respondents,
                    weighted == null ? OptionalDouble.empty() : OptionalDouble.of(weighted[i]),
                    weighted == null || weightedRespondents <= 0
                            ? OptionalDouble.empty()
                            : OptionalDouble.of(100.0 * weighted[i] / weightedRespondents)));
        }
        return shares;
    }

    private static QuestionResult multiple(Question question, long[] column, int[] rows, double[] w) {
        int k = question.options().size();
        int[] count = new int[k];
        double[] weighted = new double[k];
        int respondents = 0;
        double weightedRespondents = 0;
        for (int r : rows) {
            long bits = column[r];
            if ((bits & ResponseTable.ANSWERED) == 0) {
                continue;
            }
            respondents++;
            double wr = w == null ? 0 : w[r];
            weightedRespondents += wr;
            long chosen = bits & ~ResponseTable.ANSWERED;
            while (chosen != 0) {
                int i = Long.numberOfTrailingZeros(chosen);
                count[i]++;
                weighted[i] += wr;
                chosen &= chosen - 1;
            }
        }
        if (respondents < SMALLEST_GROUP) {
            return new Suppressed(question);
        }
        return new ChoiceResult(
                question,
                respondents,
                optional(w, weightedRespondents),
                shares(question, count, respondents, w == null ? null : weighted, weightedRespondents),
                Optional.empty());
    }

    private static QuestionResult number(Question question, double[] column, int[] rows, double[] w) {
        double[] values = new double[rows.length];
        double[] weights = new double[rows.length];
        int n = 0;
        double sum = 0;
        double weightedSum = 0;
        double weightedRespondents = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int r : rows) {
            double v = column[r];
            if (!Double.isNaN(v)) {
                values[n] = v;
                weights[n] = w == null ? 1 : w[r];
                sum += v;
                weightedSum += v * weights[n];
                weightedRespondents += weights[n];
                min = Math.min(min, v);
                max = Math.max(max, v);
                n++;
            }
        }
        if (n < SMALLEST_GROUP) {
            return new Suppressed(question);
        }
        OptionalDouble weightedMedian = OptionalDouble.empty();
        if (w != null) {
            weightedMedian = OptionalDouble.of(selectMedian(values.clone(), weights.clone(), n));
        }
        java.util.Arrays.fill(weights, 0, n, 1.0);
        double median = selectMedian(values, weights, n);
        var summary = new Summary(
                sum / n,
                median,
                w == null ? OptionalDouble.empty() : OptionalDouble.of(weightedSum / weightedRespondents),
                weightedMedian,
                min,
                max);
        return new NumberResult(question, n, optional(w, weightedRespondents), summary);
    }

    private static QuestionResult text(Question question, String[] column, int[] rows) {
        var answers = new ArrayList<String>();
        for (int r : rows) {
            if (column[r] != null) {
                answers.add(column[r]);
            }
        }
        if (answers.size() < SMALLEST_GROUP) {
            return new Suppressed(question);
        }
        return new TextResult(question, answers);
    }

    private static QuestionResult ranking(Question question, byte[] column, int[] rows, double[] w) {
        int k = question.options().size();
        int[] ranked = new int[k];
        long[] rankSum = new long[k];
        double[] weightedRankSum = new double[k];
        double[] weightOfRanked = new double[k];
        int respondents = 0;
        double weightedRespondents = 0;
        for (int r : rows) {
            boolean any = false;
            int base = r * k;
            for (int i = 0; i < k; i++) {
                int rank = column[base + i];
                if (rank > 0) {
                    any = true;
                    ranked[i]++;
                    rankSum[i] += rank;
                    if (w != null) {
                        weightedRankSum[i] += rank * w[r];
                        weightOfRanked[i] += w[r];
                    }
                }
            }
            if (any) {
                respondents++;
                weightedRespondents += w == null ? 0 : w[r];
            }
        }
        if (respondents < SMALLEST_GROUP) {
            return new Suppressed(question);
        }
        var options = new ArrayList<RankedOption>();
        for (int i = 0; i < k; i++) {
            options.add(new RankedOption(
                    question.options().get(i),
                    ranked[i],
                    ranked[i] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) rankSum[i] / ranked[i]),
                    w == null || weightOfRanked[i] <= 0
                            ? OptionalDouble.empty()
                            : OptionalDouble.of(weightedRankSum[i] / weightOfRanked[i])));
        }
        return new RankingResult(question, respondents, optional(w, weightedRespondents), options);
    }

    private static QuestionResult matrix(Question question, short[] column, int[] rows, double[] w) {
        int width = question.rows().size();
        int respondents = 0;
        for (int r : rows) {
            for (int j = 0; j < width; j++) {
                if (column[r * width + j] >= 0) {
                    respondents++;
                    break;
                }
            }
        }
        if (respondents < SMALLEST_GROUP) {
            return new Suppressed(question);
        }
        var results = new ArrayList<MatrixRow>();
        for (int j = 0; j < width; j++) {
            Option row = question.rows().get(j);
            Question rowQuestion = Question.withOptions(
                    question.code() + "_" + row.code(), row.label(), QuestionType.SCALE, question.options());
            results.add(new MatrixRow(row, oneChoice(rowQuestion, column, rows, width, j, w)));
        }
        return new MatrixResult(question, respondents, results);
    }

    private static OptionalDouble optional(double[] w, double value) {
        return w == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Mean, median, min and max of sorted values with counts, plus the weighted mean and median. */
    private static Summary summary(double[] sortedValues, double[] counts, double[] weights) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < sortedValues.length; i++) {
            if (counts[i] > 0) {
                min = Math.min(min, sortedValues[i]);
                max = Math.max(max, sortedValues[i]);
            }
        }
        return new Summary(
                mean(sortedValues, counts),
                median(sortedValues, counts),
                weights == null ? OptionalDouble.empty() : OptionalDouble.of(mean(sortedValues, weights)),
                weights == null ? OptionalDouble.empty() : OptionalDouble.of(median(sortedValues, weights)),
                min,
                max);
    }

    static double mean(double[] values, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * weights[i];
            total += weights[i];
        }
        return sum / total;
    }

    /**
     * The weighted median of sorted values: the first value where the cumulative weight passes half the
     * total; when it lands exactly on half, the mean of that value and the next (so with equal weights
     * this is the ordinary median). Zero weights are skipped.
     */
    static double median(double[] sortedValues, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double half = total / 2;
        double epsilon = total * 1e-12;
        double cumulative = 0;
        for (int i = 0; i < sortedValues.length; i++) {
            if (weights[i] <= 0) {
                continue;
            }
            cumulative += weights[i];
            if (Math.abs(cumulative - half) <= epsilon) {
                for (int j = i + 1; j < sortedValues.length; j++) {
                    if (weights[j] > 0) {
                        return (sortedValues[i] + sortedValues[j]) / 2;
                    }
                }
                return sortedValues[i];
            }
            if (cumulative > half) {
                return sortedValues[i];
            }
        }
        return sortedValues[sortedValues.length - 1];
    }

    /**
     * The same weighted median as {@link #median} for the first {@code n} unsorted values, without sorting
     * them: a quickselect that keeps only the part holding the half-way point (expected linear time; a
     * full sort of 100,000 numbers costs far more). Reorders both arrays.
     */
    static double selectMedian(double[] v, double[] w, int n) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += w[i];
        }
        double half = total / 2;
        double epsilon = total * 1e-12;
        double below = 0; // weight of the values left of lo (all smaller than v[lo..hi))
        double aboveMin = Double.NaN; // smallest weighted value right of hi (all larger)
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            double pivot = medianOfThree(v[lo], v[(lo + hi) >>> 1], v[hi - 1]);
            // Three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot.
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i < gt) {
                if (v[i] < pivot) {
                    swap(v, w, i++, lt++);
                } else if (v[i] > pivot) {
                    swap(v, w, i, --gt);
                } else {
                    i++;
                }
            }
            double left = 0;
            for (int j = lo; j < lt; j++) {
                left += w[j];
            }
            double equal = 0;
            for (int j = lt; j < gt; j++) {
                equal += w[j];
            }
            double throughLeft = below + left;
            double throughPivot = throughLeft + equal;
            if (throughLeft > half + epsilon) {
                aboveMin = smallestWeighted(v, w, lt, hi, aboveMin);
                hi = lt;
            } else if (left > 0 && Math.abs(throughLeft - half) <= epsilon) {
                double next = equal > 0 ? pivot : smallestWeighted(v, w, gt, hi, aboveMin);
                return (largestWeighted(v, w, lo, lt) + next) / 2;
            } else if (throughPivot > half + epsilon) {
                return pivot;
            } else if (equal > 0 && Math.abs(throughPivot - half) <= epsilon) {
                double next = smallestWeighted(v, w, gt, hi, aboveMin);
                return Double.isNaN(next) ? pivot : (pivot + next) / 2;
            } else {
                below = throughPivot;
                lo = gt;
            }
        }
        return Double.isNaN(aboveMin) ? v[Math.max(0, n - 1)] : aboveMin;
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static double smallestWeighted(double[] v, double[] w, int from, int to, double otherwise) {
        double min = otherwise;
        for (int i = from; i < to; i++) {
            if (w[i] > 0 && (Double.isNaN(min) || v[i] < min)) {
                min = v[i];
            }
        }
        return min;
    }

    private static double largestWeighted(double[] v, double[] w, int from, int to) {
        double max = -Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (w[i] > 0 && v[i] > max) {
                max = v[i];
            }
        }
        return max;
    }

    private static void swap(double[] v, double[] w, int i, int j) {
        double t = v[i];
        v[i] = v[j];
        v[j] = t;
        t = w[i];
        w[i] = w[j];
        w[j] = t;
    }
}
