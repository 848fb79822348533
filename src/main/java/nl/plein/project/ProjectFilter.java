package nl.plein.project;

/** The filters of the public project list; null means "any". Pages count from 1. */
public record ProjectFilter(Long areaId, Long themeId, ProjectStatus status, int page) {

    public ProjectFilter {
        if (status == ProjectStatus.DRAFT) {
            status = null; // drafts are never public, whatever the query string says
        }
        page = Math.max(1, page);
    }

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, 1);
    }
}
