package nl.plein.plan;

import java.util.List;
import nl.plein.project.LadderLevel;
import nl.plein.shared.Markdown;

/**
 * What residents see of an agreed plan: the ladder level per phase (or that this is communication,
 * not participation), the room for influence, the planning and when feedback comes. Texts are Markdown.
 */
public record PlanSummary(
        String projectSlug,
        String projectTitle,
        boolean communicationOnly,
        List<PhaseLevel> phases,
        String roomForInfluence,
        String planning,
        String feedback) {

    public record PhaseLevel(String phaseName, LadderLevel ladderLevel) {}

    public String roomForInfluenceHtml() {
        return Markdown.toSafeHtml(roomForInfluence);
    }

    public String planningHtml() {
        return Markdown.toSafeHtml(planning);
    }

    public String feedbackHtml() {
        return Markdown.toSafeHtml(feedback);
    }
}
