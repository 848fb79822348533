package nl.plein.budget.count;

import java.math.BigDecimal;
import java.util.List;

/**
 * A count: the projects funded (in the order they were chosen) and, for every project, why it was funded
 * or not, in figures the results page puts into words.
 *
 * @param perVoterBudget under MES, each voter's share the outcome was counted with (whole units); 0 for greedy
 */
public record Outcome(
        Rule rule, long budget, long voters, List<Integer> selected, long perVoterBudget, List<Verdict> verdicts) {

    public Outcome {
        selected = List.copyOf(selected);
        verdicts = List.copyOf(verdicts);
    }

    public long cost(Instance in) {
        return in.cost(selected);
    }

    /** Why a project was funded or not. */
    public enum Reason {
        /** Greedy: it still fitted when its turn came. */
        FITTED,
        /** Greedy (or the fill after MES): what was left when its turn came was less than its cost. */
        DID_NOT_FIT,
        /** MES: its supporters paid for it together ({@code payers}, each at most {@code amount}). */
        BOUGHT,
        /** MES: its supporters had only {@code amount} left together. */
        UNAFFORDABLE,
        /** The fill after MES: bought from the money MES left over, by votes. */
        FILLED,
        /** No one voted for it. */
        NO_VOTES
    }

    /**
     * @param round the place in the order of choosing (1 = first), or for greedy the place in the ranking
     * @param amount the money the reason is about (see {@link Reason}); cents rounded down
     */
    public record Verdict(
            int project,
            boolean selected,
            Reason reason,
            int round,
            long votes,
            long supporters,
            long payers,
            long spentOut,
            BigDecimal amount) {}
}
