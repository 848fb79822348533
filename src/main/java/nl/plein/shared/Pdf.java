package nl.plein.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Renders an HTML page to PDF (plans, reports, documents for a council meeting). The HTML is parsed
 * leniently with jsoup first, so templates need not be strict XHTML. The PDF is tagged (PDF/UA, so a
 * screen reader follows headings and tables) and embeds DejaVu Sans for every generic family, so it
 * prints every letter and sign the same on every machine; the text stays extractable and searchable.
 */
public final class Pdf {

    private record Face(byte[] data, int weight, FontStyle style) {}

    private static final List<Face> FACES = List.of(
            new Face(font("DejaVuSans.ttf"), 400, FontStyle.NORMAL),
            new Face(font("DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL),
            new Face(font("DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC));

    /**
     * The renderer's names for the generic families (it reads "sans-serif" as SansSerif, and no family as Serif), so
     * every style finds an embedded font; PDF/UA leaves no base fonts to fall back on.
     */
    private static final List<String> FAMILIES = List.of("DejaVu Sans", "SansSerif", "Serif", "Monospaced");

    private Pdf() {}

    public static byte[] fromHtml(String html) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            for (String family : FAMILIES) {
                for (Face face : FACES) {
                    builder.useFont(
                            () -> new ByteArrayInputStream(face.data()), family, face.weight(), face.style(), true);
                }
            }
            builder.withProducer("Plein");
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String name) {
        try (InputStream in = Pdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
