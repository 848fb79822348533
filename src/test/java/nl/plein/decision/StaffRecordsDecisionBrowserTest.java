package nl.plein.decision;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.plein.identity.StaffRole;
import nl.plein.project.Input;
import nl.plein.support.BrowserTest;
import nl.plein.support.MailInbox;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class StaffRecordsDecisionBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    DecisionFixtures fixtures;

    @Test
    void staffRecordADecisionLinkingThreeIdeasAndEachAuthorGetsAMailWithALinkToIt() throws Exception {
        var setup = fixtures.projectWithThreeIdeas("Besluitstad");
        String host = TestData.host(setup.org());
        long projectId = setup.project().id();
        String staff = data.staff(setup.org(), StaffRole.PROJECT_MANAGER);

        signIn(host, staff);
        open(host, "/beheer/projecten/" + projectId);
        clickAndWait("a[href='/beheer/projecten/" + projectId + "/besluiten']");
        assertAccessible();
        clickAndWait("a[href='/beheer/projecten/" + projectId + "/besluiten/nieuw']");
        assertAccessible();

        // Bad input: a reason without a verdict and no title. The message stands at the field, the rest stays.
        List<Input> ideas = setup.ideas();
        type("#decidedBy", "De gemeenteraad");
        type("#reason-" + key(ideas.get(0)), "Veel steun uit de buurt");
        clickAndWait("main form button[type=submit]");
        assertThat(find("#title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#title-error").getText()).contains("Vul in wat er is besloten");
        assertThat(find("#verdict-" + key(ideas.get(0)) + "-error").getText()).contains("Kies ook");
        assertThat(find("#decidedBy").getAttribute("value")).isEqualTo("De gemeenteraad");
        assertThat(find("#reason-" + key(ideas.get(0))).getAttribute("value")).isEqualTo("Veel steun uit de buurt");
        assertThat(find("[role=alert]").getText()).contains("Vul in wat er is besloten");
        assertAccessible();

        type("#title", "Het park krijgt een pluktuin en bankjes");
        choose(ideas.get(0), "USED", "Veel steun uit de buurt");
        choose(ideas.get(1), "USED", "Past goed bij de pluktuin");
        choose(ideas.get(2), "SET_ASIDE", "Er is al een hondenveld aan de Molenweg");
        clickAndWait("main form button[type=submit]");
        assertThat(find("[role=status]").getText()).contains("Het besluit is opgeslagen");

        for (String author : setup.authors()) {
            MimeMessage mail = MailInbox.await(MAIL, author, 1).getFirst();
            assertThat(MailInbox.subject(mail)).contains("Het park krijgt een pluktuin en bankjes");
            String path = MailInbox.path(mail, "/projecten/nieuw-park-molenwijk/besluiten/");
            assertThat(MailInbox.body(mail)).contains("De gemeenteraad");
            assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
            open(host, path);
            assertThat(find("h1").getText()).isEqualTo("Het park krijgt een pluktuin en bankjes");
        }
        assertAccessible();
        assertThat(find("main").getText())
                .contains("Deze inbreng is gebruikt")
                .contains("Een pluktuin")
                .contains("Veel steun uit de buurt")
                .contains("Deze inbreng is niet gebruikt")
                .contains("Er is al een hondenveld aan de Molenweg");

        // The project page links to the timeline, which lists the decision.
        open(host, "/projecten/nieuw-park-molenwijk");
        clickAndWait("a[href='/projecten/nieuw-park-molenwijk/besluiten']");
        assertAccessible();
        assertThat(browser.findElements(By.cssSelector("ol.plein-decisions > li")))
                .hasSize(1);
    }

    private static String key(Input input) {
        return DecisionForm.inputKey(input.kind(), input.id());
    }

    private void choose(Input input, String verdict, String reason) {
        new Select(find("#verdict-" + key(input))).selectByValue(verdict);
        type("#reason-" + key(input), reason);
    }
}
