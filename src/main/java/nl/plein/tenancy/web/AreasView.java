package nl.plein.tenancy.web;

import java.util.List;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.AreaImport;

/**
 * @param result the import just done (success or the list of bad lines), or null
 * @param fileError message key of a problem with the upload itself, or null
 */
public record AreasView(List<Area> areas, AreaImport result, String fileError) {

    public boolean hasErrors() {
        return fileError != null || (result != null && !result.succeeded());
    }

    /** Kinds this module writes have a translation; others (set by other means) are shown as stored. */
    public static String kindKey(String kind) {
        return switch (kind) {
            case "wijk", "buurt" -> "areas.kind." + kind;
            default -> null;
        };
    }
}
