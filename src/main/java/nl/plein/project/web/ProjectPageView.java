package nl.plein.project.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.plein.project.ComponentRegistry;
import nl.plein.project.ComponentType;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.PhaseTiming;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectPageExtension.ProjectLink;
import nl.plein.project.ProjectPageExtension.ProjectSection;
import nl.plein.tenancy.Area;

/** The project page, public or as a preview for staff (then with a banner and the back-office image address). */
public record ProjectPageView(
        ProjectDetails project,
        List<String> areaNames,
        boolean preview,
        Map<String, ComponentType> types,
        List<ProjectLink> links,
        List<ProjectSection> sections) {

    static ProjectPageView of(
            ProjectDetails project,
            List<Area> areas,
            ComponentRegistry registry,
            boolean preview,
            List<ProjectLink> links,
            List<ProjectSection> sections) {
        Map<Long, String> names = areas.stream().collect(Collectors.toMap(Area::id, Area::name));
        return new ProjectPageView(
                project,
                project.areaIds().stream()
                        .map(names::get)
                        .filter(n -> n != null)
                        .toList(),
                preview,
                registry.all().stream().collect(Collectors.toMap(ComponentType::key, t -> t)),
                links,
                sections);
    }

    public String imageUrl() {
        return preview
                ? "/beheer/projecten/" + project.id() + "/afbeelding?v=" + project.version()
                : "/projecten/" + project.slug() + "/afbeelding?v=" + project.version();
    }

    /** The phase after today's, for "the next phase starts on ..." when no phase runs right now. */
    public Optional<Phase> nextPhase() {
        return project.phases().stream()
                .filter(p -> p.timing() == PhaseTiming.COMING)
                .findFirst();
    }

    /** 1-based position of a phase, to tell residents "phase 2 of 4". */
    public int number(Phase phase) {
        return project.phases().indexOf(phase) + 1;
    }

    public String componentHtml(PhaseComponent component) {
        ComponentType type = types.get(component.typeKey());
        return type == null ? "" : type.publicHtml(component);
    }

    public Optional<String> componentUrl(PhaseComponent component) {
        ComponentType type = types.get(component.typeKey());
        return type == null ? Optional.empty() : type.publicUrl(project.slug(), component);
    }
}
