package nl.plein.project;

import java.util.List;
import java.util.Optional;
import nl.plein.shared.Markdown;

/** Everything the project page and the back office show of one project. Phases are in date order. */
public record ProjectDetails(
        long id,
        String slug,
        String title,
        String summary,
        String body,
        String contactName,
        String contactEmail,
        ProjectStatus status,
        boolean hasImage,
        String imageAlt,
        int version,
        List<Long> areaIds,
        List<Theme> themes,
        List<Phase> phases) {

    /** The body as safe HTML: raw HTML and scripts never survive. */
    public String bodyHtml() {
        return Markdown.toSafeHtml(body);
    }

    /** Whether a component in this phase takes new input now: the phase is current and the project not closed. */
    public boolean takesInput(Phase phase) {
        return phase.timing() == PhaseTiming.CURRENT && status != ProjectStatus.CLOSED;
    }

    public Optional<Phase> currentPhase() {
        return phases.stream().filter(p -> p.timing() == PhaseTiming.CURRENT).findFirst();
    }

    /** The phases residents can still influence: the current one and those still to come. */
    public List<Phase> phasesStillOpen() {
        return phases.stream()
                .filter(p -> p.timing() != PhaseTiming.PAST && !p.openPoints().isEmpty())
                .toList();
    }

    public List<String> themeNames() {
        return themes.stream().map(Theme::name).toList();
    }

    public List<Long> themeIds() {
        return themes.stream().map(Theme::id).toList();
    }

    public ProjectForm toForm() {
        return new ProjectForm(title, summary, body, contactName, contactEmail, areaIds, themeIds(), "", version, "");
    }
}
