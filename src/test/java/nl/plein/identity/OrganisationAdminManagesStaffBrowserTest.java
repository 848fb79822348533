package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationAdminManagesStaffBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void anOrganisationAdminAddsAStaffMemberAndReadsTheAuditLog() {
        Organisation org = data.organisation("Medewerkers");
        String host = TestData.host(org);
        String admin = data.staff(org, StaffRole.ORGANISATION_ADMIN);
        signIn(host, admin);

        open(host, "/beheer/medewerkers");
        assertThat(find("h1").getText()).isEqualTo("Medewerkers");
        assertAccessible();

        String email = "analist-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        type("#email", email);
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("roles-error")));
        assertThat(find("#displayName-error").isDisplayed()).isTrue();
        assertThat(find("#roles-error").isDisplayed()).isTrue();
        assertAccessible();
        type("#displayName", "Ali Analist");
        find("#role-ANALYST").click();
        submitAndWaitFor("opgeslagen");
        assertThat(find("main table").getText()).contains("Ali Analist");

        find("a[href^='/beheer/medewerkers/']").click();
        waitUntil(ExpectedConditions.urlMatches("/beheer/medewerkers/\\d+"));
        assertThat(find("h1").getText()).startsWith("Rollen van");
        assertAccessible();

        open(host, "/beheer/audit");
        assertThat(find("#audit-table").getText())
                .contains("Medewerker toegevoegd")
                .contains(email);
        assertAccessible();
    }
}
