package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The printable survey: a PDF with the survey's questions in the screens' order and a code per copy; entering a
 * copy by its code counts it once, whatever is typed twice.
 */
class PaperCopiesIntegrationTest extends PleinIntegrationTest {

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachPrintedCopyCountsOnce() throws Exception {
        var f = fixtures.create("Papierdorp", Audience.PUBLIC, true);
        WebClient staff = client(f.host());
        staff.login(f.staffEmail(), TestData.PASSWORD);
        String detail = "/beheer/vragenlijsten/" + f.surveyId();

        HttpResponse<String> wrongCount =
                staff.submit(detail, detail + "/papier/afdrukken", Map.of("copies", "duizend"));
        assertThat(wrongCount.statusCode()).isEqualTo(303);
        assertThat(staff.get(detail).body())
                .contains("Vul een aantal in van 1 tot 500.")
                .contains("value=\"duizend\"");

        staff.get(detail);
        var pdf = staff.postForFile(detail + "/papier/afdrukken", Map.of("copies", "3"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        List<String> codes = jdbc.sql("select code from survey_paper_copy where organisation_id = ? order by code")
                .params(f.org().id().value())
                .query(String.class)
                .list();
        assertThat(codes).hasSize(3).doesNotHaveDuplicates();
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            // Every copy starts on a page of its own, and every page names its copy's code.
            var stripper = new PDFTextStripper();
            text = stripper.getText(document);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("Code van dit formulier: ");
            }
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        for (String code : codes) {
            assertThat(text).contains("Code van dit formulier: " + code(code));
        }
        // The questions in the order of the screens, then "Over u".
        assertThat(text.indexOf("1. Heeft u een auto?")).isPositive();
        assertThat(text.indexOf("1. Heeft u een auto?")).isLessThan(text.indexOf("Over u"));

        // Entered by its code as typed from paper: lower case, a space for the dash.
        String typed = (code(codes.getFirst())).toLowerCase().replace('-', ' ');
        HttpResponse<String> entry = staff.submit(detail, detail + "/papier", Map.of("code", typed));
        String form = entry.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(form).contains("/vragenlijsten/" + f.surveyId() + "/invullen/");
        staff.post(form, Map.of("pagina", "1", "actie", "next", "q" + f.carQuestion(), "2"));
        staff.post(form, Map.of("pagina", "2", "actie", "next", "q" + f.scaleQuestion(), "4"));
        staff.post(form, Map.of("pagina", "1000", "actie", "next"));
        assertThat(jdbc.sql("select count(*) from survey_response where organisation_id = ? and channel = 'PAPER'"
                                + " and status = 'COMPLETE'")
                        .params(f.org().id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // The same copy again is refused at the field; an unknown code too; nothing is added.
        staff.submit(detail, detail + "/papier", Map.of("code", code(codes.getFirst())));
        assertThat(staff.get(detail).body()).contains("Dit exemplaar is al ingevoerd.");
        staff.submit(detail, detail + "/papier", Map.of("code", "AAAA-BBBB"));
        assertThat(staff.get(detail).body())
                .contains("Deze code hoort niet bij deze vragenlijst.")
                .contains("value=\"AAAA-BBBB\"");
        assertThat(staff.get(detail).body()).contains("3 exemplaren met een code afgedrukt, waarvan 1 ingevoerd.");
        assertThat(jdbc.sql("select count(*) from survey_response where organisation_id = ? and channel = 'PAPER'")
                        .params(f.org().id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static String code(String stored) {
        return stored.substring(0, 4) + "-" + stored.substring(4);
    }
}
