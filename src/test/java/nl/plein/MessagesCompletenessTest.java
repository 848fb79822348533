package nl.plein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in Dutch and English, and every key a template or class uses exists. */
class MessagesCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** t("key" ...) in templates, and string constants that look like message keys in Java. */
    private static final Pattern USED_KEY = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.]+)\"");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path dutch :
                    files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path english = BUNDLES.resolve(dutch.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english)
                        .as("English bundle for " + dutch.getFileName())
                        .exists();
                Set<String> nl = load(dutch).stringPropertyNames();
                Set<String> en = load(english).stringPropertyNames();
                assertThat(en).as("keys of " + english.getFileName()).containsExactlyInAnyOrderElementsOf(nl);
                load(dutch)
                        .forEach((k, v) -> assertThat(v.toString())
                                .as("Dutch text of " + k)
                                .isNotBlank());
                load(english)
                        .forEach((k, v) -> assertThat(v.toString())
                                .as("English text of " + k)
                                .isNotBlank());
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle :
                    files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                known.addAll(load(bundle).stringPropertyNames());
            }
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher m = USED_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but missing from the bundles")
                .isEmpty();
    }

    /**
     * A message with arguments goes through MessageFormat, where an apostrophe must be doubled; one
     * without is shown as written, so a doubled apostrophe would show twice ("collega''s").
     */
    @Test
    void apostrophesShowOnce() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d"), single = Pattern.compile("(?<!')'(?!')");
        Set<String> wrong = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                load(bundle).forEach((k, v) -> {
                    String text = v.toString();
                    boolean formatted = argument.matcher(text).find();
                    if (formatted ? single.matcher(text).find() : text.contains("''")) {
                        wrong.add(bundle.getFileName() + ": " + k);
                    }
                });
            }
        }
        assertThat(wrong).as("messages whose apostrophes show wrongly").isEmpty();
    }

    /** The audit log shows each action in the reader's language: every action Plein records needs a text. */
    @Test
    void everyAuditActionHasAText() throws IOException {
        Set<String> known = load(BUNDLES.resolve("audit.properties")).stringPropertyNames();
        Pattern recorded = Pattern.compile("\\.record\\([^;]*?\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = recorded.matcher(Files.readString(source));
                while (m.find()) {
                    found++;
                    if (!known.contains("audit.action." + m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).as("audit actions found in the code").isGreaterThan(20);
        assertThat(missing)
                .as("audit actions without a text in i18n/audit.properties")
                .isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
