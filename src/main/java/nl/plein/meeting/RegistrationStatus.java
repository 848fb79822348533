package nl.plein.meeting;

/** A registration has a place, waits for one, or was cancelled (by the person or with the meeting). */
public enum RegistrationStatus {
    REGISTERED,
    WAITING,
    CANCELLED;

    public String messageKey() {
        return "meeting.registration.status." + name();
    }
}
