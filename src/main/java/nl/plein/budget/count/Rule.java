package nl.plein.budget.count;

import java.util.Arrays;
import java.util.Optional;

/** How a budget is counted; {@code key} is the name on the command line and in pabulib's {@code rule}. */
public enum Rule {
    /** The most-voted projects in order, skipping what no longer fits and going on down the list. */
    GREEDY("greedy"),
    /**
     * Method of Equal Shares with the "Add1" completion the cities that counted with it applied: the
     * per-voter budget starts at the budget divided by the voters, rounded down to whole units, and rises by
     * one unit while the outcome still costs at most the budget; the last such outcome counts.
     */
    MES("mes"),
    /** {@link #MES}, then the money left over filled greedily by votes. */
    MES_FILL("mes-fill");

    public final String key;

    Rule(String key) {
        this.key = key;
    }

    public static Optional<Rule> of(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
