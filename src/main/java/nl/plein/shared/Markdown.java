package nl.plein.shared;

import java.time.Duration;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown written by staff, turned into HTML that is safe to show: raw HTML in the source is
 * escaped, and the result passes a tag allow-list, so no script, style or event handler survives.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of();
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    /** The same texts are shown on every request of a page; rendering and cleaning them each time is waste. */
    private static final TtlCache<String, String> RENDERED = new TtlCache<>(Duration.ofMinutes(10), 500);

    private Markdown() {}

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERED.get(markdown, source -> Jsoup.clean(RENDERER.render(PARSER.parse(source)), ALLOWED));
    }
}
