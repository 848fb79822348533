package nl.plein.idea;

/** Where an ideas component lives: its project and whether it takes new ideas and supports now. */
public record IdeaPlace(long projectId, String projectSlug, long componentId, boolean open) {

    public String path() {
        return "/projecten/" + projectSlug + "/ideeen/" + componentId;
    }

    public String path(long ideaId) {
        return path() + "/" + ideaId;
    }
}
