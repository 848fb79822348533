package nl.plein.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.plein.shared.PlainLanguage.Hint;
import nl.plein.shared.PlainLanguage.Kind;
import org.junit.jupiter.api.Test;

/** The B1 advice finds what it says it finds, and leaves a plain text alone. */
class PlainLanguageTest {

    @Test
    void aPlainTextGetsNoAdvice() {
        assertThat(PlainLanguage.hints("We maken het plein groener. Wat vindt u daarvan? Laat het ons weten."))
                .isEmpty();
        assertThat(PlainLanguage.hints("")).isEmpty();
        assertThat(PlainLanguage.hints(null)).isEmpty();
    }

    @Test
    void aSentenceOfMoreThanTwentyWordsIsLong() {
        String twentyOne = "Wij willen graag met u praten over het nieuwe plein in het midden van het dorp, "
                + "want daar komt veel meer groen.";
        List<Hint> hints = PlainLanguage.hints(twentyOne);
        assertThat(hints).extracting(Hint::kind).containsExactly(Kind.LONG_SENTENCE);
        assertThat(hints.getFirst().excerpt()).isEqualTo("Wij willen graag met u praten over het …");
        // Twenty words is still fine; a list item is a sentence of its own.
        assertThat(
                        PlainLanguage.hints(
                                "Wij willen graag met u praten over het nieuwe plein in het midden van het dorp met veel groen."))
                .isEmpty();
        assertThat(PlainLanguage.hints("Dit komt er:\n- een bank\n- bomen\n- een speeltuin voor jong en oud"))
                .isEmpty();
    }

    @Test
    void longWordsPassiveVoiceAndOfficialeseAreNamed() {
        List<Hint> hints = PlainLanguage.hints(
                "Het bestemmingsplanwijzigingsverzoek wordt door de raad besproken. Wij faciliteren dit middels een avond.");
        assertThat(hints)
                .containsExactlyInAnyOrder(
                        new Hint(Kind.LONG_WORD, "bestemmingsplanwijzigingsverzoek", null),
                        new Hint(
                                Kind.PASSIVE,
                                "Het bestemmingsplanwijzigingsverzoek wordt door de raad besproken.",
                                null),
                        new Hint(Kind.JARGON, "faciliteren", "mogelijk maken"),
                        new Hint(Kind.JARGON, "middels", "met"));
        // An active sentence with "worden" as a main verb ("het wordt laat") is not passive.
        assertThat(PlainLanguage.hints("Het wordt laat. De raad bespreekt het verzoek."))
                .isEmpty();
        // Links and e-mail addresses are not words.
        assertThat(PlainLanguage.hints("Lees https://www.zeeveld.example/bestemmingsplannen/centrum of mail ons."))
                .isEmpty();
    }

    @Test
    void theAdviceStaysShort() {
        String text = "Het verkeersveiligheidsonderzoek. ".repeat(20);
        assertThat(PlainLanguage.hints(text)).hasSize(1);
        var many = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            many.append("Het verkeersveiligheidsonderzoek")
                    .append((char) ('a' + i))
                    .append(". ");
        }
        assertThat(PlainLanguage.hints(many.toString())).hasSize(PlainLanguage.MAX_PER_KIND);
    }
}
