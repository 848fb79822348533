package nl.plein.mail;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class PlatformAdminReadsOutboxBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

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
        // A link is a live key (a reset, an invitation): masked until the admin opens it, which is logged.
        assertThat(mail.findElement(By.cssSelector(".plein-pre")).getText())
                .contains("http://" + host + ":" + port + "/…")
                .doesNotContain("token=abc");
        assertThat(mail.findElements(By.cssSelector(".plein-pre a"))).isEmpty();
        String show = mail.findElement(By.cssSelector("form[action$='/tonen']")).getDomAttribute("action");
        clickAndWait("form[action='" + show + "'] button");
        mail = browser.findElements(By.cssSelector(".plein-mail-list > li")).stream()
                .filter(li -> li.getText().contains("nieuw@example.org"))
                .findFirst()
                .orElseThrow();
        var anchor = mail.findElement(By.cssSelector(".plein-pre a"));
        assertThat(anchor.getAttribute("href")).isEqualTo(link);
        // The body's own markup is shown as text, never as HTML.
        assertThat(mail.findElement(By.cssSelector(".plein-pre")).getText()).contains("Hallo <b>Sam</b>");
        assertThat(mail.findElements(By.cssSelector(".plein-pre b"))).isEmpty();
        assertAccessible();
        assertThat(jdbc.sql("select count(*) from audit_entry where organisation_id = ? and action = 'mail.linksShown'")
                        .param(org.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
