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
                        "25-44",
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
    void xlsxOpensWithTheResponsesAndTheCodebookInDutch() throws Exception {
        try (var workbook = xlsx("nl")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet responses = workbook.getSheet("Antwoorden");
            assertThat(responses.getLastRowNum()).isEqualTo(TABLE.size());
            List<String> columns = ResponseExport.columns(TABLE.codebook());
            Row header = responses.getRow(0);
            assertThat(List.of(0, 1, 2, 3, 4, 5).stream()
                            .map(c -> header.getCell(c).getStringCellValue())
                            .toList())
                    .containsExactly("Nummer", "Wijk (code)", "Geslacht", "Leeftijd", "Kanaal", "Weegfactor");
            for (int c = ResponseExport.FIXED.size(); c < columns.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue())
                        .as("question columns keep their codes")
                        .isEqualTo(columns.get(c));
            }
            Row first = responses.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(10);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("N");
            assertThat(first.getCell(2).getStringCellValue()).isIn("man", "vrouw", "anders of onbekend");
            assertThat(first.getCell(4).getStringCellValue()).isIn("panel", "open link", "papier");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(0.5);
            assertThat(first.getCell(columns.indexOf("q3")).getNumericCellValue())
                    .isEqualTo(5);
            assertThat(first.getCell(columns.indexOf("q5")).getStringCellValue())
                    .isEqualTo("Meer bankjes");
            Row last = responses.getRow(6);
            Cell skipped = last.getCell(columns.indexOf("q1"));
            assertThat(skipped == null || skipped.getCellType() == CellType.BLANK)
                    .isTrue();

            Sheet codebook = workbook.getSheet("Codeboek");
            assertThat(codebook.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Vraag");
            assertThat(codebook.getRow(1).getCell(1).getStringCellValue()).isEqualTo("een keuze");
            assertThat(codebook.getRow(1).getCell(2).getStringCellValue()).isEqualTo("vraag");
            assertThat(codebook.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Keuze");
            assertThat(codebook.getRow(2).getCell(2).getStringCellValue()).isEqualTo("antwoord");
        }
    }

    @Test
    void xlsxInEnglishHasEnglishSheetsHeadersAndValues() throws Exception {
        try (var workbook = xlsx("en")) {
            Row header = workbook.getSheet("Responses").getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Sex");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Age");
            assertThat(workbook.getSheet("Responses").getRow(1).getCell(2).getStringCellValue())
                    .isIn("man", "woman", "other or unknown");
            assertThat(workbook.getSheet("Codebook").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Question type");
        }
    }

    /** The words from the application's own bundle, as the download gets them. */
    private static XSSFWorkbook xlsx(String language) throws Exception {
        var words = java.util.ResourceBundle.getBundle(
                "i18n/survey_analysis",
                java.util.Locale.of(language),
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        var out = new ByteArrayOutputStream();
        ResponseExport.xlsx(TABLE, WEIGHTS, words::getString, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
