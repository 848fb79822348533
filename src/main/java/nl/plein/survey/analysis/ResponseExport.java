package nl.plein.survey.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.plein.shared.CsvFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Exports of a {@link ResponseTable}: one row per response with codes and weight, and the codebook that
 * explains the codes, as CSV (RFC 4180, comma, UTF-8; the caller adds a byte order mark if Excel should
 * open it directly) and as XLSX (a responses sheet and a codebook sheet).
 *
 * <p>Columns: {@code id, area, sex, age_band, channel, weight} (empty when unweighted), then per question:
 * one column named after the question for single choice, scale, grade, yes/no, area (the option code),
 * number and open text; for multiple choice one column {@code <question>_<option code>} per option (1 =
 * chosen, 0 = not, empty = not answered); for a ranking one {@code <question>_<option code>} per option
 * with its rank (empty = not ranked); for a matrix one {@code <question>_<row code>} per row with the
 * option code. Text that starts with = + - @ is prefixed with ' in the CSV, so spreadsheets do not run
 * it as a formula (XLSX cells are typed as text, so they need no prefix).
 *
 * <p>The CSV files are for software (R, SPSS): their names and codes never change with the language. The
 * XLSX is for people: its sheets, the fixed columns, their values (sex, channel) and the codebook's
 * headers and kinds are in the reader's language, from the keys {@code survey.analysis.export.*}; the
 * question columns keep their codes, which the codebook sheet explains.
 */
public final class ResponseExport {

    static final List<String> FIXED = List.of("id", "area", "sex", "age_band", "channel", "weight");

    private ResponseExport() {}

    /** The column names of the response export, in order. */
    public static List<String> columns(Codebook codebook) {
        var columns = new ArrayList<>(FIXED);
        for (Question q : codebook.questions()) {
            switch (q.type()) {
                case MULTIPLE_CHOICE, RANKING -> q.options().forEach(o -> columns.add(q.code() + "_" + o.code()));
                case MATRIX -> q.rows().forEach(r -> columns.add(q.code() + "_" + r.code()));
                default -> columns.add(q.code());
            }
        }
        return columns;
    }

    /** One response per line. {@code weights} may be null. */
    public static void csv(ResponseTable table, Weights weights, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            printer.printRecord(columns(table.codebook()));
            var record = new ArrayList<String>();
            for (int r = 0; r < table.size(); r++) {
                record.clear();
                row(
                        table,
                        weights,
                        r,
                        UnaryOperator.identity(),
                        (value, numeric) -> record.add(value == null ? "" : numeric ? value : CsvFiles.safe(value)));
                printer.printRecord(record);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codebook: one line per question, then one per option and per matrix row. */
    public static void codebookCsv(Codebook codebook, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            for (List<String> line : codebookLines(codebook, CODES)) {
                List<String> safe = new ArrayList<>();
                for (String v : line) {
                    safe.add(CsvFiles.safe(v));
                }
                printer.printRecord(safe);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Key prefix of the XLSX's words in {@code survey_analysis(_en).properties}. */
    public static final String WORDS = "survey.analysis.export.";

    /**
     * The responses and the codebook as one XLSX workbook, in the reader's language: {@code words} gives
     * the text of a key under {@link #WORDS}, e.g. {@code messages.getMessage(key, null, locale)}.
     */
    public static void xlsx(ResponseTable table, Weights weights, UnaryOperator<String> words, OutputStream out) {
        Words word = (kind, code) -> words.apply(WORDS + kind + "." + code);
        // Streaming workbook: keeps 100 rows in memory, so 100,000 responses do not need a big heap.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet responses = workbook.createSheet(word.of("sheet", "responses"));
            List<String> columns = columns(table.codebook());
            Row header = responses.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(c < FIXED.size() ? word.of("column", FIXED.get(c)) : columns.get(c));
            }
            for (int r = 0; r < table.size(); r++) {
                Row row = responses.createRow(r + 1);
                int[] c = {0};
                row(table, weights, r, code -> word.of("value", code), (value, numeric) -> {
                    int col = c[0]++;
                    if (value != null) {
                        if (numeric) {
                            row.createCell(col).setCellValue(Double.parseDouble(value));
                        } else {
                            row.createCell(col).setCellValue(value);
                        }
                    }
                });
            }
            Sheet codebook = workbook.createSheet(word.of("sheet", "codebook"));
            List<List<String>> lines = codebookLines(table.codebook(), word);
            for (int i = 0; i < lines.size(); i++) {
                Row row = codebook.createRow(i);
                for (int c = 0; c < lines.get(i).size(); c++) {
                    row.createCell(c).setCellValue(lines.get(i).get(c));
                }
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Cells {
        void add(String value, boolean numeric);
    }

    /** {@code value} turns the code of a sex or channel into what the file shows. */
    private static void row(ResponseTable table, Weights weights, int r, UnaryOperator<String> value, Cells cells) {
        cells.add(Long.toString(table.id(r)), true);
        cells.add(table.area(r), false);
        cells.add(value.apply(table.sex(r).code()), false);
        cells.add(table.ageBand(r) == null ? null : table.ageBand(r).code(), false);
        cells.add(value.apply(table.channel(r).code()), false);
        cells.add(weights == null ? null : decimal(weights.weight(r)), true);
        List<Question> questions = table.codebook().questions();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            switch (question.type()) {
                case MULTIPLE_CHOICE -> {
                    int[] chosen = table.choices(r, q);
                    for (Option o : question.options()) {
                        cells.add(chosen == null ? null : contains(chosen, o.code()) ? "1" : "0", true);
                    }
                }
                case RANKING -> {
                    for (int i = 0; i < question.options().size(); i++) {
                        int rank = table.rank(r, q, i);
                        cells.add(rank == 0 ? null : Integer.toString(rank), true);
                    }
                }
                case MATRIX -> {
                    for (int i = 0; i < question.rows().size(); i++) {
                        Integer code = table.matrix(r, q, i);
                        cells.add(code == null ? null : code.toString(), true);
                    }
                }
                case NUMBER -> {
                    Double v = table.number(r, q);
                    cells.add(v == null ? null : decimal(v), true);
                }
                case OPEN_TEXT -> cells.add(table.text(r, q), false);
                default -> {
                    Integer code = table.choice(r, q);
                    cells.add(code == null ? null : code.toString(), true);
                }
            }
        }
    }

    /** What a file writes for a code of some kind (a header, a type, a value). */
    private interface Words {
        String of(String kind, String code);
    }

    /** The CSV's words: the codes themselves. */
    private static final Words CODES = (kind, code) -> code;

    private static List<List<String>> codebookLines(Codebook codebook, Words word) {
        var lines = new ArrayList<List<String>>();
        lines.add(Stream.of("question", "type", "kind", "code", "label")
                .map(h -> word.of("codebook", h))
                .toList());
        for (Question q : codebook.questions()) {
            String type = word.of("type", q.type().name().toLowerCase(Locale.ROOT));
            lines.add(List.of(q.code(), type, word.of("kind", "question"), "", q.text()));
            for (Option row : q.rows()) {
                lines.add(List.of(q.code(), type, word.of("kind", "row"), Integer.toString(row.code()), row.label()));
            }
            for (Option o : q.options()) {
                lines.add(List.of(q.code(), type, word.of("kind", "option"), Integer.toString(o.code()), o.label()));
            }
        }
        return lines;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static String decimal(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
