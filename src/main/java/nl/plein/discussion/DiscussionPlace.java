package nl.plein.discussion;

/** Where a discussion lives: its project (for links and moderation) and its component. */
public record DiscussionPlace(long projectId, String projectSlug, long componentId, String question, boolean open) {

    public String path() {
        return "/projecten/" + projectSlug + "/gesprek/" + componentId;
    }
}
