package nl.plein.project;

import java.util.List;

/**
 * What staff type when they create or edit a project. Never an entity: the use case decides what
 * to store. {@code version} is the version the form was loaded with (optimistic locking);
 * {@code requestKey} makes a repeated submit of the create form create one project.
 * {@code newTheme}, when filled in, becomes a theme of the organisation and of this project.
 */
public record ProjectForm(
        String title,
        String summary,
        String body,
        String contactName,
        String contactEmail,
        List<Long> areaIds,
        List<Long> themeIds,
        String newTheme,
        int version,
        String requestKey) {

    public ProjectForm {
        title = trim(title);
        summary = trim(summary);
        body = body == null ? "" : body.strip();
        contactName = trim(contactName);
        contactEmail = trim(contactEmail);
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        newTheme = trim(newTheme);
        requestKey = trim(requestKey);
    }

    public static ProjectForm empty(String requestKey) {
        return new ProjectForm("", "", "", "", "", List.of(), List.of(), "", 0, requestKey);
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
