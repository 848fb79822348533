package nl.plein.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationAdminImportsAreasBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    Organisations organisations;

    @TempDir
    Path files;

    @Test
    void anOrganisationAdminImportsAreasFixesABadRowAndSetsTheTheme() throws IOException {
        Organisation org = data.organisation("Browsergemeente");
        String host = TestData.host(org);
        signIn(host, data.staff(org, StaffRole.ORGANISATION_ADMIN));

        open(host, "/beheer/organisatie/gebieden");
        assertThat(find("h1").getText()).isEqualTo("Wijken en kernen");
        assertAccessible();

        // CBS writes a dot for a secret number: the row is refused, and with it the whole file.
        String good = sample("kerncijfers-statline.csv");
        String bad = good.replace(
                "\"Havenkwartier\";\"Zeeveld\";\"Buurt\";\"BU99010001\";\"3405\"",
                "\"Havenkwartier\";\"Zeeveld\";\"Buurt\";\"BU99010001\";\".\"");
        assertThat(bad).isNotEqualTo(good);
        find("#file").sendKeys(write("fout.csv", bad).toString());
        find("main form[action$='/import'] button[type=submit]").click();
        assertThat(find("#import-errors").getText()).contains("Regel 5").contains("Aantal inwoners (aantal)");
        assertThat(find("#no-areas").isDisplayed()).isTrue();
        assertThat(organisations.areas(org.id())).isEmpty();
        assertAccessible();

        find("#file").sendKeys(write("goed.csv", good).toString());
        find("main form[action$='/import'] button[type=submit]").click();
        assertThat(find("#import-done").getText()).contains("5 gebieden toegevoegd");
        assertThat(find("#areas caption").getText()).contains("5 gebieden");
        assertThat(find("#areas tbody").getText())
                .contains("Havenkwartier")
                .contains("3405")
                .contains("Wijk 02 Polderend");
        assertAccessible();

        // A colour too light for white text is refused at the field; a dark one is applied to the site.
        open(host, "/beheer/organisatie");
        assertAccessible();
        type("#primaryColour", "#ffd700");
        find("main form[action='/beheer/organisatie'] button[type=submit]").click();
        assertThat(find("#primaryColour-error").getText()).contains("te licht");
        assertThat(find("#primaryColour").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();

        type("#primaryColour", "#0b6e4f");
        type("#privacyStatement", "## Wat we bewaren\n\nAlleen uw e-mailadres en uw bijdragen.");
        type("#accessibilityStatement", "## Stand van zaken\n\nDeze site voldoet aan **WCAG 2.1 AA**.");
        find("main form[action='/beheer/organisatie'] button[type=submit]").click();
        assertThat(find("[role=status]").getText()).contains("opgeslagen");
        assertThat(find(".plein-header").getCssValue("background-color")).isEqualTo("rgba(11, 110, 79, 1)");
        assertAccessible();

        open(host, "/privacy");
        assertThat(find("main h2").getText()).isEqualTo("Wat we bewaren");
        assertAccessible();
        open(host, "/toegankelijkheid");
        assertThat(find("main .utrecht-rich-text strong").getText()).isEqualTo("WCAG 2.1 AA");
        assertAccessible();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                OrganisationAdminImportsAreasBrowserTest.class.getResourceAsStream("/cbs/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
