package nl.plein.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
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
 * Many residents register at once for a meeting with fewer places: exactly as many get a place as
 * there are places, the rest wait in the order they came, and the waiting list moves up by itself.
 */
class ResidentsRegisterForMeetingIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hundredAtOnceForFortyPlacesGiveFortyRegisteredAndSixtyWaitingInOrder() throws Exception {
        Organisation org = data.organisation("Gemeente Drukte");
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        long meetingId = meetings.create(
                org.id(),
                manager,
                MeetingFixtures.form("Dorpsavond", 40, LocalDate.now().plusDays(10), "19:30", "21:30"),
                false);
        List<PleinPrincipal> residents = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            residents.add(principal(org, data.resident(org)));
        }

        var gate = new CountDownLatch(1);
        List<Future<Registration>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(100)) {
            for (PleinPrincipal resident : residents) {
                results.add(pool.submit(() -> {
                    gate.await();
                    return meetings.register(
                            org.id(),
                            meetingId,
                            new Registrant(resident.accountId(), resident.displayName(), resident.email(), false),
                            Map.of("answer0", "Nee"));
                }));
            }
            gate.countDown();
            for (Future<Registration> result : results) {
                result.get();
            }
        }

        List<Registration> all = meetings.registrations(org.id(), meetingId);
        List<Registration> registered =
                all.stream().filter(Registration::registered).toList();
        List<Registration> waiting = all.stream().filter(Registration::waiting).toList();
        assertThat(registered).hasSize(40);
        assertThat(waiting).hasSize(60);
        // Arrival numbers are 1..100 without gaps or doubles: every registration was counted once.
        assertThat(all.stream().mapToLong(Registration::arrival).sorted().toArray())
                .containsExactly(LongStream.rangeClosed(1, 100).toArray());
        // The first forty to arrive have a place; the others wait in the order they came.
        assertThat(registered).allMatch(r -> r.arrival() <= 40);
        assertThat(waiting).isSortedAccordingTo(Comparator.comparingLong(Registration::arrival));
        assertThat(waiting.stream().mapToInt(Registration::waitingPosition).toArray())
                .containsExactly(IntStream.rangeClosed(1, 60).toArray());
        assertThat(meetings.meeting(org.id(), meetingId).orElseThrow().registered())
                .isEqualTo(40);

        // Everyone got one mail: a calendar invitation with a place, a waiting-list mail without.
        Registration firstRegistered = registered.getFirst();
        List<SentMail> placeMails = MeetingFixtures.outbox(jdbc, org.id(), firstRegistered.email());
        assertThat(placeMails).hasSize(1);
        assertThat(placeMails.getFirst().contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        ICalendarValidator.validate(placeMails.getFirst().attachment());
        List<SentMail> waitMails =
                MeetingFixtures.outbox(jdbc, org.id(), waiting.getFirst().email());
        assertThat(waitMails).hasSize(1);
        assertThat(waitMails.getFirst().attachment()).isNull();
        assertThat(waitMails.getFirst().body()).contains("plaats 1");

        // Registering again gives the same registration, not a second one.
        PleinPrincipal again = residents.getFirst();
        meetings.register(
                org.id(),
                meetingId,
                new Registrant(again.accountId(), again.displayName(), again.email(), false),
                Map.of());
        assertThat(meetings.registrations(org.id(), meetingId)).hasSize(100);

        // One with a place cancels by the personal link: the first one waiting moves up and is told.
        String token = MeetingFixtures.cancelToken(jdbc, org.id(), firstRegistered.email());
        // Only the token's hash is stored: a copy of the database opens nobody's link.
        assertThat(jdbc.sql("select token_hash from meeting_cancel_token where organisation_id = ?")
                        .params(org.id().value())
                        .query(String.class)
                        .list())
                .doesNotContain(token)
                .contains(nl.plein.shared.SecretTokens.hash(token));
        meetings.cancelRegistration(org.id(), token);
        Registration movedUp = meetings.registrationByToken(
                        org.id(),
                        MeetingFixtures.cancelToken(
                                jdbc, org.id(), waiting.getFirst().email()))
                .orElseThrow();
        assertThat(movedUp.registered()).isTrue();
        assertThat(meetings.registrationByToken(
                                org.id(),
                                MeetingFixtures.cancelToken(
                                        jdbc, org.id(), waiting.get(1).email()))
                        .orElseThrow()
                        .waitingPosition())
                .isEqualTo(1);
        List<SentMail> movedUpMails = MeetingFixtures.outbox(jdbc, org.id(), movedUp.email());
        assertThat(movedUpMails).hasSize(2);
        assertThat(ICalendarValidator.validate(movedUpMails.getLast().attachment())
                        .method())
                .isEqualTo("REQUEST");
        assertThat(MeetingFixtures.outbox(jdbc, org.id(), firstRegistered.email())
                        .getLast()
                        .contentType())
                .contains("method=CANCEL");
        assertThat(meetings.meeting(org.id(), meetingId).orElseThrow().registered())
                .isEqualTo(40);
    }

    @Test
    void theMeetingPageOffersTheMeetingForAnyonesCalendar() {
        Organisation org = data.organisation("Gemeente Agenda");
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        long meetingId = meetings.create(
                org.id(),
                manager,
                MeetingFixtures.form(
                        "Inloopavond, dorpshuis", 20, LocalDate.now().plusDays(5), "19:30", "21:30"),
                false);
        var visitor = client(TestData.host(org));

        assertThat(visitor.get("/bijeenkomsten/" + meetingId).body())
                .contains("href=\"/bijeenkomsten/" + meetingId + "/agenda.ics\"")
                .contains("Zet in mijn agenda");
        var file = visitor.get("/bijeenkomsten/" + meetingId + "/agenda.ics");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        var parsed = ICalendarValidator.validate(file.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(parsed.method()).isEqualTo("PUBLISH");
        assertThat(parsed.get("SUMMARY")).isEqualTo("Inloopavond, dorpshuis");
        // The same UID as the invitation mails, so registering later updates this entry.
        assertThat(parsed.get("UID"))
                .isEqualTo(meetings.meeting(org.id(), meetingId).orElseThrow().uid());
        assertThat(parsed.event()).doesNotContainKey("ATTENDEE");
        assertThat(client(TestData.host(data.organisation("Andere agenda")))
                        .get("/bijeenkomsten/" + meetingId + "/agenda.ics")
                        .statusCode())
                .isEqualTo(404);
    }

    private PleinPrincipal principal(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow();
    }
}
