package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every question's figures online and on paper side by side, checked against counts worked out by hand. */
class ResultsOnlineAndPaperIntegrationTest extends PleinIntegrationTest {

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    PaperImport paper;

    @Test
    void theResultsShowOnlineAndPaperSideBySide() throws Exception {
        var f = fixtures.create("Tweekanaalstad", Audience.BOTH, true);
        String area = f.areas().getFirst().code();
        String car = "q" + f.carQuestion();
        String scale = "q" + f.scaleQuestion();
        // Paper: 4 yes, 2 no, scale 5,5,4,4,4,2. Online (link): 1 yes, 4 no, scale 1,1,2,2,3.
        StringBuilder csv = new StringBuilder("area,channel," + car + "," + scale + "\n");
        String[] paperRows = {"1,5", "1,5", "1,4", "1,4", "2,4", "2,2"};
        String[] linkRows = {"1,1", "2,1", "2,2", "2,2", "2,3"};
        for (String row : paperRows) {
            csv.append(area).append(",PAPER,").append(row).append('\n');
        }
        for (String row : linkRows) {
            csv.append(area).append(",LINK,").append(row).append('\n');
        }
        assertThat(paper.importResponses(f.org().id(), f.staff(), f.surveyId(), new StringReader(csv.toString()))
                        .imported())
                .isEqualTo(11);

        WebClient staff = client(f.host());
        staff.login(f.staffEmail(), TestData.PASSWORD);
        String page = staff.get("/beheer/vragenlijsten/" + f.surveyId() + "/uitkomsten")
                .body();
        assertThat(page)
                .contains("Online en op papier naast elkaar. Online: 5 mensen; op papier: 6 mensen.")
                .contains("<th scope=\"col\" class=\"utrecht-table__header-cell\">Online (panel en link)</th>");
        // Yes: 1 of 5 online (20,0 %), 4 of 6 on paper (66,7 %); no: 4 (80,0) and 2 (33,3).
        assertThat(page.replaceAll("\\s+", " "))
                .contains(
                        "<td class=\"utrecht-table__cell\">1 (20,0)</td> <td class=\"utrecht-table__cell\">4 (66,7)</td>")
                .contains(
                        "<td class=\"utrecht-table__cell\">4 (80,0)</td> <td class=\"utrecht-table__cell\">2 (33,3)</td>");

        // Filtered to one channel there is nothing to put side by side.
        assertThat(staff.get("/beheer/vragenlijsten/" + f.surveyId() + "/uitkomsten?kanaal=PAPER")
                        .body())
                .doesNotContain("Online en op papier naast elkaar");
    }
}
