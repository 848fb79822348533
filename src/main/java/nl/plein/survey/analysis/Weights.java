package nl.plein.survey.analysis;

import java.util.Arrays;

/**
 * One weight per response of a {@link ResponseTable} (same order), positive, at most the cap, mean 1.
 * With Kish's design effect and effective sample size.
 */
public final class Weights {

    private final double[] weights;
    private final int iterations;
    private final double maxMarginError;
    private final double cap;
    private final int capped;

    Weights(double[] weights, int iterations, double maxMarginError, double cap, int capped) {
        this.weights = weights;
        this.iterations = iterations;
        this.maxMarginError = maxMarginError;
        this.cap = cap;
        this.capped = capped;
    }

    /** Equal weights of 1 (e.g. for a table with nothing to weight on); design effect 1. */
    public static Weights equal(int size) {
        double[] w = new double[size];
        Arrays.fill(w, 1.0);
        return new Weights(w, 0, 0, 1, 0);
    }

    public int size() {
        return weights.length;
    }

    public double weight(int row) {
        return weights[row];
    }

    /** A copy of all weights. */
    public double[] toArray() {
        return weights.clone();
    }

    double[] array() {
        return weights;
    }

    /** Raking rounds used. */
    public int iterations() {
        return iterations;
    }

    /** The largest difference between a weighted and a population share left, as a fraction. */
    public double maxMarginError() {
        return maxMarginError;
    }

    /** The largest weight allowed. */
    public double cap() {
        return cap;
    }

    /** How many responses got exactly the cap. */
    public int cappedCount() {
        return capped;
    }

    public double min() {
        return Arrays.stream(weights).min().orElse(1);
    }

    public double max() {
        return Arrays.stream(weights).max().orElse(1);
    }

    /** Kish's design effect from unequal weights: 1 + CV^2 = n * sum(w^2) / sum(w)^2. */
    public double designEffect() {
        return kish(weights.length, i -> weights[i]);
    }

    /** The number of equally weighted responses that would give the same precision: n / design effect. */
    public double effectiveSampleSize() {
        return weights.length / designEffect();
    }

    /**
     * The design effect of the responses a filter selected (one area, say): the precision of a group's figures
     * depends on its own weights, not on the whole survey's.
     */
    public double designEffect(Selection selection) {
        return kish(selection.size(), i -> weights[selection.row(i)]);
    }

    public double effectiveSampleSize(Selection selection) {
        return selection.size() / designEffect(selection);
    }

    private static double kish(int n, java.util.function.IntToDoubleFunction weight) {
        if (n == 0) {
            return 1;
        }
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double w = weight.applyAsDouble(i);
            sum += w;
            squares += w * w;
        }
        return n * squares / (sum * sum);
    }
}
