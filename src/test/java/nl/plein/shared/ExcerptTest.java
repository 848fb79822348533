package nl.plein.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void readsTheMarkdownAsTextOnOneLine() {
        assertThat(Excerpt.of("Graag **schaduw** bij de\n\n- bankjes\n- [speeltuin](https://example.org)", 200))
                .isEqualTo("Graag schaduw bij de bankjes speeltuin");
        // Typed HTML stays the text that was typed; pages escape it like any text.
        assertThat(Excerpt.of("Café & <b>één</b>", 200)).isEqualTo("Café & <b>één</b>");
    }

    @Test
    void cutsLongTextsWithAnEllipsis() {
        assertThat(Excerpt.of("een twee drie vier vijf", 10))
                .isEqualTo("een twee…")
                .hasSizeLessThanOrEqualTo(10);
    }
}
