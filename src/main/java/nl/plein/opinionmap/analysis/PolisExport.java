package nl.plein.opinionmap.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A Polis open-data export ({@code comments.csv}, {@code votes.csv}) as {@link Votes}. Statements
 * Polis' moderators took out ({@code moderated = -1}) are marked in {@code moderatedOut}: Polis zeroes
 * them in its maths but still counts their votes when it decides who takes part. Voters and statements
 * keep Polis' ids; indexes follow the ids in ascending order.
 */
public record PolisExport(
        long[] voterIds, int[] statementIds, List<String> statementTexts, boolean[] moderatedOut, Votes votes) {

    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    public static PolisExport read(Path directory) throws IOException {
        try (Reader comments = Files.newBufferedReader(directory.resolve("comments.csv"), StandardCharsets.UTF_8);
                Reader votes = Files.newBufferedReader(directory.resolve("votes.csv"), StandardCharsets.UTF_8)) {
            return read(comments, votes);
        }
    }

    public static PolisExport read(Reader commentsCsv, Reader votesCsv) throws IOException {
        Map<Integer, String> texts = new HashMap<>();
        Map<Integer, Boolean> out = new HashMap<>();
        for (CSVRecord row : CSV.parse(commentsCsv)) {
            int id = Integer.parseInt(row.get("comment-id").trim());
            texts.put(id, row.get("comment-body"));
            out.put(id, "-1".equals(row.get("moderated").trim()));
        }
        int[] statementIds =
                texts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        Map<Integer, Integer> statementIndex = new HashMap<>();
        List<String> statementTexts = new ArrayList<>();
        boolean[] moderatedOut = new boolean[statementIds.length];
        for (int j = 0; j < statementIds.length; j++) {
            statementIndex.put(statementIds[j], j);
            statementTexts.add(texts.get(statementIds[j]));
            moderatedOut[j] = out.get(statementIds[j]);
        }

        int capacity = 1 << 12, n = 0;
        long[] time = new long[capacity];
        long[] voter = new long[capacity];
        int[] statement = new int[capacity];
        byte[] vote = new byte[capacity];
        for (CSVRecord row : CSV.parse(votesCsv)) {
            Integer j =
                    statementIndex.get(Integer.parseInt(row.get("comment-id").trim()));
            if (j == null) continue;
            if (n == capacity) {
                capacity *= 2;
                time = Arrays.copyOf(time, capacity);
                voter = Arrays.copyOf(voter, capacity);
                statement = Arrays.copyOf(statement, capacity);
                vote = Arrays.copyOf(vote, capacity);
            }
            time[n] = Long.parseLong(row.get("timestamp").trim());
            voter[n] = Long.parseLong(row.get("voter-id").trim());
            statement[n] = j;
            vote[n] = (byte) Integer.signum(Integer.parseInt(row.get("vote").trim()));
            n++;
        }
        long[] voterIds = Arrays.stream(voter, 0, n).distinct().sorted().toArray();
        // Votes in time order (the file order breaks ties), so the latest vote on a statement counts.
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) order[v] = v;
        long[] t = time;
        Arrays.sort(order, (a, b) -> t[a] != t[b] ? Long.compare(t[a], t[b]) : Integer.compare(a, b));
        int[] p = new int[n], s = new int[n];
        byte[] v = new byte[n];
        for (int e = 0; e < n; e++) {
            int o = order[e];
            p[e] = Arrays.binarySearch(voterIds, voter[o]);
            s[e] = statement[o];
            v[e] = vote[o];
        }
        return new PolisExport(
                voterIds,
                statementIds,
                List.copyOf(statementTexts),
                moderatedOut,
                Votes.of(voterIds.length, statementIds.length, p, s, v, n));
    }
}
