import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import nl.plein.budget.count.Instance;
import nl.plein.budget.count.Outcome;
import nl.plein.budget.count.Rule;
import nl.plein.budget.count.Tally;

/**
 * Times the budget count on a seeded synthetic vote: VOTERS approval ballots over PROJECTS projects costing
 * EUR 5,000 to 100,000, each project liked by between 1 and 25 percent of the voters, a budget of a third of
 * the total cost. Counts with every rule ROUNDS times in one JVM (the first one cold) and prints each time
 * and the median. Run by bench/budget.sh.
 */
public class BudgetBench {
    public static void main(String[] args) {
        int voters = Integer.parseInt(args[0]), projects = Integer.parseInt(args[1]);
        int rounds = Integer.getInteger("rounds", 3);
        var random = new SplittableRandom(17);
        long[] cost = new long[projects];
        double[] liked = new double[projects];
        long total = 0;
        for (int p = 0; p < projects; p++) {
            cost[p] = 5_000 + random.nextInt(95_001);
            liked[p] = 0.01 + random.nextDouble() * 0.24;
            total += cost[p];
        }
        var builder = new Instance.Builder(total / 3, false);
        for (int p = 0; p < projects; p++) builder.project("p" + p, cost[p], "");
        long started = System.nanoTime();
        long approvals = 0;
        for (int v = 0; v < voters; v++) {
            Map<String, Integer> ballot = new LinkedHashMap<>();
            for (int p = 0; p < projects; p++) if (random.nextDouble() < liked[p]) ballot.put("p" + p, 1);
            approvals += ballot.size();
            builder.ballot(ballot);
        }
        Instance in = builder.build();
        System.out.printf("%d voters (%d distinct ballots), %d projects, %d approvals, budget %d; built in %d ms%n",
                voters, in.groups().size(), projects, approvals, in.budget(), (System.nanoTime() - started) / 1_000_000);
        for (Rule rule : Rule.values()) {
            long[] ms = new long[rounds];
            Outcome outcome = null;
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                outcome = Tally.count(in, rule);
                ms[r] = (System.nanoTime() - t) / 1_000_000;
            }
            long[] sorted = ms.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf("%s: %s ms, median %d ms; %d projects funded for %d%s%n", rule.key,
                    java.util.Arrays.toString(ms), sorted[rounds / 2], outcome.selected().size(), outcome.cost(in),
                    rule == Rule.GREEDY ? "" : ", per-voter share ended at " + outcome.perVoterBudget()
                            + " (started at " + in.budget() / voters + ")");
        }
    }
}
