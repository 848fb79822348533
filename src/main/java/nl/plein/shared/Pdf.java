package nl.plein.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Renders an HTML page to PDF (plans, reports, documents for a council meeting). The HTML is parsed
 * leniently with jsoup first, so templates need not be strict XHTML. Fonts are the PDF base fonts;
 * the text stays extractable and searchable.
 */
public final class Pdf {

    private Pdf() {}

    public static byte[] fromHtml(String html) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
