package nl.plein.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTest {

    private static final String PAGE = """
            <html lang="nl"><head><title>Plan</title><style>h1 { color: #123 } body { font-family: sans-serif }</style></head>
            <body><h1>Gemeente Zeeveld</h1><p>Waarom praten we? Café &amp; één <br> regel – 1,0 % → € 40.000 ✓</p>
            <p><strong>Vet</strong> en <em>schuin</em></p></body></html>""";

    @Test
    void rendersHtmlWhoseTextCanBeExtracted() throws Exception {
        byte[] pdf = Pdf.fromHtml(PAGE);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Gemeente Zeeveld")
                    .contains("Waarom praten we? Café & één")
                    .contains("1,0 % → € 40.000 ✓")
                    .doesNotContain("#");
        }
    }

    /** Tagged with a structure tree, in the page's language, with a title; every font is embedded. */
    @Test
    void isTaggedForScreenReadersAndEmbedsItsFonts() throws Exception {
        try (var document = Loader.loadPDF(Pdf.fromHtml(PAGE))) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Plan");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(font ->
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }
}
