package nl.plein.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTest {

    @Test
    void rendersHtmlWhoseTextCanBeExtracted() throws Exception {
        byte[] pdf = Pdf.fromHtml("""
                <html lang="nl"><head><title>Plan</title><style>h1 { color: #123 }</style></head>
                <body><h1>Gemeente Zeeveld</h1><p>Waarom praten we? Café &amp; één <br> regel</p></body></html>""");

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Gemeente Zeeveld").contains("Waarom praten we? Café & één");
        }
    }
}
