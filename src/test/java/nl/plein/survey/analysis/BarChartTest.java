package nl.plein.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.plein.survey.analysis.QuestionResult.ChoiceResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> all(Document doc) {
        NodeList nodes = doc.getElementsByTagName("*");
        var elements = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void aWellFormedAccessibleImageWithEscapedTextAndNoStyleAttributes() throws Exception {
        String evil = "<script>alert('x')</script> & \"quotes\"\u0001";
        String svg = BarChart.svg(
                "q1-chart",
                "Wat vindt u van " + evil,
                "Ongewogen",
                "Gewogen",
                List.of(
                        new BarChart.Bar(evil, 40, OptionalDouble.of(42.5)),
                        new BarChart.Bar("Nee", 60, OptionalDouble.of(57.5))),
                Locale.forLanguageTag("nl"));

        assertThat(svg).doesNotContain("<script").doesNotContain("style=");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("q1-chart-title q1-chart-desc");
        Element title = (Element) doc.getElementsByTagName("title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("q1-chart-title");
        assertThat(title.getTextContent()).isEqualTo("Wat vindt u van <script>alert('x')</script> & \"quotes\"");
        Element desc = (Element) doc.getElementsByTagName("desc").item(0);
        assertThat(desc.getAttribute("id")).isEqualTo("q1-chart-desc");
        assertThat(desc.getTextContent())
                .contains("Ongewogen 40,0%, Gewogen 42,5%")
                .contains("Nee: Ongewogen 60,0%, Gewogen 57,5%.");
        assertThat(all(doc))
                .noneMatch(e -> e.hasAttribute("style"))
                .noneMatch(e -> e.getLocalName().equals("script"));
        // Two series: two bars per option, in the two colours.
        assertThat(all(doc).stream()
                        .filter(e -> e.getLocalName().equals("rect")
                                && e.getAttribute("height").equals("15")))
                .extracting(e -> e.getAttribute("fill"))
                .containsExactly(
                        BarChart.FIRST_COLOUR, BarChart.SECOND_COLOUR, BarChart.FIRST_COLOUR, BarChart.SECOND_COLOUR);
    }

    @Test
    void oneSeriesFromAChoiceResultWithBarsProportionalToThePercentages() throws Exception {
        var result = (ChoiceResult) Statistics.question(Selection.all(StatisticsTest.TABLE), 0, null);
        String svg = BarChart.svg("c", "Keuze", "Antwoorden", null, BarChart.bars(result), Locale.ENGLISH);
        Document doc = parse(svg);
        List<Element> bars =
                all(doc).stream().filter(e -> e.getLocalName().equals("rect")).toList();
        assertThat(bars).hasSize(3);
        double a = Double.parseDouble(bars.get(0).getAttribute("width"));
        double b = Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(a / b).isCloseTo(3.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("A: 60.0%; B: 20.0%; C: 20.0%.");
    }

    /** WCAG 2.1: bars need 3:1 against the white page (1.4.11), the value texts in them 4.5:1 (1.4.3). */
    @Test
    void coloursHaveEnoughContrastOnWhite() {
        assertThat(contrastWithWhite(BarChart.FIRST_COLOUR)).isGreaterThan(4.5);
        assertThat(contrastWithWhite(BarChart.SECOND_COLOUR)).isGreaterThan(4.5);
    }

    @Test
    void refusesAnIdThatCouldBreakTheMarkup() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BarChart.svg("a\" onload=\"x", "t", "s", null, List.of(), Locale.ENGLISH));
    }

    private static double contrastWithWhite(String hex) {
        double l = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (l + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
