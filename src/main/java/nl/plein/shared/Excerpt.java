package nl.plein.shared;

import org.jsoup.Jsoup;

/** A one-line start of a resident's text, for mails and lists that must not show all of it. */
public final class Excerpt {

    private Excerpt() {}

    /**
     * The text on one line, cut to at most {@code max} characters with an ellipsis. Texts are Markdown, so its
     * marks go ("**schaduw**" reads "schaduw"), as the full text shows them as emphasis, not as asterisks.
     */
    public static String of(String text, int max) {
        String flat = Jsoup.parse(Markdown.toSafeHtml(text))
                .text()
                .replaceAll("\\s+", " ")
                .strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
    }
}
