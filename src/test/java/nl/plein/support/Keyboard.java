package nl.plein.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Works a page with the keyboard only, as someone without a mouse does: Tab from element to element, Space and
 * Enter to act, typing into what has focus. Every element that takes focus on the way must show it (WCAG 2.4.7).
 */
public final class Keyboard {

    private static final int MAX_TABS = 150;

    /**
     * An outline or a shadow in a colour one can see while the element has focus; a transparent outline (the way
     * to keep a focus ring for forced colours only) or a colour change alone does not count.
     */
    private static final String FOCUS_SHOWN = """
            const s = getComputedStyle(arguments[0]);
            const seen = c => c && !/rgba\\([^)]*,\\s*0\\)$/.test(c) && c !== 'transparent';
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && seen(s.outlineColor);
            const shadow = s.boxShadow !== 'none' && seen(s.boxShadow.replace(/\\)\\s.*$/, ')'));
            return outline || shadow;""";

    private final WebDriver browser;
    private int tabs;

    public Keyboard(WebDriver browser) {
        this.browser = browser;
    }

    /**
     * Presses Tab until the element matching {@code css} has focus, checking on the way that focus is always visible
     * and never lost to the page body. Fails when it is not reached in {@value #MAX_TABS} presses.
     */
    public WebElement tabTo(String css) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            tabs++;
            WebElement active = browser.switchTo().activeElement();
            String tag = active.getTagName();
            assertThat(tag).as("focus fell back to the page after Tab").isNotEqualTo("body");
            assertThat((Boolean) script(FOCUS_SHOWN, active))
                    .as("focus is not visible on " + describe(active) + " at " + browser.getCurrentUrl())
                    .isTrue();
            if ((Boolean) script("return arguments[0].matches(arguments[1])", active, css)) {
                return active;
            }
        }
        return fail("Tab did not reach " + css + " on " + browser.getCurrentUrl());
    }

    /** Tabs to the element and types into it. */
    public void typeInto(String css, String text) {
        tabTo(css);
        press(text);
    }

    public void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** How many times Tab was pressed, for a test that wants to say how long a flow is by keyboard. */
    public int tabs() {
        return tabs;
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private String describe(WebElement element) {
        return (String) script("""
                const e = arguments[0], s = getComputedStyle(e);
                return e.outerHTML.substring(0, 160) + ' (outline: ' + s.outlineStyle + ' ' + s.outlineWidth + ' '
                    + s.outlineColor + '; box-shadow: ' + s.boxShadow + ')';""", element);
    }
}
