package nl.plein.tenancy;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.plein.shared.FieldErrors;

/**
 * What an organisation admin may change about the organisation: name, contact details, theme
 * colour and the two statements. Validation keys are messages in {@code i18n/tenancy}.
 */
public record OrganisationSettings(
        String name,
        String contactEmail,
        String contactPhone,
        String contactAddress,
        String websiteUrl,
        String primaryColour,
        String privacyStatement,
        String accessibilityStatement) {

    /** WCAG 2.1 AA for normal text: white text on the theme colour (header, buttons) must reach this. */
    public static final double MIN_CONTRAST_WITH_WHITE = 4.5;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");
    static final int MAX_STATEMENT = 50_000;

    public OrganisationSettings {
        name = trim(name);
        contactEmail = trim(contactEmail);
        contactPhone = trim(contactPhone);
        contactAddress = trim(contactAddress);
        websiteUrl = trim(websiteUrl);
        primaryColour = trim(primaryColour).toLowerCase(Locale.ROOT);
        privacyStatement = privacyStatement == null ? "" : privacyStatement.strip();
        accessibilityStatement = accessibilityStatement == null ? "" : accessibilityStatement.strip();
    }

    public static OrganisationSettings of(Organisation organisation) {
        return new OrganisationSettings(
                organisation.name(),
                organisation.contactEmail(),
                organisation.contactPhone(),
                organisation.contactAddress(),
                organisation.websiteUrl(),
                organisation.primaryColour(),
                organisation.privacyStatement(),
                organisation.accessibilityStatement());
    }

    public FieldErrors validate() {
        var errors = new FieldErrors();
        errors.rejectIf(name.isEmpty(), "name", "settings.name.required")
                .rejectIf(name.length() > 200, "name", "settings.name.tooLong")
                .rejectIf(
                        !contactEmail.isEmpty()
                                && (contactEmail.length() > 254
                                        || !nl.plein.shared.EmailAddress.plausible(contactEmail)),
                        "contactEmail",
                        "settings.contactEmail.invalid")
                .rejectIf(
                        !contactPhone.isEmpty() && !PHONE.matcher(contactPhone).matches(),
                        "contactPhone",
                        "settings.contactPhone.invalid")
                .rejectIf(contactAddress.length() > 500, "contactAddress", "settings.contactAddress.tooLong")
                .rejectIf(
                        !websiteUrl.isEmpty() && !isWebAddress(websiteUrl), "websiteUrl", "settings.websiteUrl.invalid")
                .rejectIf(privacyStatement.length() > MAX_STATEMENT, "privacyStatement", "settings.statement.tooLong")
                .rejectIf(
                        accessibilityStatement.length() > MAX_STATEMENT,
                        "accessibilityStatement",
                        "settings.statement.tooLong");
        if (!COLOUR.matcher(primaryColour).matches()) {
            errors.reject("primaryColour", "settings.primaryColour.invalid");
        } else if (contrastWithWhite(primaryColour) < MIN_CONTRAST_WITH_WHITE) {
            errors.reject("primaryColour", "settings.primaryColour.lowContrast");
        }
        return errors;
    }

    /** The WCAG contrast ratio between white and a colour written as {@code #rrggbb}. */
    public static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static boolean isWebAddress(String value) {
        if (value.length() > 500) {
            return false;
        }
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
