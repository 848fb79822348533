package nl.plein.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LoginReturnsToThePageIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Test
    void logInToTakePartBringsThePersonBackToThePageTheyCameFrom() {
        Organisation org = data.organisation("Terugstad");
        Place place = conversation.project(org, "Dorpshuis");
        String email = data.resident(org);
        var client = client(TestData.host(org));
        String link = "/inloggen?terug=" + URLEncoder.encode(place.discussionPath(), StandardCharsets.UTF_8);

        assertThat(client.get(place.discussionPath()).body()).contains("href=\"" + link + "\"");
        assertThat(client.get(link).body()).contains("name=\"terug\" value=\"" + place.discussionPath() + "\"");
        // A wrong password keeps the way back.
        assertThat(client.post("/inloggen", Map.of("email", email, "password", "fout", "terug", place.discussionPath()))
                        .body())
                .contains("name=\"terug\" value=\"" + place.discussionPath() + "\"");

        var response = client.post(
                "/inloggen", Map.of("email", email, "password", TestData.PASSWORD, "terug", place.discussionPath()));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(place.discussionPath()));
    }

    @Test
    void onlyAPathOnThisSiteIsAPlaceToReturnTo() {
        Organisation org = data.organisation("Omleidstad");
        String email = data.resident(org);
        for (String elsewhere :
                new String[] {"//evil.example/x", "https://evil.example", "/\\evil.example", "/uitloggen"}) {
            var client = client(TestData.host(org));
            client.get("/inloggen");
            var response =
                    client.post("/inloggen", Map.of("email", email, "password", TestData.PASSWORD, "terug", elsewhere));
            assertThat(response.headers().firstValue("Location"))
                    .as(elsewhere)
                    .hasValueSatisfying(
                            location -> assertThat(location).endsWith("/").doesNotContain("evil"));
        }
        assertThat(ReturnPath.loginLink("/projecten/a?b=c")).isEqualTo("/inloggen?terug=%2Fprojecten%2Fa%3Fb%3Dc");
        assertThat(ReturnPath.loginLink("/inloggen")).isEqualTo("/inloggen");
    }
}
