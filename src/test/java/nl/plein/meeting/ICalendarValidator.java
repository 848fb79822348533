package nl.plein.meeting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the RFC 5545 rules Plein's calendar files must keep: CRLF line ends, lines of at
 * most 75 octets folded with a leading space, well-formed content lines, balanced components, the
 * required properties of VCALENDAR and VEVENT, UTC date-times, and escaped TEXT values. It throws on
 * the first rule broken and returns the event's properties (unfolded, unescaped) otherwise.
 */
final class ICalendarValidator {

    /** name *(";" param) ":" value, with quoted or plain parameter values (RFC 5545 3.1). */
    private static final Pattern CONTENT_LINE = Pattern.compile(
            "([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:\"[^\"\\p{Cntrl}]*\"|[^\";:,\\p{Cntrl}]*)(?:,(?:\"[^\"\\p{Cntrl}]*\"|[^\";:,\\p{Cntrl}]*))*)*):(.*)");

    private static final Pattern UTC_DATE_TIME = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final List<String> TEXT = List.of("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT");

    record Parsed(String method, Map<String, String> event, Map<String, String> eventParams) {

        String get(String name) {
            return event.get(name);
        }

        int sequence() {
            return Integer.parseInt(event.getOrDefault("SEQUENCE", "0"));
        }
    }

    private ICalendarValidator() {}

    static Parsed validate(byte[] content) {
        String all = new String(content, StandardCharsets.UTF_8);
        if (!all.endsWith("\r\n")) {
            throw new AssertionError("The file does not end with CRLF");
        }
        List<String> physical = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c == '\r') {
                if (i + 1 >= all.length() || all.charAt(i + 1) != '\n') {
                    throw new AssertionError("CR without LF at " + i);
                }
                physical.add(all.substring(start, i));
                i++;
                start = i + 1;
            } else if (c == '\n') {
                throw new AssertionError("LF without CR at " + i);
            }
        }
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            if (octets > 75) {
                throw new AssertionError("Line longer than 75 octets (" + octets + "): " + line);
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (logical.isEmpty()) {
                    throw new AssertionError("Continuation line first");
                }
                logical.set(logical.size() - 1, logical.getLast() + line.substring(1));
            } else {
                if (line.isEmpty()) {
                    throw new AssertionError("Empty content line");
                }
                logical.add(line);
            }
        }
        Deque<String> open = new ArrayDeque<>();
        Map<String, String> calendar = new LinkedHashMap<>();
        Map<String, String> event = new LinkedHashMap<>();
        Map<String, String> eventParams = new LinkedHashMap<>();
        int events = 0;
        for (String line : logical) {
            Matcher m = CONTENT_LINE.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("Not a content line: " + line);
            }
            String name = m.group(1).toUpperCase();
            String value = m.group(3);
            if (name.equals("BEGIN")) {
                open.push(value);
                if (value.equals("VEVENT")) {
                    events++;
                }
                continue;
            }
            if (name.equals("END")) {
                if (open.isEmpty() || !open.pop().equals(value)) {
                    throw new AssertionError("END:" + value + " does not close the open component");
                }
                continue;
            }
            if (open.isEmpty()) {
                throw new AssertionError("Property outside a component: " + line);
            }
            Map<String, String> target = open.peek().equals("VEVENT") ? event : calendar;
            if (TEXT.contains(name)) {
                value = unescapeText(value, line);
            }
            if (target.put(name, value) != null && !name.equals("ATTENDEE")) {
                throw new AssertionError("Property twice: " + name);
            }
            if (target == event) {
                eventParams.put(name, m.group(2));
            }
        }
        if (!open.isEmpty()) {
            throw new AssertionError("Components left open: " + open);
        }
        if (!logical.getFirst().equals("BEGIN:VCALENDAR") || !logical.getLast().equals("END:VCALENDAR")) {
            throw new AssertionError("Not one VCALENDAR");
        }
        require(calendar, "VERSION");
        require(calendar, "PRODID");
        if (!"2.0".equals(calendar.get("VERSION"))) {
            throw new AssertionError("VERSION must be 2.0");
        }
        if (events != 1) {
            throw new AssertionError("Expected one VEVENT, found " + events);
        }
        for (String p : List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "SUMMARY", "ORGANIZER")) {
            require(event, p);
        }
        for (String p : List.of("DTSTAMP", "DTSTART", "DTEND")) {
            if (!UTC_DATE_TIME.matcher(event.get(p)).matches()) {
                throw new AssertionError(p + " is not a UTC date-time: " + event.get(p));
            }
        }
        if (event.get("DTEND").compareTo(event.get("DTSTART")) <= 0) {
            throw new AssertionError("DTEND not after DTSTART");
        }
        if (!event.get("SEQUENCE").matches("\\d+")) {
            throw new AssertionError("SEQUENCE is not a non-negative integer");
        }
        String method = calendar.get("METHOD");
        if (method != null && !method.equals("REQUEST") && !method.equals("CANCEL") && !method.equals("PUBLISH")) {
            throw new AssertionError("Unexpected METHOD " + method);
        }
        if ("CANCEL".equals(method) && !"CANCELLED".equals(event.get("STATUS"))) {
            throw new AssertionError("A CANCEL must carry STATUS:CANCELLED");
        }
        return new Parsed(method, event, eventParams);
    }

    private static void require(Map<String, String> properties, String name) {
        if (!properties.containsKey(name)) {
            throw new AssertionError("Missing " + name);
        }
    }

    /** TEXT: ; and , must be escaped; only \\ \; \, \n \N are escapes. */
    static String unescapeText(String value, String line) {
        var out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                if (i + 1 >= value.length()) {
                    throw new AssertionError("Dangling backslash: " + line);
                }
                char next = value.charAt(++i);
                switch (next) {
                    case '\\', ';', ',' -> out.append(next);
                    case 'n', 'N' -> out.append('\n');
                    default -> throw new AssertionError("Bad escape \\" + next + ": " + line);
                }
            } else if (c == ';' || c == ',') {
                throw new AssertionError("Unescaped " + c + " in TEXT: " + line);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
