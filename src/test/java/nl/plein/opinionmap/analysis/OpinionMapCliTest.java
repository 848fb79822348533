package nl.plein.opinionmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpinionMapCliTest {

    @Test
    void writesTheMapAndComparesItWithPolisGroups(@TempDir Path dir) throws Exception {
        Path export = Path.of(OpinionMapCliTest.class
                .getResource("/polis/15-per-hour-seattle")
                .toURI());
        Path out = dir.resolve("map.json");
        var err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            OpinionMapCli.main(
                    new String[] {"--polis-export", export.toString(), "--out", out.toString(), "--compare"});
        } finally {
            System.setErr(original);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("339 participants (138 in the map)")
                .contains("groups: 2 (Polis 2)")
                .contains("0 only in Polis' groups, 0 only in ours")
                .containsPattern("adjusted Rand index 0\\.[89]\\d\\d over 138 participants")
                .contains("Polis group 0 (99)")
                .contains("Polis group 1 (39)");
        assertThat(Files.readString(out)).contains("\"groupCount\": 2").contains("\"participantGroups\"");
    }
}
