package nl.plein.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlatformAdminAddsOrganisationBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void aPlatformAdminAddsAnOrganisationAfterCorrectingTheForm() {
        var home = data.organisation("Beheerplatform");
        String host = TestData.host(home);
        signIn(host, data.staff(home, StaffRole.PLATFORM_ADMIN));

        open(host, "/beheer/platform/organisaties");
        assertThat(find("h1").getText()).isEqualTo("Organisaties");
        assertAccessible();

        find("a[href='/beheer/platform/organisaties/nieuw']").click();
        type("#name", "Gemeente Browserdorp");
        submit();
        assertThat(find("#slug-error").getText()).isNotBlank();
        assertThat(find("#name").getAttribute("value")).isEqualTo("Gemeente Browserdorp");
        assertAccessible();

        String slug = "browserdorp-" + UUID.randomUUID().toString().substring(0, 6);
        type("#slug", slug);
        type("#hostnames", slug + ".localhost");
        type("#adminName", "Jan Browser");
        type("#adminEmail", "jan-" + slug + "@example.org");
        submitAndWaitFor("toegevoegd");
        assertThat(find("#organisation-added").getText()).contains("toegevoegd");
        assertThat(find("#organisations").getText())
                .contains("Gemeente Browserdorp")
                .contains(slug + ".localhost");

        find("#organisations a[href^='/beheer/platform/organisaties/']").click();
        assertThat(find("#hostnames").getText()).isNotBlank();
        assertAccessible();
    }
}
