package nl.plein.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.plein.plan.Stakeholders.Level;
import org.junit.jupiter.api.Test;

class StakeholdersTest {

    @Test
    void readsOneStakeholderPerLineInDutchOrEnglishAndPlacesThemInTheGrid() {
        var parsed = Stakeholders.parse("""
                Bewoners Kreekweg | hoog | midden

                Shops; medium; HIGH
                Jongeren | hoog | laag""");

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.stakeholders())
                .containsExactly(
                        new Stakeholders.Stakeholder("Bewoners Kreekweg", Level.HIGH, Level.MEDIUM),
                        new Stakeholders.Stakeholder("Shops", Level.MEDIUM, Level.HIGH),
                        new Stakeholders.Stakeholder("Jongeren", Level.HIGH, Level.LOW));
        var grid = Stakeholders.grid(parsed.stakeholders());
        // Rows from high to low influence, columns from low to high interest.
        assertThat(grid.get(0).get(1)).isEqualTo(List.of("Shops"));
        assertThat(grid.get(1).get(2)).isEqualTo(List.of("Bewoners Kreekweg"));
        assertThat(grid.get(2).get(2)).isEqualTo(List.of("Jongeren"));
    }

    @Test
    void namesTheFirstLineItCannotRead() {
        assertThat(Stakeholders.parse("A | hoog | laag\nB | veel | laag").badLine())
                .isEqualTo(2);
        assertThat(Stakeholders.parse(" | hoog | laag").badLine()).isEqualTo(1);
        assertThat(Stakeholders.parse("A | hoog").ok()).isFalse();
        assertThat(Stakeholders.parse("").stakeholders()).isEmpty();
    }
}
