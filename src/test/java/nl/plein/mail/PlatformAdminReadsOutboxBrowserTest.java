package nl.plein.mail;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class PlatformAdminReadsOutboxBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPlatformAdminReadsAMailAndCanFollowItsLink() {
        Organisation org = data.organisation("Postkamer");
        String host = TestData.host(org);
        String link = "http://" + host + ":" + port + "/bevestigen?token=abc&x=1";
        transaction.executeWithoutResult(status -> outbox.enqueue(
                org.id(),
                "nieuw@example.org",
                "Bevestig uw account",
                "Hallo <b>Sam</b>,\n\nKlik op " + link + ".\n\nGroet"));

        signIn(host, data.staff(org, StaffRole.PLATFORM_ADMIN));
        open(host, "/beheer/platform/mail");

        assertThat(find("h1").getText()).isEqualTo("Uitgaande e-mail");
        var mail = browser.findElements(By.cssSelector(".plein-mail-list > li")).stream()
                .filter(li -> li.getText().contains("nieuw@example.org"))
                .findFirst()
                .orElseThrow();
        mail.findElement(By.tagName("summary")).click();
        var anchor = mail.findElement(By.cssSelector(".plein-pre a"));
        assertThat(anchor.getAttribute("href")).isEqualTo(link);
        // The body's own markup is shown as text, never as HTML.
        assertThat(mail.findElement(By.cssSelector(".plein-pre")).getText()).contains("Hallo <b>Sam</b>");
        assertThat(mail.findElements(By.cssSelector(".plein-pre b"))).isEmpty();
        assertAccessible();
    }
}
