package nl.plein.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plein.project.ComponentRegistry;
import nl.plein.project.ComponentType;
import nl.plein.project.Participation;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Asks every component of a project for its figures, through the Component contract; a type that is
 * not installed, or collects no input, adds nothing. The report and the dashboard both read this.
 */
@Component
class ComponentFigures {

    /** One component's figures with where it sits in the project. */
    record Of(Phase phase, PhaseComponent component, ComponentType type, Participation participation) {}

    private final ComponentRegistry registry;

    ComponentFigures(ComponentRegistry registry) {
        this.registry = registry;
    }

    List<Of> of(OrganisationId org, ProjectDetails project, Locale locale) {
        List<Of> figures = new ArrayList<>();
        for (Phase phase : project.phases()) {
            for (PhaseComponent component : phase.components()) {
                registry.find(component.typeKey())
                        .ifPresent(type -> type.participation(org, component, locale)
                                .ifPresent(p -> figures.add(new Of(phase, component, type, p))));
            }
        }
        return figures;
    }

    /** Takes part summed over the components: someone in two components counts twice, as reports say. */
    static long participants(List<Of> figures) {
        return figures.stream().mapToLong(c -> c.participation().participants()).sum();
    }

    static long inputs(List<Of> figures) {
        return figures.stream().mapToLong(c -> c.participation().inputs()).sum();
    }
}
