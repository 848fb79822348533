package nl.plein.meeting;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import nl.plein.shared.Dates;

/** One meeting as pages show it, with how many people have a place and how many wait. */
public record Meeting(
        long id,
        String title,
        String description,
        boolean online,
        String place,
        String onlineLink,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        String questions,
        boolean staffOnly,
        boolean worksheet,
        boolean emailRegistration,
        Long projectId,
        MeetingStatus status,
        String uid,
        int sequence,
        String summary,
        Instant summaryPublishedAt,
        int version,
        long registered,
        long waiting) {

    public List<String> questionList() {
        return Arrays.stream(questions.split("\\R"))
                .map(String::strip)
                .filter(q -> !q.isEmpty())
                .toList();
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public boolean past() {
        return endsAt.isBefore(Instant.now());
    }

    /** Registration is open until the meeting starts, unless it was cancelled. */
    public boolean open() {
        return !cancelled() && startsAt.isAfter(Instant.now());
    }

    public long placesLeft() {
        return Math.max(0, capacity - registered);
    }

    public boolean summaryPublished() {
        return summaryPublishedAt != null;
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(Dates.ZONE);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(Dates.ZONE);
    }

    /** "dinsdag 8 december 2026, 19:30–21:30", in the given language. */
    public String when(String language) {
        return Dates.span(localStart().toLocalDateTime(), localEnd().toLocalDateTime(), language);
    }

    public MeetingForm toForm() {
        return new MeetingForm(
                title,
                description,
                online ? "ONLINE" : "IN_PERSON",
                place,
                onlineLink,
                localStart().toLocalDate().toString(),
                localStart().toLocalTime().toString(),
                localEnd().toLocalTime().toString(),
                String.valueOf(capacity),
                questions,
                worksheet,
                emailRegistration,
                projectId == null ? "" : String.valueOf(projectId),
                "",
                version);
    }
}
