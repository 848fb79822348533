package nl.plein.project;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Readable web addresses from titles: "Wijkvernieuwing Ĳsselkade & café" becomes "wijkvernieuwing-ijsselkade-cafe". */
final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    static String of(String title) {
        String text =
                title.replace("Ĳ", "IJ").replace("ĳ", "ij").replace("ß", "ss").replace("&", " en ");
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "project" : slug;
    }

    /** The slug itself, or with the first free number appended when another project has it. */
    static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
