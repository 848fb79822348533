package nl.plein.panel;

import java.time.LocalDate;
import nl.plein.shared.Dates;
import nl.plein.tenancy.Area;

/**
 * The age bands of the population figures (CBS kerncijfers) an area carries. Panel members are 16 or
 * older, so the band 0-15 never occurs and the 15-25 band compares with the population of 15 to 25.
 */
public enum AgeBand {
    A15_25("15-24"),
    A25_45("25-44"),
    A45_65("45-64"),
    A65_PLUS("65+");

    public static final int MIN_AGE = 16;

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of someone born in that year, by their age this year. */
    public static AgeBand ofBirthYear(int birthYear) {
        return ofAge(LocalDate.now(Dates.ZONE).getYear() - birthYear);
    }

    public static AgeBand ofAge(int age) {
        if (age < 25) {
            return A15_25;
        }
        if (age < 45) {
            return A25_45;
        }
        return age < 65 ? A45_65 : A65_PLUS;
    }

    public int population(Area area) {
        return switch (this) {
            case A15_25 -> area.age15to25();
            case A25_45 -> area.age25to45();
            case A45_65 -> area.age45to65();
            case A65_PLUS -> area.age65plus();
        };
    }

    public static AgeBand parse(String value) {
        if (value == null) {
            return null;
        }
        for (AgeBand band : values()) {
            if (band.name().equals(value) || band.label.equals(value.strip())) {
                return band;
            }
        }
        return null;
    }
}
