package nl.plein.tenancy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.plein.tenancy.AreaImport.LineError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads areas with population figures from a CSV in the layout of CBS table 'Kerncijfers wijken en
 * buurten': either StatLine's download ("Wijken en buurten";"Soort regio";"Aantal inwoners (aantal)";...,
 * also with the "Bevolking/Geslacht/Mannen (aantal)" style of newer exports) or the open-data
 * (OData) columns (WijkenEnBuurten, SoortRegio_2, AantalInwoners_5, k_0Tot15Jaar_8, ...).
 * Headers are matched by normalised name, so both, and unknown extra columns, are fine.
 *
 * <p>Every row is checked, and every problem is reported with its line number; the caller imports
 * nothing unless the whole file is good. Municipality rows ("Gemeente") are totals, not areas, and
 * are skipped.
 */
final class CbsAreaCsv {

    /** CBS codes are like WK099901 and names a few words; longer values are a wrong file, not an area. */
    static final int MAX_CODE = 20;

    static final int MAX_NAME = 200;

    /** Far above the largest municipality's file (a few hundred kB); guards memory. */
    static final int MAX_CHARS = 5_000_000;

    /** CBS rounds small counts; totals within this share of the residents count as consistent. */
    static final double TOLERANCE = 0.05;

    /** Lines before the header (a table title) are skipped; the header must come within these. */
    private static final int MAX_LINES_BEFORE_HEADER = 20;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,10}");

    enum Column {
        NAME(false, "wijkenenbuurten"),
        KIND(false, "soortregio"),
        CODE(false, "codering"),
        RESIDENTS(true, "aantalinwoners"),
        MEN(true, "mannen"),
        WOMEN(true, "vrouwen"),
        AGE_0_15(true, "0tot15jaar"),
        AGE_15_25(true, "15tot25jaar"),
        AGE_25_45(true, "25tot45jaar"),
        AGE_45_65(true, "45tot65jaar"),
        AGE_65_PLUS(true, "65jaarofouder");

        final boolean number;
        final String normalisedName;

        Column(boolean number, String normalisedName) {
            this.number = number;
            this.normalisedName = normalisedName;
        }

        /** How StatLine names the column, for messages about a column the file lacks. */
        String statLineName() {
            return switch (this) {
                case NAME -> "Wijken en buurten";
                case KIND -> "Soort regio";
                case CODE -> "Codering";
                case RESIDENTS -> "Aantal inwoners (aantal)";
                case MEN -> "Mannen (aantal)";
                case WOMEN -> "Vrouwen (aantal)";
                case AGE_0_15 -> "0 tot 15 jaar (aantal)";
                case AGE_15_25 -> "15 tot 25 jaar (aantal)";
                case AGE_25_45 -> "25 tot 45 jaar (aantal)";
                case AGE_45_65 -> "45 tot 65 jaar (aantal)";
                case AGE_65_PLUS -> "65 jaar of ouder (aantal)";
            };
        }
    }

    /** One area as read from the file. */
    record Row(
            int line,
            String code,
            String name,
            String kind,
            int residents,
            int men,
            int women,
            int age0to15,
            int age15to25,
            int age25to45,
            int age45to65,
            int age65plus) {}

    record Result(List<Row> rows, List<LineError> errors) {}

    private CbsAreaCsv() {}

    static Result parse(Reader reader) {
        String text;
        try {
            text = read(reader);
        } catch (IOException | UncheckedIOException e) {
            return failure(1, "areas.import.error.unreadable");
        }
        if (text == null) {
            return failure(1, "areas.import.error.tooLarge");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // Excel and StatLine write a UTF-8 byte order mark
        }
        Lines lines = new Lines(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return failure(1, "areas.import.error.unreadable");
        }

        int headerIndex = -1;
        for (int i = 0; i < Math.min(records.size(), MAX_LINES_BEFORE_HEADER) && headerIndex < 0; i++) {
            if (headerColumns(records.get(i)).containsKey(Column.CODE)) {
                headerIndex = i;
            }
        }
        if (headerIndex < 0) {
            return failure(1, "areas.import.error.noHeader");
        }
        CSVRecord header = records.get(headerIndex);
        int headerLine = lines.of(header);
        Map<Column, Integer> columns = headerColumns(header);
        List<String> missing = Arrays.stream(Column.values())
                .filter(c -> c != Column.KIND && !columns.containsKey(c))
                .map(Column::statLineName)
                .toList();
        if (!missing.isEmpty()) {
            return failure(headerLine, "areas.import.error.missingColumns", String.join(", ", missing));
        }

        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (CSVRecord record : records.subList(headerIndex + 1, records.size())) {
            if (isBlankOrNote(record)) {
                continue;
            }
            int line = lines.of(record);
            var cells = new RowReader(record, line, columns, header, errors);
            String kind = kind(cells.optionalText(Column.KIND), cells.optionalText(Column.CODE));
            if ("gemeente".equals(kind)) {
                continue; // the municipality's own totals
            }
            int errorsBefore = errors.size();
            String code = cells.text(Column.CODE);
            String name = cells.text(Column.NAME);
            if (kind == null) {
                errors.add(LineError.of(line, "areas.import.error.unknownKind", cells.optionalText(Column.KIND)));
            }
            if (code.length() > MAX_CODE || name.length() > MAX_NAME) {
                errors.add(LineError.of(line, "areas.import.error.tooLong", MAX_CODE, MAX_NAME));
            }
            int residents = cells.number(Column.RESIDENTS);
            int men = cells.number(Column.MEN);
            int women = cells.number(Column.WOMEN);
            int a0 = cells.number(Column.AGE_0_15);
            int a15 = cells.number(Column.AGE_15_25);
            int a25 = cells.number(Column.AGE_25_45);
            int a45 = cells.number(Column.AGE_45_65);
            int a65 = cells.number(Column.AGE_65_PLUS);
            if (!code.isEmpty()) {
                Integer earlier = lineOfCode.putIfAbsent(code.toUpperCase(Locale.ROOT), line);
                if (earlier != null) {
                    errors.add(LineError.of(line, "areas.import.error.duplicateCode", code, earlier));
                }
            }
            if (errors.size() > errorsBefore) {
                continue;
            }
            if (differs(men + women, residents)) {
                errors.add(LineError.of(line, "areas.import.error.sexMismatch", men + women, residents));
            }
            int ages = a0 + a15 + a25 + a45 + a65;
            if (differs(ages, residents)) {
                errors.add(LineError.of(line, "areas.import.error.ageMismatch", ages, residents));
            }
            if (errors.size() == errorsBefore) {
                rows.add(new Row(line, code, name, kind, residents, men, women, a0, a15, a25, a45, a65));
            }
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(LineError.of(headerLine, "areas.import.error.noAreas"));
        }
        return new Result(errors.isEmpty() ? rows : List.of(), errors);
    }

    /** Normalises a header so that StatLine's and the open-data spellings meet: "Mannen (aantal)", "Bevolking/Geslacht/Mannen (aantal)" and "Mannen_6" all become "mannen". */
    static String normalise(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        h = h.substring(h.lastIndexOf('/') + 1);
        h = h.replaceAll("\\([^)]*\\)", "");
        h = h.strip().replaceFirst("_\\d+$", "").replaceFirst("^k_", "");
        return h.replaceAll("[^a-z0-9]", "");
    }

    private static Map<Column, Integer> headerColumns(CSVRecord record) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < record.size(); i++) {
            String name = normalise(record.get(i));
            for (Column column : Column.values()) {
                if (column.normalisedName.equals(name)) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        return columns;
    }

    /** "Wijk", "Buurt", "Gemeente" as CBS writes them (padded with spaces in open data); else from the code's prefix. */
    private static String kind(String soortRegio, String code) {
        String kind = soortRegio.strip().toLowerCase(Locale.ROOT);
        if (kind.isEmpty()) {
            String prefix = code.length() >= 2 ? code.substring(0, 2).toUpperCase(Locale.ROOT) : "";
            kind = switch (prefix) {
                case "GM" -> "gemeente";
                case "WK" -> "wijk";
                case "BU" -> "buurt";
                default -> "";
            };
        }
        return switch (kind) {
            case "gemeente", "wijk", "buurt" -> kind;
            default -> null;
        };
    }

    private static boolean differs(int total, int residents) {
        return Math.abs(total - residents) > TOLERANCE * residents;
    }

    /** A blank line, or a one-cell line such as a title or "Bron: CBS" under the table. */
    private static boolean isBlankOrNote(CSVRecord record) {
        if (record.size() <= 1) {
            return true;
        }
        return record.stream().allMatch(value -> value == null || value.isBlank());
    }

    private static char delimiter(String text) {
        String start = text.substring(0, Math.min(text.length(), 4_000));
        long semicolons = start.chars().filter(c -> c == ';').count();
        long commas = start.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }

    private static String read(Reader reader) throws IOException {
        var text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_CHARS) {
                return null;
            }
        }
        return text.toString();
    }

    private static Result failure(int line, String key, Object... args) {
        return new Result(List.of(), List.of(LineError.of(line, key, args)));
    }

    /** Reads the cells of one row, adding a line error for every bad one. */
    private record RowReader(
            CSVRecord record, int line, Map<Column, Integer> columns, CSVRecord header, List<LineError> errors) {

        String optionalText(Column column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size()
                    ? ""
                    : record.get(index).strip();
        }

        String text(Column column) {
            String value = optionalText(column);
            if (value.isEmpty()) {
                errors.add(LineError.of(line, "areas.import.error.missingValue", label(column)));
            }
            return value;
        }

        int number(Column column) {
            String value = optionalText(column);
            Optional<String> problem;
            if (value.isEmpty()) {
                problem = Optional.of("areas.import.error.missingValue");
            } else if (value.equals(".")) {
                problem = Optional.of("areas.import.error.secret");
            } else if (!WHOLE_NUMBER.matcher(value).matches()) {
                problem = Optional.of("areas.import.error.notNumber");
            } else {
                long number = Long.parseLong(value);
                problem = number < 0
                        ? Optional.of("areas.import.error.negative")
                        : number > Integer.MAX_VALUE ? Optional.of("areas.import.error.notNumber") : Optional.empty();
                if (problem.isEmpty()) {
                    return (int) number;
                }
            }
            errors.add(LineError.of(line, problem.get(), label(column), value));
            return 0;
        }

        /** The column as the file names it, so the user finds it in their own file. */
        private String label(Column column) {
            return header.get(columns.get(column)).strip();
        }
    }

    /** Line numbers from character positions, so a quoted value spanning lines does not shift them. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int of(CSVRecord record) {
            int index = Arrays.binarySearch(starts, (int) record.getCharacterPosition());
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
