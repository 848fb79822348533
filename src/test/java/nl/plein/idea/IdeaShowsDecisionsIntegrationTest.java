package nl.plein.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.plein.decision.DecisionFixtures;
import nl.plein.identity.StaffRole;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 4: each idea shows the decisions that touched it, with what was done and why. */
class IdeaShowsDecisionsIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Test
    void anIdeaPageListsTheDecisionThatSetItAsideWithTheReason() {
        Organisation org = data.organisation("Besluitidee");
        Place place = conversation.project(org, "Marktplein");
        WebClient resident = client(TestData.host(org));
        resident.login(data.resident(org), TestData.PASSWORD);
        String form = place.ideasPath() + "/nieuw";
        var submitted = resident.submit(
                form,
                form,
                Map.of(
                        "title", "Een fontein",
                        "description", "Voor koelte in de zomer.",
                        "requestKey", UUID.randomUUID().toString(),
                        "step", "submit"));
        String ideaPath = submitted
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll("^https?://[^/]+", "")
                .replace("?ingestuurd", "");
        long ideaId = Long.parseLong(ideaPath.substring(ideaPath.lastIndexOf('/') + 1));
        assertThat(client(TestData.host(org)).get(ideaPath).body()).doesNotContain("id=\"idea-decisions\"");

        WebClient staff = client(TestData.host(org));
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        Map<String, String> fields = DecisionFixtures.decisionFields(
                "Het plein wordt groen",
                "De gemeenteraad",
                "Bomen in plaats van stenen.",
                "idea-" + ideaId,
                "SET_ASIDE",
                "Te duur in onderhoud");
        String action = "/beheer/projecten/" + place.projectId() + "/besluiten";
        assertThat(staff.submit(action + "/nieuw", action, fields).statusCode()).isEqualTo(302);

        String page = client(TestData.host(org)).get(ideaPath).body();
        assertThat(page)
                .contains("Besluiten over dit idee")
                .contains("Het plein wordt groen")
                .contains("De gemeenteraad")
                .contains("Niet gebruikt")
                .contains("Te duur in onderhoud")
                .containsPattern("href=\"/projecten/" + place.slug() + "/besluiten/\\d+\"");
    }
}
