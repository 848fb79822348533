package nl.plein.opinionmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The opinion map's maths, Polis' method step by step (its {@code polismath}), written for sparse votes;
 * docs/opinion-map.md explains each step and where Plein differs:
 * <ol>
 *   <li>participants with at least min(7, statements with votes) votes take part in the groups, topped
 *       up with the most active when fewer than 15 do; votes on statements taken out count here too;
 *   <li>a missing vote counts as the statement's mean, so after centring the matrix keeps its zeros and
 *       stays sparse; a statement taken out is zeroed; two principal components by power (subspace)
 *       iteration on that sparse matrix;
 *   <li>a participant's position is the projection of their centred votes, stretched by
 *       sqrt(statements / own votes) (Polis' sparsity-aware projection);
 *   <li>at most {@link #BASE_K} base clusters, then size-weighted k-means of their centres for k = 2 up
 *       to min(5, 2 + bases / 12); k by the silhouette over the base clusters, and changed only when
 *       another k wins {@link #K_SWITCH_AFTER} updates running;
 *   <li>representative statements per group (two-proportion tests, inside vs outside the group) and
 *       group-aware consensus (the product over groups of (agree+1)/(votes+2)).
 * </ol>
 * Everything is deterministic: the same votes and the same {@link Memory} give the same result.
 */
public final class Analysis {

    public static final int MIN_VOTES = 7;
    public static final int MIN_PARTICIPANTS = 15;
    public static final int MAX_K = 5;
    /** Polis' group-k-buffer. */
    public static final int K_SWITCH_AFTER = 4;
    /** Polis' base-k: participants are first clustered into this many base clusters. */
    public static final int BASE_K = 100;
    /** Base clusterings made per computation (see {@link #cluster}). */
    static final int BASE_TRIALS = 4;

    public static final int MAX_REPRESENTATIVE = 5;
    public static final int MAX_CONSENSUS = 5;
    /** One-sided 90%: the level Polis uses for representative statements. */
    static final double Z_90 = 1.2816;

    private Analysis() {}

    /** What an update remembers for the next: the k in use, a k that is winning, and the group centres. */
    public record Memory(int k, int candidateK, int candidateStreak, double[] centresX, double[] centresY) {
        public static final Memory NONE = new Memory(0, 0, 0, new double[0], new double[0]);
    }

    /** A statement that sets a group apart: most in the group agree (or disagree), far fewer outside. */
    public record Representative(
            int statement, boolean agree, double inGroup, double outsideGroup, double zScore, double metric) {}

    /** Common ground: all groups lean the same way on it. */
    public record Consensus(int statement, boolean agree, double probability) {}

    public record Group(int id, int size, double centreX, double centreY, List<Representative> representative) {}

    /**
     * The outcome. Per participant index: {@code group} is -1 for those who do not (yet) take part;
     * {@code x}/{@code y} are their position. {@code counts[statement][group][0..2]} holds agree, disagree
     * and pass among the participants of that group.
     */
    public record Result(
            int participants,
            int statements,
            int votes,
            int inConversation,
            int[] group,
            float[] x,
            float[] y,
            List<Group> groups,
            List<Consensus> consensus,
            int[][][] counts,
            Memory memory,
            long millis) {

        public int k() {
            return groups.size();
        }
    }

    public static Result compute(Votes votes) {
        return compute(votes, Memory.NONE);
    }

    public static Result compute(Votes votes, Memory previous) {
        return compute(votes, new boolean[votes.statements], previous);
    }

    /**
     * @param out statements taken out by moderation: their votes still count for who takes part, but the
     *     statement weighs nothing in the components, as Polis zeroes such a column
     */
    public static Result compute(Votes votes, boolean[] out, Memory previous) {
        long started = System.nanoTime();
        int n = votes.participants, m = votes.statements;
        boolean[] in = inConversation(votes);
        int[] rows = indexesOf(in);
        int r = rows.length;

        // As Polis: means and components from everyone's votes; groups from those who take part.
        int[] everyone = new int[n];
        for (int i = 0; i < n; i++) everyone[i] = i;
        double[] mean = statementMeans(votes, everyone);
        float[] centred = centred(votes, mean, out);
        double[][] pcs = SparsePca.components(votes, everyone, centred, 2);

        // Everyone who voted gets a position; only those taking part form groups. Polis' sparsity-aware
        // projection: someone who voted on few statements is pushed out from the centre by
        // sqrt(statements / own votes), a zeroed statement counting as voted on.
        int columns = 0, zeroed = 0;
        boolean[] voted = votes.statementsWithVotes();
        for (int j = 0; j < m; j++) {
            if (voted[j]) columns++;
            if (voted[j] && out[j]) zeroed++;
        }
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            double dx = 0, dy = 0;
            int own = zeroed;
            for (int e = votes.rowStart[i]; e < votes.rowStart[i + 1]; e++) {
                if (out[votes.statement[e]]) continue;
                own++;
                dx += centred[e] * pcs[0][votes.statement[e]];
                dy += centred[e] * pcs[1][votes.statement[e]];
            }
            double stretch = Math.sqrt((double) columns / Math.max(own, 1));
            x[i] = (float) (dx * stretch);
            y[i] = (float) (dy * stretch);
        }
        double[] px = new double[r], py = new double[r];
        for (int a = 0; a < r; a++) {
            px[a] = x[rows[a]];
            py[a] = y[rows[a]];
        }

        Clustering chosen = cluster(px, py, previous);
        int k = chosen.k;
        int[] group = new int[n];
        Arrays.fill(group, -1);
        int[] size = new int[k];
        for (int a = 0; a < r; a++) {
            group[rows[a]] = chosen.labels[a];
            size[chosen.labels[a]]++;
        }

        int[][][] counts = counts(votes, out, group, k);
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            groups.add(new Group(g, size[g], chosen.cx[g], chosen.cy[g], representative(counts, g, k)));
        }
        return new Result(
                n,
                m,
                votes.count(),
                r,
                group,
                x,
                y,
                List.copyOf(groups),
                consensus(counts, k),
                counts,
                chosen.memory,
                (System.nanoTime() - started) / 1_000_000);
    }

    // ---- who takes part ----

    static boolean[] inConversation(Votes votes) {
        int n = votes.participants;
        // Polis counts the statements that have votes (the columns of its matrix), moderated out or not.
        int columns = 0;
        for (boolean v : votes.statementsWithVotes()) if (v) columns++;
        int threshold = Math.min(MIN_VOTES, columns);
        boolean[] in = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (votes.votesOf(i) >= Math.max(1, threshold)) {
                in[i] = true;
                count++;
            }
        }
        if (count < MIN_PARTICIPANTS) {
            // Top up with the most active; ties go to the lower index so the choice is deterministic.
            Integer[] others = new Integer[n - count];
            int o = 0;
            for (int i = 0; i < n; i++) {
                if (!in[i]) {
                    others[o++] = i;
                }
            }
            Arrays.sort(
                    others,
                    (a, b) -> votes.votesOf(a) != votes.votesOf(b)
                            ? Integer.compare(votes.votesOf(b), votes.votesOf(a))
                            : Integer.compare(a, b));
            for (int j = 0; j < others.length && count < MIN_PARTICIPANTS; j++) {
                if (votes.votesOf(others[j]) > 0) {
                    in[others[j]] = true;
                    count++;
                }
            }
        }
        return in;
    }

    private static int[] indexesOf(boolean[] in) {
        int count = 0;
        for (boolean b : in) {
            if (b) count++;
        }
        int[] rows = new int[count];
        int c = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) rows[c++] = i;
        }
        return rows;
    }

    // ---- the sparse PCA ----

    private static double[] statementMeans(Votes votes, int[] rows) {
        double[] sum = new double[votes.statements];
        int[] count = new int[votes.statements];
        for (int i : rows) {
            for (int e = votes.rowStart[i]; e < votes.rowStart[i + 1]; e++) {
                sum[votes.statement[e]] += votes.vote[e];
                count[votes.statement[e]]++;
            }
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] = count[j] == 0 ? 0 : sum[j] / count[j];
        }
        return sum;
    }

    /**
     * Vote minus the statement's mean, per stored vote; a missing vote (the mean) becomes an implicit 0,
     * and so does every vote on a statement taken out.
     */
    private static float[] centred(Votes votes, double[] mean, boolean[] out) {
        float[] c = new float[votes.count()];
        for (int e = 0; e < c.length; e++) {
            int j = votes.statement[e];
            c[e] = out[j] ? 0 : (float) (votes.vote[e] - mean[j]);
        }
        return c;
    }

    // ---- groups ----

    private record Clustering(int k, int[] labels, double[] cx, double[] cy, Memory memory) {}

    /**
     * Polis' two levels: participants into at most {@link #BASE_K} base clusters, then the base clusters'
     * centres, weighted by their sizes, into k groups for k = 2 up to min(5, 2 + bases / 12); k by the
     * silhouette over the base clusters, kept until another k wins {@link #K_SWITCH_AFTER} updates running.
     * A participant belongs to the group of their base cluster. The base clustering is made
     * {@link #BASE_TRIALS} times from different seeds: k is chosen by the silhouette averaged over them and
     * the groups come from the one that fits best, so the choice of k does not hang on one seed.
     */
    static Clustering cluster(double[] px, double[] py, Memory previous) {
        int r = px.length;
        Bases[] trials = new Bases[BASE_TRIALS];
        var each = IntStream.range(0, BASE_TRIALS);
        (r * (long) BASE_K >= KMeans.PARALLEL_FROM ? each.parallel() : each)
                .forEach(t -> trials[t] = Bases.of(px, py, 100L + t));
        int best = 0, maxK = MAX_K;
        for (int t = 0; t < BASE_TRIALS; t++) {
            if (trials[t].inertia < trials[best].inertia - 1e-9) best = t;
            int nb = trials[t].x.length;
            maxK = Math.min(maxK, Math.min(2 + nb / 12, nb - 1));
        }
        if (maxK < 2) {
            int[] labels = new int[r];
            double[] c = centre(px, py);
            return new Clustering(
                    1,
                    labels,
                    new double[] {c[0]},
                    new double[] {c[1]},
                    new Memory(1, 0, 0, new double[] {c[0]}, new double[] {c[1]}));
        }
        Bases bases = trials[best];
        KMeans.Fit[] fits = new KMeans.Fit[maxK + 1];
        int bestK = 2;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= maxK; k++) {
            double score = 0;
            for (int t = 0; t < BASE_TRIALS; t++) {
                Bases trial = trials[t];
                KMeans.Fit fit = KMeans.fit(trial.x, trial.y, trial.size, k, KMeans.RESTARTS, 1000L + k);
                if (t == best) fits[k] = fit;
                score += KMeans.silhouette(trial.x, trial.y, fit.labels(), k, trial.every());
            }
            if (score > bestScore + 1e-12) {
                bestScore = score;
                bestK = k;
            }
        }
        int k = bestK, candidate = 0, streak = 0;
        if (previous.k() >= 2 && previous.k() <= maxK && previous.k() != bestK) {
            // Keep the k in use until the same other k has won K_SWITCH_AFTER updates running.
            candidate = bestK;
            streak = previous.candidateK() == bestK ? previous.candidateStreak() + 1 : 1;
            if (streak >= K_SWITCH_AFTER) {
                candidate = 0;
                streak = 0;
            } else {
                k = previous.k();
            }
        }
        KMeans.Fit fit = fits[k];
        int[] order = labelOrder(fit, bases.size, k, previous);
        int[] labels = new int[r];
        for (int a = 0; a < r; a++) labels[a] = order[fit.labels()[bases.of[a]]];
        double[] cx = new double[k], cy = new double[k];
        for (int g = 0; g < k; g++) {
            cx[order[g]] = fit.cx()[g];
            cy[order[g]] = fit.cy()[g];
        }
        return new Clustering(k, labels, cx, cy, new Memory(k, candidate, streak, cx, cy));
    }

    /**
     * The base clusters that have members: centres, sizes, each participant's base cluster, and the sum of
     * squared distances to the centres.
     */
    private record Bases(double[] x, double[] y, double[] size, int[] of, double inertia) {

        static Bases of(double[] px, double[] py, long seed) {
            int r = px.length;
            KMeans.Fit fit = KMeans.fit(px, py, null, Math.min(BASE_K, r), 1, seed);
            int[] index = new int[fit.cx().length];
            Arrays.fill(index, -1);
            int nb = 0;
            for (int a = 0; a < r; a++) {
                if (index[fit.labels()[a]] < 0) index[fit.labels()[a]] = nb++;
            }
            double[] x = new double[nb], y = new double[nb], size = new double[nb];
            int[] of = new int[r];
            for (int a = 0; a < r; a++) {
                int b = index[fit.labels()[a]];
                of[a] = b;
                x[b] = fit.cx()[fit.labels()[a]];
                y[b] = fit.cy()[fit.labels()[a]];
                size[b]++;
            }
            return new Bases(x, y, size, of, fit.inertia());
        }

        int[] every() {
            int[] all = new int[x.length];
            for (int b = 0; b < all.length; b++) all[b] = b;
            return all;
        }
    }

    /**
     * New label per k-means cluster: with the same k as before, the numbering that keeps each group
     * closest to last time's centre (all permutations, k is at most 5); otherwise largest group first.
     */
    private static int[] labelOrder(KMeans.Fit fit, double[] weight, int k, Memory previous) {
        int[] order = new int[k];
        if (previous.centresX().length == k) {
            int[] perm = new int[k];
            for (int g = 0; g < k; g++) perm[g] = g;
            double best = Double.POSITIVE_INFINITY;
            do {
                double cost = 0;
                for (int g = 0; g < k; g++) {
                    double dx = fit.cx()[g] - previous.centresX()[perm[g]];
                    double dy = fit.cy()[g] - previous.centresY()[perm[g]];
                    cost += dx * dx + dy * dy;
                }
                if (cost < best - 1e-12) {
                    best = cost;
                    System.arraycopy(perm, 0, order, 0, k);
                }
            } while (nextPermutation(perm));
            return order;
        }
        double[] size = new double[k];
        for (int b = 0; b < weight.length; b++) size[fit.labels()[b]] += weight[b];
        Integer[] byLabel = new Integer[k];
        for (int g = 0; g < k; g++) byLabel[g] = g;
        Arrays.sort(
                byLabel,
                (a, b) -> size[a] != size[b]
                        ? Double.compare(size[b], size[a])
                        : Double.compare(fit.cx()[a], fit.cx()[b]));
        for (int g = 0; g < k; g++) order[byLabel[g]] = g;
        return order;
    }

    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) i--;
        if (i < 0) return false;
        int j = p.length - 1;
        while (p[j] <= p[i]) j--;
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
            t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
        return true;
    }

    private static double[] centre(double[] px, double[] py) {
        double sx = 0, sy = 0;
        for (int a = 0; a < px.length; a++) {
            sx += px[a];
            sy += py[a];
        }
        return px.length == 0 ? new double[2] : new double[] {sx / px.length, sy / px.length};
    }

    // ---- what the groups say ----

    /**
     * Agree, disagree and pass per statement and group, {@code counts[statement][group][0..2]}, for any
     * grouping ({@code group[i]} in 0..k-1, or -1 for someone outside the groups); statements taken out
     * count nothing.
     */
    static int[][][] counts(Votes votes, boolean[] out, int[] group, int k) {
        int[][][] counts = new int[votes.statements][k][3];
        for (int i = 0; i < votes.participants; i++) {
            int g = group[i];
            if (g < 0) continue;
            for (int e = votes.rowStart[i]; e < votes.rowStart[i + 1]; e++) {
                if (out[votes.statement[e]]) continue;
                byte v = votes.vote[e];
                counts[votes.statement[e]][g][v == Votes.AGREE ? 0 : v == Votes.DISAGREE ? 1 : 2]++;
            }
        }
        return counts;
    }

    /** The representative statements of each group of a given grouping (see {@link #counts}). */
    public static List<List<Representative>> representatives(Votes votes, boolean[] out, int[] group, int k) {
        int[][][] counts = counts(votes, out, group, k);
        List<List<Representative>> all = new ArrayList<>();
        for (int g = 0; g < k; g++) all.add(representative(counts, g, k));
        return List.copyOf(all);
    }

    /** Polis' tests, with a pseudo-count of one. */
    static double proportionTest(int successes, int n) {
        double s = successes + 1, t = n + 1;
        return 2 * Math.sqrt(t) * (s / t - 0.5);
    }

    static double twoProportionTest(int successIn, int nIn, int successOut, int nOut) {
        double s1 = successIn + 1, n1 = nIn + 1, s2 = successOut + 1, n2 = nOut + 1;
        double p1 = s1 / n1, p2 = s2 / n2, pooled = (s1 + s2) / (n1 + n2);
        if (pooled >= 1) return 0;
        return (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    }

    private static List<Representative> representative(int[][][] counts, int g, int k) {
        List<Representative> found = new ArrayList<>();
        for (int j = 0; j < counts.length; j++) {
            int agree = counts[j][g][0], disagree = counts[j][g][1];
            int seen = agree + disagree + counts[j][g][2];
            int agreeOut = 0, disagreeOut = 0, seenOut = 0;
            for (int o = 0; o < k; o++) {
                if (o == g) continue;
                agreeOut += counts[j][o][0];
                disagreeOut += counts[j][o][1];
                seenOut += counts[j][o][0] + counts[j][o][1] + counts[j][o][2];
            }
            if (seen == 0) continue;
            Representative a = test(j, true, agree, seen, agreeOut, seenOut);
            Representative d = test(j, false, disagree, seen, disagreeOut, seenOut);
            Representative better = a.metric() >= d.metric() ? a : d;
            if (better.metric() > 0) found.add(better);
        }
        found.sort((a, b) -> a.metric() != b.metric()
                ? Double.compare(b.metric(), a.metric())
                : Integer.compare(a.statement(), b.statement()));
        return List.copyOf(found.subList(0, Math.min(MAX_REPRESENTATIVE, found.size())));
    }

    /** Significant inside the group (vs. a coin) and against the rest; metric as Polis ranks them. */
    private static Representative test(int statement, boolean agree, int s, int n, int sOut, int nOut) {
        double p = (s + 1.0) / (n + 2.0), pOut = (sOut + 1.0) / (nOut + 2.0);
        double pt = proportionTest(s, n), rt = twoProportionTest(s, n, sOut, nOut);
        boolean significant = pt > Z_90 && rt > Z_90;
        double metric = significant ? (p / pOut) * rt * p * pt : 0;
        return new Representative(statement, agree, p, pOut, rt, metric);
    }

    private static List<Consensus> consensus(int[][][] counts, int k) {
        List<Consensus> found = new ArrayList<>();
        for (int j = 0; j < counts.length; j++) {
            double agree = 1, disagree = 1;
            boolean allAgree = true, allDisagree = true, seen = false;
            for (int g = 0; g < k; g++) {
                int n = counts[j][g][0] + counts[j][g][1] + counts[j][g][2];
                double pa = (counts[j][g][0] + 1.0) / (n + 2.0), pd = (counts[j][g][1] + 1.0) / (n + 2.0);
                agree *= pa;
                disagree *= pd;
                allAgree &= pa > 0.5;
                allDisagree &= pd > 0.5;
                seen |= n > 0;
            }
            if (!seen) continue;
            if (allAgree) found.add(new Consensus(j, true, agree));
            else if (allDisagree) found.add(new Consensus(j, false, disagree));
        }
        found.sort((a, b) -> a.probability() != b.probability()
                ? Double.compare(b.probability(), a.probability())
                : Integer.compare(a.statement(), b.statement()));
        return List.copyOf(found.subList(0, Math.min(MAX_CONSENSUS, found.size())));
    }
}
