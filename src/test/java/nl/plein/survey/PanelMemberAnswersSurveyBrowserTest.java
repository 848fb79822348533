package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.plein.panel.PanelManagement;
import nl.plein.support.BrowserTest;
import nl.plein.support.MailInbox;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PanelMemberAnswersSurveyBrowserTest extends BrowserTest {

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    TestData data;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    PaperImport paper;

    @Autowired
    PanelManagement panel;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPanelMemberSkipsAQuestionLeavesResumesAndLaterLeavesThePanel() throws Exception {
        var f = fixtures.create("Panelbrowserstad", Audience.BOTH, false);
        String resident = data.resident(f.org());

        // Joining the panel.
        signIn(f.host(), resident);
        open(f.host(), "/panel");
        assertAccessible();
        find("button.utrecht-button--primary-action").click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(find("#birthYear").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        type("#birthYear", "1958");
        new Select(find("#sex")).selectByValue("M");
        type("#postcode", "9901 AB");
        new Select(find("#areaId")).selectByIndex(1);
        find("#consentSurveys").click();
        clickAndWait("button.utrecht-button--primary-action");
        assertThat(find("#panel-notice").getText()).contains("Welkom");

        // Invited: the personal link from the mail.
        String email = jdbc.sql("select email from panel_member where organisation_id = ?")
                .param(f.org().id().value())
                .query(String.class)
                .single();
        surveys.invitePanel(f.org().id(), f.staff(), f.surveyId(), "http://" + f.host() + ":" + port);
        String link = MailInbox.path(MailInbox.await(MAIL, email, 1).getLast(), "/uitnodiging/");

        open(f.host(), link);
        assertThat(find("h1").getText()).isEqualTo("Autobezit");
        assertAccessible();
        find("#q" + f.carQuestion() + "-2").click(); // "Nee": the number of cars is skipped
        clickAndWait("button.utrecht-button[value=next]");
        assertThat(find("main").getText()).contains("Hoe tevreden").doesNotContain("Hoeveel auto");
        assertAccessible();
        clickAndWait("button[value=later]");
        assertThat(find("h1").getText()).contains("bewaard");
        assertThat(find("#resume-link").getAttribute("href"))
                .startsWith("http://" + f.host() + ":" + port + "/vragenlijsten/");
        assertAccessible();

        // Resuming from the same invitation, on page 2; sending once.
        open(f.host(), link);
        assertThat(find("main").getText()).contains("Hoe tevreden").contains("Stap 2 van 2");
        clickAndWait("button.utrecht-button[value=next]");
        assertThat(find("#q" + f.scaleQuestion() + "-error").getText()).contains("verplicht");
        assertAccessible();
        find("#q" + f.scaleQuestion() + "-4").click();
        // Enter sends the page forward, though "Vorige" stands first.
        find("#q" + f.scaleQuestion() + "-4").sendKeys(org.openqa.selenium.Keys.ENTER);
        waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.id("survey-thanks")));
        assertThat(find("#survey-thanks").getText()).contains("Autobezit");
        assertAccessible();
        open(f.host(), link);
        assertThat(find("#survey-message").getText()).contains("al ingevuld");

        // Five paper responses, so the results can show figures; then staff look.
        StringBuilder csv = new StringBuilder("sex,q" + f.carQuestion() + ",q" + f.scaleQuestion() + "\n");
        for (int i = 0; i < 5; i++) {
            csv.append("V,1,").append(i + 1).append('\n');
        }
        assertThat(paper.importResponses(f.org().id(), f.staff(), f.surveyId(), new StringReader(csv.toString()))
                        .imported())
                .isEqualTo(5);
        browser.manage().deleteAllCookies();
        signIn(f.host(), f.staffEmail());
        open(f.host(), "/beheer/vragenlijsten/" + f.surveyId() + "/uitkomsten");
        assertThat(find("#respondents").getText()).contains("6");
        assertThat(find("#panel-rate").getText()).contains("Uitgenodigd: 1").contains("Ingevuld: 1");
        assertThat(find("main").getText()).contains("Hoe tevreden").contains("Gemiddeld 3,2, mediaan 3,5");
        assertAccessible();
        open(f.host(), "/beheer/vragenlijsten/" + f.surveyId() + "/uitkomsten?kanaal=PANEL");
        assertThat(find("#results-suppressed").getText()).contains("Te weinig");
        open(f.host(), "/beheer/vragenlijsten/" + f.surveyId());
        // A condition reads as its answer, not its code.
        assertThat(find("main").getText())
                .contains("Alleen als 'Heeft u een auto?' is beantwoord met: Ja")
                .doesNotContain("met code");
        assertAccessible();
        open(f.host(), "/beheer/vragenlijsten/" + f.surveyId() + "/voorbeeld?pagina=2");
        assertThat(find("main").getText()).contains("Alleen als 'Heeft u een auto?' is beantwoord met: Ja");
        assertAccessible();
        open(f.host(), "/beheer/panel");
        assertAccessible();

        // The member leaves: answers stay, personal data goes.
        browser.manage().deleteAllCookies();
        signIn(f.host(), resident);
        open(f.host(), "/panel");
        find("#confirmLeave").click();
        clickAndWait("form[action='/panel/opzeggen'] button");
        assertThat(find("#panel-notice").getText()).contains("gewist");
        var left = jdbc.sql("""
                        select coalesce(email, '') || coalesce(birth_year::text, '') || coalesce(postcode, '')
                               || coalesce(account_id::text, '') || status
                        from panel_member where organisation_id = ?""").param(f.org().id().value()).query(String.class).single();
        assertThat(left).isEqualTo("LEFT");
        assertThat(jdbc.sql("select count(*) from survey_response where organisation_id = ? and status = 'COMPLETE'")
                        .param(f.org().id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    @Test
    void residentsReadAClosedSurveyAndItsPublishedResultsInDutchAndEnglish() throws Exception {
        var f = fixtures.create("Uitkomststad", Audience.PUBLIC, true);
        StringBuilder csv = new StringBuilder("q" + f.carQuestion() + ",q" + f.scaleQuestion() + "\n");
        for (int i = 0; i < 7; i++) {
            csv.append(i % 2 + 1).append(',').append(i % 5 + 1).append('\n');
        }
        paper.importResponses(f.org().id(), f.staff(), f.surveyId(), new StringReader(csv.toString()));
        open(f.host(), "/vragenlijsten/" + f.surveyId());
        assertAccessible();
        surveys.publishResults(f.org().id(), f.staff(), f.surveyId(), "**De meeste mensen** hebben een auto.", "");
        for (String lang : java.util.List.of("nl", "en")) {
            open(f.host(), "/vragenlijsten/" + f.surveyId() + "/uitkomsten?lang=" + lang);
            assertThat(find("#results-text").getText()).contains("De meeste mensen");
            assertThat(browser.findElements(By.cssSelector("table caption"))).isNotEmpty();
            assertAccessible();
        }
    }
}
