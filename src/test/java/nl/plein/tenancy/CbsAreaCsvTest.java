package nl.plein.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.plein.tenancy.AreaImport.LineError;
import org.junit.jupiter.api.Test;

/**
 * The sample files in {@code src/test/resources/cbs} follow the layout of CBS's published table
 * 'Kerncijfers wijken en buurten' (StatLine download and open-data column names), with fictional
 * municipalities and numbers.
 */
class CbsAreaCsvTest {

    @Test
    void readsTheStatLineDownloadWithTitleByteOrderMarkAndExtraColumns() throws IOException {
        CbsAreaCsv.Result result = parse("kerncijfers-statline.csv");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows())
                .extracting(
                        CbsAreaCsv.Row::line,
                        CbsAreaCsv.Row::code,
                        CbsAreaCsv.Row::name,
                        CbsAreaCsv.Row::kind,
                        CbsAreaCsv.Row::residents)
                .containsExactly(
                        tuple(4, "WK990100", "Wijk 00 Zeeveld-Centrum", "wijk", 9120),
                        tuple(5, "BU99010001", "Havenkwartier", "buurt", 3405),
                        tuple(6, "BU99010002", "Oude Dorp", "buurt", 5715),
                        tuple(7, "WK990101", "Wijk 01 Duinhoeve", "wijk", 6180),
                        tuple(8, "WK990102", "Wijk 02 Polderend", "wijk", 9015));
        assertThat(result.rows().getFirst())
                .isEqualTo(new CbsAreaCsv.Row(
                        4,
                        "WK990100",
                        "Wijk 00 Zeeveld-Centrum",
                        "wijk",
                        9120,
                        4475,
                        4645,
                        1460,
                        1005,
                        2010,
                        2555,
                        2090));
    }

    @Test
    void readsTheOpenDataColumnsCommaSeparatedAndPadded() throws IOException {
        CbsAreaCsv.Result result = parse("kerncijfers-odata.csv");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows())
                .containsExactly(
                        new CbsAreaCsv.Row(
                                3,
                                "WK990200",
                                "Wijk 00 Heidemeer-Dorp",
                                "wijk",
                                7010,
                                3490,
                                3520,
                                1050,
                                760,
                                1540,
                                1995,
                                1665),
                        new CbsAreaCsv.Row(
                                4,
                                "WK990201",
                                "Wijk 01 Veenhuizerveld",
                                "wijk",
                                4480,
                                2230,
                                2250,
                                670,
                                490,
                                980,
                                1275,
                                1065));
    }

    @Test
    void reportsEveryBadRowByLineAndKeepsNoRows() throws IOException {
        CbsAreaCsv.Result result = parse("kerncijfers-fouten.csv");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(LineError::line, LineError::messageKey)
                .containsExactly(
                        tuple(4, "areas.import.error.secret"),
                        tuple(5, "areas.import.error.negative"),
                        tuple(6, "areas.import.error.notNumber"),
                        tuple(7, "areas.import.error.sexMismatch"),
                        tuple(8, "areas.import.error.ageMismatch"),
                        tuple(9, "areas.import.error.duplicateCode"),
                        tuple(10, "areas.import.error.missingValue"));
        assertThat(result.errors().get(0).args()).containsExactly("Mannen (aantal)", ".");
        assertThat(result.errors().get(5).args()).containsExactly("WK990300", 3);
        assertThat(result.errors().get(3).args()).containsExactly(800, 1000);
    }

    @Test
    void toleratesCbsRoundingUpToFivePercent() {
        String csv = header()
                + "\n\"Wijk 00 Klein\";\"X\";\"Wijk\";\"WK990400\";\"100\";\"50\";\"55\";\"20\";\"20\";\"20\";\"20\";\"15\"\n"
                + "\"Wijk 01 Krap\";\"X\";\"Wijk\";\"WK990401\";\"100\";\"50\";\"56\";\"20\";\"20\";\"20\";\"20\";\"20\"\n";
        CbsAreaCsv.Result result = CbsAreaCsv.parse(new StringReader(csv));

        assertThat(result.errors())
                .extracting(LineError::line, LineError::messageKey)
                .containsExactly(tuple(3, "areas.import.error.sexMismatch"));
    }

    @Test
    void refusesCodesAndNamesLongerThanAnyArea() {
        String csv = header() + "\n\"Wijk 00\";\"X\";\"Wijk\";\"WK" + "9".repeat(3000)
                + "\";\"100\";\"50\";\"50\";\"20\";\"20\";\"20\";\"20\";\"20\"\n";
        CbsAreaCsv.Result result = CbsAreaCsv.parse(new StringReader(csv));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(LineError::line, LineError::messageKey)
                .containsExactly(tuple(2, "areas.import.error.tooLong"));
    }

    @Test
    void namesTheMissingColumnsAtTheHeader() {
        String csv = "\"Wijken en buurten\";\"Codering\";\"Aantal inwoners (aantal)\"\n\"A\";\"WK1\";\"5\"\n";
        CbsAreaCsv.Result result = CbsAreaCsv.parse(new StringReader(csv));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.messageKey()).isEqualTo("areas.import.error.missingColumns");
            assertThat(error.args().getFirst().toString())
                    .contains("Mannen (aantal)")
                    .contains("65 jaar of ouder (aantal)")
                    .doesNotContain("Codering");
        });
    }

    @Test
    void refusesAFileWithoutTheCbsHeader() {
        CbsAreaCsv.Result result = CbsAreaCsv.parse(new StringReader("naam,aantal\nA,1\n"));
        assertThat(result.errors()).extracting(LineError::messageKey).containsExactly("areas.import.error.noHeader");
    }

    @Test
    void refusesAFileWithOnlyTheMunicipality() {
        String csv = header()
                + "\n\"Zeeveld\";\"Zeeveld\";\"Gemeente\";\"GM9901\";\"10\";\"5\";\"5\";\"2\";\"2\";\"2\";\"2\";\"2\"\n";
        assertThat(CbsAreaCsv.parse(new StringReader(csv)).errors())
                .extracting(LineError::messageKey)
                .containsExactly("areas.import.error.noAreas");
    }

    @Test
    void takesTheKindFromTheCodeWhenThereIsNoRegionKindAndRefusesUnknownKinds() {
        String csv =
                "Wijken en buurten,Codering,Aantal inwoners,Mannen,Vrouwen,0 tot 15 jaar,15 tot 25 jaar,25 tot 45 jaar,45 tot 65 jaar,65 jaar of ouder\n"
                        + "Noord,BU99050001,10,5,5,2,2,2,2,2\n"
                        + "Zuid,XX1,10,5,5,2,2,2,2,2\n";
        CbsAreaCsv.Result result = CbsAreaCsv.parse(new StringReader(csv));
        assertThat(result.errors())
                .extracting(LineError::line, LineError::messageKey)
                .containsExactly(tuple(3, "areas.import.error.unknownKind"));
    }

    @Test
    void normalisesStatLineOpenDataAndNestedHeadersToTheSameName() {
        assertThat(CbsAreaCsv.normalise("Mannen (aantal)")).isEqualTo("mannen");
        assertThat(CbsAreaCsv.normalise("Mannen_6")).isEqualTo("mannen");
        assertThat(CbsAreaCsv.normalise("Bevolking/Geslacht/Mannen (aantal)")).isEqualTo("mannen");
        assertThat(CbsAreaCsv.normalise("k_65JaarOfOuder_12")).isEqualTo("65jaarofouder");
        assertThat(CbsAreaCsv.normalise("65 jaar of ouder (aantal)")).isEqualTo("65jaarofouder");
        assertThat(CbsAreaCsv.normalise(" Regioaanduiding/Soort regio (omschrijving) "))
                .isEqualTo("soortregio");
        assertThat(CbsAreaCsv.normalise("WijkenEnBuurten")).isEqualTo("wijkenenbuurten");
    }

    private static String header() {
        return "\"Wijken en buurten\";\"Gemeentenaam\";\"Soort regio\";\"Codering\";\"Aantal inwoners (aantal)\";\"Mannen (aantal)\";"
                + "\"Vrouwen (aantal)\";\"0 tot 15 jaar (aantal)\";\"15 tot 25 jaar (aantal)\";\"25 tot 45 jaar (aantal)\";"
                + "\"45 tot 65 jaar (aantal)\";\"65 jaar of ouder (aantal)\"";
    }

    static Reader sample(String name) {
        return new InputStreamReader(
                Objects.requireNonNull(CbsAreaCsvTest.class.getResourceAsStream("/cbs/" + name)),
                StandardCharsets.UTF_8);
    }

    private static CbsAreaCsv.Result parse(String name) throws IOException {
        try (Reader reader = sample(name)) {
            return CbsAreaCsv.parse(reader);
        }
    }
}
