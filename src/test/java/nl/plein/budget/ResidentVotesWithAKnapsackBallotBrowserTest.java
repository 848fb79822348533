package nl.plein.budget;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.audit.AuditLog.Actor;
import nl.plein.budget.BudgetFixture.TestBudget;
import nl.plein.support.BrowserTest;
import nl.plein.support.Keyboard;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident votes by keyboard only: ticks proposals with Space and sees the running total change, is refused
 * at the field when over the budget (with the choice kept), changes the ballot, and after the vote closes sees
 * the result in words. Every page is checked with axe-core.
 */
class ResidentVotesWithAKnapsackBallotBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    BudgetFixture fixture;

    @Autowired
    Budgets budgets;

    @Test
    void aResidentVotesByKeyboardChangesTheBallotAndSeesTheResultAfterClosing() {
        TestBudget b = fixture.create(data.organisation("Knapzak"), "knapsack", 100_000, 60_000, 50_000, 30_000);
        String host = TestData.host(b.organisation());
        signIn(host, data.resident(b.organisation()));
        open(host, b.path());
        assertThat(find("h1").getText()).isEqualTo("Buurtbudget Zeeveld");
        assertAccessible();

        var keyboard = new Keyboard(browser);
        keyboard.tabTo("#choice-" + b.id(0));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo("#choice-" + b.id(1));
        keyboard.press(Keys.SPACE);
        // The running total follows the boxes while choosing (the script; without it "Tel mijn keuze" does this).
        waitForText("Uw keuze kost samen € 110.000 van de € 100.000.");
        keyboard.tabTo("button[name=action][value=cast]");
        keyboard.press(Keys.ENTER);
        waitForText("Uw keuze kost meer dan het budget.");
        assertThat(find("#choices-error").getText())
                .isEqualTo("Uw keuze kost meer dan het budget. Haal een of meer vinkjes weg.");
        assertThat(find("#choice-" + b.id(0)).isSelected()).isTrue();
        assertThat(find("#choice-" + b.id(1)).isSelected()).isTrue();
        assertAccessible();

        keyboard.tabTo("#choice-" + b.id(1));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo("#choice-" + b.id(2));
        keyboard.press(Keys.SPACE);
        waitForText("Uw keuze kost samen € 90.000 van de € 100.000.");
        keyboard.tabTo("button[name=action][value=cast]");
        keyboard.press(Keys.ENTER);
        waitForText("Uw stem is opgeslagen.");
        assertThat(find("#choice-" + b.id(0)).isSelected()).isTrue();
        assertThat(find("#choice-" + b.id(2)).isSelected()).isTrue();
        assertAccessible();

        // A change of mind: the last ballot counts.
        keyboard.tabTo("#choice-" + b.id(0));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo("#choice-" + b.id(1));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo("button[name=action][value=cast]");
        andWaitForTheNextPage(() -> keyboard.press(Keys.ENTER));
        assertThat(find("[role=status]").getText())
                .isEqualTo("Uw stem is opgeslagen. U kunt die veranderen tot de stemming sluit.");
        assertThat(find("#choice-" + b.id(0)).isSelected()).isFalse();
        assertThat(find("#choice-" + b.id(1)).isSelected()).isTrue();
        assertThat(budgets.ballotCount(b.org(), b.componentId())).isEqualTo(1);

        budgets.closeAndCount(b.org(), Actor.SYSTEM, b.componentId());
        budgets.publish(b.org(), Actor.SYSTEM, b.componentId());
        open(host, b.path());
        keyboard.tabTo("a[href$='/uitslag']");
        keyboard.press(Keys.ENTER);
        waitForText("Uitslag: Buurtbudget Zeeveld");
        assertThat(find("main").getText())
                .contains("1 persoon stemde. 2 voorstellen krijgen geld: samen € 80.000 van de € 100.000.")
                .contains("Voorstel 1")
                .contains("Niemand stemde hierop.");
        assertThat(find("svg.plein-budget-chart")).isNotNull();
        assertAccessible();
    }

    @Test
    void staffSeeTheRulesSideBySideAndTheCountInWords() {
        TestBudget b = fixture.create(data.organisation("Telkamer"), "knapsack", 100_000, 90_000, 20_000, 20_000);
        for (int v = 0; v < 5; v++) {
            var choice = v < 3 ? java.util.Map.of(b.id(0), 1) : java.util.Map.of(b.id(1), 1, b.id(2), 1);
            budgets.cast(
                    b.org(),
                    b.componentId(),
                    Budgets.Cast.online(new nl.plein.shared.Voter("test:" + v, null), ""),
                    choice);
        }
        String host = TestData.host(b.organisation());
        signIn(host, data.staff(b.organisation(), nl.plein.identity.StaffRole.PROJECT_MANAGER));
        open(host, "/beheer/begrotingen");
        assertAccessible();
        find("main a[href='" + b.adminPath() + "']").click();
        waitForText("Zo valt de uitslag uit bij elke manier van tellen");
        assertThat(find("main").getText())
                .contains("Meeste stemmen eerst: 1 voorstel, samen € 90.000 van de € 100.000.");
        assertAccessible();
        // A proposal's own page, and the page where staff enter a paper ballot.
        open(host, b.adminPath() + "/voorstellen/" + b.id(0));
        assertThat(find("#title").getAttribute("value")).isEqualTo("Voorstel 1");
        assertAccessible();
        open(host, "/beheer/namens/begroting/" + b.componentId());
        assertThat(find("h1").getText()).isEqualTo("Een stem voor de begroting invoeren voor een inwoner");
        assertThat(find("#choice-" + b.id(0))).isNotNull();
        assertAccessible();
        open(host, b.adminPath());
        clickAndWait("form[action$='/tellen'] button");
        waitForText("De stemming is gesloten en geteld.");
        assertThat(find("#uitslag").getText()).contains("Gesteund door 2 stemmers die het samen konden betalen");
        assertAccessible();
    }
}
