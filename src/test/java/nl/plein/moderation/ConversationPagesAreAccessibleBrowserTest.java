package nl.plein.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.idea.IdeaForm;
import nl.plein.idea.IdeaManagement;
import nl.plein.idea.IdeaPlace;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The conversation pages the task tests do not pass through, checked with axe-core. */
class ConversationPagesAreAccessibleBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    DiscussionManagement discussions;

    @Autowired
    IdeaManagement ideas;

    @Test
    void staffAndAuthorPagesHaveNoWcagViolations() {
        Organisation org = data.organisation("Toegankelijk gesprek");
        String host = TestData.host(org);
        Place place = conversation.project(org, "Toegankelijk plein");
        String email = data.resident(org);
        PleinPrincipal author = conversation.principal(org, email);
        long contribution = discussions.post(
                org.id(),
                author,
                new DiscussionPlace(place.projectId(), place.slug(), place.discussionId(), "Vraag", true),
                new ContributionForm("Meer licht op het plein.", null, null, false, ""));
        long idea = ideas.submit(
                org.id(),
                author,
                new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true),
                new IdeaForm("Lantaarns", "Meer lantaarns.", "", ""));

        signIn(host, email);
        open(host, place.discussionPath() + "/reactie/" + contribution + "/bewerken");
        assertAccessible();
        open(host, place.ideasPath() + "/" + idea);
        assertThat(find("main").getText()).contains("Foto toevoegen");
        assertAccessible();

        signIn(host, data.staff(org, StaffRole.ORGANISATION_ADMIN));
        open(host, "/beheer/ideeen/" + idea);
        assertAccessible();
        open(host, "/beheer/moderatie/woorden");
        assertAccessible();
        open(host, "/beheer/moderatie/projecten/" + place.projectId());
        assertAccessible();
        open(host, "/beheer/moderatie");
        assertAccessible();
    }
}
