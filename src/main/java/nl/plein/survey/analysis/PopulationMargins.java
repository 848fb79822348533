package nl.plein.survey.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target population of the weighting: residents of 16 and older, as shares per area, per sex and per
 * age band. The population figures count all ages, so:
 * <ul>
 *   <li>the band 0-15 is left out entirely (children do not answer);</li>
 *   <li>the band 15-25 holds ten ages (15 to 24) of which nine may answer, so it counts for 9/10 (we
 *       assume the ages within the band are equally large);</li>
 *   <li>an area's target is its adults: 9/10 of 15-25 plus 25-45, 45-65 and 65+;</li>
 *   <li>the figures do not split sex by age, so the sex shares of the adults are taken to be those of all
 *       residents (men / (men + women)); residents counted as neither are left out of the sex margin, and
 *       respondents of sex "other / unknown" are not weighted on sex.</li>
 * </ul>
 */
public final class PopulationMargins {

    /** Part of the band 15-25 that is 16 or older (ages 16..24 of 15..24). */
    public static final double ADULT_PART_OF_15_TO_25 = 0.9;

    private final Map<String, Double> areas;
    private final Map<String, String> areaNames;
    private final double[] sexes;
    private final double[] ageBands;
    private final double adults;

    private PopulationMargins(
            Map<String, Double> areas,
            Map<String, String> areaNames,
            double[] sexes,
            double[] ageBands,
            double adults) {
        this.areas = areas;
        this.areaNames = areaNames;
        this.sexes = sexes;
        this.ageBands = ageBands;
        this.adults = adults;
    }

    public static PopulationMargins of(List<AreaPopulation> population) {
        var areas = new LinkedHashMap<String, Double>();
        var names = new LinkedHashMap<String, String>();
        double[] sexes = new double[Sex.values().length];
        double[] bands = new double[AgeBand.values().length];
        for (AreaPopulation a : population) {
            double adults = ADULT_PART_OF_15_TO_25 * a.age15to25() + a.age25to45() + a.age45to65() + a.age65plus();
            if (areas.put(a.code(), adults) != null) {
                throw new IllegalArgumentException("area " + a.code() + " appears twice");
            }
            names.put(a.code(), a.name());
            sexes[Sex.MAN.ordinal()] += a.men();
            sexes[Sex.WOMAN.ordinal()] += a.women();
            bands[AgeBand.AGE_15_25.ordinal()] += ADULT_PART_OF_15_TO_25 * a.age15to25();
            bands[AgeBand.AGE_25_45.ordinal()] += a.age25to45();
            bands[AgeBand.AGE_45_65.ordinal()] += a.age45to65();
            bands[AgeBand.AGE_65_PLUS.ordinal()] += a.age65plus();
        }
        double adults = 0;
        for (double v : areas.values()) {
            adults += v;
        }
        return new PopulationMargins(areas, names, sexes, bands, adults);
    }

    /** Residents of 16 and older in all areas together. */
    public double adults() {
        return adults;
    }

    /** Adults per area code, in the order given. */
    public Map<String, Double> areas() {
        return java.util.Collections.unmodifiableMap(areas);
    }

    /** Residents per sex ({@code OTHER_UNKNOWN} is always 0: it is not part of the sex margin). */
    public double sex(Sex sex) {
        return sexes[sex.ordinal()];
    }

    /** Adults per age band (0-15 is always 0; 15-25 counts 9/10). */
    public double ageBand(AgeBand band) {
        return ageBands[band.ordinal()];
    }

    /** The three margins as category sizes, in a fixed order: area, sex, age band. */
    List<Margin> margins(List<String> respondentAreaCodes) {
        var result = new ArrayList<Margin>();
        // Area categories: the population's areas, then any respondent area the population lacks (size 0).
        var areaNames = new ArrayList<String>(areas.keySet());
        for (String code : respondentAreaCodes) {
            if (!areas.containsKey(code)) {
                areaNames.add(code);
            }
        }
        double[] areaSizes = new double[areaNames.size()];
        var areaLabels = new ArrayList<String>();
        for (int i = 0; i < areaNames.size(); i++) {
            areaSizes[i] = areas.getOrDefault(areaNames.get(i), 0.0);
            // A respondent's area the population lacks has no name here: its code is all there is to show.
            areaLabels.add(this.areaNames.getOrDefault(areaNames.get(i), areaNames.get(i)));
        }
        result.add(new Margin(Margin.Kind.AREA, areaNames, areaLabels, areaSizes));
        var sexNames = new ArrayList<String>();
        for (Sex s : new Sex[] {Sex.MAN, Sex.WOMAN}) {
            sexNames.add(s.code());
        }
        result.add(new Margin(Margin.Kind.SEX, sexNames, sexNames, new double[] {sexes[0], sexes[1]}));
        var bandNames = new ArrayList<String>();
        for (AgeBand b : AgeBand.values()) {
            bandNames.add(b.code());
        }
        result.add(new Margin(Margin.Kind.AGE_BAND, bandNames, bandNames, ageBands.clone()));
        return result;
    }

    /** One margin: its categories (codes), how messages name them, and their population sizes. */
    record Margin(Kind kind, List<String> categories, List<String> labels, double[] population) {
        enum Kind {
            AREA("area"),
            SEX("sex"),
            AGE_BAND("ageBand");

            final String key;

            Kind(String key) {
                this.key = key;
            }
        }
    }
}
