package nl.plein.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import nl.plein.document.WordDiff.Kind;
import nl.plein.document.WordDiff.Part;
import nl.plein.support.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WordDiffTest {

    @Test
    void marksTheChangedWordsOnly() {
        List<Part> parts = WordDiff.diff(
                "Het dorp krijgt een nieuwe speeltuin bij de school.",
                "Het dorp krijgt een groene speeltuin en een moestuin bij de school.");
        assertThat(parts)
                .containsExactly(
                        new Part(Kind.SAME, "Het dorp krijgt een "),
                        new Part(Kind.DELETED, "nieuwe"),
                        new Part(Kind.INSERTED, "groene"),
                        new Part(Kind.SAME, " speeltuin "),
                        new Part(Kind.INSERTED, "en een moestuin "),
                        new Part(Kind.SAME, "bij de school."));
    }

    @Test
    void emptyTextsAndWholeInsertions() {
        assertThat(WordDiff.diff("", "")).isEmpty();
        assertThat(WordDiff.diff("", "nieuw hoofdstuk")).containsExactly(new Part(Kind.INSERTED, "nieuw hoofdstuk"));
        assertThat(WordDiff.diff("weg ermee", "")).containsExactly(new Part(Kind.DELETED, "weg ermee"));
    }

    /** Both texts come back exactly from the parts, and the edit is as short as an LCS says it can be. */
    @ParameterizedTest
    @MethodSource("seeds")
    void rebuildsBothTextsWithAShortestEdit(long seed) {
        var random = new Random(seed);
        String before = RandomText.of(random, 60, "abc \n");
        String after = RandomText.of(random, 60, "abc \n");
        List<Part> parts = WordDiff.diff(before, after);
        assertThat(WordDiff.before(parts)).isEqualTo(before);
        assertThat(WordDiff.after(parts)).isEqualTo(after);
        List<String> a = WordDiff.tokens(before);
        List<String> b = WordDiff.tokens(after);
        long same = parts.stream()
                .filter(Part::same)
                .mapToLong(p -> WordDiff.tokens(p.text()).size())
                .sum();
        assertThat(same).isEqualTo(lcs(a, b));
    }

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
