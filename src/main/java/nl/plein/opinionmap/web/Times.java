package nl.plein.opinionmap.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;

/** Times as residents read them: Dutch time zone, in the page's language. */
final class Times {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Times() {}

    static String format(Instant instant) {
        if (instant == null) return "";
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LocaleContextHolder.getLocale())
                .withZone(ZONE)
                .format(instant);
    }
}
