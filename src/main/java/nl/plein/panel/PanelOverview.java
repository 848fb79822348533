package nl.plein.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.plein.tenancy.Area;

/**
 * The panel for staff: its size at the end of each of the last twelve months, and its composition
 * against the population (15 and older for areas) per area, sex and age band.
 */
public record PanelOverview(
        List<Month> months, long activeMembers, List<Group> areas, List<Group> sexes, List<Group> ageBands) {

    /** A group whose share of the panel is below this fraction of its share of the population is marked. */
    public static final double UNDER_REPRESENTED = 0.8;

    public record Month(LocalDate end, long members) {}

    /**
     * One group: members in the panel and residents in the population, and the shares of each.
     *
     * @param labelKey a message key, or null when {@code label} is a name (areas)
     */
    public record Group(
            String label, String labelKey, long members, long population, double panelShare, double populationShare) {
        public boolean underRepresented() {
            return populationShare > 0 && panelShare < UNDER_REPRESENTED * populationShare;
        }

        public String panelPercent() {
            return percent(panelShare);
        }

        public String populationPercent() {
            return percent(populationShare);
        }

        private static String percent(double share) {
            return String.format(java.util.Locale.ROOT, "%.1f", share * 100).replace('.', ',');
        }
    }

    public long maxMonth() {
        return months.stream().mapToLong(Month::members).max().orElse(0);
    }

    static PanelOverview of(
            List<Area> areas,
            Map<Long, Long> byArea,
            Map<Sex, Long> bySex,
            Map<AgeBand, Long> byAge,
            List<Month> months,
            long active) {
        long areaMembers = byArea.values().stream().mapToLong(Long::longValue).sum();
        long areaPopulation =
                areas.stream().mapToLong(a -> a.residents() - a.age0to15()).sum();
        List<Group> areaGroups = new ArrayList<>();
        for (Area area : areas) {
            long members = byArea.getOrDefault(area.id(), 0L);
            areaGroups.add(new Group(
                    area.name(),
                    null,
                    members,
                    area.residents() - area.age0to15(),
                    share(members, areaMembers),
                    share(area.residents() - area.age0to15(), areaPopulation)));
        }
        long sexMembers = bySex.getOrDefault(Sex.M, 0L) + bySex.getOrDefault(Sex.V, 0L);
        long men = areas.stream().mapToLong(Area::men).sum();
        long women = areas.stream().mapToLong(Area::women).sum();
        List<Group> sexGroups = List.of(
                new Group(
                        "M",
                        "panel.sex.M",
                        bySex.getOrDefault(Sex.M, 0L),
                        men,
                        share(bySex.getOrDefault(Sex.M, 0L), sexMembers),
                        share(men, men + women)),
                new Group(
                        "V",
                        "panel.sex.V",
                        bySex.getOrDefault(Sex.V, 0L),
                        women,
                        share(bySex.getOrDefault(Sex.V, 0L), sexMembers),
                        share(women, men + women)));
        long ageMembers = byAge.values().stream().mapToLong(Long::longValue).sum();
        long agePopulation = 0;
        for (AgeBand band : AgeBand.values()) {
            agePopulation += areas.stream().mapToLong(band::population).sum();
        }
        List<Group> ageGroups = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            long population = areas.stream().mapToLong(band::population).sum();
            long members = byAge.getOrDefault(band, 0L);
            ageGroups.add(new Group(
                    band.label(),
                    null,
                    members,
                    population,
                    share(members, ageMembers),
                    share(population, agePopulation)));
        }
        return new PanelOverview(months, active, areaGroups, sexGroups, ageGroups);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
