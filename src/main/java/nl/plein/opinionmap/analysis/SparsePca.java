package nl.plein.opinionmap.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Leading principal components of the centred sparse vote matrix X (a missing vote is 0 after centring)
 * by block subspace iteration with Rayleigh-Ritz: each step computes W = X'(XV) and H = (XV)'(XV) in
 * one pass over the votes, never forming X'X or a dense participants x statements matrix. A block wider
 * than the components wanted makes convergence depend on the gap to the block's edge, not on the gap
 * between the second and third eigenvalue, so a few dozen steps suffice.
 *
 * <p>The pass runs in a fixed number of slices (in parallel when the data is large) summed in a fixed
 * order, so the result does not depend on the number of cores. The start is a fixed pseudo-random block
 * and each vector's sign is fixed (its largest loading positive): the same votes give the same components.
 */
final class SparsePca {

    static final int BLOCK = 6;
    static final int SLICES = 8;
    static final int MAX_STEPS = 300;
    static final double TOLERANCE = 1e-6;
    static final int PARALLEL_FROM_VOTES = 200_000;

    private SparsePca() {}

    static double[][] components(Votes votes, int[] rows, float[] centred, int wanted) {
        int m = votes.statements;
        int b = Math.max(wanted, Math.min(BLOCK, m));
        if (m == 0) return new double[wanted][0];
        // v[j * b + t]: statement j's loading in block vector t, so one vote reads b neighbouring numbers.
        double[] v = new double[m * b];
        var random = new SplittableRandom(20_140_618L);
        for (int i = 0; i < v.length; i++) v[i] = random.nextDouble() - 0.5;
        orthonormalise(v, m, b);

        int sliceCount = votes.count() >= PARALLEL_FROM_VOTES ? SLICES : 1;
        int[][] slices = slice(votes, rows, sliceCount);
        double[] w = new double[m * b];
        double[] h = new double[b * b];
        double[][] ritz = null;
        double[] values = null;
        for (int step = 0; step < MAX_STEPS; step++) {
            pass(votes, centred, slices, v, w, h, m, b);
            double[][] eigen = Jacobi.symmetric(h, b); // eigen[0] values (descending), eigen[1..b] vectors
            values = eigen[0];
            // Ritz vectors U = V S and A U = W S; the residual of the wanted ones tells convergence.
            double[] u = times(v, eigen, m, b);
            double[] au = times(w, eigen, m, b);
            double residual = 0;
            for (int t = 0; t < wanted; t++) {
                double norm = 0;
                for (int j = 0; j < m; j++) {
                    double d = au[j * b + t] - values[t] * u[j * b + t];
                    norm += d * d;
                }
                residual = Math.max(residual, Math.sqrt(norm) / Math.max(values[t], 1e-12));
            }
            ritz = new double[wanted][m];
            for (int t = 0; t < wanted; t++) {
                for (int j = 0; j < m; j++) ritz[t][j] = u[j * b + t];
            }
            if (residual < TOLERANCE || values[0] <= 1e-12) break;
            System.arraycopy(au, 0, v, 0, v.length);
            orthonormalise(v, m, b);
        }
        for (double[] component : ritz) fixSign(component);
        return ritz;
    }

    /** Rows split into slices of about equal numbers of votes. */
    private static int[][] slice(Votes votes, int[] rows, int count) {
        int[][] slices = new int[count][];
        long total = 0;
        for (int i : rows) total += votes.votesOf(i);
        int from = 0;
        long seen = 0;
        for (int s = 0; s < count; s++) {
            int to = from;
            long until = total * (s + 1) / count;
            while (to < rows.length && (seen < until || s == count - 1)) seen += votes.votesOf(rows[to++]);
            slices[s] = Arrays.copyOfRange(rows, from, to);
            from = to;
        }
        return slices;
    }

    private static void pass(
            Votes votes, float[] centred, int[][] slices, double[] v, double[] w, double[] h, int m, int b) {
        double[][] ws = new double[slices.length][];
        double[][] hs = new double[slices.length][];
        IntStream range = IntStream.range(0, slices.length);
        (slices.length > 1 ? range.parallel() : range).forEach(s -> {
            double[] ww = new double[m * b];
            double[] hh = new double[b * b];
            double[] d = new double[b];
            int[] rowStart = votes.rowStart, statement = votes.statement;
            for (int i : slices[s]) {
                int from = rowStart[i], to = rowStart[i + 1];
                Arrays.fill(d, 0);
                for (int e = from; e < to; e++) {
                    double x = centred[e];
                    int base = statement[e] * b;
                    for (int t = 0; t < b; t++) d[t] += x * v[base + t];
                }
                for (int e = from; e < to; e++) {
                    double x = centred[e];
                    int base = statement[e] * b;
                    for (int t = 0; t < b; t++) ww[base + t] += x * d[t];
                }
                for (int t = 0; t < b; t++) {
                    for (int u = t; u < b; u++) hh[t * b + u] += d[t] * d[u];
                }
            }
            ws[s] = ww;
            hs[s] = hh;
        });
        Arrays.fill(w, 0);
        Arrays.fill(h, 0);
        for (int s = 0; s < slices.length; s++) {
            for (int i = 0; i < w.length; i++) w[i] += ws[s][i];
            for (int i = 0; i < h.length; i++) h[i] += hs[s][i];
        }
        for (int t = 0; t < b; t++) {
            for (int u = 0; u < t; u++) h[t * b + u] = h[u * b + t];
        }
    }

    /** M S for M stored m x b row-major and S the eigenvectors (columns eigen[1..b]). */
    private static double[] times(double[] matrix, double[][] eigen, int m, int b) {
        double[] out = new double[m * b];
        for (int j = 0; j < m; j++) {
            for (int t = 0; t < b; t++) {
                double sum = 0;
                for (int u = 0; u < b; u++) sum += matrix[j * b + u] * eigen[1 + t][u];
                out[j * b + t] = sum;
            }
        }
        return out;
    }

    /** Modified Gram-Schmidt on the b columns; a column that vanishes is replaced by a fixed unit vector. */
    private static void orthonormalise(double[] v, int m, int b) {
        for (int t = 0; t < b; t++) {
            for (int u = 0; u < t; u++) {
                double dot = 0;
                for (int j = 0; j < m; j++) dot += v[j * b + t] * v[j * b + u];
                for (int j = 0; j < m; j++) v[j * b + t] -= dot * v[j * b + u];
            }
            double norm = 0;
            for (int j = 0; j < m; j++) norm += v[j * b + t] * v[j * b + t];
            norm = Math.sqrt(norm);
            if (norm < 1e-12) {
                for (int j = 0; j < m; j++) v[j * b + t] = j == t % m ? 1 : 0;
                continue;
            }
            for (int j = 0; j < m; j++) v[j * b + t] /= norm;
        }
    }

    private static void fixSign(double[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[best]) + 1e-12) best = j;
        }
        if (v.length > 0 && v[best] < 0) {
            for (int j = 0; j < v.length; j++) v[j] = -v[j];
        }
    }
}
