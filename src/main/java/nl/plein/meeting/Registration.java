package nl.plein.meeting;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One person's registration. {@code arrival} is the order in which registrations came in;
 * {@code waitingPosition} is the place on the waiting list (1 is next), 0 when not waiting.
 */
public record Registration(
        long id,
        long meetingId,
        Long accountId,
        String name,
        String email,
        RegistrationStatus status,
        long arrival,
        Map<String, String> answers,
        UUID cancelToken,
        Boolean attended,
        Instant registeredAt,
        int waitingPosition,
        String locale,
        String siteUrl) {

    public boolean registered() {
        return status == RegistrationStatus.REGISTERED;
    }

    public boolean waiting() {
        return status == RegistrationStatus.WAITING;
    }
}
