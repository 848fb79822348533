package nl.plein.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audiences and stakeholders of the "who with whom?" question, written one per line as
 * {@code name | interest | influence} (levels low, medium, high, in Dutch or English), so the list
 * stays plain text that several people edit, and the grid is drawn from it.
 */
public final class Stakeholders {

    public enum Level {
        LOW,
        MEDIUM,
        HIGH;

        public String messageKey() {
            return "plan.level." + name();
        }
    }

    public record Stakeholder(String name, Level interest, Level influence) {}

    /** Result of reading the text: the stakeholders, or the first line (1-based) that could not be read. */
    public record Parsed(List<Stakeholder> stakeholders, int badLine) {
        public boolean ok() {
            return badLine == 0;
        }
    }

    private static final Map<String, Level> WORDS = Map.ofEntries(
            Map.entry("laag", Level.LOW),
            Map.entry("low", Level.LOW),
            Map.entry("klein", Level.LOW),
            Map.entry("midden", Level.MEDIUM),
            Map.entry("gemiddeld", Level.MEDIUM),
            Map.entry("medium", Level.MEDIUM),
            Map.entry("hoog", Level.HIGH),
            Map.entry("groot", Level.HIGH),
            Map.entry("high", Level.HIGH));

    private Stakeholders() {}

    public static Parsed parse(String text) {
        List<Stakeholder> list = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[|;]");
            if (parts.length != 3 || parts[0].isBlank()) {
                return new Parsed(List.of(), i + 1);
            }
            Level interest = WORDS.get(parts[1].strip().toLowerCase(Locale.ROOT));
            Level influence = WORDS.get(parts[2].strip().toLowerCase(Locale.ROOT));
            if (interest == null || influence == null) {
                return new Parsed(List.of(), i + 1);
            }
            list.add(new Stakeholder(parts[0].strip(), interest, influence));
        }
        return new Parsed(list, 0);
    }

    /** The grid's rows from high to low influence; each row's cells from low to high interest. */
    public static List<List<List<String>>> grid(List<Stakeholder> stakeholders) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (Level influence : List.of(Level.HIGH, Level.MEDIUM, Level.LOW)) {
            List<List<String>> row = new ArrayList<>();
            for (Level interest : Level.values()) {
                row.add(stakeholders.stream()
                        .filter(s -> s.influence() == influence && s.interest() == interest)
                        .map(Stakeholder::name)
                        .toList());
            }
            rows.add(row);
        }
        return rows;
    }
}
