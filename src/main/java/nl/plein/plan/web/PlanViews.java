package nl.plein.plan.web;

import java.util.List;
import java.util.Map;
import nl.plein.meeting.Worksheets;
import nl.plein.plan.MethodForm;
import nl.plein.plan.Plan;
import nl.plein.plan.PlanChange;
import nl.plein.plan.PlanComment;
import nl.plein.plan.PlanSection;
import nl.plein.plan.SectionText;
import nl.plein.plan.Stakeholders;
import nl.plein.project.ProjectDetails;
import nl.plein.shared.FieldErrors;

/** What the plan templates get. */
public final class PlanViews {

    private PlanViews() {}

    /** The plan's overview; {@code plan} is null when the project has none yet. */
    public record PlanView(
            ProjectDetails project,
            Plan plan,
            Map<PlanSection, Long> commentCounts,
            MethodForm methodForm,
            FieldErrors methodErrors,
            String notice) {

        public String base() {
            return "/beheer/projecten/" + project.id() + "/participatieplan";
        }

        public long comments(PlanSection section) {
            return commentCounts.getOrDefault(section, 0L);
        }

        public List<PlanSection.Question> questions() {
            return List.of(PlanSection.Question.values());
        }

        public List<Stakeholders.Level> interestLevels() {
            return List.of(Stakeholders.Level.values());
        }

        public List<Stakeholders.Level> influenceLevels() {
            return List.of(Stakeholders.Level.HIGH, Stakeholders.Level.MEDIUM, Stakeholders.Level.LOW);
        }
    }

    /**
     * One section's editor. {@code conflict} holds the text someone else saved in between (null when
     * there was no conflict); {@code body} is always what this editor typed or loaded.
     */
    public record SectionEditView(
            ProjectDetails project,
            PlanSection section,
            String body,
            int version,
            FieldErrors errors,
            SectionText conflict,
            List<PlanComment> comments,
            String comment,
            FieldErrors commentErrors,
            String requestKey,
            List<Worksheets.Outcome> worksheets,
            Worksheets.Outcome proposedFrom) {

        public String base() {
            return "/beheer/projecten/" + project.id() + "/participatieplan";
        }

        public String action() {
            return base() + "/onderdelen/" + section.slug();
        }
    }

    public record HistoryView(ProjectDetails project, List<PlanChange> changes) {

        public String base() {
            return "/beheer/projecten/" + project.id() + "/participatieplan";
        }
    }

    public record TemplateView(Map<PlanSection, String> texts, FieldErrors errors, boolean saved) {

        public List<PlanSection> sections() {
            return List.of(PlanSection.values());
        }

        public String text(PlanSection section) {
            return texts.getOrDefault(section, "");
        }
    }
}
