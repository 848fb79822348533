package nl.plein.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.Multipart;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IdeaPagesIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    IdeaManagement ideas;

    @Test
    void aResidentSubmitsAnIdeaWithAPlaceOnceOnADoubleClickAndAddsAPhoto() throws Exception {
        Organisation org = data.organisation("Fotostad");
        Place place = conversation.project(org, "Speeltuin");
        WebClient resident = client(TestData.host(org));
        resident.login(data.resident(org), TestData.PASSWORD);
        String form = place.ideasPath() + "/nieuw";
        Map<String, String> fields = Map.of(
                "title", "Schommel voor rolstoelen",
                "description", "Zodat ieder kind kan schommelen.",
                "address", "Parkweg 1",
                "latitude", "52.370216",
                "longitude", "4.895168",
                "requestKey", UUID.randomUUID().toString(),
                "step", "submit");
        var first = resident.submit(form, form, fields);
        var second = resident.submit(form, form, fields);
        assertThat(first.statusCode()).isEqualTo(302);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(second.headers().firstValue("Location")).contains(location);
        String ideaPath = location.replaceAll("^https?://[^/]+", "").replace("?ingestuurd", "");
        long id = Long.parseLong(ideaPath.substring(ideaPath.lastIndexOf('/') + 1));
        Idea idea = ideas.idea(org.id(), id).orElseThrow();
        assertThat(idea.latitude()).isEqualTo(52.370216);
        assertThat(resident.get(ideaPath).body())
                .contains("data-lat=\"52.370216\"")
                .contains("Parkweg 1");

        var refused = Multipart.upload(
                resident,
                ideaPath,
                ideaPath + "/foto",
                Map.of("photoAlt", "Een schommel"),
                "photo",
                "schommel.png",
                "image/png",
                "geen plaatje".getBytes());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"photo-error\"");

        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        var stored = Multipart.upload(
                resident,
                ideaPath,
                ideaPath + "/foto",
                Map.of("photoAlt", "Een schommel met een zitje"),
                "photo",
                "schommel.png",
                "image/png",
                png.toByteArray());
        assertThat(stored.statusCode()).isEqualTo(302);
        String page = client(TestData.host(org)).get(ideaPath).body();
        assertThat(page).contains("alt=\"Een schommel met een zitje\"");
        assertThat(client(TestData.host(org)).get(ideaPath + "/foto").headers().firstValue("Content-Type"))
                .contains("image/jpeg");

        // Someone else cannot add a photo to this idea.
        WebClient other = client(TestData.host(org));
        other.login(data.resident(org), TestData.PASSWORD);
        assertThat(Multipart.upload(
                                other,
                                ideaPath,
                                ideaPath + "/foto",
                                Map.of("photoAlt", "x"),
                                "photo",
                                "x.png",
                                "image/png",
                                png.toByteArray())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void badInputKeepsWhatWasTypedAndAPlaceOffTheMapIsRefused() {
        Organisation org = data.organisation("Invoerstad");
        Place place = conversation.project(org, "Haven");
        WebClient resident = client(TestData.host(org));
        resident.login(data.resident(org), TestData.PASSWORD);
        String form = place.ideasPath() + "/nieuw";
        var answer = resident.submit(
                form,
                form,
                Map.of(
                        "title", "",
                        "description", "<iframe src=x></iframe> mooi",
                        "latitude", "400",
                        "longitude", "4.9",
                        "step", "submit"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("id=\"title-error\"")
                .contains("id=\"description-error\"")
                .contains("id=\"address-error\"")
                .contains("&lt;iframe src=x&gt;&lt;/iframe&gt; mooi</textarea>");
        assertThat(ideas.ideas(org.id(), place.ideasId(), IdeaManagement.Sort.NEWEST, 1)
                        .total())
                .isZero();
    }
}
