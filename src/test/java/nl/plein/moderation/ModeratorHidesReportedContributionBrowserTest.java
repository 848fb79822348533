package nl.plein.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class ModeratorHidesReportedContributionBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    DiscussionManagement discussions;

    @Test
    void aModeratorHidesAReportedContributionWithAReasonAndThePublicLogShowsIt() {
        Organisation org = data.organisation("Moderatiestad");
        String host = TestData.host(org);
        Place place = conversation.project(org, "Nieuw plein");
        long id = discussions.post(
                org.id(),
                conversation.principal(org, data.resident(org)),
                new DiscussionPlace(place.projectId(), place.slug(), place.discussionId(), "Vraag", true),
                new ContributionForm("Die buurman van nummer 12 is een oplichter.", null, null, false, ""));

        open(host, place.discussionPath());
        assertAccessible();
        find("#reactie-" + id + " a[href$='/melden']").click();
        waitUntil(ExpectedConditions.urlContains("/melden"));
        assertAccessible();
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("reason-error")));
        assertAccessible();
        type("#reason", "Beschuldigt een buurman");
        submit();
        waitUntil(ExpectedConditions.urlContains("gemeld"));
        // The flag comes before the anchor, so the page sees it and confirms at the post the browser scrolls to.
        assertThat(browser.getCurrentUrl()).matches(".*\\?gemeld=\\d+#reactie-" + id);
        assertThat(find("#reactie-" + id + " [role=status]").getText()).contains("Uw melding is ontvangen");
        assertAccessible();

        signIn(host, data.staff(org, StaffRole.MODERATOR));
        open(host, "/beheer/moderatie");
        assertAccessible();
        find("main table a[href^='/beheer/moderatie/']").click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("hide")));
        assertAccessible();
        assertThat(find("main").getText()).contains("Beschuldigt een buurman");
        type("#hide-form #reason", "Persoonlijke beschuldiging van een buurtbewoner");
        find("#hide").click();
        waitUntil(ExpectedConditions.urlContains("verborgen"));

        open(host, "/projecten/" + place.slug() + "/moderatie");
        assertThat(find("main table").getText())
                .contains("Een reactie is verborgen")
                .contains("Persoonlijke beschuldiging van een buurtbewoner")
                .doesNotContain("oplichter");
        assertAccessible();
        open(host, place.discussionPath());
        assertThat(find("#reactie-" + id).getText())
                .contains("Persoonlijke beschuldiging van een buurtbewoner")
                .doesNotContain("oplichter");
    }
}
