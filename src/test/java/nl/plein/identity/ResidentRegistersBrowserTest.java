package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.plein.support.BrowserTest;
import nl.plein.support.MailInbox;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class ResidentRegistersBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void aResidentRegistersConfirmsByMailAndLogsIn() {
        Organisation org = data.organisation("Registreren");
        String host = TestData.host(org);
        String email = "inwoner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        open(host, "/registreren");
        assertAccessible();
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("email-error")));
        assertThat(find("#email-error").getText()).contains("Vul uw e-mailadres in");
        assertThat(find("#password-error").getText()).contains("te kort");
        assertThat(find("#terms-error").isDisplayed()).isTrue();
        assertThat(find("#email").getAttribute("aria-describedby")).contains("email-error");
        assertAccessible();

        type("#email", email);
        type("#displayName", "Sanne de Wit");
        type("#password", "mijn veilige wachtwoord");
        find("#adult").click();
        find("#terms").click();
        submitAndWaitFor("/registreren/verstuurd");
        assertThat(find("h1").getText()).isEqualTo("Kijk in uw e-mail");
        assertAccessible();

        var mail = MailInbox.await(MAIL, email, 1).getFirst();
        String link = MailInbox.link(mail, "/registreren/bevestigen");
        assertThat(link).startsWith("http://" + host + ":" + port + "/");
        browser.get(link);
        assertThat(find("h1").getText()).isEqualTo("Account bevestigen");
        assertAccessible();
        submitAndWaitFor("/inloggen");

        assertThat(find("#login-notice").getText()).contains("Uw account is bevestigd");
        assertAccessible();
        type("#email", email);
        type("#password", "mijn veilige wachtwoord");
        submit();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));

        open(host, "/account");
        assertThat(find("main").getText()).contains("Sanne de Wit");
        assertThat(browser.findElements(By.cssSelector("a[href='/account']"))).isNotEmpty();
        assertAccessible();
    }
}
