package nl.plein.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.meeting.MeetingFixtures.SentMail;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone without an account registers for a meeting with only an e-mail address, where the organiser allows it:
 * nothing counts until the mailed link is confirmed, the link's page itself changes nothing, and asking or
 * confirming twice gives one registration.
 */
class RegisterByEmailOnlyIntegrationTest extends PleinIntegrationTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/bijeenkomsten/bevestigen/([0-9a-f-]{36})");

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    EmailRegistrations emailRegistrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorRegistersWithAConfirmedAddressOnce() {
        Organisation org = data.organisation("Gemeente Zonder Account");
        long meetingId = meeting(org, 1, true);
        var visitor = client(TestData.host(org));
        String page = "/bijeenkomsten/" + meetingId;
        assertThat(visitor.get(page).body()).contains("Meld u aan met uw e-mailadres");

        // Bad input is answered at the field, with what was typed kept.
        var wrong = visitor.submit(
                page, page + "/aanmelden-met-email", Map.of("name", "", "email", "fatima@", "answer0", "Ja, een lift"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("Vul uw naam in.")
                .contains("Vul een e-mailadres in")
                .contains("value=\"fatima@\"")
                .contains("Ja, een lift");

        var asked = visitor.submit(
                page,
                page + "/aanmelden-met-email",
                Map.of("name", "Fatima Yilmaz", "email", "Fatima@Example.org", "answer0", "Ja, een lift"));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(visitor.get(page).body()).contains("Kijk in uw e-mail");
        // A double submit renews the one request and sends no second mail.
        visitor.submit(
                page,
                page + "/aanmelden-met-email",
                Map.of("name", "Fatima Yilmaz", "email", "fatima@example.org", "answer0", "Ja, een lift"));
        List<SentMail> mails = MeetingFixtures.outbox(jdbc, org.id(), "Fatima@Example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Bevestig uw aanmelding: Buurtavond");
        var link = LINK.matcher(mails.getFirst().body());
        assertThat(link.find()).isTrue();
        String confirmPath = "/bijeenkomsten/bevestigen/" + link.group(1);

        // Opening the link (a mail scanner does that) registers no one.
        assertThat(visitor.get(confirmPath).body()).contains("wilt u zich aanmelden met fatima@example.org");
        assertThat(meetings.registrations(org.id(), meetingId)).isEmpty();

        var confirmed = visitor.submit(confirmPath, confirmPath, Map.of());
        assertThat(confirmed.body()).contains("Fatima Yilmaz, u bent aangemeld.");
        assertThat(visitor.post(confirmPath, Map.of()).body()).contains("u bent aangemeld.");
        List<Registration> registrations = meetings.registrations(org.id(), meetingId);
        assertThat(registrations).singleElement().satisfies(r -> {
            assertThat(r.accountId()).isNull();
            assertThat(r.registered()).isTrue();
            assertThat(r.answers()).containsEntry("Heeft u hulp nodig om te komen?", "Ja, een lift");
        });
        // The usual confirmation with the calendar invitation and a personal cancel link.
        SentMail invitation =
                MeetingFixtures.outbox(jdbc, org.id(), "fatima@example.org").getLast();
        assertThat(invitation.subject()).isEqualTo("Aangemeld: Buurtavond");
        ICalendarValidator.validate(invitation.attachment());

        // Asking again for a registered address and confirming gives the same registration, not a second place.
        emailRegistrations.request(org.id(), meetingId, "Fatima", "FATIMA@example.org", Map.of());
        var again = LINK.matcher(MeetingFixtures.outbox(jdbc, org.id(), "FATIMA@example.org")
                .getLast()
                .body());
        assertThat(again.find()).isTrue();
        assertThat(emailRegistrations
                        .confirm(org.id(), java.util.UUID.fromString(again.group(1)))
                        .id())
                .isEqualTo(registrations.getFirst().id());

        // The meeting has one place: the next address waits, in order.
        visitor.submit(page, page + "/aanmelden-met-email", Map.of("name", "Kees", "email", "kees@example.org"));
        var kees = LINK.matcher(MeetingFixtures.outbox(jdbc, org.id(), "kees@example.org")
                .getLast()
                .body());
        assertThat(kees.find()).isTrue();
        String keesPath = "/bijeenkomsten/bevestigen/" + kees.group(1);
        assertThat(visitor.submit(keesPath, keesPath, Map.of()).body())
                .contains("U staat op de wachtlijst, op plaats 1.");
    }

    @Test
    void onlyWhereTheOrganiserAllowsIt() {
        Organisation org = data.organisation("Gemeente Met Account");
        long meetingId = meeting(org, 10, false);
        var visitor = client(TestData.host(org));
        String page = "/bijeenkomsten/" + meetingId;
        assertThat(visitor.get(page).body()).doesNotContain("aanmelden-met-email");
        // With a valid CSRF token (from the login form), so the refusal is the meeting's, not the token's.
        assertThat(visitor.submit(
                                "/inloggen",
                                page + "/aanmelden-met-email",
                                Map.of("name", "Kees", "email", "kees@example.org"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(MeetingFixtures.outbox(jdbc, org.id(), "kees@example.org")).isEmpty();
    }

    @Test
    void anExpiredLinkIsRefusedAndItsDataForgotten() {
        Organisation org = data.organisation("Gemeente Oude Link");
        long meetingId = meeting(org, 10, true);
        emailRegistrations.request(org.id(), meetingId, "Anna", "anna@example.org", Map.of());
        jdbc.sql("update meeting_email_request set requested_at = now() - interval '8 days' where organisation_id = ?")
                .params(org.id().value())
                .update();
        var link = LINK.matcher(MeetingFixtures.outbox(jdbc, org.id(), "anna@example.org")
                .getFirst()
                .body());
        assertThat(link.find()).isTrue();
        String confirmPath = "/bijeenkomsten/bevestigen/" + link.group(1);
        var visitor = client(TestData.host(org));
        assertThat(visitor.get(confirmPath).body()).contains("Deze link werkt niet meer");
        assertThat(visitor.submit("/bijeenkomsten/" + meetingId, confirmPath, Map.of())
                        .body())
                .contains("Deze link werkt niet meer");
        assertThat(meetings.registrations(org.id(), meetingId)).isEmpty();
        // Another organisation's host does not know the link.
        assertThat(client(TestData.host(data.organisation("Gemeente Elders")))
                        .get(confirmPath)
                        .statusCode())
                .isEqualTo(404);

        assertThat(emailRegistrations.forgetUnconfirmed()).isGreaterThanOrEqualTo(1);
        assertThat(visitor.get(confirmPath).statusCode()).isEqualTo(404);
    }

    private long meeting(Organisation org, int capacity, boolean emailRegistration) {
        PleinPrincipal manager = accounts.principal(org.id(), data.staff(org, StaffRole.PROJECT_MANAGER))
                .orElseThrow();
        return meetings.create(
                org.id(),
                manager,
                MeetingFixtures.form(
                        "Buurtavond", capacity, LocalDate.now().plusDays(10), "19:30", "21:30", emailRegistration),
                false);
    }
}
