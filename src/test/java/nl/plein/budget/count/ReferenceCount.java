package nl.plein.budget.count;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules written again from their published definitions (equalshares.net, the Add1 wording), as
 * plainly as possible: one voter at a time, fractions reduced after every step, every project's price
 * computed again in every round. Slow and obviously right, to check {@link Tally} against.
 */
final class ReferenceCount {

    private ReferenceCount() {}

    record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {
        Fraction {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }

        static Fraction of(long value) {
            return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
        }

        Fraction plus(Fraction o) {
            return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction minus(Fraction o) {
            return plus(new Fraction(o.num.negate(), o.den));
        }

        Fraction times(Fraction o) {
            return new Fraction(num.multiply(o.num), den.multiply(o.den));
        }

        Fraction over(Fraction o) {
            return new Fraction(num.multiply(o.den), den.multiply(o.num));
        }

        @Override
        public int compareTo(Fraction o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }

    /** Every voter's utility for every project (0 when not chosen): cost on approval, points on points. */
    static long[][] utilities(Instance in) {
        List<long[]> voters = new ArrayList<>();
        for (var g : in.groups()) {
            long[] u = new long[in.projects().size()];
            for (int k = 0; k < g.projects().length; k++) {
                int p = g.projects()[k];
                u[p] = in.points() ? g.scores()[k] : in.projects().get(p).cost();
            }
            for (long v = 0; v < g.voters(); v++) voters.add(u);
        }
        return voters.toArray(long[][]::new);
    }

    /** MES from the given per-voter budget; the projects in the order bought. */
    static List<Integer> mes(Instance in, Fraction start) {
        long[][] u = utilities(in);
        Fraction[] budget = new Fraction[u.length];
        java.util.Arrays.fill(budget, start);
        long[] supporters = in.supporters();
        List<Integer> bought = new ArrayList<>();
        while (true) {
            int best = -1;
            Fraction bestRho = null;
            for (int p = 0; p < in.projects().size(); p++) {
                if (bought.contains(p)) continue;
                Fraction rho = rho(in, u, budget, p);
                if (rho == null) continue;
                if (best < 0
                        || rho.compareTo(bestRho) < 0
                        || rho.compareTo(bestRho) == 0 && before(in, supporters, p, best)) {
                    best = p;
                    bestRho = rho;
                }
            }
            if (best < 0) return bought;
            for (int i = 0; i < u.length; i++) {
                if (u[i][best] == 0) continue;
                Fraction pay = bestRho.times(Fraction.of(u[i][best]));
                budget[i] = pay.compareTo(budget[i]) >= 0 ? Fraction.of(0) : budget[i].minus(pay);
            }
            bought.add(best);
        }
    }

    /** Cheaper first, then more supporters, then listed first. */
    private static boolean before(Instance in, long[] supporters, int p, int q) {
        long cp = in.projects().get(p).cost(), cq = in.projects().get(q).cost();
        if (cp != cq) return cp < cq;
        if (supporters[p] != supporters[q]) return supporters[p] > supporters[q];
        return p < q;
    }

    /**
     * The smallest rho with sum over supporters of min(budget, rho * utility) = cost: supporters by
     * budget/utility, each either paying all they have or, from the first who can pay rho * utility, the
     * rest sharing what is left by utility. Null when the supporters together cannot pay.
     */
    static Fraction rho(Instance in, long[][] u, Fraction[] budget, int p) {
        List<Integer> supporters = new ArrayList<>();
        for (int i = 0; i < u.length; i++) if (u[i][p] > 0) supporters.add(i);
        supporters.sort((a, b) -> budget[a].over(Fraction.of(u[a][p])).compareTo(budget[b].over(Fraction.of(u[b][p]))));
        Fraction rest = Fraction.of(in.projects().get(p).cost());
        long utility = supporters.stream().mapToLong(i -> u[i][p]).sum();
        for (int i : supporters) {
            Fraction rho = rest.over(Fraction.of(utility));
            if (budget[i].over(Fraction.of(u[i][p])).compareTo(rho) >= 0) return rho;
            rest = rest.minus(budget[i]);
            utility -= u[i][p];
        }
        return null;
    }

    /** Add1 as the issue words it, then optionally the greedy fill. */
    static List<Integer> add1(Instance in, boolean fill) {
        long n = in.voters();
        long share = in.budget() / n;
        List<Integer> last = mes(in, Fraction.of(share));
        long supported = java.util.Arrays.stream(in.votes()).filter(v -> v > 0).count();
        while (last.size() < supported) {
            List<Integer> next = mes(in, Fraction.of(++share));
            if (in.cost(next) > in.budget()) break;
            last = next;
        }
        if (!fill) return last;
        List<Integer> out = new ArrayList<>(last);
        out.addAll(greedy(in, in.budget() - in.cost(last), out));
        return out;
    }

    /** Greedy by votes from what is left, skipping what does not fit, over the projects not yet chosen. */
    static List<Integer> greedy(Instance in, long money, List<Integer> already) {
        long[] votes = in.votes();
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < votes.length; p++) if (!already.contains(p) && votes[p] > 0) order.add(p);
        order.sort((p, q) -> votes[p] != votes[q]
                ? Long.compare(votes[q], votes[p])
                : in.projects().get(p).cost() != in.projects().get(q).cost()
                        ? Long.compare(
                                in.projects().get(p).cost(),
                                in.projects().get(q).cost())
                        : Integer.compare(p, q));
        List<Integer> chosen = new ArrayList<>();
        for (int p : order) {
            if (in.projects().get(p).cost() <= money) {
                chosen.add(p);
                money -= in.projects().get(p).cost();
            }
        }
        return chosen;
    }
}
