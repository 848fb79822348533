package nl.plein.project;

/** Where a project stands. Only drafts are hidden from residents. */
public enum ProjectStatus {
    DRAFT,
    PLANNED,
    ACTIVE,
    CLOSED;

    public String messageKey() {
        return "project.status." + name();
    }

    public boolean published() {
        return this != DRAFT;
    }
}
