package nl.plein.moderation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as people read them ("28 november 2026, 20:15"), Dutch time, in the page's language. */
public final class Times {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Times() {}

    public static String format(Instant moment, String language) {
        return moment == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.of(language))
                        .format(moment.atZone(ZONE));
    }
}
