package nl.plein.project.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people write them ("25 november 2026"), in the page's language. */
public final class Dates {

    private Dates() {}

    public static String format(LocalDate date, String language) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of(language)));
    }
}
