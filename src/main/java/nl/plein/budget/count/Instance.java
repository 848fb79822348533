package nl.plein.budget.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a count needs and nothing more: the budget, the projects with their costs and the ballots, in whole
 * currency units. Voters with the same ballot are kept once with their number ({@link Group}): they are
 * treated alike by every rule, and real votes repeat many ballots.
 *
 * @param points true when ballots give points (utilities are the points, as equalshares.net's score
 *     ballots); false for approval ballots (cost utilities: a voter values a project at its cost)
 */
public record Instance(long budget, List<Project> projects, List<Group> groups, boolean points) {

    /** A project; {@code id} is the identifier in the vote (a pabulib project id, or Plein's own). */
    public record Project(String id, long cost, String name) {
        public Project {
            if (cost <= 0) throw new IllegalArgumentException("A project costs more than nothing: " + id);
        }
    }

    /**
     * Voters who gave the same ballot: {@code projects[k]} (indexes into the instance's projects, ascending)
     * with {@code scores[k]} (1 on an approval ballot, the points on a points ballot, always at least 1).
     */
    public record Group(int[] projects, int[] scores, long voters) {}

    public Instance {
        if (budget < 0) throw new IllegalArgumentException("A budget is not negative");
        projects = List.copyOf(projects);
        groups = List.copyOf(groups);
    }

    public long voters() {
        long n = 0;
        for (Group g : groups) n += g.voters();
        return n;
    }

    /** Approvals (or points) per project: what greedy ranks by. */
    public long[] votes() {
        long[] votes = new long[projects.size()];
        for (Group g : groups) {
            for (int k = 0; k < g.projects().length; k++) votes[g.projects()[k]] += g.voters() * g.scores()[k];
        }
        return votes;
    }

    /** Voters per project (on a points ballot: voters who gave it any point). */
    public long[] supporters() {
        long[] supporters = new long[projects.size()];
        for (Group g : groups) {
            for (int p : g.projects()) supporters[p] += g.voters();
        }
        return supporters;
    }

    public long cost(Collection<Integer> selected) {
        return selected.stream().mapToLong(p -> projects.get(p).cost()).sum();
    }

    /** Builds an instance ballot by ballot, merging equal ballots. */
    public static final class Builder {
        private final long budget;
        private final boolean points;
        private final List<Project> projects = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Key, long[]> ballots = new HashMap<>();
        private final List<Key> order = new ArrayList<>();

        public Builder(long budget, boolean points) {
            this.budget = budget;
            this.points = points;
        }

        public Builder project(String id, long cost, String name) {
            if (index.putIfAbsent(id, projects.size()) != null) {
                throw new IllegalArgumentException("Project " + id + " twice");
            }
            projects.add(new Project(id, cost, name));
            return this;
        }

        public int indexOf(String id) {
            Integer i = index.get(id);
            if (i == null) throw new IllegalArgumentException("No project " + id);
            return i;
        }

        /** One voter's ballot: project ids with their scores; a score of 0 is no choice. */
        public Builder ballot(Map<String, Integer> choices) {
            int[] chosen = choices.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .mapToInt(e -> indexOf(e.getKey()))
                    .sorted()
                    .toArray();
            int[] scores = new int[chosen.length];
            for (int k = 0; k < chosen.length; k++) {
                scores[k] = points ? choices.get(projects.get(chosen[k]).id()) : 1;
            }
            Key key = new Key(chosen, scores);
            long[] count = ballots.get(key);
            if (count == null) {
                ballots.put(key, new long[] {1});
                order.add(key);
            } else {
                count[0]++;
            }
            return this;
        }

        public Instance build() {
            List<Group> groups = new ArrayList<>(order.size());
            for (Key key : order) groups.add(new Group(key.projects, key.scores, ballots.get(key)[0]));
            return new Instance(budget, projects, groups, points);
        }

        private record Key(int[] projects, int[] scores) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && Arrays.equals(projects, k.projects) && Arrays.equals(scores, k.scores);
            }

            @Override
            public int hashCode() {
                return 31 * Arrays.hashCode(projects) + Arrays.hashCode(scores);
            }
        }
    }
}
