package nl.plein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
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
        forEachMessage((bundle, key, text) -> {
            boolean formatted = argument.matcher(text).find();
            if (formatted ? single.matcher(text).find() : text.contains("''")) {
                wrong.add(bundle + ": " + key);
            }
        });
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

    /**
     * "1 resultaten" and "Nog 0 plaatsen vrij" read as unfinished: a count placed before a plural noun
     * goes through a choice ({0,choice,0#…|1#…|1<…}) so one and many read right. Words after a
     * placeholder that look plural but are verbs or adjectives are listed here.
     */
    private static final Set<String> NOT_A_PLURAL_NOUN = Set.of(
            "bekijken",
            "maken",
            "toevoegen",
            "verwijderen",
            "wijzigen",
            "vergeleken",
            "overgenomen",
            "overgeslagen",
            "eens",
            "oneens",
            "en",
            "is",
            "open",
            "ms",
            "was",
            "has",
            "differs",
            "wants",
            "meets",
            "does");

    private static final Pattern COUNT_BEFORE_NOUN = Pattern.compile(
            "\\{(\\d)(?:,number(?:,integer)?)?} +(?:(?:van de|of the|meer dan|minder dan|fewer than|more than) +)?([\\p{L}']+)");

    @Test
    void countsBeforeAPluralNounUseAChoice() throws IOException {
        Set<String> wrong = new TreeSet<>();
        forEachMessage((bundle, key, text) -> {
            boolean english = bundle.endsWith("_en.properties");
            Matcher m = COUNT_BEFORE_NOUN.matcher(outsideChoices(text));
            while (m.find()) {
                String word = m.group(2);
                boolean plural = word.endsWith("s") || (!english && word.endsWith("en"));
                if (plural && !NOT_A_PLURAL_NOUN.contains(word)) {
                    wrong.add(bundle + ": " + key + " (" + m.group() + ")");
                }
            }
        });
        assertThat(wrong).as("counts without a plural rule").isEmpty();
    }

    /** Every plural choice gives one text for 1 and another for 2, and copes with 0. */
    @Test
    void pluralChoicesReadDifferentlyForOneAndMany() throws IOException {
        Pattern choice = Pattern.compile("\\{(\\d),choice,[^|]*\\|1#[^|]*\\|1<");
        Set<String> wrong = new TreeSet<>();
        int[] checked = {0};
        forEachMessage((bundle, key, text) -> {
            Matcher m = choice.matcher(text);
            while (m.find()) {
                checked[0]++;
                int counted = Integer.parseInt(m.group(1));
                Locale locale = bundle.endsWith("_en.properties") ? Locale.ENGLISH : Locale.forLanguageTag("nl");
                String one = format(text, locale, counted, 1), many = format(text, locale, counted, 2);
                format(text, locale, counted, 0);
                if (one.equals(many)) {
                    wrong.add(bundle + ": " + key + " -> " + one);
                }
            }
        });
        assertThat(checked[0]).as("plural choices found").isGreaterThan(60);
        assertThat(wrong)
                .as("plural choices that read the same for one and many")
                .isEmpty();
    }

    /** Formats with every numeric argument 2, the counted one {@code value}, and text arguments "x". */
    private static String format(String text, Locale locale, int counted, int value) {
        Object[] arguments = new Object[10];
        for (int i = 0; i < arguments.length; i++) {
            boolean numeric = text.contains("{" + i + ",choice") || text.contains("{" + i + ",number");
            arguments[i] = i == counted ? (Object) value : numeric ? (Object) 2 : "x";
        }
        return new MessageFormat(text, locale).format(arguments);
    }

    /** The text with every {n,choice,…} taken out, nested braces included. */
    private static String outsideChoices(String text) {
        var out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf(",choice,", i);
            int open = start < 0 ? -1 : text.lastIndexOf('{', start);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            int depth = 0, j = open;
            do {
                char c = text.charAt(j++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } while (depth > 0 && j < text.length());
            i = j;
        }
        return out.toString();
    }

    private interface MessageVisitor {
        void visit(String bundle, String key, String text);
    }

    private static void forEachMessage(MessageVisitor visitor) throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.sorted().toList()) {
                load(bundle)
                        .forEach((k, v) -> visitor.visit(bundle.getFileName().toString(), k.toString(), v.toString()));
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
