package nl.plein.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.plein.identity.StaffRole;
import nl.plein.shared.Dates;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectManagerPublishesProjectBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void aProjectManagerCreatesAProjectWithTwoPhasesAndPublishesIt() {
        Organisation org = data.organisation("Browserstad");
        String host = TestData.host(org);
        String email = data.staff(org, StaffRole.PROJECT_MANAGER);
        LocalDate today = LocalDate.now(Dates.ZONE);

        signIn(host, email);

        open(host, "/beheer/projecten");
        assertAccessible();
        clickAndWait("a[href='/beheer/projecten/nieuw']");
        assertAccessible();
        type("#title", "Speeltuin Dorpsstraat");
        type("#summary", "Samen kiezen we de toestellen.");
        type("#newTheme", "Spelen");
        clickAndWait("main form button[type=submit]");
        assertThat(find("h1").getText()).isEqualTo("Speeltuin Dorpsstraat");

        addPhase("Wensen ophalen", today.minusDays(3), today.plusDays(14), "CONSULT", "Welke toestellen er komen");
        addPhase("Ontwerp kiezen", today.plusDays(20), today.plusDays(40), "CO_DECIDE", "Welk ontwerp het wordt");
        assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).hasSize(2);

        clickAndWait("form[action$='/publiceren'] button");
        assertThat(find("[role=status]").getText()).contains("gepubliceerd");

        open(host, "/projecten");
        assertAccessible();
        assertThat(find("main").getText()).contains("Speeltuin Dorpsstraat");
        clickAndWait("a[href='/projecten/speeltuin-dorpsstraat']");
        assertAccessible();
        var phases = browser.findElements(By.cssSelector("ol.plein-timeline > li"));
        assertThat(phases).hasSize(2);
        assertThat(phases.get(0).getAttribute("aria-current")).isEqualTo("step");
        assertThat(phases.get(0).getText())
                .contains("Wensen ophalen")
                .contains("Nu")
                .contains("Raadplegen");
        assertThat(phases.get(1).getText())
                .contains("Ontwerp kiezen")
                .contains("Komt nog")
                .contains("Meebeslissen");
        assertThat(find(".plein-influence").getText())
                .contains("Welke toestellen er komen")
                .contains("Welk ontwerp het wordt");
        assertThat(find("main").getText()).contains("Spelen");
    }

    private void addPhase(String name, LocalDate starts, LocalDate ends, String level, String open) {
        clickAndWait("a[href$='/fasen/nieuw']");
        assertAccessible();
        type("#name", name);
        date("#startsOn", starts);
        date("#endsOn", ends);
        new Select(find("#ladderLevel")).selectByValue(level);
        type("#fixed", "De plek van de speeltuin");
        type("#open", open);
        type("#whoDecides", "Het college, na de zomer");
        clickAndWait("main form button[type=submit]");
        assertThat(find("[role=status]").getText()).contains("opgeslagen");
    }

    /** Date inputs take typed digits in the browser's locale order; setting the value is locale-proof. */
    private void date(String css, LocalDate value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(css), value.toString());
    }
}
