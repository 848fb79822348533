package nl.plein.moderation.web;

import java.util.List;
import nl.plein.moderation.Moderation;
import nl.plein.moderation.Moderation.PublicItem;
import nl.plein.project.ProjectDetails;
import nl.plein.shared.FieldErrors;

/** The view records of ModerationController's pages, apart from the controller so templates never depend on it. */
public final class ModerationViews {

    private ModerationViews() {}

    /** The report and review forms. */
    public record ItemFormView(PublicItem item, String text, FieldErrors errors, String problem) {}

    /** The public log of a project. */
    public record LogView(ProjectDetails project, List<Moderation.LogEntry> entries) {}
}
