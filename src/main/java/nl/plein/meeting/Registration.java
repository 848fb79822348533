package nl.plein.meeting;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import nl.plein.shared.InputChannel;

/**
 * One person's registration. {@code arrival} is the order in which registrations came in;
 * {@code waitingPosition} is the place on the waiting list (1 is next), 0 when not waiting; {@code channel}
 * says whether the person registered online or staff registered them (then {@code email} may be empty and
 * {@code phone} given).
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
        Boolean attended,
        Instant registeredAt,
        int waitingPosition,
        String locale,
        String siteUrl,
        InputChannel channel,
        String phone) {

    public boolean registered() {
        return status == RegistrationStatus.REGISTERED;
    }

    /** How to reach the person: e-mail address and phone number, whichever they gave. */
    public String contact() {
        return String.join(
                " · ", Stream.of(email, phone).filter(s -> !s.isEmpty()).toList());
    }

    public boolean waiting() {
        return status == RegistrationStatus.WAITING;
    }
}
