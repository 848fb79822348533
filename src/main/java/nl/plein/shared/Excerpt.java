package nl.plein.shared;

/** A one-line start of a resident's text, for mails and lists that must not show all of it. */
public final class Excerpt {

    private Excerpt() {}

    /** The text on one line, cut to at most {@code max} characters with an ellipsis. */
    public static String of(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
    }
}
