package nl.plein.survey.analysis;

import java.util.Set;

/**
 * Which responses to look at: an empty set means "any". Combine with {@link Selection#where} for other
 * conditions.
 */
public record Filter(Set<String> areas, Set<Sex> sexes, Set<AgeBand> ageBands, Set<Channel> channels) {

    public static final Filter ALL = new Filter(Set.of(), Set.of(), Set.of(), Set.of());

    public Filter {
        areas = Set.copyOf(areas);
        sexes = Set.copyOf(sexes);
        ageBands = Set.copyOf(ageBands);
        channels = Set.copyOf(channels);
    }

    public Filter withAreas(String... codes) {
        return new Filter(Set.of(codes), sexes, ageBands, channels);
    }

    public Filter withSexes(Sex... values) {
        return new Filter(areas, Set.of(values), ageBands, channels);
    }

    public Filter withAgeBands(AgeBand... values) {
        return new Filter(areas, sexes, Set.of(values), channels);
    }

    public Filter withChannels(Channel... values) {
        return new Filter(areas, sexes, ageBands, Set.of(values));
    }

    /** True when nothing is filtered. */
    public boolean isAll() {
        return areas.isEmpty() && sexes.isEmpty() && ageBands.isEmpty() && channels.isEmpty();
    }

    boolean test(ResponseTable table, int row) {
        return (areas.isEmpty() || (table.area(row) != null && areas.contains(table.area(row))))
                && (sexes.isEmpty() || sexes.contains(table.sex(row)))
                && (ageBands.isEmpty() || (table.ageBand(row) != null && ageBands.contains(table.ageBand(row))))
                && (channels.isEmpty() || channels.contains(table.channel(row)));
    }
}
