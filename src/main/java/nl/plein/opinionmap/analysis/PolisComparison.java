package nl.plein.opinionmap.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How an opinion map compares with the groups Polis published for the same conversation (the column
 * {@code group-id} of {@code participants-votes.csv}): the number of groups, who is placed in a group by
 * one and not the other, the adjusted Rand index over the participants both place, and per Polis group
 * how many of its top three representative statements the matching group shares. Both sides' statements
 * are ranked by the same tests ({@link Analysis#representatives}), so only the groups differ.
 */
public record PolisComparison(
        int polisGroups, int groups, int inBoth, int onlyPolis, int onlyPlein, double ari, List<GroupMatch> matches) {

    public static final int TOP = 3;

    /** A Polis group, the group of the map that shares most of its members, and their top statements. */
    public record GroupMatch(
            int polisGroup, int polisSize, int group, int shared, List<Integer> polisTop, List<Integer> top) {

        public int topOverlap() {
            Set<Integer> both = new HashSet<>(polisTop);
            both.retainAll(top);
            return both.size();
        }
    }

    /** Polis' group per participant id; participants Polis placed in no group are left out. */
    public static Map<Long, Integer> readGroups(Reader participantsVotesCsv) throws IOException {
        Map<Long, Integer> groups = new HashMap<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(participantsVotesCsv)) {
            String group = row.get("group-id").trim();
            if (!group.isEmpty())
                groups.put(Long.parseLong(row.get("participant").trim()), Integer.parseInt(group));
        }
        return groups;
    }

    public static PolisComparison of(PolisExport polis, Analysis.Result result, Map<Long, Integer> polisGroupById) {
        int n = result.participants();
        // Polis' group ids as 0..k-1, in ascending order of id.
        Map<Integer, Integer> dense = new TreeMap<>();
        for (int id : polisGroupById.values()) dense.put(id, 0);
        int next = 0;
        for (var entry : dense.entrySet()) entry.setValue(next++);
        int polisK = dense.size();
        int[] label = new int[n];
        List<Integer> theirs = new ArrayList<>(), ours = new ArrayList<>();
        int onlyPolis = 0, onlyPlein = 0;
        for (int i = 0; i < n; i++) {
            Integer id = polisGroupById.get(polis.voterIds()[i]);
            label[i] = id == null ? -1 : dense.get(id);
            int own = result.group()[i];
            if (label[i] >= 0 && own >= 0) {
                theirs.add(label[i]);
                ours.add(own);
            } else if (label[i] >= 0) {
                onlyPolis++;
            } else if (own >= 0) {
                onlyPlein++;
            }
        }
        double ari = theirs.isEmpty()
                ? 0
                : Ari.of(
                        theirs.stream().mapToInt(Integer::intValue).toArray(),
                        ours.stream().mapToInt(Integer::intValue).toArray());

        int k = result.k();
        int[][] shared = new int[polisK][k];
        int[] polisSize = new int[polisK];
        for (int i = 0; i < n; i++) {
            if (label[i] < 0) continue;
            polisSize[label[i]]++;
            if (result.group()[i] >= 0) shared[label[i]][result.group()[i]]++;
        }
        var polisReps = Analysis.representatives(polis.votes(), polis.moderatedOut(), label, polisK);
        List<GroupMatch> matches = new ArrayList<>();
        for (var entry : dense.entrySet()) {
            int p = entry.getValue(), best = 0;
            for (int g = 1; g < k; g++) {
                if (shared[p][g] > shared[p][best]) best = g;
            }
            matches.add(new GroupMatch(
                    entry.getKey(),
                    polisSize[p],
                    best,
                    shared[p][best],
                    top(polis, polisReps.get(p)),
                    top(polis, result.groups().get(best).representative())));
        }
        return new PolisComparison(polisK, k, theirs.size(), onlyPolis, onlyPlein, ari, List.copyOf(matches));
    }

    private static List<Integer> top(PolisExport polis, List<Analysis.Representative> representative) {
        return representative.stream()
                .limit(TOP)
                .map(r -> polis.statementIds()[r.statement()])
                .toList();
    }
}
