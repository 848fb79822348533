package nl.plein.budget.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PabulibTest {

    @Test
    void readsTheRealFilesWithTheirQuotedNames() throws Exception {
        var pb = TallyTest.read(TallyTest.DIAMANTBUURT);
        assertThat(pb.budget()).isEqualTo(100_000);
        assertThat(pb.projects()).hasSize(15);
        assertThat(pb.votes()).hasSize(318);
        assertThat(pb.toInstance().voters()).isEqualTo(318);
        var noord = TallyTest.read(TallyTest.NOORD_OOST);
        assertThat(noord.projects()).hasSize(41);
        assertThat(noord.projects().stream().map(p -> p.fields().get("category")))
                .contains("Ontmoeting &amp; verbinding");
        // the file's own vote counts are what Plein counts from the ballots
        long[] votes = noord.toInstance().votes();
        for (int p = 0; p < noord.projects().size(); p++) {
            assertThat(votes[p])
                    .isEqualTo(Long.parseLong(noord.projects().get(p).fields().get("votes")));
        }
    }

    @Test
    void writtenFilesReadBackToTheSameCount() throws Exception {
        for (String name : new String[] {TallyTest.DIAMANTBUURT, TallyTest.NOORD_OOST}) {
            var pb = TallyTest.read(name);
            var out = new StringWriter();
            Pabulib.write(pb, out);
            var again = Pabulib.read(new StringReader(out.toString()));
            assertThat(again.meta()).isEqualTo(pb.meta());
            assertThat(again.projects()).isEqualTo(pb.projects());
            assertThat(again.votes()).isEqualTo(pb.votes());
        }
    }

    @Test
    void pointsBallotsKeepTheirPoints() throws Exception {
        String file = """
                META
                key;value
                budget;100
                vote_type;cumulative
                PROJECTS
                project_id;cost;name
                a;60;"Speeltuin; groot"
                b;50;Bankjes
                VOTES
                voter_id;vote;points
                1;a,b;3,2
                2;b;5
                """;
        var pb = Pabulib.read(new StringReader(file));
        assertThat(pb.points()).isTrue();
        assertThat(pb.projects().get(0).fields().get("name")).isEqualTo("Speeltuin; groot");
        var in = pb.toInstance();
        assertThat(in.votes()).containsExactly(3, 7);
        var out = new StringWriter();
        Pabulib.write(pb, out);
        assertThat(out.toString()).contains("a;60;\"Speeltuin; groot\"").contains("1;a,b;3,2");
    }

    @Test
    void aFileWithErrorsIsRefusedWholeWithEveryLine() {
        String file = """
                META
                key;value
                budget;1000.5
                vote_type;ordinal
                num_votes;4
                PROJECTS
                project_id;cost
                a;100
                a;200
                b;nul
                VOTES
                voter_id;vote
                1;a,c
                1;a
                2;"a
                """;
        assertThatThrownBy(() -> Pabulib.read(new StringReader(file)))
                .isInstanceOfSatisfying(
                        Pabulib.FormatException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "line 9: project a appears twice",
                                        "line 10: cost nul is not a whole amount",
                                        "line 13: project c is not in PROJECTS",
                                        "line 14: voter 1 votes twice",
                                        "line 15: a quoted field is not closed",
                                        "META: budget is not a whole amount: 1000.5",
                                        "META: vote_type ordinal is not one Plein counts (approval, choose-1, cumulative, scoring)",
                                        "META: num_votes says 4, the file has 0"));
    }

    @Test
    void aFileWithoutSectionsSaysSo() {
        assertThatThrownBy(() -> Pabulib.read(new StringReader("project_id;cost\n1;2\n")))
                .isInstanceOfSatisfying(
                        Pabulib.FormatException.class,
                        e -> assertThat(e.errors())
                                .contains("line 1: the file must start with META", "META: budget is missing"));
    }
}
