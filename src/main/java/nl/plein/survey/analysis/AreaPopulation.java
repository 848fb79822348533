package nl.plein.survey.analysis;

import java.util.Objects;

/**
 * The population of one area as plain numbers (the caller maps {@code nl.plein.tenancy.Area} to this, so
 * the analysis stays free of other modules' types). Men and women count all ages; the age bands are those
 * of {@link AgeBand}. The name is
 * what staff read in a message about the area; the code is what responses are matched on.
 */
public record AreaPopulation(
        String code,
        String name,
        int residents,
        int men,
        int women,
        int age0to15,
        int age15to25,
        int age25to45,
        int age45to65,
        int age65plus) {

    public AreaPopulation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (residents < 0
                || men < 0
                || women < 0
                || age0to15 < 0
                || age15to25 < 0
                || age25to45 < 0
                || age45to65 < 0
                || age65plus < 0) {
            throw new IllegalArgumentException("population figures of " + code + " must not be negative");
        }
    }
}
