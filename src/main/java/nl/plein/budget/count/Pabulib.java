package nl.plein.budget.count;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pabulib {@code .pb} format (pabulib.org/format): a {@code META}, a {@code PROJECTS} and a {@code VOTES}
 * section, each a title line, a {@code ;}-separated header and rows, fields quoted CSV-style. A file is read
 * whole or refused whole: every error is reported with its line number.
 */
public final class Pabulib {

    private Pabulib() {}

    /** A vote file. {@code meta} and each project's {@code fields} keep every column, in order. */
    public record PbFile(Map<String, String> meta, List<PbProject> projects, List<PbVote> votes) {

        public long budget() {
            return Long.parseLong(meta.get("budget"));
        }

        public boolean points() {
            return POINTS_TYPES.contains(meta.get("vote_type"));
        }

        public Instance toInstance() {
            var builder = new Instance.Builder(budget(), points());
            for (PbProject p : projects)
                builder.project(p.id(), p.cost(), p.fields().getOrDefault("name", ""));
            for (PbVote v : votes) {
                Map<String, Integer> choices = new LinkedHashMap<>();
                for (int k = 0; k < v.projects().size(); k++)
                    choices.put(v.projects().get(k), v.points().get(k));
                builder.ballot(choices);
            }
            return builder.build();
        }
    }

    public record PbProject(String id, long cost, Map<String, String> fields) {}

    /** One ballot; {@code points} are 1 each on an approval ballot. */
    public record PbVote(String voterId, List<String> projects, List<Integer> points) {}

    /** A file that cannot be read; {@code errors} are "line N: what is wrong". */
    public static final class FormatException extends Exception {
        private final List<String> errors;

        FormatException(List<String> errors) {
            super(String.join("\n", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }

    private static final Set<String> POINTS_TYPES = Set.of("cumulative", "scoring");
    private static final Set<String> TYPES = Set.of("approval", "choose-1", "cumulative", "scoring");
    private static final int MAX_ERRORS = 50;

    public static PbFile read(Reader source) throws FormatException {
        List<String> errors = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        List<PbProject> projects = new ArrayList<>();
        List<PbVote> votes = new ArrayList<>();
        Set<String> projectIds = new HashSet<>();
        Set<String> voterIds = new HashSet<>();
        String section = null;
        List<String> header = null;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line; (line = reader.readLine()) != null && errors.size() < MAX_ERRORS; ) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                String title = line.strip().toUpperCase(Locale.ROOT);
                if (title.equals("META") || title.equals("PROJECTS") || title.equals("VOTES")) {
                    if (title.equals("PROJECTS") && section == null
                            || title.equals("VOTES") && !"PROJECTS".equals(section)) {
                        errors.add(at(
                                lineNumber, "section " + title + " comes in the wrong place (META, PROJECTS, VOTES)"));
                    }
                    section = title;
                    header = null;
                    continue;
                }
                if (section == null) {
                    errors.add(at(lineNumber, "the file must start with META"));
                    continue;
                }
                List<String> fields = split(line);
                if (fields == null) {
                    errors.add(at(lineNumber, "a quoted field is not closed"));
                    continue;
                }
                if (header == null) {
                    header = fields.stream().map(String::strip).toList();
                    String missing = switch (section) {
                        case "META" -> missing(header, "key", "value");
                        case "PROJECTS" -> missing(header, "project_id", "cost");
                        default -> missing(header, "voter_id", "vote");
                    };
                    if (missing != null) errors.add(at(lineNumber, "the header lacks the column " + missing));
                    continue;
                }
                if (fields.size() != header.size()) {
                    errors.add(at(lineNumber, header.size() + " fields expected, " + fields.size() + " found"));
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int k = 0; k < header.size(); k++)
                    row.put(header.get(k), fields.get(k).strip());
                switch (section) {
                    case "META" -> meta.put(row.get("key"), row.get("value"));
                    case "PROJECTS" ->
                        project(row, lineNumber, projectIds, errors).ifPresent(projects::add);
                    default ->
                        vote(row, lineNumber, meta, projectIds, voterIds, errors)
                                .ifPresent(votes::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!"VOTES".equals(section) && errors.isEmpty()) errors.add(at(lineNumber, "the file ends before VOTES"));
        checkMeta(meta, projects.size(), votes.size(), errors);
        if (!errors.isEmpty()) throw new FormatException(errors);
        return new PbFile(meta, projects, votes);
    }

    private static void checkMeta(Map<String, String> meta, int projects, int votes, List<String> errors) {
        String budget = meta.get("budget");
        if (budget == null) {
            errors.add("META: budget is missing");
        } else {
            try {
                meta.put("budget", Long.toString(new BigDecimal(budget).longValueExact()));
            } catch (ArithmeticException | NumberFormatException e) {
                errors.add("META: budget is not a whole amount: " + budget);
            }
        }
        String type = meta.get("vote_type");
        if (type == null || !TYPES.contains(type)) {
            errors.add(
                    "META: vote_type " + type + " is not one Plein counts (approval, choose-1, cumulative, scoring)");
        }
        checkCount(meta, "num_projects", projects, errors);
        checkCount(meta, "num_votes", votes, errors);
    }

    private static void checkCount(Map<String, String> meta, String key, int found, List<String> errors) {
        String stated = meta.get(key);
        if (stated != null && !stated.equals(Integer.toString(found))) {
            errors.add("META: " + key + " says " + stated + ", the file has " + found);
        }
    }

    private static Optional<PbProject> project(
            Map<String, String> row, int line, Set<String> ids, List<String> errors) {
        String id = row.get("project_id");
        long cost;
        try {
            cost = new BigDecimal(row.get("cost")).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            errors.add(at(line, "cost " + row.get("cost") + " is not a whole amount"));
            return Optional.empty();
        }
        if (id.isEmpty()) errors.add(at(line, "project_id is empty"));
        else if (!ids.add(id)) errors.add(at(line, "project " + id + " appears twice"));
        else if (cost <= 0) errors.add(at(line, "the cost of project " + id + " must be more than 0"));
        else return Optional.of(new PbProject(id, cost, row));
        return Optional.empty();
    }

    private static Optional<PbVote> vote(
            Map<String, String> row,
            int line,
            Map<String, String> meta,
            Set<String> projectIds,
            Set<String> voterIds,
            List<String> errors) {
        String voter = row.get("voter_id");
        if (!voterIds.add(voter)) {
            errors.add(at(line, "voter " + voter + " votes twice"));
            return Optional.empty();
        }
        String vote = row.get("vote");
        List<String> chosen = vote.isEmpty() ? List.of() : List.of(vote.split(","));
        chosen = chosen.stream().map(String::strip).toList();
        List<Integer> points = new ArrayList<>();
        boolean scored = POINTS_TYPES.contains(meta.get("vote_type"));
        String[] given = scored && row.containsKey("points") ? row.get("points").split(",") : null;
        if (scored && (given == null || given.length != chosen.size())) {
            errors.add(at(line, "a points ballot needs as many points as projects"));
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < chosen.size(); k++) {
            String p = chosen.get(k);
            if (!projectIds.contains(p)) {
                errors.add(at(line, "project " + p + " is not in PROJECTS"));
                return Optional.empty();
            }
            if (!seen.add(p)) {
                errors.add(at(line, "project " + p + " is chosen twice"));
                return Optional.empty();
            }
            try {
                int value = given == null ? 1 : Integer.parseInt(given[k].strip());
                if (value < 0) throw new NumberFormatException();
                points.add(value);
            } catch (NumberFormatException e) {
                errors.add(at(line, "points " + given[k] + " are not a whole number of at least 0"));
                return Optional.empty();
            }
        }
        return Optional.of(new PbVote(voter, chosen, points));
    }

    private static String missing(List<String> header, String... columns) {
        for (String c : columns) if (!header.contains(c)) return c;
        return null;
    }

    private static String at(int line, String message) {
        return "line " + line + ": " + message;
    }

    /** Splits on {@code ;} outside quotes; {@code ""} inside quotes is one quote. Null when a quote is open. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) return null;
        fields.add(field.toString());
        return fields;
    }

    /** Writes a file in the same format, quoting what needs it. */
    public static void write(PbFile file, Writer out) throws IOException {
        out.write("META\nkey;value\n");
        for (var e : file.meta().entrySet()) out.write(quote(e.getKey()) + ";" + quote(e.getValue()) + "\n");
        out.write("PROJECTS\n");
        List<String> columns = new ArrayList<>(List.of("project_id", "cost"));
        for (PbProject p : file.projects()) {
            for (String c : p.fields().keySet()) if (!columns.contains(c)) columns.add(c);
        }
        out.write(String.join(";", columns) + "\n");
        for (PbProject p : file.projects()) {
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                row.add(quote(
                        switch (c) {
                            case "project_id" -> p.id();
                            case "cost" -> Long.toString(p.cost());
                            default -> p.fields().getOrDefault(c, "");
                        }));
            }
            out.write(String.join(";", row) + "\n");
        }
        boolean points = file.points();
        out.write("VOTES\n" + (points ? "voter_id;vote;points\n" : "voter_id;vote\n"));
        for (PbVote v : file.votes()) {
            out.write(quote(v.voterId()) + ";" + quote(String.join(",", v.projects())));
            if (points)
                out.write(";"
                        + quote(String.join(
                                ",", v.points().stream().map(String::valueOf).toList())));
            out.write("\n");
        }
    }

    private static String quote(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    /** Sorts project ids the way people read them: numbers by value, the rest as text after them. */
    public static final Comparator<String> ID_ORDER = (a, b) -> {
        boolean na = a.matches("\\d{1,18}"), nb = b.matches("\\d{1,18}");
        if (na && nb) return Long.compare(Long.parseLong(a), Long.parseLong(b));
        if (na != nb) return na ? -1 : 1;
        return a.compareTo(b);
    };
}
