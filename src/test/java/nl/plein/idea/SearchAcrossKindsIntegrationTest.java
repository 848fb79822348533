package nl.plein.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.document.DocumentFixtures;
import nl.plein.document.DocumentManagement;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.meeting.MeetingForm;
import nl.plein.meeting.MeetingManagement;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "speelplein" finds the project, what residents said in it, the document and the meeting about it. */
class SearchAcrossKindsIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    IdeaManagement ideas;

    @Autowired
    DiscussionManagement discussions;

    @Autowired
    DocumentManagement documents;

    @Autowired
    DocumentFixtures documentFixtures;

    @Autowired
    MeetingManagement meetings;

    @Test
    void aProjectsNameFindsEveryKindOfContentAboutIt() {
        Organisation org = data.organisation("Zoekdorp");
        Place place = conversation.project(org, "Nieuw speelplein");
        PleinPrincipal resident = conversation.principal(org, data.resident(org));
        PleinPrincipal staff = conversation.principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        var ideaPlace = new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true);
        ideas.submit(org.id(), resident, ideaPlace, new IdeaForm("Watertappunt bij de ingang", "Voor dorst.", "", ""));
        ideas.submit(org.id(), resident, ideaPlace, new IdeaForm("Een hek om het speelplein", "Tegen honden.", "", ""));
        discussions.post(
                org.id(),
                resident,
                new DiscussionPlace(place.projectId(), place.slug(), place.discussionId(), "Vraag", true),
                new ContributionForm("Graag schaduw bij de bankjes.", null, null, false, ""));
        long document = documents.create(org.id(), staff, "Dorpsvisie Zoekdorp", "Hoe wij willen wonen.", "");
        documents.addSection(org.id(), staff, document, "Spelen", "Elk kind heeft een speelplein dichtbij.");
        documents.makeVersion(org.id(), staff, document, "Eerste versie");
        documentFixtures.publishIn(org, document); // residents find a document once a published project holds it
        long meeting = meetings.create(
                org.id(),
                staff,
                new MeetingForm(
                        "Inloopavond speelplein",
                        "Kijk naar de drie ontwerpen.",
                        "IN_PERSON",
                        "Dorpshuis",
                        "",
                        LocalDate.now().plusDays(9).toString(),
                        "19:30",
                        "21:00",
                        "30",
                        "",
                        false,
                        false,
                        "",
                        "",
                        0),
                false);

        String page = client(TestData.host(org)).get("/zoeken?q=speelplein").body();

        assertThat(page)
                .contains("Projecten (1)")
                .contains("Ideeën (2)")
                .contains("Watertappunt bij de ingang")
                .contains("Reacties in gesprekken (1)")
                .contains("Graag schaduw bij de bankjes.")
                .contains("Documenten (1)")
                .contains("href=\"/documenten/" + document + "\"")
                .contains("Bijeenkomsten (1)")
                .contains("href=\"/bijeenkomsten/" + meeting + "\"")
                .contains("6 resultaten");
        // The idea that names the word itself comes before the one found through its project.
        assertThat(page.indexOf("Een hek om het speelplein")).isLessThan(page.indexOf("Watertappunt bij de ingang"));
        assertThat(client(TestData.host(data.organisation("Ander zoekdorp")))
                        .get("/zoeken?q=speelplein")
                        .body())
                .contains("We vonden niets");
    }
}
