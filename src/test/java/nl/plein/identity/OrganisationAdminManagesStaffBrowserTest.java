package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationAdminManagesStaffBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    private void submit() {
        find("main form button[type=submit]").click();
    }

    /** Clicking submit returns before the next page has loaded; wait for it. */
    private void submitAndWaitFor(String path) {
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(path));
    }

    @Test
    void anOrganisationAdminAddsAStaffMemberAndReadsTheAuditLog() {
        Organisation org = data.organisation("Medewerkers");
        String host = TestData.host(org);
        String admin = data.staff(org, StaffRole.ORGANISATION_ADMIN);
        open(host, "/inloggen");
        type("#email", admin);
        type("#password", TestData.PASSWORD);
        submitAndWaitFor("/beheer");

        open(host, "/beheer/medewerkers");
        assertThat(find("h1").getText()).isEqualTo("Medewerkers");
        assertAccessible();

        String email = "analist-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        type("#email", email);
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("roles-error")));
        assertThat(find("#displayName-error").isDisplayed()).isTrue();
        assertThat(find("#roles-error").isDisplayed()).isTrue();
        assertAccessible();
        type("#displayName", "Ali Analist");
        find("#role-ANALYST").click();
        submitAndWaitFor("opgeslagen");
        assertThat(find("main table").getText()).contains("Ali Analist");

        find("a[href^='/beheer/medewerkers/']").click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches("/beheer/medewerkers/\\d+"));
        assertThat(find("h1").getText()).startsWith("Rollen van");
        assertAccessible();

        open(host, "/beheer/audit");
        assertThat(find("#audit-table").getText()).contains("Medewerker toegevoegd").contains(email);
        assertAccessible();
    }
}
