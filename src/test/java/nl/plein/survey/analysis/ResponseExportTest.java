package nl.plein.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResponseExportTest {

    static final ResponseTable TABLE = StatisticsTest.TABLE;
    static final Weights WEIGHTS = StatisticsTest.WEIGHTS;

    @Test
    void csvHasOneRowPerResponseWithCodesAndWeights() throws Exception {
        var out = new StringWriter();
        ResponseExport.csv(TABLE, WEIGHTS, out);
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();

        assertThat(records).hasSize(TABLE.size() + 1);
        assertThat(records.getFirst().toList())
                .startsWith(
                        "id", "area", "sex", "age_band", "channel", "weight", "q1", "q2_1", "q2_2", "q2_3", "q3", "q4")
                .endsWith("q5", "q6_1", "q6_2", "q6_3", "q7_1", "q7_2", "q8")
                .isEqualTo(ResponseExport.columns(TABLE.codebook()));
        // Response 10: N, man, 25-45, panel, weight 0.5; q1 = 1; q2 = {1, 2}; q3 = 5; q4 = 10; text; ranking
        // 2, 1, 3 gives A rank 2, B rank 1, C rank 3; matrix Bus 3, Fiets 1; yes.
        assertThat(records.get(1).toList())
                .containsExactly(
                        "10",
                        "N",
                        "man",
                        "25-45",
                        "panel",
                        "0.5",
                        "1",
                        "1",
                        "1",
                        "0",
                        "5",
                        "10",
                        "Meer bankjes",
                        "2",
                        "1",
                        "3",
                        "3",
                        "1",
                        "1");
        // Response 15: unknown age, sex other; q1 and q3 skipped (empty), q2 = {3}.
        assertThat(records.get(6).toList())
                .containsExactly(
                        "15", "N", "other", "", "link", "1", "", "0", "0", "1", "", "50", "Fijn", "", "", "", "", "",
                        "1");
        // Reading the weights back gives the same numbers.
        for (int r = 0; r < TABLE.size(); r++) {
            assertThat(Double.parseDouble(records.get(r + 1).get(5))).isEqualTo(WEIGHTS.weight(r));
        }
    }

    @Test
    void csvWithoutWeightsLeavesTheWeightEmptyAndGuardsAgainstFormulas() throws Exception {
        var codebook = new Codebook(List.of(Question.open("open", "Opmerking", QuestionType.OPEN_TEXT)));
        var b = ResponseTable.builder(codebook, 2);
        b.next(1, "=HYPERLINK(\"x\")", Sex.WOMAN, AgeBand.AGE_65_PLUS, Channel.PAPER)
                .text("open", "=1+1");
        b.next(2, null, Sex.MAN, null, Channel.LINK).text("open", "Gewoon, met \"komma\"\nen een regel");
        var out = new StringWriter();
        ResponseExport.csv(b.build(), null, out);
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();

        assertThat(records.get(1).toList())
                .containsExactly("1", "'=HYPERLINK(\"x\")", "woman", "65+", "paper", "", "'=1+1");
        assertThat(records.get(2).get(6)).isEqualTo("Gewoon, met \"komma\"\nen een regel");
    }

    @Test
    void codebookCsvListsQuestionsOptionsAndRows() throws Exception {
        var out = new StringWriter();
        ResponseExport.codebookCsv(TABLE.codebook(), out);
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();

        assertThat(records.getFirst().toList()).containsExactly("question", "type", "kind", "code", "label");
        assertThat(records.get(1).toList()).containsExactly("q1", "single_choice", "question", "", "Keuze");
        assertThat(records.get(2).toList()).containsExactly("q1", "single_choice", "option", "1", "A");
        assertThat(records.stream().map(CSVRecord::toList))
                .contains(List.of("q7", "matrix", "row", "2", "Fiets"), List.of("q8", "yes_no", "option", "0", "Nee"));
    }

    @Test
    void xlsxOpensWithTheResponsesAndTheCodebook() throws Exception {
        var out = new ByteArrayOutputStream();
        ResponseExport.xlsx(TABLE, WEIGHTS, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet responses = workbook.getSheet("responses");
            assertThat(responses.getLastRowNum()).isEqualTo(TABLE.size());
            List<String> columns = ResponseExport.columns(TABLE.codebook());
            Row header = responses.getRow(0);
            for (int c = 0; c < columns.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(columns.get(c));
            }
            Row first = responses.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(10);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("N");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(0.5);
            assertThat(first.getCell(columns.indexOf("q3")).getNumericCellValue())
                    .isEqualTo(5);
            assertThat(first.getCell(columns.indexOf("q5")).getStringCellValue())
                    .isEqualTo("Meer bankjes");
            Row last = responses.getRow(6);
            Cell skipped = last.getCell(columns.indexOf("q1"));
            assertThat(skipped == null || skipped.getCellType() == CellType.BLANK)
                    .isTrue();

            Sheet codebook = workbook.getSheet("codebook");
            assertThat(codebook.getRow(0).getCell(0).getStringCellValue()).isEqualTo("question");
            assertThat(codebook.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Keuze");
        }
    }
}
