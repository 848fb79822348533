package nl.plein.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailBodyTest {

    @Test
    void escapesTheTextAndLinksWebAddressesWithoutTrailingPunctuation() {
        assertThat(MailBody.toHtml("Klik <b>hier</b>: https://a.example/b?c=1&d=2.\nKlaar", true))
                .isEqualTo("Klik &lt;b&gt;hier&lt;/b&gt;: <a class=\"utrecht-link\" rel=\"noopener noreferrer\" "
                        + "href=\"https://a.example/b?c=1&amp;d=2\">https://a.example/b?c=1&amp;d=2</a>.\nKlaar");
    }

    @Test
    void aQuoteCannotBreakOutOfTheLink() {
        assertThat(MailBody.toHtml("http://x.example/\"onmouseover=alert(1)", true))
                .doesNotContain("\"onmouseover")
                .contains("&quot;onmouseover");
    }

    @Test
    void untilTheLinksAreOpenedAnAddressShowsOnlyItsSite() {
        String html =
                MailBody.toHtml("Nieuw wachtwoord: https://zeeveld.example:8080/wachtwoord/abc123?x=1 (24 uur)", false);
        assertThat(html)
                .isEqualTo("Nieuw wachtwoord: https://zeeveld.example:8080/… (24 uur)")
                .doesNotContain("abc123");
    }

    @Test
    void otherSchemesStayText() {
        assertThat(MailBody.toHtml("javascript:alert(1) mailto:a@b.c", true)).doesNotContain("<a");
    }
}
