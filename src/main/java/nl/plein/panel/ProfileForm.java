package nl.plein.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;

/** What a resident fills in to join the panel or change their profile. */
public record ProfileForm(
        String birthYear,
        String sex,
        String postcode,
        String areaId,
        String education,
        String household,
        boolean consentSurveys,
        boolean consentFollowUp,
        String code) {

    public static final List<String> EDUCATION = List.of("LOW", "MIDDLE", "HIGH");
    public static final List<String> HOUSEHOLD = List.of("ALONE", "COUPLE", "FAMILY", "SINGLE_PARENT", "OTHER");
    public static final List<String> FIELDS = List.of(
            "code",
            "birthYear",
            "sex",
            "postcode",
            "areaId",
            "education",
            "household",
            "consentSurveys",
            "confirmLeave");
    public static final List<String> EDUCATION_KEYS =
            EDUCATION.stream().map(e -> "panel.education." + e).toList();
    public static final List<String> HOUSEHOLD_KEYS =
            HOUSEHOLD.stream().map(h -> "panel.household." + h).toList();
    static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3}) ?([A-Za-z]{2})$");

    public ProfileForm {
        birthYear = strip(birthYear);
        sex = strip(sex);
        postcode = strip(postcode);
        areaId = strip(areaId);
        education = strip(education);
        household = strip(household);
        code = strip(code);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public static ProfileForm empty() {
        return new ProfileForm("", "", "", "", "", "", false, false, "");
    }

    /** 1234 AB, the way the post writes it. */
    public static String normalisePostcode(String postcode) {
        var m = POSTCODE.matcher(postcode == null ? "" : postcode.strip());
        return m.matches() ? m.group(1) + " " + m.group(2).toUpperCase(java.util.Locale.ROOT) : null;
    }

    static int postcode4(String normalised) {
        return Integer.parseInt(normalised.substring(0, 4));
    }

    /** The rules that need nothing from the database; area and code are checked by the panel. */
    FieldErrors check() {
        var errors = new FieldErrors();
        Integer year = year(birthYear);
        int thisYear = LocalDate.now(Dates.ZONE).getYear();
        if (birthYear.isEmpty()) {
            errors.reject("birthYear", "panel.error.birthYear.required");
        } else if (year == null || year < thisYear - 110 || year > thisYear - AgeBand.MIN_AGE) {
            errors.reject("birthYear", "panel.error.birthYear.range");
        }
        errors.rejectIf(Sex.parse(sex) == null, "sex", "panel.error.sex");
        if (postcode.isEmpty()) {
            errors.reject("postcode", "panel.error.postcode.required");
        } else if (normalisePostcode(postcode) == null) {
            errors.reject("postcode", "panel.error.postcode.format");
        }
        errors.rejectIf(!education.isEmpty() && !EDUCATION.contains(education), "education", "panel.error.choice");
        errors.rejectIf(!household.isEmpty() && !HOUSEHOLD.contains(household), "household", "panel.error.choice");
        errors.rejectIf(!consentSurveys, "consentSurveys", "panel.error.consent");
        return errors;
    }

    static Integer year(String value) {
        try {
            return value.length() == 4 ? Integer.valueOf(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
