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

    /** The projects bought, in order, and what each project's supporters have left together at the end. */
    record Run(List<Purchase> purchases, BigInteger[] supportersLeft, BigInteger denominator) {
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
        return new Counter(in, startNum, startDen, false).count();
    }

    /** The same count with every price found from the definition, without the doubles: the check on the fast way. */
    static Run runFromTheDefinition(Instance in, BigInteger startNum, BigInteger startDen) {
        return new Counter(in, startNum, startDen, true).count();
    }

    private static final class Counter {
        /**
         * How far an approximate budget may be from the exact one, as a share of the starting budget: the doubles
         * lose about 1e-16 per purchase, so this leaves a wide margin.
         */
        private static final double DRIFT = 1e-10;

        private final Instance in;
        private final long[] weight;
        private final BigInteger startNum;
        /** Denominators after each purchase that needed a larger one; every budget is a numerator over the last. */
        private final List<BigInteger> denominators = new ArrayList<>();

        /**
         * The purchases so far: each paying supporter paid {@code shareNum / denominators.get(shareEpoch)} per unit
         * of their score. A group's budget is the start minus what it paid, worked out when needed, so a purchase
         * costs no big-number work per payer.
         */
        private final List<BigInteger> shareNum = new ArrayList<>();

        private final List<Integer> shareEpoch = new ArrayList<>();
        /** Per group: the purchases it paid for (not spent out) and its score on each. */
        private final int[][] paid;

        private final int[][] paidScore;
        private final int[] paidCount;
        /** Spent out (or paid exactly all it had): the budget is zero for good. */
        private final boolean[] zero;
        /** Each group's budget in currency units as a double, to find prices fast; exact arithmetic decides. */
        private final double[] approx;

        private final double margin;
        private final int[][] supporterGroups;
        private final int[][] supporterScores;
        private final long[] supporters;
        /** Per purchase, its share brought to the latest denominator; valid while {@code termsFor} is the latest. */
        private BigInteger[] terms = new BigInteger[0];

        private int termsFor = -1;
        private BigInteger startTerm;

        private final boolean definitionOnly;

        Counter(Instance in, BigInteger startNum, BigInteger startDen, boolean definitionOnly) {
            this.in = in;
            this.definitionOnly = definitionOnly;
            this.startNum = startNum;
            int groups = in.groups().size();
            weight = new long[groups];
            zero = new boolean[groups];
            approx = new double[groups];
            paid = new int[groups][];
            paidScore = new int[groups][];
            paidCount = new int[groups];
            denominators.add(startDen);
            double start = new java.math.BigDecimal(startNum)
                    .divide(new java.math.BigDecimal(startDen), java.math.MathContext.DECIMAL64)
                    .doubleValue();
            margin = DRIFT * Math.max(start, 1);
            int m = in.projects().size();
            int[] count = new int[m];
            for (int g = 0; g < groups; g++) {
                var group = in.groups().get(g);
                weight[g] = group.voters();
                zero[g] = startNum.signum() == 0;
                approx[g] = start;
                paid[g] = new int[2];
                paidScore[g] = new int[2];
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

        private int latest() {
            return denominators.size() - 1;
        }

        private BigInteger denominator() {
            return denominators.getLast();
        }

        /** The start budget over the latest denominator. */
        private BigInteger startTerm() {
            terms();
            return startTerm;
        }

        /** Each purchase's share over the latest denominator, worked out once per denominator and purchase. */
        private BigInteger[] terms() {
            if (termsFor != latest() || terms.length != shareNum.size()) {
                terms = new BigInteger[shareNum.size()];
                for (int i = 0; i < terms.length; i++) {
                    terms[i] = shareNum.get(i).multiply(denominator().divide(denominators.get(shareEpoch.get(i))));
                }
                startTerm = startNum.multiply(denominator().divide(denominators.getFirst()));
                termsFor = latest();
            }
            return terms;
        }

        /** A group's budget over the latest denominator: the start minus every share it paid. */
        private BigInteger exact(int g) {
            if (zero[g]) return BigInteger.ZERO;
            BigInteger[] t = terms();
            BigInteger b = startTerm();
            for (int j = 0; j < paidCount[g]; j++) {
                b = b.subtract(
                        paidScore[g][j] == 1
                                ? t[paid[g][j]]
                                : t[paid[g][j]].multiply(BigInteger.valueOf(paidScore[g][j])));
            }
            return b;
        }

        /**
         * rho = remaining / den exactly, where remaining is what the supporters who do not spend out pay
         * together (over the common denominator) and utility their utility in ballot scores.
         *
         * @param spentOut positions (in the project's supporters) of those who pay all they have
         */
        private record Price(int project, BigInteger remaining, BigInteger den, BigInteger utility, int[] spentOut) {}

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
            BigInteger[] left = new BigInteger[in.projects().size()];
            for (int p = 0; p < left.length; p++) left[p] = supportersMoney(p);
            return new Run(purchases, left, denominator());
        }

        /**
         * The lowest rho at which the project's supporters pay its cost; those who cannot pay rho times their
         * utility pay all they have (they "spend out"). Found first in doubles. Exactly, supporters far below that
         * price spend out and far above it pay; those near it are settled one by one; the exact price must then
         * agree with every supporter's side, or it is found from the definition instead.
         */
        private Price price(int p) {
            if (definitionOnly) return exactPrice(p);
            int[] groups = supporterGroups[p];
            int[] scores = supporterScores[p];
            long cost = in.projects().get(p).cost();
            long totalUtility = 0;
            for (int k = 0; k < groups.length; k++) {
                if (!zero[groups[k]]) totalUtility += weight[groups[k]] * scores[k];
            }
            if (totalUtility == 0) return null;
            // In doubles: spend out whoever cannot pay the price of the others, until nobody else has to.
            boolean[] below = new boolean[groups.length];
            double utility = totalUtility, remaining = cost;
            for (boolean changed = true; changed && utility > 0; ) {
                changed = false;
                double rho = remaining / utility;
                for (int k = 0; k < groups.length; k++) {
                    int g = groups[k];
                    if (!below[k] && !zero[g] && approx[g] < rho * scores[k]) {
                        below[k] = true;
                        remaining -= approx[g] * weight[g];
                        utility -= (double) weight[g] * scores[k];
                        changed = true;
                    }
                }
            }
            if (utility <= 0) return affordable(p) ? exactPrice(p) : null;
            double rho = remaining / utility;
            double low = rho * (1 - 1e-9) - margin, high = rho * (1 + 1e-9) + margin;
            // Exactly: the sum of what the surely spent out have, as start minus shares paid, counted per purchase.
            long[] paidWeight = new long[shareNum.size()];
            long outWeight = 0, outUtility = 0;
            double highestOut = Double.NEGATIVE_INFINITY, lowestPayer = Double.POSITIVE_INFINITY;
            int[] near = new int[groups.length];
            int nearCount = 0, outCount = 0;
            int[] spent = new int[groups.length];
            for (int k = 0; k < groups.length; k++) {
                int g = groups[k];
                if (zero[g]) continue;
                double key = approx[g] / scores[k];
                if (key < low) {
                    spent[outCount++] = k;
                    highestOut = Math.max(highestOut, key);
                    outWeight += weight[g];
                    outUtility += weight[g] * scores[k];
                    for (int j = 0; j < paidCount[g]; j++) paidWeight[paid[g][j]] += weight[g] * paidScore[g][j];
                } else if (key > high) {
                    lowestPayer = Math.min(lowestPayer, key);
                } else {
                    near[nearCount++] = k;
                }
            }
            BigInteger outMoney = moneyOf(outWeight, paidWeight);
            BigInteger exactRemaining =
                    BigInteger.valueOf(cost).multiply(denominator()).subtract(outMoney);
            BigInteger util = BigInteger.valueOf(totalUtility - outUtility);
            boolean[] out = new boolean[nearCount];
            for (boolean again = true; again && util.signum() > 0; ) {
                again = false;
                for (int c = 0; c < nearCount; c++) {
                    if (out[c]) continue;
                    int k = near[c], g = groups[k];
                    BigInteger budget = exact(g);
                    BigInteger score = BigInteger.valueOf(scores[k]);
                    if (budget.multiply(util).compareTo(exactRemaining.multiply(score)) < 0) {
                        out[c] = true;
                        spent[outCount++] = k;
                        exactRemaining = exactRemaining.subtract(budget.multiply(BigInteger.valueOf(weight[g])));
                        util = util.subtract(score.multiply(BigInteger.valueOf(weight[g])));
                        again = true;
                    }
                }
            }
            if (util.signum() <= 0) return exactPrice(p);
            double exactRho = new java.math.BigDecimal(exactRemaining)
                    .divide(new java.math.BigDecimal(util.multiply(denominator())), java.math.MathContext.DECIMAL64)
                    .doubleValue();
            boolean outAgree = highestOut < exactRho * (1 - 1e-9) - 2 * margin;
            boolean payersAgree = lowestPayer > exactRho * (1 + 1e-9) + 2 * margin;
            if (!outAgree || !payersAgree) return exactPrice(p);
            return price(p, exactRemaining, util, Arrays.copyOf(spent, outCount));
        }

        /** Whether the project's supporters have its cost together, exactly. */
        private boolean affordable(int p) {
            BigInteger cost = BigInteger.valueOf(in.projects().get(p).cost());
            return supportersMoney(p).compareTo(cost.multiply(denominator())) >= 0;
        }

        /** What the project's supporters have together now (over the latest denominator), counted per purchase. */
        private BigInteger supportersMoney(int p) {
            long[] paidWeight = new long[shareNum.size()];
            long total = 0;
            for (int g : supporterGroups[p]) {
                if (zero[g]) continue;
                total += weight[g];
                for (int j = 0; j < paidCount[g]; j++) paidWeight[paid[g][j]] += weight[g] * paidScore[g][j];
            }
            return moneyOf(total, paidWeight);
        }

        /** What {@code voters} have together (over the latest denominator), who paid {@code paidWeight[i]} times share i. */
        private BigInteger moneyOf(long voters, long[] paidWeight) {
            BigInteger[] t = terms();
            BigInteger money = startTerm().multiply(BigInteger.valueOf(voters));
            for (int i = 0; i < paidWeight.length; i++) {
                if (paidWeight[i] != 0) money = money.subtract(t[i].multiply(BigInteger.valueOf(paidWeight[i])));
            }
            return money;
        }

        private Price price(int p, BigInteger remaining, BigInteger utility, int[] spentOut) {
            BigInteger perUtility = in.points()
                    ? BigInteger.ONE
                    : BigInteger.valueOf(in.projects().get(p).cost());
            return new Price(p, remaining, utility.multiply(perUtility).multiply(denominator()), utility, spentOut);
        }

        /**
         * The price from the definition, exactly: supporters in order of budget per unit of utility, the first
         * who can pay rho times their utility and everyone after them pays, the ones before pay all they have.
         */
        private Price exactPrice(int p) {
            int[] groups = supporterGroups[p];
            int[] scores = supporterScores[p];
            BigInteger[] budget = new BigInteger[groups.length];
            List<Integer> order = new ArrayList<>();
            long total = 0;
            for (int k = 0; k < groups.length; k++) {
                if (zero[groups[k]]) continue;
                budget[k] = exact(groups[k]);
                total += weight[groups[k]] * scores[k];
                order.add(k);
            }
            order.sort((a, b) -> budget[a]
                    .multiply(BigInteger.valueOf(scores[b]))
                    .compareTo(budget[b].multiply(BigInteger.valueOf(scores[a]))));
            BigInteger remaining =
                    BigInteger.valueOf(in.projects().get(p).cost()).multiply(denominator());
            BigInteger utility = BigInteger.valueOf(total);
            int[] spentOut = new int[order.size()];
            int n = 0;
            for (int k : order) {
                int g = groups[k];
                BigInteger score = BigInteger.valueOf(scores[k]);
                if (budget[k].multiply(utility).compareTo(remaining.multiply(score)) >= 0) {
                    return price(p, remaining, utility, Arrays.copyOf(spentOut, n));
                }
                spentOut[n++] = k;
                remaining = remaining.subtract(budget[k].multiply(BigInteger.valueOf(weight[g])));
                utility = utility.subtract(score.multiply(BigInteger.valueOf(weight[g])));
            }
            return null;
        }

        /**
         * The spent-out supporters pay all they have; the others pay remaining/utility per unit of their
         * utility. The common denominator grows by the utility's part that does not divide out.
         */
        private Purchase buy(Price price) {
            int[] groups = supporterGroups[price.project];
            int[] scores = supporterScores[price.project];
            BigInteger gcd = price.remaining.gcd(price.utility);
            BigInteger share = price.remaining.divide(gcd);
            BigInteger scale = price.utility.divide(gcd);
            if (!scale.equals(BigInteger.ONE)) denominators.add(denominator().multiply(scale));
            int purchase = shareNum.size();
            shareNum.add(share);
            shareEpoch.add(latest());
            double approxShare = new java.math.BigDecimal(share)
                    .divide(new java.math.BigDecimal(denominator()), java.math.MathContext.DECIMAL64)
                    .doubleValue();
            boolean[] out = new boolean[groups.length];
            for (int k : price.spentOut) out[k] = true;
            long payers = 0, spentOut = 0;
            int maxScore = 0;
            for (int k = 0; k < groups.length; k++) {
                int g = groups[k];
                if (zero[g]) continue;
                payers += weight[g];
                if (out[k]) {
                    zero[g] = true;
                    approx[g] = 0;
                    spentOut += weight[g];
                    continue;
                }
                if (paidCount[g] == paid[g].length) {
                    paid[g] = Arrays.copyOf(paid[g], 2 * paid[g].length);
                    paidScore[g] = Arrays.copyOf(paidScore[g], 2 * paidScore[g].length);
                }
                paid[g][paidCount[g]] = purchase;
                paidScore[g][paidCount[g]++] = scores[k];
                approx[g] -= approxShare * scores[k];
                maxScore = Math.max(maxScore, scores[k]);
                if (approx[g] < margin) {
                    int sign = exact(g).signum();
                    if (sign < 0) throw new IllegalStateException("A voter paid more than they had");
                    if (sign == 0) zero[g] = true;
                    approx[g] = Math.max(approx[g], 0);
                }
            }
            return new Purchase(
                    price.project, payers, spentOut, share.multiply(BigInteger.valueOf(maxScore)), denominator());
        }
    }
}
