package nl.plein.opinionmap.analysis;

import java.util.SplittableRandom;

/**
 * k-means on 2-D points, optionally weighted (Polis clusters its base clusters weighted by their sizes):
 * k-means++ seeding from a fixed seed, a few restarts, Lloyd's iterations.
 */
final class KMeans {

    static final int RESTARTS = 4;
    static final int MAX_ITERATIONS = 100;
    static final int SAMPLE = 10_000;
    static final int REFINE_ITERATIONS = 20;
    /** Points x centres from which restarts run in parallel. */
    static final long PARALLEL_FROM = 100_000;

    record Fit(int[] labels, double[] cx, double[] cy, double inertia) {}

    private KMeans() {}

    /**
     * Weighted k-means ({@code weight} null: every point counts once) with the given number of restarts.
     * Many points: the centres are found on a fixed sample of {@link #SAMPLE} points, then refined with
     * Lloyd's iterations on all of them (in two dimensions a sample that size places centres well).
     */
    static Fit fit(double[] px, double[] py, double[] weight, int k, int restarts, long seed) {
        if (px.length <= SAMPLE) return fitAll(px, py, weight, k, restarts, seed);
        int[] sample = sample(px.length, SAMPLE, seed);
        double[] sx = new double[SAMPLE], sy = new double[SAMPLE];
        for (int a = 0; a < SAMPLE; a++) {
            sx[a] = px[sample[a]];
            sy[a] = py[sample[a]];
        }
        double[] sw = null;
        if (weight != null) {
            sw = new double[SAMPLE];
            for (int a = 0; a < SAMPLE; a++) sw[a] = weight[sample[a]];
        }
        Fit onSample = fitAll(sx, sy, sw, k, restarts, seed);
        return lloyd(px, py, weight, k, new double[][] {onSample.cx.clone(), onSample.cy.clone()}, REFINE_ITERATIONS);
    }

    /** A fixed pseudo-random sample of indexes, ascending. */
    static int[] sample(int r, int size, long seed) {
        int[] all = new int[r];
        for (int a = 0; a < r; a++) all[a] = a;
        if (r <= size) return all;
        var random = new SplittableRandom(seed);
        for (int a = 0; a < size; a++) {
            int b = a + random.nextInt(r - a);
            int t = all[a];
            all[a] = all[b];
            all[b] = t;
        }
        int[] sample = java.util.Arrays.copyOf(all, size);
        java.util.Arrays.sort(sample);
        return sample;
    }

    /**
     * The restarts are seeded one after another from one generator, then run in parallel when the work is
     * large; the best is chosen in restart order, so the result does not depend on the number of cores.
     */
    private static Fit fitAll(double[] px, double[] py, double[] weight, int k, int restarts, long seed) {
        var random = new SplittableRandom(seed);
        double[][][] starts = new double[restarts][][];
        for (int restart = 0; restart < restarts; restart++) starts[restart] = seedCentres(px, py, weight, k, random);
        Fit[] fits = new Fit[restarts];
        var runs = java.util.stream.IntStream.range(0, restarts);
        (px.length * (long) k >= PARALLEL_FROM ? runs.parallel() : runs)
                .forEach(restart -> fits[restart] = lloyd(px, py, weight, k, starts[restart], MAX_ITERATIONS));
        Fit best = null;
        for (Fit fit : fits) {
            if (best == null || fit.inertia < best.inertia - 1e-9) best = fit;
        }
        return best;
    }

    private static double w(double[] weight, int a) {
        return weight == null ? 1 : weight[a];
    }

    /** k-means++: each next centre drawn with probability weight x squared distance to the nearest so far. */
    private static double[][] seedCentres(double[] px, double[] py, double[] weight, int k, SplittableRandom random) {
        int r = px.length;
        double[] cx = new double[k], cy = new double[k];
        int first = random.nextInt(r);
        if (weight != null) {
            double sum = 0;
            for (double v : weight) sum += v;
            double target = random.nextDouble() * sum;
            for (first = 0; first < r - 1 && (target -= weight[first]) > 0; first++) {}
        }
        cx[0] = px[first];
        cy[0] = py[first];
        double[] nearest = new double[r];
        double total = 0;
        for (int a = 0; a < r; a++) {
            nearest[a] = w(weight, a) * sq(px[a] - cx[0], py[a] - cy[0]);
            total += nearest[a];
        }
        for (int c = 1; c < k; c++) {
            int pick = r - 1;
            if (total > 0) {
                double target = random.nextDouble() * total;
                for (int a = 0; a < r; a++) {
                    target -= nearest[a];
                    if (target <= 0) {
                        pick = a;
                        break;
                    }
                }
            } else {
                pick = random.nextInt(r);
            }
            cx[c] = px[pick];
            cy[c] = py[pick];
            total = 0;
            for (int a = 0; a < r; a++) {
                nearest[a] = Math.min(nearest[a], w(weight, a) * sq(px[a] - cx[c], py[a] - cy[c]));
                total += nearest[a];
            }
        }
        return new double[][] {cx, cy};
    }

    private static Fit lloyd(double[] px, double[] py, double[] weight, int k, double[][] start, int maxIterations) {
        int r = px.length;
        double[] cx = start[0], cy = start[1];
        int[] labels = new int[r];
        double[] sx = new double[k], sy = new double[k];
        double[] count = new double[k];
        double inertia = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            boolean changed = iteration == 0;
            inertia = 0;
            java.util.Arrays.fill(sx, 0);
            java.util.Arrays.fill(sy, 0);
            java.util.Arrays.fill(count, 0);
            for (int a = 0; a < r; a++) {
                int best = 0;
                double bestD = sq(px[a] - cx[0], py[a] - cy[0]);
                for (int c = 1; c < k; c++) {
                    double d = sq(px[a] - cx[c], py[a] - cy[c]);
                    if (d < bestD) {
                        bestD = d;
                        best = c;
                    }
                }
                if (labels[a] != best) {
                    labels[a] = best;
                    changed = true;
                }
                double wa = w(weight, a);
                inertia += wa * bestD;
                sx[best] += wa * px[a];
                sy[best] += wa * py[a];
                count[best] += wa;
            }
            if (!changed) break;
            for (int c = 0; c < k; c++) {
                if (count[c] > 0) {
                    cx[c] = sx[c] / count[c];
                    cy[c] = sy[c] / count[c];
                }
            }
        }
        return new Fit(labels, cx, cy, inertia);
    }

    /** Mean silhouette over the sampled points, distances within the sample (O(sample^2)). */
    static double silhouette(double[] px, double[] py, int[] labels, int k, int[] sample) {
        int s = sample.length;
        double total = 0;
        double[] sum = new double[k];
        int[] count = new int[k];
        for (int a = 0; a < s; a++) {
            int i = sample[a];
            java.util.Arrays.fill(sum, 0);
            java.util.Arrays.fill(count, 0);
            for (int b = 0; b < s; b++) {
                if (a == b) continue;
                int j = sample[b];
                sum[labels[j]] += Math.sqrt(sq(px[i] - px[j], py[i] - py[j]));
                count[labels[j]]++;
            }
            int own = labels[i];
            if (count[own] == 0) continue; // a singleton scores 0
            double inside = sum[own] / count[own];
            double outside = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) outside = Math.min(outside, sum[c] / count[c]);
            }
            if (outside == Double.POSITIVE_INFINITY) continue;
            double denominator = Math.max(inside, outside);
            total += denominator == 0 ? 0 : (outside - inside) / denominator;
        }
        return total / s;
    }

    private static double sq(double dx, double dy) {
        return dx * dx + dy * dy;
    }
}
