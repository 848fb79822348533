package nl.plein.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advice for writing Dutch at language level B1, for texts staff write for residents: sentences of more than
 * {@value #LONG_SENTENCE} words, words of more than {@value #LONG_WORD} letters, the passive voice (a form of
 * "worden" with a past participle) and officialese from a word list with a plainer word. Only advice: it never
 * stops a save, and it cannot tell whether a text is clear; it points at what is often not.
 */
public final class PlainLanguage {

    /** The B1 guideline is sentences of at most 15 to 20 words. */
    static final int LONG_SENTENCE = 20;

    /** Dutch compounds are long; above this a reader often has to read a word twice. */
    static final int LONG_WORD = 15;

    /** At most this many tips per kind, so the advice stays readable. */
    static final int MAX_PER_KIND = 5;

    public enum Kind {
        LONG_SENTENCE,
        LONG_WORD,
        PASSIVE,
        JARGON;

        public String messageKey() {
            return "plainLanguage." + name();
        }
    }

    /** One piece of advice: what kind, the words it is about, and (for jargon) a plainer word. */
    public record Hint(Kind kind, String excerpt, String alternative) {}

    private static final Map<String, String> JARGON = load();
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    private static final Pattern LINK = Pattern.compile("https?://\\S+|\\S+@\\S+");
    private static final Set<String> WORDEN = Set.of("word", "wordt", "worden", "werd", "werden", "geworden");
    // ge...d/t/en, and the prefixed forms without ge (besproken, vastgesteld): a participle by its shape.
    private static final Pattern PARTICIPLE =
            Pattern.compile("(ge\\p{L}{2,}(d|t|en)|(be|ver|ont|her|er)\\p{L}{2,}(d|t|en)|\\p{L}+ge\\p{L}{2,}(d|t|en))");

    private PlainLanguage() {}

    /** The advice for a text (Markdown is fine: its marks are not words). Empty for an empty text. */
    public static List<Hint> hints(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = LINK.matcher(text).replaceAll(" ");
        var hints = new ArrayList<Hint>();
        var perKind = new int[Kind.values().length];
        for (String sentence : sentences(plain)) {
            List<String> words = words(sentence);
            if (words.size() > LONG_SENTENCE) {
                add(hints, perKind, new Hint(Kind.LONG_SENTENCE, String.join(" ", words.subList(0, 8)) + " …", null));
            }
            if (passive(words)) {
                add(hints, perKind, new Hint(Kind.PASSIVE, sentence.strip(), null));
            }
            for (String word : words) {
                if (word.replace("-", "").length() > LONG_WORD) {
                    add(hints, perKind, new Hint(Kind.LONG_WORD, word, null));
                }
            }
        }
        String lower = " " + String.join(" ", words(plain)).toLowerCase(Locale.ROOT) + " ";
        for (var entry : JARGON.entrySet()) {
            if (lower.contains(" " + entry.getKey() + " ")) {
                add(hints, perKind, new Hint(Kind.JARGON, entry.getKey(), entry.getValue()));
            }
        }
        return hints;
    }

    private static void add(List<Hint> hints, int[] perKind, Hint hint) {
        boolean repeated = hints.stream()
                .anyMatch(h -> h.kind() == hint.kind() && h.excerpt().equals(hint.excerpt()));
        if (!repeated && perKind[hint.kind().ordinal()]++ < MAX_PER_KIND) {
            hints.add(hint);
        }
    }

    /** A form of "worden" and, in the same sentence, a word shaped like a past participle. */
    private static boolean passive(List<String> words) {
        boolean worden = false;
        boolean participle = false;
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            worden |= WORDEN.contains(w);
            participle |= !WORDEN.contains(w) && PARTICIPLE.matcher(w).matches();
        }
        return worden && participle;
    }

    private static List<String> sentences(String text) {
        var result = new ArrayList<String>();
        // A blank line or a list item ends a sentence too, whatever its punctuation.
        for (String block : text.split("\\n\\s*\\n|\\n\\s*[-*+]\\s|\\n\\s*\\d+\\.\\s|\\n#+\\s")) {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl"));
            it.setText(block);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String sentence = block.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    result.add(sentence);
                }
            }
        }
        return result;
    }

    private static List<String> words(String text) {
        var result = new ArrayList<String>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            result.add(m.group());
        }
        return result;
    }

    private static Map<String, String> load() {
        var words = new LinkedHashMap<String, String>();
        try (InputStream in = PlainLanguage.class.getResourceAsStream("/plain-language/jargon.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] pair = line.split("=", 2);
                    words.put(pair[0].strip().toLowerCase(Locale.ROOT), pair[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
