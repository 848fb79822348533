package nl.plein.survey.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.plein.survey.analysis.PopulationMargins.Margin;
import nl.plein.survey.analysis.Problem.Severity;

/**
 * Raking (iterative proportional fitting) of all responses of a table to the population margins area, sex
 * and age band, with a weight cap. Works on shares: in each step a margin's categories are scaled so their
 * weighted shares among the respondents whose category is known equal the population shares; respondents
 * with an unknown category keep their weight in that step, so the total weight stays n and the mean 1.
 * After each round weights above the cap are set to the cap and the excess is spread over the others; the
 * next round rakes again. Never throws on data and never returns NaN: what cannot be done is a
 * {@link Problem}.
 */
public final class Raking {

    static final String KEY = "survey.analysis.problem.";

    private Raking() {}

    public static WeightingResult weigh(ResponseTable table, PopulationMargins population, RakingSettings settings) {
        int n = table.size();
        List<Margin> margins = population.margins(table.areaCodes());
        int[][] category = categories(table, margins);
        List<Problem> problems = new ArrayList<>();
        double[][] shares = new double[margins.size()][];
        int[][] counts = new int[margins.size()][];
        for (int m = 0; m < margins.size(); m++) {
            Margin margin = margins.get(m);
            int k = margin.categories().size();
            int[] count = new int[k];
            int unknown = 0;
            for (int r = 0; r < n; r++) {
                if (category[m][r] < 0) {
                    unknown++;
                } else {
                    count[category[m][r]]++;
                }
            }
            counts[m] = count;
            double populationWithRespondents = 0;
            double populationTotal = 0;
            for (int c = 0; c < k; c++) {
                populationTotal += margin.population()[c];
                if (count[c] > 0) {
                    populationWithRespondents += margin.population()[c];
                }
            }
            String suffix = margin.kind().key;
            if (n > 0 && unknown > 0) {
                problems.add(Problem.of(Severity.INFO, KEY + "unknownCategory." + suffix, unknown));
            }
            double[] share = new double[k];
            for (int c = 0; c < k; c++) {
                // Sex goes into the message as 0 (men) or 1 (women), for a {0,choice,...} pattern.
                Object name = margin.kind() == Margin.Kind.SEX
                        ? (Object) c
                        : margin.labels().get(c);
                if (count[c] > 0 && margin.population()[c] <= 0) {
                    problems.add(
                            Problem.of(Severity.ERROR, KEY + "categoryWithoutPopulation." + suffix, name, count[c]));
                } else if (count[c] == 0 && margin.population()[c] > 0 && n > 0 && unknown < n) {
                    // Collapsed: the category's share is spread over the other categories of this margin.
                    problems.add(Problem.of(
                            Severity.WARNING,
                            KEY + "categoryWithoutRespondents." + suffix,
                            name,
                            percent(margin.population()[c] / populationTotal)));
                } else if (count[c] > 0) {
                    share[c] = margin.population()[c] / populationWithRespondents;
                }
            }
            shares[m] = share;
        }
        if (n == 0) {
            problems.add(0, Problem.of(Severity.ERROR, KEY + "noRespondents"));
        } else if (population.adults() <= 0) {
            problems.add(0, Problem.of(Severity.ERROR, KEY + "noPopulation"));
        }
        boolean failed = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        if (failed) {
            return new WeightingResult(
                    Optional.empty(), problems, composition(margins, counts, shares, category, null));
        }

        double cap = settings.capFactor();
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        double[] sums = new double[64];
        double error = Double.MAX_VALUE;
        int iteration = 0;
        while (iteration < settings.maxIterations()) {
            iteration++;
            for (int m = 0; m < margins.size(); m++) {
                int[] cat = category[m];
                double[] share = shares[m];
                double[] total = sums.length >= share.length ? sums : (sums = new double[share.length]);
                java.util.Arrays.fill(total, 0, share.length, 0);
                double known = 0;
                for (int r = 0; r < n; r++) {
                    int c = cat[r];
                    if (c >= 0) {
                        total[c] += w[r];
                        known += w[r];
                    }
                }
                if (known == 0) {
                    continue;
                }
                double[] factor = new double[share.length];
                for (int c = 0; c < share.length; c++) {
                    factor[c] = total[c] > 0 ? share[c] * known / total[c] : 1;
                }
                for (int r = 0; r < n; r++) {
                    int c = cat[r];
                    if (c >= 0) {
                        w[r] *= factor[c];
                    }
                }
            }
            normalise(w);
            trim(w, cap);
            error = maxError(w, category, shares);
            if (error <= settings.tolerance()) {
                break;
            }
        }
        if (error > settings.tolerance()) {
            problems.add(0, Problem.of(Severity.ERROR, KEY + "notConverged", iteration, percent(error), cap));
            return new WeightingResult(
                    Optional.empty(), problems, composition(margins, counts, shares, category, null));
        }
        int capped = 0;
        for (double v : w) {
            if (v >= cap * (1 - 1e-12)) {
                capped++;
            }
        }
        if (capped > 0) {
            problems.add(Problem.of(Severity.INFO, KEY + "capped", capped, cap));
        }
        Weights weights = new Weights(w, iteration, error, cap, capped);
        return new WeightingResult(Optional.of(weights), problems, composition(margins, counts, shares, category, w));
    }

    private static int[][] categories(ResponseTable table, List<Margin> margins) {
        int n = table.size();
        int[][] category = new int[margins.size()][n];
        // Respondent area index -> the area margin's category index.
        List<String> areaNames = margins.get(0).categories();
        int[] areaMap = new int[table.areaCodes().size()];
        for (int i = 0; i < areaMap.length; i++) {
            areaMap[i] = areaNames.indexOf(table.areaCodes().get(i));
        }
        for (int r = 0; r < n; r++) {
            int a = table.areaIndex(r);
            category[0][r] = a < 0 ? -1 : areaMap[a];
            int s = table.sexOrdinal(r);
            category[1][r] = s == Sex.OTHER_UNKNOWN.ordinal() ? -1 : s;
            category[2][r] = table.ageBandOrdinal(r);
        }
        return category;
    }

    /** Scales the weights to mean 1 (raking keeps the total, this only removes rounding drift). */
    private static void normalise(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double f = w.length / sum;
        for (int i = 0; i < w.length; i++) {
            w[i] *= f;
        }
    }

    /**
     * Sets weights above the cap to the cap and scales the others up so the mean stays 1; repeats when
     * that lifts others above the cap. Always possible because the cap is above the mean.
     */
    static void trim(double[] w, double cap) {
        int n = w.length;
        for (int round = 0; round <= n; round++) {
            int over = 0;
            double free = 0;
            for (double v : w) {
                if (v >= cap) {
                    over++;
                } else {
                    free += v;
                }
            }
            boolean above = false;
            for (double v : w) {
                if (v > cap) {
                    above = true;
                    break;
                }
            }
            if (!above) {
                return;
            }
            double factor = (n - over * cap) / free;
            for (int i = 0; i < n; i++) {
                w[i] = w[i] >= cap ? cap : w[i] * factor;
            }
        }
    }

    private static double maxError(double[] w, int[][] category, double[][] shares) {
        double worst = 0;
        for (int m = 0; m < shares.length; m++) {
            double[] total = new double[shares[m].length];
            double known = 0;
            int[] cat = category[m];
            for (int r = 0; r < w.length; r++) {
                if (cat[r] >= 0) {
                    total[cat[r]] += w[r];
                    known += w[r];
                }
            }
            if (known == 0) {
                continue;
            }
            for (int c = 0; c < total.length; c++) {
                worst = Math.max(worst, Math.abs(total[c] / known - shares[m][c]));
            }
        }
        return worst;
    }

    private static List<WeightingResult.MarginShare> composition(
            List<Margin> margins, int[][] counts, double[][] shares, int[][] category, double[] w) {
        var rows = new ArrayList<WeightingResult.MarginShare>();
        for (int m = 0; m < margins.size(); m++) {
            Margin margin = margins.get(m);
            double populationTotal = 0;
            int known = 0;
            for (int c = 0; c < counts[m].length; c++) {
                populationTotal += margin.population()[c];
                known += counts[m][c];
            }
            double[] weighted = null;
            double weightedKnown = 0;
            if (w != null) {
                weighted = new double[counts[m].length];
                for (int r = 0; r < w.length; r++) {
                    if (category[m][r] >= 0) {
                        weighted[category[m][r]] += w[r];
                        weightedKnown += w[r];
                    }
                }
            }
            for (int c = 0; c < counts[m].length; c++) {
                if (margin.population()[c] == 0 && counts[m][c] == 0) {
                    continue; // e.g. the band 0-15: not part of the target population
                }
                rows.add(new WeightingResult.MarginShare(
                        margin.kind().key,
                        margin.categories().get(c),
                        populationTotal > 0 ? margin.population()[c] / populationTotal : 0,
                        counts[m][c],
                        known > 0 ? (double) counts[m][c] / known : 0,
                        weighted != null && weightedKnown > 0
                                ? OptionalDouble.of(weighted[c] / weightedKnown)
                                : OptionalDouble.empty()));
            }
        }
        return rows;
    }

    private static double percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0;
    }
}
