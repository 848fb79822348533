package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.ProjectManagement;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident who stops halfway: told how far they got, given the full link, mailed it, and led back. */
class ResumeSurveyIntegrationTest extends PleinIntegrationTest {

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Test
    void aResidentWhoStopsGetsTheFullLinkByMailAndIsOfferedToContinue() throws Exception {
        var f = fixtures.create("Verderstad", Audience.PUBLIC, true);
        String project = publishedProjectWithTheSurvey(f);
        WebClient resident = client(f.host());
        resident.login(data.resident(f.org()), TestData.PASSWORD);

        String intro = "/vragenlijsten/" + f.surveyId();
        assertThat(resident.get(intro).body())
                .contains("Begin met de vragenlijst")
                .doesNotContain("Ga verder");
        HttpResponse<String> started = resident.post(
                intro + "/starten", Map.of("startKey", UUID.randomUUID().toString()));
        String form = location(started).replaceFirst("\\?.*", "");
        // Page 1 of 2, then "about you": three steps from the start, and "Volgende" until the last.
        assertThat(resident.get(location(started)).body())
                .contains("Stap 1 van 3")
                .contains("Heeft u een auto? (verplicht)")
                .contains(">Volgende<")
                .doesNotContain(">Versturen<");
        HttpResponse<String> page2 =
                resident.post(form, Map.of("pagina", "1", "actie", "next", "q" + f.carQuestion(), "2"));
        String body2 = resident.get(location(page2)).body();
        assertThat(body2).contains("Stap 2 van 3").contains(">Volgende<").doesNotContain(">Versturen<");
        assertThat(body2.indexOf(">Vorige<"))
                .as("back stands before next")
                .isLessThan(body2.indexOf("utrecht-button--primary-action\">Volgende<"));

        HttpResponse<String> later = resident.post(form, Map.of("pagina", "2", "actie", "later"));
        String saved = location(later);
        assertThat(saved).isEqualTo(form + "/bewaard");
        String page = resident.get(saved).body();
        // The address the resident's browser used (here without a port: the test client sends the bare host).
        String fullLink = "http://" + f.host() + form;
        assertThat(page)
                .contains("heeft 1 van de 2 vragen beantwoord")
                .contains("<a class=\"utrecht-link\" id=\"resume-link\" href=\"" + fullLink + "\">" + fullLink + "</a>")
                .contains("href=\"/projecten/" + project + "\"");

        // A wrong address: the message at the field, what was typed kept, nothing sent.
        HttpResponse<String> wrong = resident.post(saved, Map.of("email", "inwoner@", "requestKey", key()));
        assertThat(wrong.body()).contains("Vul een e-mailadres in").contains("value=\"inwoner@\"");

        String address = "verder-" + UUID.randomUUID() + "@example.org";
        String once = key();
        HttpResponse<String> mailed = resident.post(saved, Map.of("email", address, "requestKey", once));
        assertThat(location(mailed)).isEqualTo(saved + "?gemaild");
        assertThat(resident.get(location(mailed)).body()).contains("De link is verstuurd");
        resident.post(saved, Map.of("email", address, "requestKey", once));
        var mail = MailInbox.await(MAIL, address, 1);
        assertThat(MailInbox.body(mail.getFirst())).contains(fullLink).contains("Autobezit");

        // Twice more is fine; a fourth would make the form a way to mail strangers.
        resident.post(saved, Map.of("email", address, "requestKey", key()));
        resident.post(saved, Map.of("email", address, "requestKey", key()));
        HttpResponse<String> fourth = resident.post(saved, Map.of("email", address, "requestKey", key()));
        assertThat(fourth.body()).contains("al drie keer gemaild");
        assertThat(MailInbox.await(MAIL, address, 3))
                .as("the double submit sent one mail")
                .hasSize(3);

        // Back on the survey's page: said plainly that they can go on, and how far they got.
        assertThat(resident.get(intro).body())
                .contains("Ga verder waar u was")
                .contains("heeft 1 van de 2 vragen beantwoord");
        assertThat(resident.get(fullLink.substring(fullLink.indexOf(form))).body())
                .contains("Hoe tevreden");
    }

    @Test
    void aFinishedResponsesSavedPageIsGone() {
        var f = fixtures.create("Klaarstad", Audience.PUBLIC, true);
        WebClient anyone = client(f.host());
        anyone.get("/vragenlijsten/" + f.surveyId());
        HttpResponse<String> started = anyone.post(
                "/vragenlijsten/" + f.surveyId() + "/starten",
                Map.of("startKey", UUID.randomUUID().toString()));
        String form = location(started).replaceFirst("\\?.*", "");
        assertThat(anyone.get(form + "/bewaard").statusCode()).isEqualTo(200);
        assertThat(anyone.get(form.replaceFirst("[^/]+$", "x".repeat(43)) + "/bewaard")
                        .statusCode())
                .isEqualTo(404);
    }

    private String publishedProjectWithTheSurvey(SurveyFixtures.Fixture f) {
        long id = fixtures.projectWithTheSurvey(f);
        projects.publish(f.org().id(), Actor.of(f.staff()), id);
        return projects.project(f.org().id(), id).orElseThrow().slug();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
