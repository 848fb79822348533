package nl.plein.budget.count;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Counts an instance by one of the {@link Rule}s: the one entry point for the component and the CLI. */
public final class Tally {

    private Tally() {}

    public static Outcome count(Instance in, Rule rule) {
        return switch (rule) {
            case GREEDY -> greedy(in);
            case MES -> equalShares(in, false);
            case MES_FILL -> equalShares(in, true);
        };
    }

    /** Most votes first; equal votes: the cheaper first, then the one listed first. */
    static List<Integer> ranking(Instance in, long[] votes) {
        return IntStream.range(0, in.projects().size())
                .boxed()
                .sorted(Comparator.<Integer>comparingLong(p -> -votes[p])
                        .thenComparingLong(p -> in.projects().get(p).cost())
                        .thenComparingInt(p -> p))
                .toList();
    }

    private static Outcome greedy(Instance in) {
        long[] votes = in.votes();
        long[] supporters = in.supporters();
        List<Integer> selected = new ArrayList<>();
        List<Outcome.Verdict> verdicts = new ArrayList<>();
        long left = in.budget();
        int place = 0;
        for (int p : ranking(in, votes)) {
            place++;
            long cost = in.projects().get(p).cost();
            if (votes[p] == 0) {
                verdicts.add(verdict(p, false, Outcome.Reason.NO_VOTES, place, votes, supporters, BigDecimal.ZERO));
            } else if (cost <= left) {
                selected.add(p);
                verdicts.add(
                        verdict(p, true, Outcome.Reason.FITTED, place, votes, supporters, BigDecimal.valueOf(left)));
                left -= cost;
            } else {
                verdicts.add(verdict(
                        p, false, Outcome.Reason.DID_NOT_FIT, place, votes, supporters, BigDecimal.valueOf(left)));
            }
        }
        return new Outcome(Rule.GREEDY, in.budget(), in.voters(), selected, 0, verdicts);
    }

    private static Outcome.Verdict verdict(
            int p,
            boolean selected,
            Outcome.Reason reason,
            int round,
            long[] votes,
            long[] supporters,
            BigDecimal amount) {
        return new Outcome.Verdict(p, selected, reason, round, votes[p], supporters[p], 0, 0, amount);
    }

    /**
     * MES with Add1: per-voter budgets floor(budget / voters), +1, +2, ... while the outcome costs at most the
     * budget. It ends at the first outcome over budget (the one before counts) or once every project that
     * has votes is funded (more money cannot change that). When all those projects fit the budget together,
     * raising never goes over it and ends with all of them funded: that outcome is counted at once, with a
     * share large enough for any voter to pay any project alone, instead of climbing there unit by unit.
     */
    private static Outcome equalShares(Instance in, boolean fill) {
        long n = in.voters();
        long[] votes = in.votes();
        List<Integer> supported = IntStream.range(0, votes.length)
                .filter(p -> votes[p] > 0)
                .boxed()
                .toList();
        long share = n == 0 ? 0 : in.budget() / n;
        if (n > 0 && !supported.isEmpty() && in.cost(supported) <= in.budget()) {
            share = Math.max(
                    share,
                    in.projects().stream()
                            .mapToLong(Instance.Project::cost)
                            .max()
                            .orElse(0));
        }
        EqualShares.Run last = EqualShares.run(in, BigInteger.valueOf(share), BigInteger.ONE);
        while (n > 0 && last.selected().size() < supported.size()) {
            EqualShares.Run next = EqualShares.run(in, BigInteger.valueOf(share + 1), BigInteger.ONE);
            if (in.cost(next.selected()) > in.budget()) break;
            last = next;
            share++;
        }
        return explain(in, last, share, fill);
    }

    /** MES without completion, every voter starting with exactly budget / voters. */
    static EqualShares.Run plain(Instance in) {
        return EqualShares.run(in, BigInteger.valueOf(in.budget()), BigInteger.valueOf(Math.max(1, in.voters())));
    }

    private static Outcome explain(Instance in, EqualShares.Run run, long share, boolean fill) {
        long[] votes = in.votes();
        long[] supporters = in.supporters();
        Map<Integer, Outcome.Verdict> verdicts = new HashMap<>();
        List<Integer> selected = new ArrayList<>();
        int round = 0;
        for (var purchase : run.purchases()) {
            int p = purchase.project();
            selected.add(p);
            verdicts.put(
                    p,
                    new Outcome.Verdict(
                            p,
                            true,
                            Outcome.Reason.BOUGHT,
                            ++round,
                            votes[p],
                            supporters[p],
                            purchase.payers(),
                            purchase.spentOut(),
                            money(purchase.maxPaymentNum(), purchase.denominator())));
        }
        long left = in.budget() - in.cost(run.selected());
        for (int p : ranking(in, votes)) {
            if (verdicts.containsKey(p)) continue;
            long cost = in.projects().get(p).cost();
            if (votes[p] == 0) {
                verdicts.put(p, verdict(p, false, Outcome.Reason.NO_VOTES, 0, votes, supporters, BigDecimal.ZERO));
            } else if (fill && cost <= left) {
                selected.add(p);
                verdicts.put(
                        p,
                        verdict(p, true, Outcome.Reason.FILLED, ++round, votes, supporters, BigDecimal.valueOf(left)));
                left -= cost;
            } else if (fill) {
                verdicts.put(
                        p,
                        verdict(p, false, Outcome.Reason.DID_NOT_FIT, 0, votes, supporters, BigDecimal.valueOf(left)));
            } else {
                verdicts.put(
                        p,
                        verdict(
                                p,
                                false,
                                Outcome.Reason.UNAFFORDABLE,
                                0,
                                votes,
                                supporters,
                                moneyOfSupporters(run, p)));
            }
        }
        List<Outcome.Verdict> ordered =
                IntStream.range(0, in.projects().size()).mapToObj(verdicts::get).toList();
        return new Outcome(fill ? Rule.MES_FILL : Rule.MES, in.budget(), in.voters(), selected, share, ordered);
    }

    /** What the project's supporters had left together when the count ended. */
    private static BigDecimal moneyOfSupporters(EqualShares.Run run, int p) {
        return money(run.supportersLeft()[p], run.denominator());
    }

    private static BigDecimal money(BigInteger num, BigInteger den) {
        return new BigDecimal(num).divide(new BigDecimal(den), 2, RoundingMode.DOWN);
    }
}
