package nl.plein.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** Finds budget components and their projects through the project module's facade. */
@Component
public class BudgetLookup {

    /** A budget with the project and phase it belongs to. */
    public record BudgetInProject(ProjectDetails project, Phase phase, PhaseComponent component) {

        /** Whether ballots may be cast now: the phase takes input (closing by staff is checked by {@link Budgets}). */
        public boolean phaseOpen() {
            return project.takesInput(phase);
        }

        public String path() {
            return BudgetComponent.path(project.slug(), component.id());
        }
    }

    private final ProjectManagement projects;

    BudgetLookup(ProjectManagement projects) {
        this.projects = projects;
    }

    /** A budget on a published project's page (what residents may open); empty for anything else. */
    public Optional<BudgetInProject> published(OrganisationId org, String slug, long componentId) {
        return projects.publishedProject(org, slug).flatMap(p -> find(p, componentId));
    }

    /** Any budget of the organisation, drafts included, for staff. */
    public Optional<BudgetInProject> any(OrganisationId org, long componentId) {
        return projects.projectWithComponent(org, componentId).flatMap(p -> find(p, componentId));
    }

    /** Every budget of the organisation, for the staff overview. */
    public List<BudgetInProject> all(OrganisationId org) {
        List<BudgetInProject> found = new ArrayList<>();
        for (var summary : projects.allProjects(org)) {
            projects.project(org, summary.id()).ifPresent(p -> {
                for (Phase phase : p.phases()) {
                    for (PhaseComponent c : phase.components()) {
                        if (BudgetComponent.KEY.equals(c.typeKey())) found.add(new BudgetInProject(p, phase, c));
                    }
                }
            });
        }
        return found;
    }

    private static Optional<BudgetInProject> find(ProjectDetails project, long componentId) {
        for (Phase phase : project.phases()) {
            for (PhaseComponent c : phase.components()) {
                if (c.id() == componentId && BudgetComponent.KEY.equals(c.typeKey())) {
                    return Optional.of(new BudgetInProject(project, phase, c));
                }
            }
        }
        return Optional.empty();
    }
}
