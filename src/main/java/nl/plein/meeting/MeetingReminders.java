package nl.plein.meeting;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every few minutes for meetings that start within a day and reminds everyone with a place, and deletes
 * e-mail requests whose link was never used in time.
 */
@Component
class MeetingReminders {

    private final MeetingManagement meetings;
    private final EmailRegistrations emailRegistrations;

    MeetingReminders(MeetingManagement meetings, EmailRegistrations emailRegistrations) {
        this.meetings = meetings;
        this.emailRegistrations = emailRegistrations;
    }

    @Scheduled(
            fixedDelayString = "${plein.meeting.reminder-interval:5m}",
            initialDelayString = "${plein.meeting.reminder-interval:5m}")
    void remind() {
        meetings.sendReminders();
        emailRegistrations.forgetUnconfirmed();
    }
}
