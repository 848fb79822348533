package nl.plein.site;

import static org.assertj.core.api.Assertions.assertThat;

import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In English the site's own words are English, while what the municipality wrote stays marked as Dutch. */
class ContentLanguageIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Test
    void dutchContentIsMarkedDutchOnAnEnglishPage() {
        Organisation org = data.organisation("Taalstad");
        Place place = conversation.project(org, "Nieuwe brug");
        var visitor = client(TestData.host(org));

        String english = visitor.get("/projecten/" + place.slug() + "?lang=en").body();
        assertThat(english).contains("<html lang=\"en\"").contains("<h1 class=\"utrecht-heading-1\" lang=\"nl\">");
        String dutch = visitor.get("/projecten/" + place.slug() + "?lang=nl").body();
        assertThat(dutch).contains("<html lang=\"nl\"").doesNotContain("<h1 class=\"utrecht-heading-1\" lang=");
    }
}
