package nl.plein.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident comments on a paragraph of the village vision and proposes new wording; a writer
 * accepts it and makes the next version, which shows the new wording; the comparison marks it.
 */
class ResidentSuggestsWordingBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    DocumentManagement documents;

    @Autowired
    DocumentFixtures fixtures;

    @Test
    void aResidentsWordingIsAcceptedAndShowsInTheNextVersionAndTheComparison() {
        Organisation org = data.organisation("Gemeente Dorpsvisie");
        String host = TestData.host(org);
        String writerEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        PleinPrincipal writer = accounts.principal(org.id(), writerEmail).orElseThrow();
        String residentEmail = data.resident(org);
        long id = documents.create(
                org.id(), writer, "Dorpsvisie Rietbroek", "Samen schrijven we aan de toekomst van het dorp.", "");
        long section = documents.addSection(
                org.id(),
                writer,
                id,
                "Wonen",
                "In Rietbroek komen twintig nieuwe woningen.\n\nJongeren willen in het dorp blijven wonen.");
        documents.makeVersion(org.id(), writer, id, "Eerste concept");
        fixtures.publishIn(org, id);

        // The resident reads version 1 and opens the first paragraph.
        signIn(host, residentEmail);
        open(host, "/documenten/" + id);
        assertAccessible();
        find("#p-" + section + "-0 a").click();
        waitUntil(ExpectedConditions.urlContains("/alinea/" + section + "/0"));
        assertAccessible();

        // A comment, then a proposal for new wording.
        type("#text", "Denk ook aan woningen voor ouderen.");
        find("#comment-form button[type=submit]").click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(find("#comments").getText()).contains("Denk ook aan woningen voor ouderen.");
        type("#proposed", "In Rietbroek komen dertig nieuwe woningen, ook voor ouderen.");
        find("#suggest-form button[type=submit]").click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("suggestions")));
        assertThat(find("#suggestions").getText()).contains("Open");

        // An empty proposal is refused at the field, in Dutch, with a summary.
        type("#proposed", " ");
        find("#suggest-form button[type=submit]").click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(find("#proposed").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#proposed-error").getText()).contains("Schrijf de tekst");
        assertAccessible();

        // The writer accepts it.
        browser.manage().deleteAllCookies();
        signIn(host, writerEmail);
        open(host, "/documenten/" + id + "/voorstellen");
        assertAccessible();
        find(".plein-suggestion button[value=accept]").click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        // ... and makes the next version from the draft.
        open(host, "/documenten/" + id + "/concept");
        assertAccessible();
        type("#note", "Voorstel over ouderen overgenomen");
        find("#version-form button[type=submit]").click();
        waitUntil(ExpectedConditions.urlContains("/versies/2"));
        assertThat(find("#p-" + section + "-0").getText())
                .contains("In Rietbroek komen dertig nieuwe woningen, ook voor ouderen.");

        // The comparison of version 1 and 2 marks what changed, with ins and del.
        open(host, "/documenten/" + id + "/vergelijken?van=1&met=2");
        List<WebElement> inserted = browser.findElements(By.cssSelector(".plein-compare ins"));
        List<WebElement> deleted = browser.findElements(By.cssSelector(".plein-compare del"));
        assertThat(inserted).extracting(WebElement::getText).anyMatch(t -> t.contains("ook voor ouderen"));
        assertThat(deleted).extracting(WebElement::getText).anyMatch(t -> t.contains("twintig"));
        assertThat(inserted).extracting(WebElement::getText).anyMatch(t -> t.contains("dertig"));
        // Screen readers hear the change too, not only see the line through.
        assertThat(inserted.getFirst()
                        .findElement(By.cssSelector(".plein-visually-hidden"))
                        .getAttribute("textContent"))
                .contains("toegevoegd");
        assertAccessible();
    }
}
