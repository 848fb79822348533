package nl.plein.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One meeting as an iCalendar object (RFC 5545) for one attendee: lines end in CRLF, are folded at
 * 75 octets without splitting a UTF-8 character, and text values are escaped. Times are in UTC, so
 * no VTIMEZONE is needed. The UID stays the same for the meeting's whole life; a higher SEQUENCE
 * tells calendars that an update or cancellation replaces what they have.
 */
final class ICalendar {

    enum Method {
        REQUEST,
        CANCEL,
        /** For anyone's calendar, from the meeting page: no attendee. */
        PUBLISH
    }

    record Event(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            String description,
            String location,
            String url,
            String organizerName,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail) {

        Event withAttendee(String name, String email) {
            return new Event(
                    uid,
                    sequence,
                    start,
                    end,
                    summary,
                    description,
                    location,
                    url,
                    organizerName,
                    organizerEmail,
                    name,
                    email);
        }
    }

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    static String contentType(Method method) {
        return "text/calendar; charset=UTF-8; method=" + method.name();
    }

    static byte[] of(Method method, Event event, Instant now) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Plein//Bijeenkomsten//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + event.uid());
        line(out, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTART:" + UTC.format(event.start()));
        line(out, "DTEND:" + UTC.format(event.end()));
        line(out, "SUMMARY:" + text(event.summary()));
        if (!event.description().isBlank()) {
            line(out, "DESCRIPTION:" + text(event.description()));
        }
        if (!event.location().isBlank()) {
            line(out, "LOCATION:" + text(event.location()));
        }
        if (!event.url().isBlank()) {
            line(out, "URL:" + event.url());
        }
        line(out, "ORGANIZER;CN=" + parameter(event.organizerName()) + ":mailto:" + event.organizerEmail());
        if (event.attendeeEmail() != null) {
            line(
                    out,
                    "ATTENDEE;CN=" + parameter(event.attendeeName())
                            + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE" + ":mailto:"
                            + event.attendeeEmail());
        }
        line(out, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replaceAll("\\r\\n?", "\n")
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value is quoted when it holds ; : or , and may never hold a double quote or control character. */
    static String parameter(String value) {
        String clean = value.replace("\"", "'").replaceAll("\\p{Cntrl}", " ");
        return clean.matches(".*[;:,].*") ? "\"" + clean + "\"" : clean;
    }

    /** Folds a content line: at most 75 octets per physical line, continuation lines start with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
