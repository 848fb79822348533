package nl.plein.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A public device in kiosk mode: staff switch it on and are signed out; a resident's session there lasts minutes,
 * not hours; after the idle time the page warns, then ends the session by itself.
 */
class KioskModeBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKioskSessionIsShortAndStaffAreSignedOutWhenSwitchingItOn() {
        Organisation org = data.organisation("Gemeente Kiosk");
        WebClient device = client(TestData.host(org));
        device.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        var on = device.submit("/beheer/kiosk", "/beheer/kiosk/aan", Map.of());
        assertThat(on.statusCode()).isEqualTo(302);
        assertThat(on.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("plein-kiosk=1"));
        // The staff member is signed out at once.
        assertThat(device.get("/beheer").statusCode()).isEqualTo(302);
        assertThat(device.get("/").body()).contains("Klaar, alles wissen").contains("class=\"plein-kiosk\"");

        String resident = data.resident(org);
        device.login(resident, TestData.PASSWORD);
        device.get("/account");
        assertThat(maxInactive(resident)).isEqualTo(180);
        // Elsewhere the usual session.
        String other = data.resident(org);
        client(TestData.host(org)).login(other, TestData.PASSWORD);
        assertThat(maxInactive(other)).isEqualTo(8 * 3600);
        // Residents cannot switch the mode.
        assertThat(device.get("/beheer/kiosk").statusCode()).isEqualTo(403);
    }

    @Test
    void theKioskPageWarnsThenEndsTheSessionByItself() {
        Organisation org = data.organisation("Gemeente Kioskscherm");
        String host = TestData.host(org);
        open(host, "/");
        browser.manage().addCookie(new org.openqa.selenium.Cookie("plein-kiosk", "1"));
        signIn(host, data.resident(org));
        open(host, "/account");
        assertThat(find("html").getAttribute("class")).isEqualTo("plein-kiosk");
        assertAccessible();

        // A short idle time for the test; the script reads it on every tick.
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('kiosk-done').setAttribute('data-idle', '6')");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-stay")));
        assertThat(find("#kiosk-warning").getText()).contains("Bent u er nog?");
        assertAccessible();
        // "Yes" keeps the session; left alone, the page ends it.
        find("#kiosk-stay").click();
        assertThat(browser.getCurrentUrl()).contains("/account");
        waitUntil(ExpectedConditions.urlContains("uitgelogd"));
        open(host, "/account");
        assertThat(browser.getCurrentUrl()).contains("/inloggen");
    }

    private int maxInactive(String email) {
        return jdbc.sql("""
                        select max_inactive_interval from spring_session where principal_name = ?
                        order by last_access_time desc limit 1""").params(email).query(Integer.class).single();
    }
}
