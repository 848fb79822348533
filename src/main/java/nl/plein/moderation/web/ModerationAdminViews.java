package nl.plein.moderation.web;

import java.util.List;
import java.util.Map;
import nl.plein.moderation.Moderation.QueueItem;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.FieldErrors;

/** The view records of ModerationAdminController's pages, apart from the controller so templates never depend on it. */
public final class ModerationAdminViews {

    private ModerationAdminViews() {}

    public record QueueView(
            List<QueueItem> items, Map<Long, String> projectTitles, List<ProjectSummary> projects, String done) {
        public String projectTitle(long id) {
            return projectTitles.getOrDefault(id, "");
        }
    }

    public record ItemView(QueueItem item, String projectTitle, String reason, FieldErrors errors, String problem) {}

    public record WordsView(String words, FieldErrors errors, boolean saved) {}

    public record SettingsView(
            ProjectDetails project, boolean preModeration, String reportThreshold, FieldErrors errors, boolean saved) {}
}
