package nl.plein.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way Plein writes dates and times, so every page, mail and PDF reads alike: "2 december 2026",
 * "2 december 2026, 20:15", 24-hour clock, Dutch time. English uses the same order, which is how British
 * English writes it ("2 December 2026, 20:15"); the JDK's localized styles would give "7:30 PM".
 */
public final class Dates {

    /** Where the municipalities are; moments are shown in this zone whatever the server's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final String DATE = "d MMMM yyyy";
    private static final String TIME = "HH:mm";

    private Dates() {}

    /** "2 december 2026". */
    public static String date(LocalDate date, String language) {
        return date == null ? "" : pattern(DATE, language).format(date);
    }

    /** "2 december 2026" for a moment, in Dutch time. */
    public static String date(Instant moment, String language) {
        return moment == null ? "" : date(moment.atZone(ZONE).toLocalDate(), language);
    }

    /** "2 december 2026, 20:15", in Dutch time. */
    public static String moment(Instant moment, String language) {
        return moment == null ? "" : dateTime(moment.atZone(ZONE).toLocalDateTime(), language);
    }

    /** "2 december 2026, 20:15:03", in Dutch time: for logs, where the order of events matters. */
    public static String exactMoment(Instant moment, String language) {
        return moment == null
                ? ""
                : pattern(DATE + ", " + TIME + ":ss", language).format(moment.atZone(ZONE));
    }

    /** "2 december 2026, 20:15". */
    public static String dateTime(LocalDateTime dateTime, String language) {
        return dateTime == null ? "" : pattern(DATE + ", " + TIME, language).format(dateTime);
    }

    /** "20:15", in Dutch time. */
    public static String time(Instant moment) {
        return moment == null ? "" : pattern(TIME, "nl").format(moment.atZone(ZONE));
    }

    /** "dinsdag 8 december 2026, 19:30-21:30"; an end on another day is written in full. */
    public static String span(LocalDateTime start, LocalDateTime end, String language) {
        var full = pattern("EEEE " + DATE + ", " + TIME, language);
        var from = full.format(start);
        if (end == null) return from;
        var to = end.toLocalDate().equals(start.toLocalDate())
                ? pattern(TIME, language).format(end)
                : full.format(end);
        return from + "\u2013" + to;
    }

    /** "september 2026". */
    public static String month(YearMonth month, String language) {
        return month == null ? "" : pattern("MMMM yyyy", language).format(month);
    }

    private static DateTimeFormatter pattern(String pattern, String language) {
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language));
    }
}
