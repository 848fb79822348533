package nl.plein.opinionmap;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.opinionmap.OpinionMapFixture.TestMap;
import nl.plein.support.BrowserTest;
import nl.plein.support.Keyboard;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class ParticipantVotesAndSeesTheirGroupBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    OpinionMapFixture fixture;

    @Autowired
    OpinionMaps maps;

    @Autowired
    OpinionMapRecomputer recomputer;

    @Test
    void aVisitorVotesWithTheKeyboardSubmitsAStatementAndAfterARecomputeSeesTheirGroupAndTheCommonGround() {
        TestMap map = fixture.create(data.organisation("Kaartstad"), OpinionMapIntegrationTest.statements(12));
        maps.updateSettings(map.org(), Actor.SYSTEM, map.componentId(), "anyone", true);
        fixture.plant(map, 120, 10, 2, 21);
        String host = TestData.host(map.organisation());

        open(host, map.path());
        assertThat(find("h1").getText()).isEqualTo("Stellingen over het plein");
        assertAccessible();
        var keyboard = new Keyboard(browser);
        for (int i = 0; i < 8; i++) {
            // Keyboard only: Tab to the plain form button, Enter presses it; focus is visible on the way.
            keyboard.tabTo("button[name=vote][value=" + (i % 3 == 2 ? "disagree" : "agree") + "]");
            keyboard.press(Keys.ENTER);
            waitForText("U stemde op " + (i + 1) + " van de 12 stellingen");
        }
        assertThat(find("main").getText()).contains("U stemde op 8 van de 12 stellingen");

        type("#text", "Er moet een bankje bij de vijver komen.");
        find("#eigen-stelling ~ form button[type=submit], form[action$=stelling] button[type=submit]")
                .click();
        waitForText("Een moderator bekijkt uw stelling");
        assertThat(find("[role=status]").getText()).contains("Een moderator bekijkt uw stelling");
        assertAccessible();

        // The map before and after a recompute: then the visitor has a place and a group.
        open(host, map.path() + "/kaart");
        assertThat(recomputer.recompute(map.org(), map.componentId())).isTrue();
        open(host, map.path() + "/kaart");
        assertThat(find("#eigen-groep").getText()).matches("U hoort bij groep [A-E]\\.");
        assertThat(find("table").getText()).contains("Hier hoort u bij");
        assertThat(find("svg.plein-om-map circle.plein-om-self")).isNotNull();
        assertThat(find("#gemeenschappelijk").getText()).isEqualTo("Waar de groepen het over eens zijn");
        assertThat(browser.findElements(By.cssSelector(".plein-om-consensus li")))
                .isNotEmpty();
        assertThat(find("table caption").getText()).isEqualTo("De meningsgroepen");
        assertAccessible();
    }

    @Test
    void staffFindTheirOpinionMapsAndSeeCountsPerGroup() {
        TestMap map = fixture.create(data.organisation("Modstad"), OpinionMapIntegrationTest.statements(12));
        fixture.plant(map, 90, 10, 3, 4);
        recomputer.recompute(map.org(), map.componentId());
        String host = TestData.host(map.organisation());
        signIn(host, data.staff(map.organisation(), StaffRole.ORGANISATION_ADMIN));
        open(host, "/beheer/meningenkaarten");
        assertAccessible();
        find("main a[href='/beheer/meningenkaarten/" + map.componentId() + "']").click();
        waitUntil(ExpectedConditions.urlContains("/beheer/meningenkaarten/" + map.componentId()));
        assertThat(find("main").getText()).contains("Groep A (").contains("eens,");
        assertAccessible();
    }
}
