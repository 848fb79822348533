package nl.plein.assisted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.plein.idea.IdeaForm;
import nl.plein.idea.IdeaManagement;
import nl.plein.idea.IdeaPlace;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.panel.PanelManagement;
import nl.plein.support.BrowserTest;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.Keyboard;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A staff member at the desk enters a resident's paper supports with the keyboard, in Dutch and English, checked with axe. */
class AssistedEntryBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    IdeaManagement ideas;

    @Autowired
    PanelManagement panel;

    @Test
    void staffEnterPaperSupportsWithTheKeyboardAndSeeTheFormsErrorsAtTheFields() throws Exception {
        Organisation org = data.organisation("Baliestad");
        String host = TestData.host(org);
        Place place = conversation.project(org, "Het marktplein");
        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        PleinPrincipal staff = conversation.principal(org, staffEmail);
        panel.addCodes(org.id(), staff, new StringReader("BALIE-0001\n"), false);
        long idea = ideas.submit(
                org.id(),
                conversation.principal(org, data.resident(org)),
                new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true),
                new IdeaForm("Een overkapping voor de markt", "Tegen regen.", "", ""));

        signIn(host, staffEmail);
        open(host, "/beheer/namens");
        assertAccessible();
        String page = "/beheer/namens/ideeen/" + place.ideasId() + "/steun";
        open(host, page);
        clickAndWait("main form button[type=submit]");
        assertThat(find("#who-error").getText()).contains("Vul het e-mailadres in");
        assertThat(find("#ideaId-error").getText()).contains("Kies minstens één idee");
        assertAccessible();

        var keyboard = new Keyboard(browser);
        keyboard.tabTo("#channel");
        keyboard.press(Keys.SPACE);
        keyboard.typeInto("#who", "balie 0001");
        keyboard.tabTo("#ideaId");
        keyboard.press(Keys.SPACE);
        keyboard.tabTo("main form button[type=submit]");
        keyboard.press(Keys.ENTER);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#saved")));
        assertThat(find("#channel").isSelected()).isTrue(); // the next paper form has the same channel
        assertAccessible();
        assertThat(ideas.idea(org.id(), idea).orElseThrow().supportCount()).isEqualTo(1);

        open(host, "/beheer/namens/ideeen/" + place.ideasId() + "?lang=en");
        assertThat(find("h1").getText()).isEqualTo("Enter an idea for a resident");
        assertAccessible();
        open(host, "/beheer/namens?lang=nl");
    }
}
