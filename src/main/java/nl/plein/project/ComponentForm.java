package nl.plein.project;

import java.util.LinkedHashMap;
import java.util.Map;

/** A component as staff configure it on a phase: its type, a title and the type's settings. */
public record ComponentForm(String typeKey, String title, Map<String, String> settings, String requestKey) {

    public ComponentForm {
        typeKey = ProjectForm.trim(typeKey);
        title = ProjectForm.trim(title);
        var copy = new LinkedHashMap<String, String>();
        if (settings != null) {
            settings.forEach((k, v) -> copy.put(k, v == null ? "" : v.strip()));
        }
        settings = Map.copyOf(copy);
        requestKey = ProjectForm.trim(requestKey);
    }

    public String setting(String name) {
        return settings.getOrDefault(name, "");
    }
}
