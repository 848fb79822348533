package nl.plein.project;

import java.util.Map;

/** A component attached to a phase: its type key, a title and the settings staff gave it. */
public record PhaseComponent(
        long id, long phaseId, String typeKey, String title, Map<String, String> settings, int position) {

    public String setting(String name) {
        return settings.getOrDefault(name, "");
    }
}
