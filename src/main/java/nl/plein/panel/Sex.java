package nl.plein.panel;

/** Sex as the population figures count it (men, women), plus "other" which weighting leaves out. */
public enum Sex {
    M,
    V,
    X;

    public static Sex parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "M", "MAN", "MALE" -> M;
            case "V", "F", "VROUW", "FEMALE", "W", "WOMAN" -> V;
            case "X", "ANDERS", "OTHER" -> X;
            default -> null;
        };
    }
}
