package nl.plein.opinionmap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.project.ComponentType;
import nl.plein.project.Input;
import nl.plein.project.Participation;
import nl.plein.project.PhaseComponent;
import nl.plein.shared.Markdown;
import nl.plein.shared.OrganisationId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The opinion map as a component of a phase. Staff give it an introduction here; who may take part,
 * pre-moderation, statements and imports live on the map's own staff page (/beheer/meningenkaarten).
 */
@Component
class OpinionMapComponent implements ComponentType {

    static final String KEY = "opinion-map";
    static final String INTRODUCTION = "introduction";

    private final OpinionMaps maps;
    /** Lazily: the lookup needs ProjectManagement, which needs every component type (this one too). */
    private final ObjectProvider<ComponentLookup> lookup;

    private final MessageSource messages;

    OpinionMapComponent(OpinionMaps maps, ObjectProvider<ComponentLookup> lookup, MessageSource messages) {
        this.maps = maps;
        this.lookup = lookup;
        this.messages = messages;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "opinionmap.component";
    }

    @Override
    public String descriptionKey() {
        return "opinionmap.component.description";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of(
                new SettingField(INTRODUCTION, "opinionmap.component.introduction", SettingField.Kind.MARKDOWN, false));
    }

    @Override
    public String publicHtml(PhaseComponent component) {
        return Markdown.toSafeHtml(component.setting(INTRODUCTION));
    }

    @Override
    public Optional<String> publicUrl(String projectSlug, PhaseComponent component) {
        return Optional.of(path(projectSlug, component.id()));
    }

    static String path(String projectSlug, long componentId) {
        return "/projecten/" + projectSlug + "/meningenkaart/" + componentId;
    }

    @Override
    public Optional<Participation> participation(OrganisationId org, PhaseComponent component, Locale locale) {
        long participants = maps.participantCount(org, component.id());
        var byDay = maps.votesByDay(org, component.id());
        long votes = byDay.values().stream().mapToLong(Long::longValue).sum();
        long submitted = maps.participantStatements(org, component.id()).size();
        return Optional.of(new Participation(
                participants,
                votes + submitted,
                Participation.byChannel(maps.participantsByChannel(org, component.id())),
                Map.of(),
                byDay,
                findings(org, component, locale)));
    }

    /** The groups and the common ground in words; groups under the smallest size are not described. */
    private String findings(OrganisationId org, PhaseComponent component, Locale locale) {
        var summary = maps.summary(org, component.id());
        if (summary.isEmpty()) return t("opinionmap.findings.none", locale);
        Map<Long, String> texts = new LinkedHashMap<>();
        maps.statements(org, component.id()).forEach(s -> texts.put(s.id(), s.text()));
        var out = new StringBuilder();
        var groups = summary.get().groups().stream()
                .filter(g -> g.size() >= Participation.SMALLEST_GROUP)
                .toList();
        out.append(t("opinionmap.findings.groups", locale, summary.get().participantsInMap(), groups.size()))
                .append("\n\n");
        for (var group : groups) {
            out.append("**")
                    .append(t("opinionmap.group.name", locale, group.letter()))
                    .append("** (")
                    .append(t("opinionmap.group.size", locale, group.size()))
                    .append(")\n\n");
            for (var rep : group.representative()) {
                out.append("- ")
                        .append(t(rep.agree() ? "opinionmap.findings.agree" : "opinionmap.findings.disagree", locale))
                        .append(": ")
                        .append(texts.getOrDefault(rep.statementId(), ""))
                        .append('\n');
            }
            out.append('\n');
        }
        if (!summary.get().consensus().isEmpty()) {
            out.append("**").append(t("opinionmap.consensus.title", locale)).append("**\n\n");
            for (var c : summary.get().consensus()) {
                out.append("- ")
                        .append(t(c.agree() ? "opinionmap.findings.agree" : "opinionmap.findings.disagree", locale))
                        .append(": ")
                        .append(texts.getOrDefault(c.statementId(), ""))
                        .append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public List<Input> inputs(OrganisationId org, PhaseComponent component) {
        String base = lookup.getObject()
                .slugOf(org, component.phaseId())
                .map(slug -> path(slug, component.id()))
                .orElse("");
        var inputs = new java.util.ArrayList<Input>();
        for (Object[] s : maps.participantStatements(org, component.id())) {
            Long account = (Long) s[2];
            inputs.add(new Input(
                    "statement", (Long) s[0], (String) s[1], base, account == null ? Set.of() : Set.of(account)));
        }
        if (maps.summary(org, component.id()).isPresent()) {
            inputs.add(new Input("opinion-map", component.id(), component.title(), base + "/kaart", Set.of()));
        }
        return inputs;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
