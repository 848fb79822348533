package nl.plein.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every page names its icon, and the icon exists (browsers asked for a /favicon.ico that was a 404). */
class FaviconIntegrationTest extends PleinIntegrationTest {

    private static final Pattern ICON = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\"");

    @Autowired
    TestData data;

    @Test
    void everyIconAPageNamesIsServed() {
        Organisation org = data.organisation("Icoondorp");
        var client = client(TestData.host(org));
        var matcher = ICON.matcher(client.get("/").body());
        int icons = 0;
        while (matcher.find()) {
            var icon = client.get(matcher.group(1));
            assertThat(icon.statusCode()).as(matcher.group(1)).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type").orElse(""))
                    .as(matcher.group(1))
                    .startsWith("image/");
            icons++;
        }
        assertThat(icons).isEqualTo(2);
        assertThat(client.get("/favicon.ico").statusCode()).isEqualTo(200);
    }
}
