package nl.plein.opinionmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.plein.opinionmap.analysis.Analysis;

/** From the maths' result (indexes) to the stored summary (statement ids). */
final class Summaries {

    private Summaries() {}

    static MapSummary of(Analysis.Result result, long[] statementIds, Instant computedAt) {
        List<MapSummary.GroupSummary> groups = new ArrayList<>();
        for (Analysis.Group g : result.groups()) {
            groups.add(new MapSummary.GroupSummary(
                    g.id(),
                    g.size(),
                    g.centreX(),
                    g.centreY(),
                    g.representative().stream()
                            .map(r -> new MapSummary.RepresentativeStatement(
                                    statementIds[r.statement()], r.agree(), r.inGroup(), r.outsideGroup()))
                            .toList()));
        }
        List<MapSummary.StatementCounts> counts = new ArrayList<>();
        for (int j = 0; j < statementIds.length; j++) {
            counts.add(new MapSummary.StatementCounts(statementIds[j], result.counts()[j]));
        }
        Analysis.Memory m = result.memory();
        return new MapSummary(
                computedAt,
                result.millis(),
                result.participants(),
                result.inConversation(),
                result.votes(),
                groups,
                result.consensus().stream()
                        .map(c -> new MapSummary.ConsensusStatement(
                                statementIds[c.statement()], c.agree(), c.probability()))
                        .toList(),
                counts,
                new MapSummary.KMemory(m.k(), m.candidateK(), m.candidateStreak(), m.centresX(), m.centresY()));
    }
}
