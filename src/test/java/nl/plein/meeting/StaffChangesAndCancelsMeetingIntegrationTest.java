package nl.plein.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.meeting.MeetingFixtures.SentMail;
import nl.plein.shared.Dates;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Calendars recognise a changed meeting (same UID, higher SEQUENCE) and a cancelled one reaches everyone. */
class StaffChangesAndCancelsMeetingIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTimeChangeSendsAnUpdateWithTheSameUidAndAHigherSequence() {
        Organisation org = data.organisation("Gemeente Wijziging");
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        LocalDate day = LocalDate.now().plusDays(20);
        long id =
                meetings.create(org.id(), manager, MeetingFixtures.form("Werksessie", 2, day, "19:30", "21:00"), false);
        PleinPrincipal resident = principal(org, data.resident(org));
        register(org, id, resident);

        Meeting before = meetings.meeting(org.id(), id).orElseThrow();
        MeetingForm changed = new MeetingForm(
                before.title(),
                before.description(),
                "IN_PERSON",
                before.place(),
                "",
                day.plusDays(1).toString(),
                "20:00",
                "22:00",
                "2",
                before.questions(),
                false,
                false,
                "",
                "",
                before.version());
        meetings.update(org.id(), manager, id, changed);

        List<SentMail> mails = MeetingFixtures.outbox(jdbc, org.id(), resident.email());
        assertThat(mails).hasSize(2);
        var first = ICalendarValidator.validate(mails.get(0).attachment());
        var update = ICalendarValidator.validate(mails.get(1).attachment());
        assertThat(update.method()).isEqualTo("REQUEST");
        assertThat(update.get("UID")).isEqualTo(first.get("UID"));
        assertThat(update.sequence()).isGreaterThan(first.sequence());
        assertThat(update.get("DTSTART")).isNotEqualTo(first.get("DTSTART"));
        assertThat(mails.get(1).subject()).contains("Gewijzigd");

        // A change with an old version number is refused, not written over the newer one.
        assertThatThrownBy(() -> meetings.update(org.id(), manager, id, changed))
                .isInstanceOfSatisfying(
                        InvalidMeetingException.class,
                        e -> assertThat(e.errors().get("title")).isEqualTo("meeting.error.changedMeanwhile"));
        // Fewer places than people registered is refused at the field.
        Meeting now = meetings.meeting(org.id(), id).orElseThrow();
        register(org, id, principal(org, data.resident(org)));
        assertThatThrownBy(() -> meetings.update(
                        org.id(),
                        manager,
                        id,
                        new MeetingForm(
                                now.title(),
                                now.description(),
                                "IN_PERSON",
                                now.place(),
                                "",
                                day.plusDays(1).toString(),
                                "20:00",
                                "22:00",
                                "1",
                                now.questions(),
                                false,
                                false,
                                "",
                                "",
                                now.version())))
                .isInstanceOfSatisfying(
                        InvalidMeetingException.class,
                        e -> assertThat(e.errors().get("capacity")).isEqualTo("meeting.error.capacityBelowRegistered"));
    }

    @Test
    void aCancelledMeetingInformsEveryoneRegisteredAndWaiting() {
        Organisation org = data.organisation("Gemeente Afgelast");
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        long id = meetings.create(
                org.id(),
                manager,
                MeetingFixtures.form("Inloopavond", 3, LocalDate.now().plusDays(5), "19:00", "21:00"),
                false);
        List<PleinPrincipal> people = List.of(
                principal(org, data.resident(org)),
                principal(org, data.resident(org)),
                principal(org, data.resident(org)),
                principal(org, data.resident(org)));
        people.forEach(p -> register(org, id, p));
        int sequenceBefore = meetings.meeting(org.id(), id).orElseThrow().sequence();

        meetings.cancelMeeting(org.id(), manager, id);

        for (PleinPrincipal person : people.subList(0, 3)) {
            SentMail last =
                    MeetingFixtures.outbox(jdbc, org.id(), person.email()).getLast();
            assertThat(last.subject()).contains("Afgelast");
            assertThat(last.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
            var cancel = ICalendarValidator.validate(last.attachment());
            assertThat(cancel.method()).isEqualTo("CANCEL");
            assertThat(cancel.sequence()).isGreaterThan(sequenceBefore);
        }
        SentMail waiting =
                MeetingFixtures.outbox(jdbc, org.id(), people.get(3).email()).getLast();
        assertThat(waiting.subject()).contains("Afgelast");
        assertThat(waiting.attachment()).isNull();
        assertThat(meetings.meeting(org.id(), id).orElseThrow().cancelled()).isTrue();
        // No one can register for a cancelled meeting.
        assertThatThrownBy(() -> register(org, id, principal(org, data.resident(org))))
                .isInstanceOf(InvalidMeetingException.class);
    }

    @Test
    void aReminderWithTheCalendarFileGoesOnceTheDayBefore() {
        Organisation org = data.organisation("Gemeente Herinnering");
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        // Within the reminder window, and never ending after midnight (a meeting ends on the day it starts).
        var soon =
                java.time.ZonedDateTime.now(Dates.ZONE).plusHours(3).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        if (soon.getHour() == 23) soon = soon.plusDays(1).withHour(0).withMinute(15);
        var later = soon.plusHours(1);
        long id = meetings.create(
                org.id(),
                manager,
                new MeetingForm(
                        "Avond straks",
                        "",
                        "IN_PERSON",
                        "Dorpshuis",
                        "",
                        soon.toLocalDate().toString(),
                        soon.toLocalTime().toString(),
                        later.toLocalTime().toString(),
                        "5",
                        "",
                        false,
                        false,
                        "",
                        "",
                        0),
                false);
        long farAway = meetings.create(
                org.id(),
                manager,
                MeetingFixtures.form("Later", 5, LocalDate.now().plusDays(30), "19:00", "20:00"),
                false);
        PleinPrincipal resident = principal(org, data.resident(org));
        register(org, id, resident);
        register(org, farAway, resident);

        meetings.sendReminders();
        meetings.sendReminders();

        List<SentMail> mails = MeetingFixtures.outbox(jdbc, org.id(), resident.email());
        List<SentMail> reminders = mails.stream()
                .filter(m -> m.subject().startsWith("Herinnering"))
                .toList();
        assertThat(reminders).singleElement().satisfies(m -> {
            assertThat(m.subject()).contains("Avond straks");
            assertThat(ICalendarValidator.validate(m.attachment()).method()).isEqualTo("REQUEST");
        });
    }

    @Test
    void anotherOrganisationsMeetingIsNotFound() {
        Organisation org = data.organisation("Gemeente Een");
        Organisation other = data.organisation("Gemeente Twee");
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        long id = meetings.create(
                org.id(),
                manager,
                MeetingFixtures.form("Avond", 3, LocalDate.now().plusDays(5), "19:00", "21:00"),
                false);
        assertThat(meetings.meeting(other.id(), id)).isEmpty();
        assertThatThrownBy(() -> register(other, id, principal(other, data.resident(other))))
                .isInstanceOf(MeetingNotFoundException.class);
    }

    private void register(Organisation org, long id, PleinPrincipal person) {
        meetings.register(
                org.id(),
                id,
                new Registrant(person.accountId(), person.displayName(), person.email(), false),
                Map.of());
    }

    private PleinPrincipal principal(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow();
    }
}
