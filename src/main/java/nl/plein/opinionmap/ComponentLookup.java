package nl.plein.opinionmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** Finds opinion-map components and their projects through the project module's facade. */
@Component
public class ComponentLookup {

    /** An opinion map with the project and phase it belongs to. */
    public record MapInProject(ProjectDetails project, Phase phase, PhaseComponent component) {

        /** Whether votes and statements are taken now: the phase is current and the project not closed. */
        public boolean open() {
            return project.takesInput(phase);
        }
    }

    private final ProjectManagement projects;

    ComponentLookup(ProjectManagement projects) {
        this.projects = projects;
    }

    /** A map on a published project's page (what residents may open); empty for anything else. */
    public Optional<MapInProject> published(OrganisationId org, String slug, long componentId) {
        return projects.publishedProject(org, slug).flatMap(p -> find(p, componentId));
    }

    /** Every opinion map of the organisation, for the staff overview. */
    public List<MapInProject> all(OrganisationId org) {
        List<MapInProject> found = new ArrayList<>();
        for (var summary : projects.allProjects(org)) {
            projects.project(org, summary.id()).ifPresent(p -> {
                for (Phase phase : p.phases()) {
                    for (PhaseComponent c : phase.components()) {
                        if (OpinionMapComponent.KEY.equals(c.typeKey())) found.add(new MapInProject(p, phase, c));
                    }
                }
            });
        }
        return found;
    }

    public Optional<MapInProject> any(OrganisationId org, long componentId) {
        return all(org).stream().filter(m -> m.component().id() == componentId).findFirst();
    }

    Optional<String> slugOf(OrganisationId org, long phaseId) {
        for (var summary : projects.allProjects(org)) {
            var p = projects.project(org, summary.id());
            if (p.isPresent() && p.get().phases().stream().anyMatch(f -> f.id() == phaseId)) {
                return Optional.of(p.get().slug());
            }
        }
        return Optional.empty();
    }

    private static Optional<MapInProject> find(ProjectDetails project, long componentId) {
        for (Phase phase : project.phases()) {
            for (PhaseComponent c : phase.components()) {
                if (c.id() == componentId && OpinionMapComponent.KEY.equals(c.typeKey())) {
                    return Optional.of(new MapInProject(project, phase, c));
                }
            }
        }
        return Optional.empty();
    }
}
