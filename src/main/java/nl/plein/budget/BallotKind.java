package nl.plein.budget;

import java.util.Optional;

/** How residents fill in a ballot, as staff choose per budget; stored by {@link #key}. */
public enum BallotKind {
    /** Choose any number of projects. */
    APPROVAL("approval"),
    /** Choose at most the budget's maximum number of projects. */
    APPROVAL_MAX("approval-max"),
    /** Choose projects that together cost at most the budget. */
    KNAPSACK("knapsack"),
    /** Divide the budget's number of points over the projects. */
    POINTS("points");

    public final String key;

    BallotKind(String key) {
        this.key = key;
    }

    public static Optional<BallotKind> of(String key) {
        for (BallotKind k : values()) {
            if (k.key.equals(key)) return Optional.of(k);
        }
        return Optional.empty();
    }

    public String messageKey() {
        return "budget.kind." + key;
    }
}
