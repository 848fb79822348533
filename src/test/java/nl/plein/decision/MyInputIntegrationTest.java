package nl.plein.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.plein.identity.StaffRole;
import nl.plein.project.Input;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mijn inbreng" lists a resident's own input, and only theirs, with what the decisions did with it. */
class MyInputIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    DecisionFixtures fixtures;

    @Test
    void aResidentSeesTheirInputAndWhatBecameOfIt() {
        var setup = fixtures.projectWithThreeIdeas("Inbrengstad");
        var org = setup.org();
        long projectId = setup.project().id();
        WebClient staff = client(TestData.host(org));
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        Input pluktuin = setup.ideas().getFirst();
        String key = DecisionForm.inputKey(pluktuin.kind(), pluktuin.id());
        Map<String, String> fields = DecisionFixtures.decisionFields(
                "Er komt een pluktuin", "Het college", "Naast de speeltuin.", key, "USED", "Veel steun uit de buurt");
        assertThat(staff.submit(
                                "/beheer/projecten/" + projectId + "/besluiten/nieuw",
                                "/beheer/projecten/" + projectId + "/besluiten",
                                fields)
                        .statusCode())
                .isEqualTo(302);

        WebClient first = client(TestData.host(org));
        first.login(setup.authors().getFirst(), TestData.PASSWORD);
        String mine = first.get("/mijn-inbreng").body();
        assertThat(mine)
                .contains("Mijn inbreng")
                .contains("Een pluktuin")
                .contains("Nieuw park Molenwijk")
                .contains("Gebruikt")
                .contains("Er komt een pluktuin")
                .contains("Veel steun uit de buurt")
                .doesNotContain("Meer bankjes in de schaduw");

        WebClient second = client(TestData.host(org));
        second.login(setup.authors().get(1), TestData.PASSWORD);
        assertThat(second.get("/mijn-inbreng").body())
                .contains("Meer bankjes in de schaduw")
                .contains("Er is nog geen besluit over genomen")
                .doesNotContain("Een pluktuin");

        // A visitor logs in first and comes back here.
        WebClient visitor = client(TestData.host(org));
        assertThat(visitor.get("/mijn-inbreng").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/inloggen"));
        assertThat(visitor.login(setup.authors().get(2), TestData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/mijn-inbreng"));
        WebClient newcomer = client(TestData.host(org));
        newcomer.login(data.resident(org), TestData.PASSWORD);
        assertThat(newcomer.get("/mijn-inbreng").body()).contains("U heeft nog geen inbreng gegeven.");
    }
}
