package nl.plein.meeting;

public enum MeetingStatus {
    PLANNED,
    CANCELLED
}
