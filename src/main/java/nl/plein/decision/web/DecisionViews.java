package nl.plein.decision.web;

import java.util.ArrayList;
import java.util.List;
import nl.plein.decision.Decision;
import nl.plein.decision.DecisionForm;
import nl.plein.decision.Decisions.Candidate;
import nl.plein.decision.Verdict;
import nl.plein.project.ProjectDetails;
import nl.plein.shared.FieldErrors;

/** What the decision templates get. */
public final class DecisionViews {

    private DecisionViews() {}

    /** The public timeline of a project's decisions, or one decision ({@code decisions} holds just it). */
    public record PublicView(ProjectDetails project, List<Decision> decisions, boolean single) {}

    public record AdminListView(ProjectDetails project, List<Decision> decisions, int candidates, String notice) {}

    public record FormView(ProjectDetails project, List<Candidate> candidates, DecisionForm form, FieldErrors errors) {

        public List<Verdict> verdicts() {
            return List.of(Verdict.values());
        }

        /** Every field in the order of the form, for the error summary at the top. */
        public List<String> fields() {
            List<String> fields = new ArrayList<>(List.of("title", "decidedBy", "decidedOn", "description"));
            for (Candidate candidate : candidates) {
                fields.add("verdict-" + candidate.key());
                fields.add("reason-" + candidate.key());
            }
            return fields;
        }
    }
}
