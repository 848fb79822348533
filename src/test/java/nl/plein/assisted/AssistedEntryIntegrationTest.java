package nl.plein.assisted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.plein.idea.IdeaManagement;
import nl.plein.idea.IdeaPlace;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.meeting.MeetingFixtures;
import nl.plein.meeting.MeetingManagement;
import nl.plein.opinionmap.OpinionMapFixture;
import nl.plein.panel.PanelManagement;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff enter input for residents who take part on paper, by phone or in person: the channel and the staff member
 * are stored with it, and a resident known by their letter code or panel membership is one person, so a support
 * given online and again on paper counts once.
 */
class AssistedEntryIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    Organisations organisations;

    @Autowired
    PanelManagement panel;

    @Autowired
    IdeaManagement ideas;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpinionMapFixture opinionMaps;

    @Test
    void aPaperIdeaAndSupportsThatCountOncePerPersonOnlineAndOnPaper() throws IOException {
        Organisation org = organisationWithAreas("Gemeente Papier");
        Place place = conversation.project(org, "Speeltuin in het dorp");
        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        PleinPrincipal staff = conversation.principal(org, staffEmail);
        panel.addCodes(org.id(), staff, new StringReader("BRIEF-0001\nBRIEF-0002\n"), false);
        panel.addCodes(org.id(), staff, new StringReader("KRANT-2026\n"), true);
        String member = data.resident(org);
        joinPanelWithCode(org, member, "brief 0001");

        WebClient desk = client(TestData.host(org));
        desk.login(staffEmail, TestData.PASSWORD);
        assertThat(desk.get("/beheer/namens").body())
                .contains("Speeltuin in het dorp: Uw ideeën")
                .contains("/beheer/namens/ideeen/" + place.ideasId() + "/steun")
                .contains("/beheer/namens/gesprek/" + place.discussionId());

        String ideaPage = "/beheer/namens/ideeen/" + place.ideasId();
        HttpResponse<String> wrong = desk.submit(
                ideaPage,
                ideaPage,
                Map.of("channel", "", "residentName", "", "title", "Bankje bij de kerk", "description", ""));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("Kies hoe de inbreng binnenkwam.")
                .contains("Vul de naam van de inwoner in.")
                .contains("value=\"Bankje bij de kerk\"");

        HttpResponse<String> saved = desk.submit(
                ideaPage,
                ideaPage,
                Map.of(
                        "channel",
                        "PAPER",
                        "residentName",
                        "Mevrouw De Vries",
                        "title",
                        "Bankje bij de kerk",
                        "description",
                        "Om even uit te rusten na de boodschappen."));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .contains("opgeslagen")
                .contains("channel=PAPER");
        assertThat(desk.get(ideaPage + "?opgeslagen&channel=PAPER").body())
                .contains("Het idee is opgeslagen")
                .containsPattern("value=\"PAPER\" checked");
        record Stored(long id, String channel, Long author, String name, Long enteredBy) {}
        Stored idea = jdbc.sql("""
                        select id, channel, author_account_id, author_name, entered_by from idea
                        where organisation_id = ? and component_id = ?""")
                .params(org.id().value(), place.ideasId())
                .query((rs, i) -> new Stored(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getObject(5, Long.class)))
                .single();
        assertThat(idea).isEqualTo(new Stored(idea.id(), "PAPER", null, "Mevrouw De Vries", staff.accountId()));
        assertThat(client(TestData.host(org))
                        .get(place.ideasPath() + "/" + idea.id())
                        .body())
                .contains("Bankje bij de kerk")
                .contains("Mevrouw De Vries");

        String supportPage = ideaPage + "/steun";
        // A support needs a person; a code printed for everyone is no one in particular.
        assertThat(support(desk, supportPage, "", idea.id()).body())
                .contains("Vul het e-mailadres in waarmee de inwoner in het panel zit");
        assertThat(support(desk, supportPage, "KRANT-2026", idea.id()).body()).contains("kennen we niet");
        assertThat(support(desk, supportPage, "BRIEF-9999", idea.id()).body()).contains("kennen we niet");

        // The member supports online, then brings their letter to the desk: one support.
        IdeaPlace ideaPlace = new IdeaPlace(place.projectId(), place.slug(), place.ideasId(), true);
        ideas.support(org.id(), conversation.principal(org, member), ideaPlace, idea.id());
        assertThat(support(desk, supportPage, "Brief-0001", idea.id()).statusCode())
                .isEqualTo(302);
        assertThat(support(desk, supportPage, member.toUpperCase(), idea.id()).statusCode())
                .isEqualTo(302);
        assertThat(supportCount(idea.id())).isEqualTo(1);

        // A letter nobody joined the panel with is a person of its own, once however often it is entered.
        assertThat(support(desk, supportPage, "BRIEF-0002", idea.id()).statusCode())
                .isEqualTo(302);
        assertThat(support(desk, supportPage, "brief-0002", idea.id()).statusCode())
                .isEqualTo(302);
        assertThat(supportCount(idea.id())).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select channel || ':' || coalesce(entered_by = ?, false) from idea_support
                        where organisation_id = ? and idea_id = ? order by channel""")
                        .params(staff.accountId(), org.id().value(), idea.id())
                        .query(String.class)
                        .list())
                .containsExactly("ONLINE:false", "PAPER:true");
        assertThat(desk.get("/beheer/ideeen/" + idea.id()).body().replaceAll("\\s+", " "))
                .contains("<dd>Op papier</dd>")
                .contains("<li>Online: 1</li> <li>Op papier: 1</li>");
        assertThat(jdbc.sql("select count(*) from audit_entry where organisation_id = ? and action like '%ForResident'")
                        .param(org.id().value())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aContributionByPhoneAndRegistrationsWithoutAnAddressHoldOnePlaceEach() throws IOException {
        Organisation org = organisationWithAreas("Gemeente Telefoon");
        Place place = conversation.project(org, "Het dorpshuis");
        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        PleinPrincipal staff = conversation.principal(org, staffEmail);
        WebClient desk = client(TestData.host(org));
        desk.login(staffEmail, TestData.PASSWORD);

        String talk = "/beheer/namens/gesprek/" + place.discussionId();
        long area = organisations.areas(org.id()).getFirst().id();
        assertThat(desk.submit(
                                talk,
                                talk,
                                Map.of(
                                        "channel",
                                        "PHONE",
                                        "residentName",
                                        "Meneer Bakker",
                                        "body",
                                        "Het dorpshuis moet open blijven op zondag.",
                                        "areaId",
                                        String.valueOf(area)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("""
                        select channel || '/' || author_name || '/' || (author_account_id is null) || '/' || area_id
                        from discussion_contribution where organisation_id = ? and component_id = ?""")
                        .params(org.id().value(), place.discussionId())
                        .query(String.class)
                        .single())
                .isEqualTo("PHONE/Meneer Bakker/true/" + area);

        long meetingId = meetings.create(
                org.id(),
                staff,
                MeetingFixtures.form("Inloopavond", 1, LocalDate.now().plusDays(10), "19:30", "21:00"),
                false);
        String register = "/beheer/namens/bijeenkomsten/" + meetingId;
        assertThat(desk.get("/beheer/namens").body()).contains(register);
        assertThat(desk.submit(
                                register,
                                register,
                                Map.of("channel", "PHONE", "residentName", "Meneer Bakker", "email", "bakker@"))
                        .body())
                .contains("Vul een e-mailadres in")
                .contains("value=\"bakker@\"");
        String key = UUID.randomUUID().toString();
        Map<String, String> bakker =
                Map.of("channel", "PHONE", "residentName", "Meneer Bakker", "phone", "0321 123456", "requestKey", key);
        assertThat(desk.submit(register, register, bakker).statusCode()).isEqualTo(302);
        assertThat(desk.submit(register, register, bakker).statusCode()).isEqualTo(302); // a double submit
        assertThat(desk.submit(register, register, Map.of("channel", "IN_PERSON", "residentName", "Mevrouw Smit"))
                        .statusCode())
                .isEqualTo(302);

        // Two paper slips with one address are one person, also when the second carries her letter code.
        panel.addCodes(org.id(), staff, new StringReader("SLIP-0001\n"), false);
        var fatima = Map.of("channel", "PAPER", "residentName", "Fatima Yilmaz", "email", "fatima@example.org");
        assertThat(desk.submit(register, register, fatima).statusCode()).isEqualTo(302);
        var withLetter = new HashMap<>(fatima);
        withLetter.put("who", "SLIP-0001");
        assertThat(desk.submit(register, register, withLetter).statusCode()).isEqualTo(302);

        assertThat(meetings.registrations(org.id(), meetingId))
                .extracting(r -> r.name() + "/" + r.status() + "/" + r.channel() + "/" + r.phone())
                .containsExactly(
                        "Meneer Bakker/REGISTERED/PHONE/0321 123456",
                        "Mevrouw Smit/WAITING/IN_PERSON/",
                        "Fatima Yilmaz/WAITING/PAPER/");
        assertThat(jdbc.sql("select count(*) from mail_outbox where organisation_id = ? and recipient = ''")
                        .param(org.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPaperSheetOfStatementsIsOneParticipantsVotesAndALaterSheetReplacesThem() throws IOException {
        Organisation org = data.organisation("Gemeente Stellingen");
        var map = opinionMaps.create(org, "Meer bankjes op het plein", "Minder auto's in de straat", "Een kiosk");
        String staffEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        panel.addCodes(org.id(), conversation.principal(org, staffEmail), new StringReader("VEL-0001\n"), false);
        WebClient desk = client(TestData.host(org));
        desk.login(staffEmail, TestData.PASSWORD);
        String sheet = "/beheer/namens/meningenkaart/" + map.componentId();
        assertThat(desk.get("/beheer/namens").body()).contains(sheet);
        assertThat(desk.get(sheet).body()).contains("Minder auto's in de straat");
        long bankjes = map.statementIds().get(0);
        long autos = map.statementIds().get(1);

        assertThat(desk.submit(sheet, sheet, Map.of("channel", "PAPER", "who", "VEL-0001"))
                        .body())
                .contains("Kies bij minstens één stelling wat de inwoner vond.");
        var first = Map.of("channel", "PAPER", "who", "VEL-0001", "vote-" + bankjes, "1", "vote-" + autos, "-1");
        assertThat(desk.submit(sheet, sheet, first).statusCode()).isEqualTo(302);
        var later = Map.of("channel", "PHONE", "who", "vel 0001", "vote-" + bankjes, "-1");
        assertThat(desk.submit(sheet, sheet, later).statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("select count(*) from opinion_participant where organisation_id = ? and component_id = ?")
                        .params(org.id().value(), map.componentId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select statement_id || ':' || vote || ':' || channel from opinion_vote
                        where organisation_id = ? and component_id = ? order by statement_id""")
                        .params(org.id().value(), map.componentId())
                        .query(String.class)
                        .list())
                .containsExactly(bankjes + ":-1:PHONE", autos + ":-1:PAPER");
    }

    @Test
    void residentsAndOtherOrganisationsCannotEnterForSomeone() throws IOException {
        Organisation org = organisationWithAreas("Gemeente Eigen");
        Place place = conversation.project(org, "Eigen plein");
        Organisation other = data.organisation("Gemeente Ander");
        String otherStaff = data.staff(other, StaffRole.PROJECT_MANAGER);

        WebClient resident = client(TestData.host(org));
        resident.login(data.resident(org), TestData.PASSWORD);
        assertThat(resident.get("/beheer/namens").statusCode()).isEqualTo(403);

        WebClient outsider = client(TestData.host(other));
        outsider.login(otherStaff, TestData.PASSWORD);
        assertThat(outsider.get("/beheer/namens").body()).doesNotContain("Eigen plein");
        assertThat(outsider.get("/beheer/namens/ideeen/" + place.ideasId()).statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> support(WebClient desk, String page, String who, long ideaId) {
        var fields = new HashMap<String, String>();
        fields.put("channel", "PAPER");
        fields.put("who", who);
        fields.put("ideaId", String.valueOf(ideaId));
        return desk.submit(page, page, fields);
    }

    private long supportCount(long ideaId) {
        return jdbc.sql("select support_count from idea where id = ?")
                .param(ideaId)
                .query(Long.class)
                .single();
    }

    private void joinPanelWithCode(Organisation org, String email, String code) {
        WebClient web = client(TestData.host(org));
        web.login(email, TestData.PASSWORD);
        var profile = Map.of(
                "birthYear",
                "1958",
                "sex",
                "V",
                "postcode",
                "9901 AB",
                "areaId",
                String.valueOf(organisations.areas(org.id()).getFirst().id()),
                "consentSurveys",
                "true",
                "code",
                code);
        assertThat(web.submit("/panel", "/panel/aanmelden", profile).statusCode())
                .isEqualTo(302);
    }

    private Organisation organisationWithAreas(String name) throws IOException {
        Organisation org = data.organisation(name);
        try (var csv = new InputStreamReader(
                new ClassPathResource("demo/zeeveld-kerncijfers.csv").getInputStream(), StandardCharsets.UTF_8)) {
            organisations.importAreas(org.id(), csv);
        }
        return org;
    }
}
