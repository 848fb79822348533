package nl.plein.opinionmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void recoversPlantedGroups() {
        // Up to three: the centres of three groups always lie in a plane, so two components can show them.
        for (int groups = 2; groups <= 3; groups++) {
            var electorate = PlantedElectorate.generate(600, 60, 600 * 35, groups, 0.85, 7 + groups);
            Analysis.Result result = Analysis.compute(electorate.votes());

            assertThat(result.k()).as("groups planted: %d", groups).isEqualTo(groups);
            assertThat(Ari.of(electorate.plantedGroup(), result.group()))
                    .as("groups planted: %d", groups)
                    .isGreaterThan(0.95);
            // Common ground: statements every planted group agrees (or disagrees) with.
            assertThat(result.consensus()).isNotEmpty().allSatisfy(c -> {
                for (byte[] stance : electorate.stance()) {
                    assertThat(stance[c.statement()]).isEqualTo(c.agree() ? Votes.AGREE : Votes.DISAGREE);
                }
            });
        }
    }

    @Test
    void sameVotesGiveTheSameResult() {
        var electorate = PlantedElectorate.generate(2_500, 300, 2_500 * 30L, 3, 0.8, 99);
        Analysis.Result first = Analysis.compute(electorate.votes());
        Analysis.Result second = Analysis.compute(electorate.votes());

        assertThat(second.group()).isEqualTo(first.group());
        assertThat(second.x()).isEqualTo(first.x());
        assertThat(second.y()).isEqualTo(first.y());
        assertThat(second.groups()).usingRecursiveComparison().isEqualTo(first.groups());
        assertThat(second.consensus()).isEqualTo(first.consensus());
    }

    @Test
    void keepsItsNumberOfGroupsUntilAnotherWinsSeveralUpdatesRunning() {
        var two = PlantedElectorate.generate(600, 60, 600 * 35, 2, 0.9, 5);
        var three = PlantedElectorate.generate(600, 60, 600 * 35, 3, 0.9, 5);
        Analysis.Memory memory = Analysis.compute(two.votes()).memory();
        assertThat(memory.k()).isEqualTo(2);

        for (int update = 1; update < Analysis.K_SWITCH_AFTER; update++) {
            Analysis.Result result = Analysis.compute(three.votes(), memory);
            assertThat(result.k()).as("update %d", update).isEqualTo(2);
            memory = result.memory();
        }
        assertThat(Analysis.compute(three.votes(), memory).k()).isEqualTo(3);
    }

    @Test
    void groupNumbersFollowLastTimesCentres() {
        var electorate = PlantedElectorate.generate(900, 50, 900 * 20, 3, 0.85, 11);
        Analysis.Result first = Analysis.compute(electorate.votes());
        // Last time's centres in another order: the groups are numbered after them.
        var m = first.memory();
        var rotated = new Analysis.Memory(
                3, 0, 0, new double[] {m.centresX()[2], m.centresX()[0], m.centresX()[1]}, new double[] {
                    m.centresY()[2], m.centresY()[0], m.centresY()[1]
                });
        Analysis.Result second = Analysis.compute(electorate.votes(), rotated);
        int[] expected =
                Arrays.stream(first.group()).map(g -> g < 0 ? g : (g + 1) % 3).toArray();
        assertThat(second.group()).isEqualTo(expected);
    }

    @Test
    void theLatestVoteOnAStatementCounts() {
        Votes votes = Votes.of(2, 3, new int[] {0, 0, 1, 0}, new int[] {2, 1, 0, 2}, new byte[] {1, -1, 1, -1}, 4);
        assertThat(votes.count()).isEqualTo(3);
        assertThat(votes.votesOf(0)).isEqualTo(2);
        // participant 0: statement 1 disagree, statement 2 first agree then disagree.
        assertThat(votes.statement).startsWith(1, 2);
        assertThat(votes.vote).startsWith((byte) -1, (byte) -1);
    }

    @Test
    void adjustedRandIndexIsOneForTheSamePartitionUnderOtherNames() {
        assertThat(Ari.of(new int[] {0, 0, 1, 1, 2}, new int[] {5, 5, 3, 3, 4})).isEqualTo(1.0);
        assertThat(Ari.of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1})).isLessThan(0.01);
    }
}
