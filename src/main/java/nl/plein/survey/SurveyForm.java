package nl.plein.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;

/**
 * A survey's settings as staff type them. The survey opens at the start of {@code opensOn} and closes
 * at the end of {@code closesOn}, Dutch time; without an open date it is a draft.
 */
public record SurveyForm(
        String title,
        String intro,
        String closing,
        String audience,
        boolean anonymousAllowed,
        String opensOn,
        String closesOn,
        int version,
        String requestKey) {

    public static final List<String> FIELDS = List.of("title", "intro", "closing", "audience", "opensOn", "closesOn");

    public SurveyForm {
        title = strip(title);
        intro = strip(intro);
        closing = strip(closing);
        audience = strip(audience);
        opensOn = strip(opensOn);
        closesOn = strip(closesOn);
        requestKey = strip(requestKey);
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public static SurveyForm empty() {
        return new SurveyForm(
                "",
                "",
                "",
                "BOTH",
                false,
                "",
                "",
                0,
                java.util.UUID.randomUUID().toString());
    }

    public static SurveyForm of(Survey survey) {
        return new SurveyForm(
                survey.title(),
                survey.intro(),
                survey.closing(),
                survey.audience().name(),
                survey.anonymousAllowed(),
                date(survey.opensAt(), false),
                date(survey.closesAt(), true),
                survey.version(),
                "");
    }

    private static String date(Instant instant, boolean end) {
        if (instant == null) {
            return "";
        }
        LocalDate day = instant.atZone(Dates.ZONE).toLocalDate();
        return (end ? day.minusDays(1) : day).toString();
    }

    Audience audienceValue() {
        try {
            return Audience.valueOf(audience);
        } catch (IllegalArgumentException e) {
            return Audience.BOTH;
        }
    }

    Instant opensAtInstant() {
        LocalDate day = parse(opensOn);
        return day == null ? null : day.atStartOfDay(Dates.ZONE).toInstant();
    }

    Instant closesAtInstant() {
        LocalDate day = parse(closesOn);
        return day == null ? null : day.plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
    }

    private static LocalDate parse(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    FieldErrors check() {
        var errors = new FieldErrors();
        errors.rejectIf(title.isEmpty(), "title", "survey.error.title");
        errors.rejectIf(title.length() > 200, "title", "survey.error.tooLong");
        errors.rejectIf(intro.length() > 10_000, "intro", "survey.error.tooLong");
        errors.rejectIf(closing.length() > 10_000, "closing", "survey.error.tooLong");
        try {
            Audience.valueOf(audience);
        } catch (IllegalArgumentException e) {
            errors.reject("audience", "survey.error.choice");
        }
        errors.rejectIf(!opensOn.isEmpty() && parse(opensOn) == null, "opensOn", "survey.error.date");
        errors.rejectIf(!closesOn.isEmpty() && parse(closesOn) == null, "closesOn", "survey.error.date");
        errors.rejectIf(!closesOn.isEmpty() && opensOn.isEmpty(), "opensOn", "survey.error.opensFirst");
        if (parse(opensOn) != null && parse(closesOn) != null && parse(closesOn).isBefore(parse(opensOn))) {
            errors.reject("closesOn", "survey.error.closesBeforeOpens");
        }
        return errors;
    }
}
