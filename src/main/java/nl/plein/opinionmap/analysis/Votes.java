package nl.plein.opinionmap.analysis;

import java.util.Arrays;

/**
 * The votes of an opinion map as a sparse matrix (compressed rows): per participant only the statements
 * they voted on. Memory grows with the number of votes, never with participants x statements. Votes are
 * +1 (agree), -1 (disagree) or 0 (pass). Participants and statements are dense indexes 0..n-1 and 0..m-1;
 * callers map them to their own ids.
 */
public final class Votes {

    public static final byte AGREE = 1;
    public static final byte DISAGREE = -1;
    public static final byte PASS = 0;

    final int participants;
    final int statements;
    /** Row i holds entries rowStart[i] .. rowStart[i+1]-1. */
    final int[] rowStart;

    final int[] statement;
    final byte[] vote;

    private Votes(int participants, int statements, int[] rowStart, int[] statement, byte[] vote) {
        this.participants = participants;
        this.statements = statements;
        this.rowStart = rowStart;
        this.statement = statement;
        this.vote = vote;
    }

    public int participants() {
        return participants;
    }

    public int statements() {
        return statements;
    }

    public int count() {
        return rowStart[participants];
    }

    public int votesOf(int participant) {
        return rowStart[participant + 1] - rowStart[participant];
    }

    /** Per statement: whether anyone voted on it (the columns of Polis' vote matrix). */
    boolean[] statementsWithVotes() {
        boolean[] voted = new boolean[statements];
        for (int e = 0; e < count(); e++) voted[statement[e]] = true;
        return voted;
    }

    /** One stored vote, for callers outside this package. */
    @FunctionalInterface
    public interface VoteVisitor {
        void visit(int participant, int statement, byte vote);
    }

    public void forEach(VoteVisitor visitor) {
        for (int i = 0; i < participants; i++) {
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) visitor.visit(i, statement[e], vote[e]);
        }
    }

    /**
     * Builds the matrix from parallel arrays of votes in time order: when a participant voted twice on a
     * statement, the later vote counts.
     */
    public static Votes of(int participants, int statements, int[] participant, int[] statement, byte[] vote, int n) {
        int[] rowStart = new int[participants + 1];
        for (int v = 0; v < n; v++) {
            rowStart[participant[v] + 1]++;
        }
        for (int i = 0; i < participants; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] next = Arrays.copyOf(rowStart, participants);
        int[] cols = new int[n];
        byte[] vals = new byte[n];
        for (int v = 0; v < n; v++) {
            int at = next[participant[v]]++;
            cols[at] = statement[v];
            vals[at] = vote[v];
        }
        // Within a row: sort by statement (stable by time), keep the last vote per statement.
        int[] newStart = new int[participants + 1];
        int write = 0;
        for (int i = 0; i < participants; i++) {
            int from = rowStart[i], to = rowStart[i + 1];
            sortRow(cols, vals, from, to);
            newStart[i] = write;
            for (int e = from; e < to; e++) {
                if (e + 1 < to && cols[e + 1] == cols[e]) {
                    continue; // a later vote on the same statement follows
                }
                cols[write] = cols[e];
                vals[write] = vals[e];
                write++;
            }
        }
        newStart[participants] = write;
        return new Votes(participants, statements, newStart, Arrays.copyOf(cols, write), Arrays.copyOf(vals, write));
    }

    /** Sorts one row by statement; a row is filled in time order, so the position breaks ties by time. */
    private static void sortRow(int[] cols, byte[] vals, int from, int to) {
        int len = to - from;
        boolean sorted = true;
        for (int e = from + 1; e < to && sorted; e++) {
            sorted = cols[e - 1] < cols[e];
        }
        if (sorted) {
            return;
        }
        long[] keys = new long[len];
        for (int e = 0; e < len; e++) {
            keys[e] = ((long) cols[from + e] << 32) | e;
        }
        Arrays.sort(keys);
        byte[] v = Arrays.copyOfRange(vals, from, to);
        for (int e = 0; e < len; e++) {
            cols[from + e] = (int) (keys[e] >>> 32);
            vals[from + e] = v[(int) (keys[e] & 0xffffffffL)];
        }
    }
}
