package nl.plein.site;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/** The look that is easy to lose: select boxes show their arrow, and no button keeps the example theme's violet. */
class ThemeBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void selectsShowAnArrowAndSecondaryButtonsTakeTheOrganisationsColour() {
        Organisation org = data.organisation("Kleurstad");
        open(TestData.host(org), "/projecten");

        assertThat(style("select.utrecht-select", "backgroundImage")).contains("/img/select-arrow.svg");
        String primary = style("body", "getPropertyValue('--plein-primary')").strip();
        assertThat(primary).isNotBlank();
        String button = style("#main form button.utrecht-button--secondary-action", "borderTopColor");
        assertThat(button).isEqualTo(rgb(primary));
        assertThat(style("#main form button.utrecht-button--secondary-action", "color"))
                .isEqualTo(rgb(primary));
        assertAccessible();
    }

    private String style(String css, String property) {
        String access = property.startsWith("getPropertyValue") ? "." + property : "[\"" + property + "\"]";
        return String.valueOf(((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.querySelector(arguments[0]))" + access, css));
    }

    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (value >> 16 & 0xff) + ", " + (value >> 8 & 0xff) + ", " + (value & 0xff) + ")";
    }
}
