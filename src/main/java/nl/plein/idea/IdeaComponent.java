package nl.plein.idea;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.project.ComponentType;
import nl.plein.project.Input;
import nl.plein.project.Participation;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Markdown;
import nl.plein.shared.OrganisationId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The ideas component: residents submit and support ideas; staff give each a status. */
@Component
class IdeaComponent implements ComponentType {

    static final String KEY = "ideas";
    static final String INTRO = "intro";

    private final IdeaManagement ideas;
    private final MessageSource messages;
    private final ObjectProvider<ProjectManagement> projects;

    IdeaComponent(IdeaManagement ideas, MessageSource messages, ObjectProvider<ProjectManagement> projects) {
        this.ideas = ideas;
        this.messages = messages;
        this.projects = projects;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "idea.component";
    }

    @Override
    public String descriptionKey() {
        return "idea.component.description";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of(new SettingField(INTRO, "idea.component.intro", SettingField.Kind.MARKDOWN, false));
    }

    @Override
    public String publicHtml(PhaseComponent component) {
        return Markdown.toSafeHtml(component.setting(INTRO));
    }

    @Override
    public Optional<String> publicUrl(String projectSlug, PhaseComponent component) {
        return Optional.of("/projecten/" + projectSlug + "/ideeen/" + component.id());
    }

    @Override
    public Optional<Participation> participation(OrganisationId organisation, PhaseComponent component, Locale locale) {
        var figures = ideas.figures(organisation, component.id());
        String byStatus = figures.byStatus().entrySet().stream()
                .map(e -> "- " + messages.getMessage(e.getKey().messageKey(), null, locale) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        String findings =
                messages.getMessage("idea.findings", new Object[] {figures.ideas(), figures.participants()}, locale)
                        + (byStatus.isEmpty() ? "" : "\n\n" + byStatus);
        return Optional.of(new Participation(
                figures.participants(),
                figures.ideas(),
                Participation.byChannel(figures.byChannel()),
                Map.of(),
                figures.byDay(),
                findings));
    }

    @Override
    public List<Input> inputs(OrganisationId organisation, PhaseComponent component) {
        List<Idea> visible = ideas.visibleIdeas(organisation, component.id());
        if (visible.isEmpty()) {
            return List.of();
        }
        String slug = projects.getObject()
                .project(organisation, visible.getFirst().projectId())
                .map(ProjectDetails::slug)
                .orElse("");
        return visible.stream()
                .map(idea -> new Input(
                        "idea",
                        idea.id(),
                        idea.title(),
                        "/projecten/" + slug + "/ideeen/" + component.id() + "/" + idea.id(),
                        idea.authorAccountId() == null ? Set.of() : Set.of(idea.authorAccountId())))
                .toList();
    }
}
