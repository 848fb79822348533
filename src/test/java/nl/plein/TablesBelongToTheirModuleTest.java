package nl.plein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own: the module that creates a table (in {@code db/migration/<module>}) is the only one
 * whose code reads or writes it; every other module asks its facade, where its rules are applied (issue 18).
 */
class TablesBelongToTheirModuleTest {

    private static final Pattern CREATE = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
    private static final Pattern USE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");

    @Test
    void noModuleReadsOrWritesAnotherModulesTables() throws IOException {
        Map<String, String> owner = new HashMap<>();
        try (Stream<Path> migrations = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (Path sql :
                    migrations.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String module = sql.getParent().getFileName().toString();
                Matcher m = CREATE.matcher(Files.readString(sql));
                while (m.find()) owner.put(m.group(1).toLowerCase(), module);
            }
        }
        assertThat(owner).as("tables found in the migrations").hasSizeGreaterThan(60);
        Set<String> foreign = new TreeSet<>();
        Path sources = Path.of("src/main/java/nl/plein");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(java);
                if (relative.getNameCount() < 2) continue; // PleinApplication
                String module = relative.getName(0).toString();
                Matcher m = USE.matcher(Files.readString(java));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    if (owner.containsKey(table) && !owner.get(table).equals(module)) {
                        foreign.add(relative + ": " + m.group() + " (a table of " + owner.get(table) + ")");
                    }
                }
            }
        }
        assertThat(foreign).as("queries on another module's tables").isEmpty();
    }
}
