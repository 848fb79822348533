package nl.plein.meeting;

public enum MeetingStatus {
    PLANNED,
    CANCELLED;

    public String messageKey() {
        return "meeting.status." + name();
    }
}
