package nl.plein.meeting;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks every few minutes for meetings that start within a day and reminds everyone with a place. */
@Component
class MeetingReminders {

    private final MeetingManagement meetings;

    MeetingReminders(MeetingManagement meetings) {
        this.meetings = meetings;
    }

    @Scheduled(
            fixedDelayString = "${plein.meeting.reminder-interval:5m}",
            initialDelayString = "${plein.meeting.reminder-interval:5m}")
    void remind() {
        meetings.sendReminders();
    }
}
