package nl.plein.tenancy;

/** A district or village with its population margins (by sex and by age band). */
public record Area(
        long id,
        String code,
        String name,
        String kind,
        int residents,
        int men,
        int women,
        int age0to15,
        int age15to25,
        int age25to45,
        int age45to65,
        int age65plus) {}
