package nl.plein.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import java.util.stream.LongStream;
import nl.plein.support.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ICalendarTest {

    private static final Instant START = Instant.parse("2027-03-14T18:30:00Z");
    private static final Instant END = Instant.parse("2027-03-14T20:30:00Z");

    private static ICalendar.Event event(String summary, String description, String location, int sequence) {
        return new ICalendar.Event(
                "abc-123@plein",
                sequence,
                START,
                END,
                summary,
                description,
                location,
                "https://zeeveld.example/bijeenkomsten/7",
                "Gemeente Zeeveld, afdeling: participatie",
                "info@zeeveld.example",
                "Fatima \"Fa\" El Amrani",
                "fatima@example.org");
    }

    @Test
    void aRequestKeepsTheRules() {
        byte[] ics = ICalendar.of(
                ICalendar.Method.REQUEST,
                event(
                        "Dorpsavond: visie, wonen; en groen",
                        "Regel één\nRegel twee met een backslash \\ en een heel lange zin die zeker over de grens van vijfenzeventig octetten gaat, met é's en emoji 🎉🎉🎉.",
                        "Dorpshuis De Schakel, Kerkstraat 4",
                        2),
                Instant.parse("2027-01-01T10:00:00.123Z"));
        var parsed = ICalendarValidator.validate(ics);
        assertThat(parsed.method()).isEqualTo("REQUEST");
        assertThat(parsed.get("UID")).isEqualTo("abc-123@plein");
        assertThat(parsed.sequence()).isEqualTo(2);
        assertThat(parsed.get("DTSTART")).isEqualTo("20270314T183000Z");
        assertThat(parsed.get("DTSTAMP")).isEqualTo("20270101T100000Z");
        assertThat(parsed.get("SUMMARY")).isEqualTo("Dorpsavond: visie, wonen; en groen");
        assertThat(parsed.get("LOCATION")).isEqualTo("Dorpshuis De Schakel, Kerkstraat 4");
        assertThat(parsed.get("DESCRIPTION")).startsWith("Regel één\nRegel twee met een backslash \\ en");
        assertThat(parsed.get("DESCRIPTION")).endsWith("🎉🎉🎉.");
        assertThat(parsed.eventParams().get("ORGANIZER")).isEqualTo(";CN=\"Gemeente Zeeveld, afdeling: participatie\"");
        assertThat(new String(ics, StandardCharsets.UTF_8)).contains("\r\n ");
    }

    @Test
    void aCancellationSaysCancelled() {
        var parsed = ICalendarValidator.validate(
                ICalendar.of(ICalendar.Method.CANCEL, event("Avond", "", "", 3), Instant.now()));
        assertThat(parsed.method()).isEqualTo("CANCEL");
        assertThat(parsed.get("STATUS")).isEqualTo("CANCELLED");
        assertThat(ICalendar.contentType(ICalendar.Method.CANCEL)).contains("method=CANCEL");
    }

    /** The validator itself must fail on what breaks the rules, or the tests above prove nothing. */
    @Test
    void theValidatorRefusesBrokenFiles() {
        String good = new String(
                ICalendar.of(ICalendar.Method.REQUEST, event("Avond", "", "Hier", 0), Instant.now()),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() ->
                        ICalendarValidator.validate(good.replace("\r\n", "\n").getBytes()))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ICalendarValidator.validate(good.replace("SUMMARY:Avond", "SUMMARY:Avond, met komma")
                        .getBytes()))
                .hasMessageContaining("Unescaped");
        assertThatThrownBy(() -> ICalendarValidator.validate(good.replace("SUMMARY:Avond", "SUMMARY:" + "x".repeat(80))
                        .getBytes()))
                .hasMessageContaining("75 octets");
        assertThatThrownBy(() -> ICalendarValidator.validate(
                        good.replaceAll("UID:[^\r]*\r\n", "").getBytes()))
                .hasMessageContaining("Missing UID");
        assertThatThrownBy(() -> ICalendarValidator.validate(
                        good.replaceAll("DTSTAMP:[^\r]*\r\n", "").getBytes()))
                .hasMessageContaining("Missing DTSTAMP");
    }

    /** Whatever staff type, the file stays valid and the text comes back unchanged. */
    @ParameterizedTest
    @MethodSource("seeds")
    void anyTextSurvives(long seed) {
        var random = new Random(seed);
        String summary = RandomText.of(random, 300, RandomText.LETTERS + ",;\\\n :\"éß€");
        String location = RandomText.of(random, 300, RandomText.LETTERS + ",;\\\n ü\u00a0");
        String cleanSummary = summary + "x";
        String cleanLocation = location + "y";
        var parsed = ICalendarValidator.validate(
                ICalendar.of(ICalendar.Method.REQUEST, event(cleanSummary, "", cleanLocation, 1), Instant.now()));
        assertThat(parsed.get("SUMMARY")).isEqualTo(cleanSummary);
        assertThat(parsed.get("LOCATION")).isEqualTo(cleanLocation);
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }
}
