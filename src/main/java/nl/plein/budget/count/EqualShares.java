package nl.plein.budget.count;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The Method of Equal Shares (equalshares.net; pabutools' {@code method_of_equal_shares}), in exact
 * arithmetic. Every voter gets the same share of the budget. Round by round, of the projects whose
 * supporters can still pay for them together, the one with the lowest price per unit of utility (rho) is
 * bought: each supporter pays rho times their utility, or all they have left if that is less. Utilities are
 * the cost on an approval ballot (cost utilities) and the points on a points ballot.
 *
 * <p>All money is held as integer numerators over one common denominator, so every comparison is exact and
 * a count is the same on every machine. Prices only rise from round to round (budgets only fall), so a
 * project's last computed price is a lower bound and only the cheapest candidates are recomputed (the lazy
 * evaluation of equalshares.net's fast implementation).
 *
 * <p>Ties in rho go to the cheaper project, then the one with more supporters, then the one listed first,
 * as equalshares.net breaks them.
 */
final class EqualShares {

    private EqualShares() {}

    /** The projects bought, in order, and what every voter group has left. */
    record Run(List<Purchase> purchases, BigInteger[] left, BigInteger denominator) {
        List<Integer> selected() {
            return purchases.stream().map(Purchase::project).toList();
        }
    }

    /**
     * One project bought.
     *
     * @param payers voters who paid for it
     * @param spentOut payers who paid all they had left (less than the others)
     * @param maxPaymentNum the most one voter paid, over {@code denominator}
     */
    record Purchase(int project, long payers, long spentOut, BigInteger maxPaymentNum, BigInteger denominator) {}

    /** MES with every voter starting with {@code startNum / startDen}. */
    static Run run(Instance in, BigInteger startNum, BigInteger startDen) {
        return new Counter(in, startNum, startDen).count();
    }

    private static final class Counter {
        private final Instance in;
        private final long[] weight;
        private final BigInteger[] budget;
        private BigInteger denominator;
        private final int[][] supporterGroups;
        private final int[][] supporterScores;
        private final long[] supporters;

        Counter(Instance in, BigInteger startNum, BigInteger startDen) {
            this.in = in;
            int groups = in.groups().size();
            weight = new long[groups];
            budget = new BigInteger[groups];
            denominator = startDen;
            int m = in.projects().size();
            int[] count = new int[m];
            for (int g = 0; g < groups; g++) {
                var group = in.groups().get(g);
                weight[g] = group.voters();
                budget[g] = startNum;
                for (int p : group.projects()) count[p]++;
            }
            supporterGroups = new int[m][];
            supporterScores = new int[m][];
            for (int p = 0; p < m; p++) {
                supporterGroups[p] = new int[count[p]];
                supporterScores[p] = new int[count[p]];
            }
            int[] fill = new int[m];
            for (int g = 0; g < groups; g++) {
                var group = in.groups().get(g);
                for (int k = 0; k < group.projects().length; k++) {
                    int p = group.projects()[k];
                    supporterGroups[p][fill[p]] = g;
                    supporterScores[p][fill[p]++] = group.scores()[k];
                }
            }
            supporters = in.supporters();
        }

        /**
         * rho = remaining / den exactly, where remaining is what the supporters who do not spend out pay
         * together (over the common denominator) and utility their utility in ballot scores.
         */
        private record Price(
                int project, BigInteger remaining, BigInteger den, int spentOutUpTo, BigInteger utility, int[] order) {}

        private int cheapestFirst(Price a, Price b) {
            int c = a.remaining.multiply(b.den).compareTo(b.remaining.multiply(a.den));
            if (c != 0) return c;
            var pa = in.projects().get(a.project);
            var pb = in.projects().get(b.project);
            c = Long.compare(pa.cost(), pb.cost());
            if (c != 0) return c;
            c = Long.compare(supporters[b.project], supporters[a.project]);
            return c != 0 ? c : Integer.compare(a.project, b.project);
        }

        Run count() {
            PriorityQueue<Price> queue = new PriorityQueue<>(this::cheapestFirst);
            for (int p = 0; p < in.projects().size(); p++) {
                Price price = price(p);
                if (price != null) queue.add(price);
            }
            List<Purchase> purchases = new ArrayList<>();
            while (!queue.isEmpty()) {
                Price top = price(queue.poll().project);
                if (top == null) continue; // its supporters can no longer pay for it, and never will again
                Price next = queue.peek();
                if (next != null && cheapestFirst(top, next) > 0) {
                    queue.add(top); // a lower bound no longer: try the next cheapest
                    continue;
                }
                purchases.add(buy(top));
            }
            return new Run(purchases, budget, denominator);
        }

        /**
         * The lowest rho at which the project's supporters pay its cost: supporters in order of budget per
         * unit of utility; those who cannot pay rho times their utility pay all they have.
         */
        private Price price(int p) {
            int[] groups = supporterGroups[p];
            int[] scores = supporterScores[p];
            Integer[] order = new Integer[groups.length];
            for (int k = 0; k < order.length; k++) order[k] = k;
            // Equal scores (every approval ballot) compare budgets as they are, without multiplying.
            Arrays.sort(
                    order,
                    (a, b) -> scores[a] == scores[b]
                            ? budget[groups[a]].compareTo(budget[groups[b]])
                            : budget[groups[a]]
                                    .multiply(BigInteger.valueOf(scores[b]))
                                    .compareTo(budget[groups[b]].multiply(BigInteger.valueOf(scores[a]))));
            BigInteger remaining =
                    BigInteger.valueOf(in.projects().get(p).cost()).multiply(denominator);
            BigInteger utility = BigInteger.ZERO;
            for (int k = 0; k < groups.length; k++) {
                utility = utility.add(BigInteger.valueOf(weight[groups[k]] * scores[k]));
            }
            for (int k = 0; k < order.length; k++) {
                int g = groups[order[k]];
                BigInteger score = BigInteger.valueOf(scores[order[k]]);
                if (budget[g].multiply(utility).compareTo(remaining.multiply(score)) >= 0) {
                    BigInteger perUtility = in.points()
                            ? BigInteger.ONE
                            : BigInteger.valueOf(in.projects().get(p).cost());
                    int[] sorted = new int[order.length];
                    for (int j = 0; j < sorted.length; j++) sorted[j] = order[j];
                    return new Price(
                            p, remaining, utility.multiply(perUtility).multiply(denominator), k, utility, sorted);
                }
                remaining = remaining.subtract(budget[g].multiply(BigInteger.valueOf(weight[g])));
                utility = utility.subtract(score.multiply(BigInteger.valueOf(weight[g])));
            }
            return null;
        }

        /**
         * Supporters before {@code spentOutUpTo} pay all they have; the others pay remaining/utility per unit
         * of their utility. The common denominator grows by the utility's part that does not divide out.
         */
        private Purchase buy(Price price) {
            int[] groups = supporterGroups[price.project];
            int[] scores = supporterScores[price.project];
            BigInteger gcd = price.remaining.gcd(price.utility);
            BigInteger share = price.remaining.divide(gcd);
            BigInteger scale = price.utility.divide(gcd);
            if (!scale.equals(BigInteger.ONE)) {
                for (int g = 0; g < budget.length; g++) {
                    if (budget[g].signum() != 0) budget[g] = budget[g].multiply(scale);
                }
                denominator = denominator.multiply(scale);
            }
            long payers = 0, spentOut = 0;
            int maxScore = 0;
            for (int k = 0; k < price.order.length; k++) {
                int j = price.order[k];
                int g = groups[j];
                payers += weight[g];
                if (k < price.spentOutUpTo) {
                    budget[g] = BigInteger.ZERO;
                    spentOut += weight[g];
                } else {
                    budget[g] = budget[g].subtract(share.multiply(BigInteger.valueOf(scores[j])));
                    maxScore = Math.max(maxScore, scores[j]);
                    if (budget[g].signum() < 0) throw new IllegalStateException("A voter paid more than they had");
                }
            }
            return new Purchase(
                    price.project, payers, spentOut, share.multiply(BigInteger.valueOf(maxScore)), denominator);
        }
    }
}
