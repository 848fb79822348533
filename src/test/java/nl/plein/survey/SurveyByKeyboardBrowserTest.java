package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.support.BrowserTest;
import nl.plein.support.Keyboard;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor answers a survey with Tab, the arrow keys and Enter only, and sees where focus is all the way. */
class SurveyByKeyboardBrowserTest extends BrowserTest {

    @Autowired
    SurveyFixtures fixtures;

    @Test
    void aVisitorAnswersASurveyWithTheKeyboardOnly() {
        var f = fixtures.create("Pijltjesstad", Audience.PUBLIC, true);
        var keyboard = new Keyboard(browser);
        open(f.host(), "/vragenlijsten/" + f.surveyId());
        keyboard.tabTo("main form button.utrecht-button--primary-action");
        keyboard.press(Keys.ENTER);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("q" + f.carQuestion() + "-1")));

        // A radio group is one Tab stop; the arrow keys choose within it ("Ja" to "Nee").
        keyboard.tabTo("#q" + f.carQuestion() + "-1");
        keyboard.press(Keys.ARROW_DOWN);
        assertThat(find("#q" + f.carQuestion() + "-2").isSelected()).isTrue();
        keyboard.tabTo("button.utrecht-button--primary-action[value=next]");
        keyboard.press(Keys.ENTER);
        waitForText("Hoe tevreden");

        keyboard.tabTo("#q" + f.scaleQuestion() + "-1");
        keyboard.press(Keys.ARROW_RIGHT + "" + Keys.ARROW_RIGHT + Keys.ARROW_RIGHT);
        assertThat(find("#q" + f.scaleQuestion() + "-4").isSelected()).isTrue();
        keyboard.tabTo("button.utrecht-button--primary-action[value=next]");
        keyboard.press(Keys.ENTER);
        // Last, the optional questions about the visitor, for the weighting: a select answers to the arrow keys too.
        waitForText("Over u");
        keyboard.tabTo("main select");
        keyboard.press(Keys.ARROW_DOWN);
        keyboard.tabTo("button.utrecht-button--primary-action[value=next]");
        keyboard.press(Keys.ENTER);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#survey-thanks")));
        assertAccessible();
    }
}
