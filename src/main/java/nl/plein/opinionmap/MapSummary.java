package nl.plein.opinionmap;

import java.time.Instant;
import java.util.List;

/**
 * The last computed opinion map, as stored and shown: groups with their representative statements, the
 * common ground, and per statement the agree/disagree/pass counts in each group. Statement ids, not indexes.
 */
public record MapSummary(
        Instant computedAt,
        long millis,
        int participants,
        int participantsInMap,
        int votes,
        List<GroupSummary> groups,
        List<ConsensusStatement> consensus,
        List<StatementCounts> counts,
        KMemory memory) {

    public record GroupSummary(int id, int size, double x, double y, List<RepresentativeStatement> representative) {
        /** A, B, C...: how groups are named on the pages. */
        public String letter() {
            return String.valueOf((char) ('A' + id));
        }
    }

    public record RepresentativeStatement(long statementId, boolean agree, double inGroup, double outsideGroup) {}

    public record ConsensusStatement(long statementId, boolean agree, double probability) {}

    /** counts[group] = {agree, disagree, pass}. */
    public record StatementCounts(long statementId, int[][] counts) {}

    /** What the next computation needs to keep k and group numbers stable. */
    public record KMemory(int k, int candidateK, int candidateStreak, double[] centresX, double[] centresY) {}
}
