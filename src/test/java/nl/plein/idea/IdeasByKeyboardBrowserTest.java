package nl.plein.idea;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.identity.PleinPrincipal;
import nl.plein.support.BrowserTest;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.Keyboard;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident without a mouse signs in, sends in an idea, supports someone else's and adds a contribution to the
 * discussion, with Tab, typing and Enter only; focus stays visible on every element on the way.
 */
class IdeasByKeyboardBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    IdeaManagement ideas;

    @Test
    void aResidentTakesPartWithTheKeyboardOnly() {
        Organisation org = data.organisation("Toetsenbordstad");
        String host = TestData.host(org);
        Place place = conversation.project(org, "Een plein zonder muis");
        PleinPrincipal neighbour = conversation.principal(org, data.resident(org));
        long theirs = ideas.submit(
                org.id(),
                neighbour,
                new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true),
                new IdeaForm("Een waterpomp op het plein", "Om te spelen met water in de zomer.", "", ""));
        String resident = data.resident(org);
        var keyboard = new Keyboard(browser);

        open(host, "/inloggen");
        keyboard.typeInto("#email", resident);
        keyboard.typeInto("#password", TestData.PASSWORD);
        keyboard.press(Keys.ENTER);
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));

        open(host, place.ideasPath() + "/nieuw");
        keyboard.typeInto("#title", "Schaduw bij de bankjes");
        keyboard.typeInto("#description", "Een boom of een doek, zodat ouderen ook in de zomer kunnen zitten.");
        keyboard.tabTo("#submit-idea");
        keyboard.press(Keys.ENTER);
        waitForText("Een boom of een doek");
        assertThat(find("main h1").getText()).isEqualTo("Schaduw bij de bankjes");

        open(host, place.ideasPath() + "/" + theirs);
        keyboard.tabTo("#support");
        keyboard.press(Keys.ENTER);
        waitForText("1 keer gesteund");
        assertThat(browser.getCurrentUrl()).contains("gesteund");
        assertThat(ideas.idea(org.id(), theirs).orElseThrow().supportCount()).isEqualTo(1);

        open(host, place.discussionPath());
        keyboard.typeInto("#body", "Ik kom er graag met mijn kleinkinderen.");
        keyboard.tabTo("main form[method=post] button[type=submit]");
        keyboard.press(Keys.ENTER);
        waitForText("Ik kom er graag met mijn kleinkinderen.");
        assertAccessible();
    }
}
