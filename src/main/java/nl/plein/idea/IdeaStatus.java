package nl.plein.idea;

/** Where an idea stands; every change carries a public explanation. */
public enum IdeaStatus {
    SUBMITTED,
    UNDER_REVIEW,
    FEASIBLE,
    NOT_FEASIBLE,
    PLANNED,
    DONE;

    public String messageKey() {
        return "idea.status." + name();
    }

    public static IdeaStatus parse(String value) {
        for (IdeaStatus status : values()) {
            if (status.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return status;
            }
        }
        return null;
    }
}
