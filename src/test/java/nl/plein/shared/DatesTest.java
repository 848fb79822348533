package nl.plein.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatesTest {

    // 19:30 in Amsterdam in winter.
    private static final Instant EVENING = Instant.parse("2026-12-08T18:30:05Z");

    @Test
    void dutchReadsDayMonthYearWithA24HourClock() {
        assertThat(Dates.date(LocalDate.of(2026, 12, 2), "nl")).isEqualTo("2 december 2026");
        assertThat(Dates.date(EVENING, "nl")).isEqualTo("8 december 2026");
        assertThat(Dates.moment(EVENING, "nl")).isEqualTo("8 december 2026, 19:30");
        assertThat(Dates.exactMoment(EVENING, "nl")).isEqualTo("8 december 2026, 19:30:05");
        assertThat(Dates.month(YearMonth.of(2026, 9), "nl")).isEqualTo("september 2026");
        assertThat(Dates.time(EVENING)).isEqualTo("19:30");
    }

    @Test
    void englishUsesTheSameOrderAndNoAmPm() {
        assertThat(Dates.date(LocalDate.of(2026, 12, 2), "en")).isEqualTo("2 December 2026");
        assertThat(Dates.moment(EVENING, "en")).isEqualTo("8 December 2026, 19:30");
        assertThat(Dates.month(YearMonth.of(2026, 9), "en")).isEqualTo("September 2026");
    }

    @Test
    void aSpanOnOneDayNamesTheDayOnce() {
        var start = LocalDateTime.of(2026, 12, 8, 19, 30);
        assertThat(Dates.span(start, start.plusHours(2), "nl")).isEqualTo("dinsdag 8 december 2026, 19:30\u201321:30");
        assertThat(Dates.span(start, start.plusHours(2), "en")).isEqualTo("Tuesday 8 December 2026, 19:30\u201321:30");
        assertThat(Dates.span(start, start.plusDays(1), "nl"))
                .isEqualTo("dinsdag 8 december 2026, 19:30\u2013woensdag 9 december 2026, 19:30");
    }

    @Test
    void summerTimeIsDutchTimeToo() {
        assertThat(Dates.moment(Instant.parse("2026-07-01T12:00:00Z"), "nl")).isEqualTo("1 juli 2026, 14:00");
    }

    @Test
    void nothingIsWrittenForNoDate() {
        assertThat(Dates.date((LocalDate) null, "nl")).isEmpty();
        assertThat(Dates.moment(null, "en")).isEmpty();
    }

    /** Pages, mails and PDFs format dates here only; a formatter elsewhere is how "2-12-2026" and "7:30 PM" crept in. */
    @Test
    void noOtherCodeFormatsDatesForPeople() throws IOException {
        var formatter = Pattern.compile("DateTimeFormatter\\.(ofPattern|ofLocalized)|ZoneId\\.of\\(\"Europe");
        // iCalendar files are for machines: they need the UTC form the standard prescribes.
        var machineFormats = Path.of("src/main/java/nl/plein/meeting/ICalendar.java");
        List<Path> offenders;
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(p -> !p.endsWith(Path.of("nl/plein/shared/Dates.java")) && !p.equals(machineFormats))
                    .filter(p -> {
                        try {
                            return formatter.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }
}
