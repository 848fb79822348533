package nl.plein.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The keyboard checks can fail: a button whose focus is hidden, or one that Tab never reaches, is reported. */
class KeyboardBrowserTest extends BrowserTest {

    @Test
    void hiddenFocusAndUnreachableElementsAreReported() {
        var keyboard = new Keyboard(browser);
        browser.get("data:text/html,<button style='outline:none'>Verstopt</button>");
        assertThatThrownBy(() -> keyboard.tabTo("button"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("focus is not visible");
        browser.get("data:text/html,<button style='outline:2px solid transparent'>Doorzichtig</button>");
        assertThatThrownBy(() -> keyboard.tabTo("button"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("focus is not visible");
        browser.get("data:text/html,<a href='#x'>Een</a><button tabindex='-1'>Nooit</button>");
        assertThatThrownBy(() -> keyboard.tabTo("button")).isInstanceOf(AssertionError.class);
    }
}
