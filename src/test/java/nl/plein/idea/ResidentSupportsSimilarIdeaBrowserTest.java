package nl.plein.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.decision.DecisionForm;
import nl.plein.decision.Decisions;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.identity.PleinPrincipal;
import nl.plein.support.BrowserTest;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class ResidentSupportsSimilarIdeaBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    IdeaManagement ideas;

    @Autowired
    DiscussionManagement discussions;

    @Autowired
    Decisions decisions;

    @Test
    void aResidentTypingADuplicateSeesTheSimilarIdeaAndSupportsItInstead() {
        Organisation org = data.organisation("Dubbelstad");
        String host = TestData.host(org);
        Place place = conversation.project(org, "Groene straten");
        PleinPrincipal neighbour = conversation.principal(org, data.resident(org));
        long trees = ideas.submit(
                org.id(),
                neighbour,
                new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true),
                new IdeaForm("Meer bomen in de Dorpsstraat", "Bomen geven schaduw in de zomer.", "Dorpsstraat", ""));
        discussions.post(
                org.id(),
                neighbour,
                new DiscussionPlace(place.projectId(), place.slug(), place.discussionId(), "Vraag", true),
                new ContributionForm("Ik wil vooral **meer groen** in de straat.", null, null, false, ""));

        // A decision already used the idea: its page lists it (checked with axe below).
        String key = DecisionForm.inputKey("idea", trees);
        decisions.decide(
                org.id(),
                Actor.SYSTEM,
                place.projectId(),
                new DecisionForm(
                        "Bomen in twee straten",
                        "",
                        "Het college",
                        "2026-11-01",
                        Map.of(key, "USED"),
                        Map.of(key, "Past in het groenplan"),
                        ""));

        signIn(host, data.resident(org));
        open(host, place.ideasPath());
        assertAccessible();
        open(host, place.ideasPath() + "/nieuw");
        // The map is an enhancement: Leaflet turns the hidden box into a map once the page has loaded.
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".plein-map.leaflet-container")));
        // This machine reaches no tile server: the grey box says so, and what to do instead.
        assertThat(waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".plein-map-problem")))
                        .getText())
                .contains("vul het adres of de plek in");
        find(".plein-map").click();
        assertThat(find("#latitude").getAttribute("value")).isNotEmpty();
        assertAccessible();
        type("#title", "Bomen planten in de Dorpsstraat");

        var support = waitUntil(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#similar .plein-support-similar")));
        assertThat(find("#similar").getText()).contains("Meer bomen in de Dorpsstraat");
        assertAccessible();
        support.click();
        waitUntil(ExpectedConditions.urlContains("gesteund"));

        assertThat(browser.getCurrentUrl()).contains(place.ideasPath() + "/" + trees);
        assertThat(find("#support-count").getText()).contains("1 keer gesteund");
        assertThat(find("#idea-decisions").getText()).contains("Bomen in twee straten", "Past in het groenplan");
        assertAccessible();
        assertThat(ideas.idea(org.id(), trees).orElseThrow().supportCount()).isEqualTo(1);

        open(host, place.discussionPath());
        assertThat(find("main").getText()).contains("meer groen");
        assertAccessible();
        open(host, "/zoeken?q=bomen");
        assertThat(find("main").getText()).contains("Meer bomen in de Dorpsstraat");
        assertAccessible();
        // What this resident gave, with what became of it, in Chromium and through axe.
        open(host, "/mijn-inbreng");
        assertThat(find("main h1").getText()).isEqualTo("Mijn inbreng");
        assertAccessible();
        open(host, "/mijn-inbreng?lang=en");
        assertThat(find("main h1").getText()).isEqualTo("My input");
        assertAccessible();
        open(host, "/?lang=nl");
    }

    @Test
    void withoutJavaScriptTheCheckStepShowsSimilarIdeas() {
        Organisation org = data.organisation("Controlestad");
        String host = TestData.host(org);
        Place place = conversation.project(org, "Fietsen");
        ideas.submit(
                org.id(),
                conversation.principal(org, data.resident(org)),
                new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true),
                new IdeaForm("Overdekte fietsenstalling bij het station", "Droog parkeren.", "", ""));
        signIn(host, data.resident(org));
        open(host, place.ideasPath() + "/nieuw");
        // Typed through the DOM, so no input event reaches htmx: this is the path without JavaScript.
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('title').value = 'Fietsenstalling station'");
        clickAndWait("#check");
        assertThat(find("#similar").getText()).contains("Overdekte fietsenstalling");
        assertThat(find("#title").getAttribute("value")).isEqualTo("Fietsenstalling station");
    }
}
