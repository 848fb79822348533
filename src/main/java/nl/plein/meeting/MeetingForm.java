package nl.plein.meeting;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;

/**
 * A meeting as staff enter it: a date and start and end time in the Netherlands, a capacity, one
 * registration question per line. Values stay strings so a wrong one is shown back as typed; the
 * checkboxes and version are boxed because a form may leave them out.
 */
public record MeetingForm(
        String title,
        String description,
        String mode,
        String place,
        String onlineLink,
        String date,
        String startTime,
        String endTime,
        String capacity,
        String questions,
        Boolean worksheet,
        Boolean emailRegistration,
        String projectId,
        String requestKey,
        Integer version) {

    public static final int MAX_CAPACITY = 100_000;

    public MeetingForm {
        title = trim(title);
        description = trim(description);
        mode = trim(mode);
        place = trim(place);
        onlineLink = trim(onlineLink);
        date = trim(date);
        startTime = trim(startTime);
        endTime = trim(endTime);
        capacity = trim(capacity);
        questions = trim(questions);
        projectId = trim(projectId);
        requestKey = trim(requestKey);
        // An unticked checkbox and a form without a version send nothing.
        worksheet = worksheet != null && worksheet;
        emailRegistration = emailRegistration != null && emailRegistration;
        version = version == null ? 0 : version;
    }

    public static MeetingForm empty(String requestKey) {
        return new MeetingForm(
                "", "", "IN_PERSON", "", "", "", "19:30", "21:30", "", "", false, false, "", requestKey, 0);
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    public boolean online() {
        return "ONLINE".equals(mode);
    }

    FieldErrors validate() {
        var errors = new FieldErrors();
        errors.rejectIf(title.isEmpty(), "title", "meeting.error.title");
        errors.rejectIf(title.length() > 200, "title", "meeting.error.tooLong");
        errors.rejectIf(description.length() > 10_000, "description", "meeting.error.tooLong");
        errors.rejectIf(!mode.equals("ONLINE") && !mode.equals("IN_PERSON"), "mode", "meeting.error.mode");
        if (online()) {
            errors.rejectIf(!validLink(onlineLink), "onlineLink", "meeting.error.onlineLink");
        } else {
            errors.rejectIf(place.isEmpty(), "place", "meeting.error.place");
        }
        errors.rejectIf(place.length() > 300, "place", "meeting.error.tooLong");
        errors.rejectIf(parseDate() == null, "date", "meeting.error.date");
        LocalTime start = parseTime(startTime);
        LocalTime end = parseTime(endTime);
        errors.rejectIf(start == null, "startTime", "meeting.error.time");
        errors.rejectIf(end == null, "endTime", "meeting.error.time");
        errors.rejectIf(start != null && end != null && !end.isAfter(start), "endTime", "meeting.error.endBeforeStart");
        Integer places = parseCapacity();
        errors.rejectIf(places == null, "capacity", "meeting.error.capacity");
        errors.rejectIf(questions.length() > 2_000, "questions", "meeting.error.tooLong");
        errors.rejectIf(!projectId.isEmpty() && project() == null, "projectId", "meeting.error.project");
        return errors;
    }

    private static boolean validLink(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    LocalDate parseDate() {
        try {
            LocalDate day = LocalDate.parse(date);
            return day.getYear() < 2000 || day.getYear() > 2999 ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalTime parseTime(String value) {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Integer parseCapacity() {
        try {
            int value = Integer.parseInt(capacity);
            return value < 1 || value > MAX_CAPACITY ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Long project() {
        try {
            return projectId.isEmpty() ? null : Long.valueOf(projectId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Instant startsAt() {
        return parseDate().atTime(parseTime(startTime)).atZone(Dates.ZONE).toInstant();
    }

    Instant endsAt() {
        return parseDate().atTime(parseTime(endTime)).atZone(Dates.ZONE).toInstant();
    }
}
