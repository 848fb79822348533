package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.plein.identity.ApiTokens;
import nl.plein.panel.PanelManagement;
import nl.plein.shared.Dates;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SurveyIntegrationTest extends PleinIntegrationTest {

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    TestData data;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    PanelManagement panel;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.plein.identity.Accounts accounts;

    private WebClient member(SurveyFixtures.Fixture f) {
        String email = data.resident(f.org());
        WebClient client = client(f.host());
        client.login(email, TestData.PASSWORD);
        HttpResponse<String> joined = client.submit(
                "/panel",
                "/panel/aanmelden",
                Map.of(
                        "birthYear",
                        "1960",
                        "sex",
                        "V",
                        "postcode",
                        "9901 AB",
                        "areaId",
                        String.valueOf(f.areas().getFirst().id()),
                        "consentSurveys",
                        "true"));
        assertThat(joined.statusCode()).isEqualTo(302);
        return client;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void aPanelMemberSkipsAConditionalQuestionLeavesAndResumesAndSubmitsOnce() throws Exception {
        var f = fixtures.create("Panelstad", Audience.BOTH, false);
        WebClient member = member(f);
        String email = jdbc.sql("select email from panel_member where organisation_id = ?")
                .param(f.org().id().value())
                .query(String.class)
                .single();
        assertThat(surveys.invitePanel(f.org().id(), f.staff(), f.surveyId(), "http://" + f.host()))
                .isEqualTo(1);
        assertThat(surveys.invitePanel(f.org().id(), f.staff(), f.surveyId(), "http://" + f.host()))
                .as("a second invite round skips who was invited")
                .isZero();
        MimeMessage invitation = MailInbox.await(MAIL, email, 1).getLast();
        String link = MailInbox.path(invitation, "/uitnodiging/");

        HttpResponse<String> start = member.get(link);
        assertThat(start.statusCode()).isEqualTo(302);
        String page1 = location(start);
        assertThat(member.get(page1).body()).contains("Heeft u een auto?").doesNotContain("Hoeveel auto");

        String form = page1.replaceFirst("\\?.*", "");
        HttpResponse<String> missing = member.post(form, Map.of("pagina", "1", "actie", "next"));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Deze vraag is verplicht").contains("aria-invalid=\"true\"");

        HttpResponse<String> next =
                member.post(form, Map.of("pagina", "1", "actie", "next", "q" + f.carQuestion(), "2"));
        String page2 = location(next);
        String body2 = member.get(page2).body();
        assertThat(body2).contains("Hoe tevreden").doesNotContain("Hoeveel auto");

        HttpResponse<String> later = member.post(form, Map.of("pagina", "2", "actie", "later"));
        assertThat(location(later)).isEqualTo(form + "/bewaard");
        assertThat(member.get(location(later)).body()).contains("Uw antwoorden zijn bewaard");

        // Resume through the same invitation: a new link to the same response, at page 2.
        HttpResponse<String> resumed = member.get(link);
        String resumedPage = location(resumed);
        assertThat(resumedPage).doesNotContain(form.substring(form.lastIndexOf('/') + 1));
        assertThat(member.get(form).statusCode())
                .as("the old link stopped working")
                .isEqualTo(404);
        assertThat(member.get(resumedPage).body()).contains("Hoe tevreden");

        String resumedForm = resumedPage.replaceFirst("\\?.*", "");
        Map<String, String> last = Map.of("pagina", "2", "actie", "next", "q" + f.scaleQuestion(), "4");
        HttpResponse<String> done = member.post(resumedForm, last);
        assertThat(location(done)).isEqualTo("/vragenlijsten/" + f.surveyId() + "/bedankt");
        HttpResponse<String> twice = member.post(resumedForm, last);
        assertThat(twice.statusCode()).isEqualTo(404);

        List<String> answers = jdbc.sql("""
                        select answers::text from survey_response where organisation_id = ? and survey_id = ?""")
                .params(f.org().id().value(), f.surveyId())
                .query(String.class)
                .list();
        assertThat(answers).hasSize(1);
        assertThat(answers.getFirst())
                .contains("\"" + f.carQuestion() + "\": [\"2\"]")
                .contains("\"" + f.scaleQuestion() + "\": [\"4\"]")
                .doesNotContain("\"" + f.howManyQuestion() + "\"");
        var row = jdbc.sql("""
                        select channel, status, resume_hash is null, sex, age_band from survey_response
                        where organisation_id = ? and survey_id = ?""")
                .params(f.org().id().value(), f.surveyId())
                .query((rs, i) ->
                        List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5)))
                .single();
        assertThat(row).containsExactly("PANEL", "COMPLETE", true, "V", "A65_PLUS");
        assertThat(jdbc.sql("""
                        select count(*) from survey_invitation where organisation_id = ? and responded_at is not null
                        and response_id is null""").param(f.org().id().value()).query(Long.class).single())
                .as("only 'responded' is kept, not which response")
                .isEqualTo(1);

        assertThat(member.get(link).body()).as("a used invitation says so").contains("al ingevuld");
        assertThat(surveys.panelRate(f.org().id(), f.surveyId())).isEqualTo(new SurveyManagement.PanelRate(1, 1));

        // Leaving the panel: the personal data goes, the answers stay.
        HttpResponse<String> leave = member.submit("/panel", "/panel/opzeggen", Map.of("confirmLeave", "true"));
        assertThat(leave.statusCode()).isEqualTo(302);
        var left = jdbc.sql("""
                        select account_id, email, birth_year, sex, postcode, area_id, status from panel_member
                        where organisation_id = ?""")
                .param(f.org().id().value())
                .query((rs, i) -> java.util.Arrays.asList(
                        rs.getObject(1),
                        rs.getObject(2),
                        rs.getObject(3),
                        rs.getObject(4),
                        rs.getObject(5),
                        rs.getObject(6),
                        rs.getObject(7)))
                .single();
        assertThat(left).containsExactly(null, null, null, null, null, null, "LEFT");
        assertThat(jdbc.sql("select count(*) from panel_consent where organisation_id = ?")
                        .param(f.org().id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from survey_response where organisation_id = ? and status = 'COMPLETE'")
                        .param(f.org().id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anAnonymousStartPressedTwiceMakesOneResponseAndAClosedSurveySaysWhen() {
        var f = fixtures.create("Linkstad", Audience.PUBLIC, true);
        WebClient anyone = client(f.host());
        anyone.get("/vragenlijsten/" + f.surveyId());
        Map<String, String> start =
                Map.of("startKey", java.util.UUID.randomUUID().toString());
        HttpResponse<String> first = anyone.post("/vragenlijsten/" + f.surveyId() + "/starten", start);
        HttpResponse<String> second = anyone.post("/vragenlijsten/" + f.surveyId() + "/starten", start);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from survey_response where organisation_id = ?")
                        .param(f.org().id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Through the pages to the "about you" page, then sent.
        String form = location(second).replaceFirst("\\?.*", "");
        anyone.get(location(second));
        anyone.post(form, Map.of("pagina", "1", "actie", "next", "q" + f.carQuestion(), "1"));
        HttpResponse<String> bad = anyone.post(
                form,
                Map.of(
                        "pagina",
                        "2",
                        "actie",
                        "next",
                        "q" + f.howManyQuestion(),
                        "twee",
                        "q" + f.scaleQuestion(),
                        "3"));
        assertThat(bad.body()).contains("Vul een getal in").contains("value=\"twee\"");
        HttpResponse<String> about = anyone.post(
                form,
                Map.of("pagina", "2", "actie", "next", "q" + f.howManyQuestion(), "2", "q" + f.scaleQuestion(), "3"));
        assertThat(anyone.get(location(about)).body()).contains("Over u");
        HttpResponse<String> sent = anyone.post(
                form,
                Map.of(
                        "pagina",
                        "1000",
                        "actie",
                        "next",
                        "sex",
                        "M",
                        "birthYear",
                        "1990",
                        "areaId",
                        String.valueOf(f.areas().get(1).id())));
        assertThat(location(sent)).endsWith("/bedankt");
        assertThat(jdbc.sql("""
                        select sex || age_band || channel from survey_response where organisation_id = ? and status = 'COMPLETE'""").param(f.org().id().value()).query(String.class).single())
                .isEqualTo("MA25_45LINK");

        // Closed yesterday: the page says when, and links to published results.
        Survey survey = surveys.require(f.org().id(), f.surveyId());
        var today = java.time.LocalDate.now(Dates.ZONE);
        var form2 = SurveyForm.of(survey);
        surveys.update(
                f.org().id(),
                f.staff(),
                f.surveyId(),
                new SurveyForm(
                        form2.title(),
                        form2.intro(),
                        form2.closing(),
                        form2.audience(),
                        true,
                        today.minusDays(10).toString(),
                        today.minusDays(1).toString(),
                        survey.version(),
                        ""));
        assertThat(surveys.publishResults(
                                f.org().id(),
                                f.staff(),
                                f.surveyId(),
                                "Veel mensen hebben een auto.",
                                "http://" + f.host())
                        .isEmpty())
                .isTrue();
        String closed = anyone.get("/vragenlijsten/" + f.surveyId()).body();
        assertThat(closed).contains("gesloten op").contains("/vragenlijsten/" + f.surveyId() + "/uitkomsten");
        HttpResponse<String> late = anyone.post(
                "/vragenlijsten/" + f.surveyId() + "/starten",
                Map.of("startKey", java.util.UUID.randomUUID().toString()));
        assertThat(late.body()).contains("gesloten op");
        assertThat(anyone.get("/vragenlijsten/" + f.surveyId() + "/uitkomsten").body())
                .contains("Veel mensen hebben een auto.")
                .contains("Te weinig antwoorden");
    }

    @Test
    void aCodeForEveryoneLetsEveryResidentWhoHasItJoin() throws Exception {
        var f = fixtures.create("Krantstad", Audience.PANEL, false);
        panel.addCodes(f.org().id(), f.staff(), new java.io.StringReader("KRANT-2026\n"), true);
        for (int i = 0; i < 3; i++) {
            WebClient resident = client(f.host());
            resident.login(data.resident(f.org()), TestData.PASSWORD);
            var joined = resident.submit(
                    "/panel",
                    "/panel/aanmelden",
                    Map.of(
                            "birthYear",
                            "1970",
                            "sex",
                            "V",
                            "postcode",
                            "9901 AB",
                            "areaId",
                            String.valueOf(f.areas().getFirst().id()),
                            "consentSurveys",
                            "true",
                            "code",
                            "krant 2026"));
            assertThat(joined.statusCode()).as("resident " + i).isEqualTo(302);
        }
        assertThat(jdbc.sql("select uses from panel_code where organisation_id = ?")
                        .param(f.org().id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aCodeWorksOnceRemindersAndTheResultsMailReachMembersAndAChangedQuestionKeepsOldAnswers() throws Exception {
        var f = fixtures.create("Codestad", Audience.PANEL, false);
        panel.addCodes(f.org().id(), f.staff(), new java.io.StringReader("ABCD-1234\n"), false);
        Map<String, String> profile = Map.of(
                "birthYear",
                "1980",
                "sex",
                "M",
                "postcode",
                "9901 AB",
                "areaId",
                String.valueOf(f.areas().getFirst().id()),
                "consentSurveys",
                "true",
                "code",
                "abcd 1234");
        WebClient first = client(f.host());
        first.login(data.resident(f.org()), TestData.PASSWORD);
        assertThat(first.submit("/panel", "/panel/aanmelden", profile).statusCode())
                .isEqualTo(302);
        WebClient second = client(f.host());
        second.login(data.resident(f.org()), TestData.PASSWORD);
        HttpResponse<String> reused = second.submit("/panel", "/panel/aanmelden", profile);
        assertThat(reused.statusCode()).isEqualTo(200);
        assertThat(reused.body()).contains("Deze code werkt niet").contains("value=\"abcd 1234\"");

        String email = jdbc.sql("select email from panel_member where organisation_id = ?")
                .param(f.org().id().value())
                .query(String.class)
                .single();
        surveys.invitePanel(f.org().id(), f.staff(), f.surveyId(), "http://" + f.host());
        String oldLink = MailInbox.path(MailInbox.await(MAIL, email, 1).getLast(), "/uitnodiging/");
        assertThat(surveys.remind(f.org().id(), f.staff(), f.surveyId(), "http://" + f.host()))
                .isEqualTo(1);
        MimeMessage reminder = MailInbox.await(MAIL, email, 2).getLast();
        assertThat(MailInbox.subject(reminder)).startsWith("Herinnering");
        String link = MailInbox.path(reminder, "/uitnodiging/");
        assertThat(first.get(oldLink).body())
                .as("the reminder's link replaces the first")
                .contains("werkt niet");

        String form = location(first.get(link)).replaceFirst("\\?.*", "");
        first.post(form, Map.of("pagina", "1", "actie", "next", "q" + f.carQuestion(), "1"));
        HttpResponse<String> done = first.post(
                form,
                Map.of("pagina", "2", "actie", "next", "q" + f.howManyQuestion(), "2", "q" + f.scaleQuestion(), "5"));
        assertThat(location(done)).endsWith("/bedankt");

        // The question changes after the response: the old one is retired, its answers stay readable.
        var changed = surveys.changeQuestion(
                f.org().id(),
                f.staff(),
                f.surveyId(),
                f.scaleQuestion(),
                SurveyFixtures.question(2, "SCALE10", "Hoe tevreden bent u nu over het parkeren?", "", ""));
        assertThat(changed.ok()).isTrue();
        Survey survey = surveys.require(f.org().id(), f.surveyId());
        assertThat(survey.question(f.scaleQuestion()).orElseThrow().removed()).isTrue();
        assertThat(survey.questions()).extracting(Question::text).contains("Hoe tevreden bent u nu over het parkeren?");
        WebClient staff = client(f.host());
        staff.login(f.staffEmail(), TestData.PASSWORD);
        String export = staff.get("/beheer/vragenlijsten/" + f.surveyId() + "/export.csv")
                .body();
        String header = export.lines().findFirst().orElseThrow();
        assertThat(header).contains("q" + f.scaleQuestion()).contains("q" + changed.id());
        assertThat(export.lines().skip(1).findFirst().orElseThrow()).contains("5");

        // Publishing the results tells the member who took part.
        surveys.publishResults(f.org().id(), f.staff(), f.surveyId(), "Bedankt!", "http://" + f.host());
        MimeMessage results = MailInbox.await(MAIL, email, 3).getLast();
        assertThat(MailInbox.path(results, "/vragenlijsten/"))
                .isEqualTo("/vragenlijsten/" + f.surveyId() + "/uitkomsten");
    }

    @Test
    void anotherOrganisationsSurveyIsNotFound() {
        var f = fixtures.create("Eigenstad", Audience.PUBLIC, true);
        var other = data.organisation("Anderstad");
        WebClient client = client(TestData.host(other));
        assertThat(client.get("/vragenlijsten/" + f.surveyId()).statusCode()).isEqualTo(404);
        client.login(data.staff(other, nl.plein.identity.StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        assertThat(client.get("/beheer/vragenlijsten/" + f.surveyId()).statusCode())
                .isEqualTo(404);
        assertThat(client.get("/beheer/vragenlijsten/" + f.surveyId() + "/uitkomsten")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theApiGivesResultsWithATokenAndImportsAllLinesOrNone() {
        var f = fixtures.create("Apistad", Audience.PUBLIC, true);
        String token = tokens.create(f.staff(), "test").token();
        WebClient api = client(f.host());
        String path = "/api/v1/surveys/" + f.surveyId();

        assertThat(api.send(api.request(path + "/results").GET().build()).statusCode())
                .isEqualTo(401);
        HttpResponse<String> bad = api.send(api.request(path + "/responses")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "sex,q" + f.carQuestion() + ",q" + f.scaleQuestion() + "\nV,1,4\nQ,1,9\n"))
                .build());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"line\":3");
        assertThat(jdbc.sql("select count(*) from survey_response where organisation_id = ?")
                        .param(f.org().id().value())
                        .query(Long.class)
                        .single())
                .isZero();

        StringBuilder csv =
                new StringBuilder("area,sex,birth_year,q" + f.carQuestion() + ",q" + f.scaleQuestion() + "\n");
        for (int i = 0; i < 6; i++) {
            csv.append(f.areas().getFirst().code())
                    .append(",V,1970,")
                    .append(i % 2 + 1)
                    .append(",")
                    .append(i % 5 + 1)
                    .append("\n");
        }
        // Entering responses takes a project manager at every door: an analyst's token is refused.
        String analyst = tokens.create(
                        accounts.principal(f.org().id(), data.staff(f.org(), nl.plein.identity.StaffRole.ANALYST))
                                .orElseThrow(),
                        "analist")
                .token();
        assertThat(api.send(api.request(path + "/responses")
                                .header("Authorization", "Bearer " + analyst)
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                                .build())
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from survey_response where organisation_id = ?")
                        .param(f.org().id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        HttpResponse<String> good = api.send(api.request(path + "/responses")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                .build());
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).contains("\"imported\":6");

        HttpResponse<String> results = api.send(api.request(path + "/results")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body())
                .contains("\"respondents\":6")
                .contains("\"label\":\"Ja\",\"count\":3,\"percent\":50.0")
                .doesNotContain("\"designEffect\":\"")
                .contains("\"weighting\":{")
                .doesNotContain("NaN");

        // Staff see the weighting in words (every response from one area, all women), and export the rows.
        WebClient staff = client(f.host());
        staff.login(f.staffEmail(), TestData.PASSWORD);
        String page = staff.get("/beheer/vragenlijsten/" + f.surveyId() + "/uitkomsten")
                .body();
        assertThat(page).contains("Weging").contains("plein-weighting-problem").doesNotContain("NaN");
        HttpResponse<String> export = staff.get("/beheer/vragenlijsten/" + f.surveyId() + "/export.csv");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("vragenlijst-");
        assertThat(export.body().lines().count()).isEqualTo(7);
        assertThat(export.body())
                .as("a byte order mark for Excel")
                .startsWith("\uFEFFid,area,sex,age_band,channel,weight");
        assertThat(export.body().lines().findFirst().orElseThrow()).contains("q" + f.carQuestion());
        assertThat(staff.get("/beheer/vragenlijsten/" + f.surveyId() + "/codeboek.csv")
                        .body())
                .contains("Heeft u een auto?");
        assertThat(staff.get("/beheer/vragenlijsten/" + f.surveyId() + "/export.xlsx")
                        .body())
                .as("an XLSX file is a zip")
                .startsWith("PK");
        HttpResponse<String> small = api.send(api.request(path + "/results?sex=M")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertThat(small.body()).contains("\"suppressed\":true").contains("\"questions\":[]");

        long id = tokens.active(f.org().id()).stream()
                .filter(t -> t.name().equals("test"))
                .findFirst()
                .orElseThrow()
                .id();
        tokens.revoke(f.staff(), id);
        assertThat(api.send(api.request(path + "/results")
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(401);
        assertThat(client(f.host()).get("/api/v1/openapi.json").body()).contains("/api/v1/surveys/{id}/results");
    }

    @Test
    void aPanelImportWithOneBadLineImportsNothing() throws Exception {
        var f = fixtures.create("Importstad", Audience.PANEL, false);
        String area = f.areas().getFirst().code();
        var bad =
                panel.importMembers(f.org().id(), f.staff(), new java.io.StringReader("""
                email,birth_year,sex,postcode,consent_date,area
                a@example.org,1950,M,9901 AA,2025-01-01,%s
                b@example.org,1850,V,9901 AA,2025-01-01,%s
                a@example.org,1960,X,99,2025-13-01,%s
                """.formatted(area, area, area)));
        assertThat(bad.succeeded()).isFalse();
        assertThat(bad.errors())
                .extracting(e -> e.line() + ":" + e.messageKey())
                .contains(
                        "3:panel.import.birthYear",
                        "4:panel.import.emailTwice",
                        "4:panel.import.postcode",
                        "4:panel.import.consentDate");
        assertThat(jdbc.sql("select count(*) from panel_member where organisation_id = ?")
                        .param(f.org().id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        var good = panel.importMembers(f.org().id(), f.staff(), new java.io.StringReader("""
                email,birth_year,sex,postcode,consent_date,area
                a@example.org,1950,M,9901 AA,2025-01-01,%s
                """.formatted(area)));
        assertThat(good.imported()).isEqualTo(1);
        assertThat(panel.invitees(f.org().id())).hasSize(1);
    }
}
