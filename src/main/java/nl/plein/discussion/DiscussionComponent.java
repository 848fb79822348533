package nl.plein.discussion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.project.ComponentType;
import nl.plein.project.Input;
import nl.plein.project.Participation;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Excerpt;
import nl.plein.shared.Markdown;
import nl.plein.shared.OrganisationId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The discussion component: a question with background on which residents post contributions. */
@Component
class DiscussionComponent implements ComponentType {

    static final String KEY = "discussion";
    static final String QUESTION = "question";
    static final String BACKGROUND = "background";

    private final DiscussionManagement discussions;
    private final MessageSource messages;
    /** Lazily: the project module finds this type through its registry, so it cannot be built first. */
    private final ObjectProvider<ProjectManagement> projects;

    DiscussionComponent(
            DiscussionManagement discussions, MessageSource messages, ObjectProvider<ProjectManagement> projects) {
        this.discussions = discussions;
        this.messages = messages;
        this.projects = projects;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "discussion.component";
    }

    @Override
    public String descriptionKey() {
        return "discussion.component.description";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of(
                new SettingField(QUESTION, "discussion.component.question", SettingField.Kind.TEXT, true),
                new SettingField(BACKGROUND, "discussion.component.background", SettingField.Kind.MARKDOWN, false));
    }

    @Override
    public String publicHtml(PhaseComponent component) {
        return Markdown.toSafeHtml(component.setting(QUESTION));
    }

    @Override
    public Optional<String> publicUrl(String projectSlug, PhaseComponent component) {
        return Optional.of("/projecten/" + projectSlug + "/gesprek/" + component.id());
    }

    @Override
    public Optional<Participation> participation(OrganisationId organisation, PhaseComponent component, Locale locale) {
        var figures = discussions.figures(organisation, component.id());
        Map<String, Long> byArea = new LinkedHashMap<>();
        figures.byArea().forEach((area, people) -> {
            if (area != null && people >= Participation.SMALLEST_GROUP) {
                byArea.put(area, people);
            }
        });
        String findings = messages.getMessage(
                "discussion.findings",
                new Object[] {figures.contributions(), figures.participants(), component.setting(QUESTION)},
                locale);
        return Optional.of(new Participation(
                figures.participants(),
                figures.contributions(),
                Participation.byChannel(figures.byChannel()),
                byArea,
                figures.byDay(),
                findings));
    }

    @Override
    public List<Input> inputs(OrganisationId organisation, PhaseComponent component) {
        var rows = discussions.visibleRows(organisation, component.id());
        if (rows.isEmpty()) {
            return List.of();
        }
        String slug = projects.getObject()
                .project(organisation, rows.getFirst().projectId())
                .map(ProjectDetails::slug)
                .orElse("");
        return rows.stream()
                .map(row -> new Input(
                        "contribution",
                        row.id(),
                        Excerpt.of(row.body(), 120),
                        "/projecten/" + slug + "/gesprek/" + component.id() + "#reactie-" + row.id(),
                        row.authorAccountId() == null ? java.util.Set.of() : java.util.Set.of(row.authorAccountId())))
                .toList();
    }
}
