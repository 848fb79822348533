package nl.plein.budget;

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
 * A participatory budget as a component of a phase. Staff give it an introduction here; the amount, the kind of
 * ballot, proposals, paper ballots and the count live on the budget's own staff page (/beheer/begrotingen).
 */
@Component
class BudgetComponent implements ComponentType {

    static final String KEY = "budget";
    static final String INTRODUCTION = "introduction";

    private final Budgets budgets;
    private final Explanations explanations;
    /** Lazily: the lookup needs ProjectManagement, which needs every component type (this one too). */
    private final ObjectProvider<BudgetLookup> lookup;

    private final MessageSource messages;

    BudgetComponent(
            Budgets budgets, Explanations explanations, ObjectProvider<BudgetLookup> lookup, MessageSource messages) {
        this.budgets = budgets;
        this.explanations = explanations;
        this.lookup = lookup;
        this.messages = messages;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "budget.component";
    }

    @Override
    public String descriptionKey() {
        return "budget.component.description";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of(
                new SettingField(INTRODUCTION, "budget.component.introduction", SettingField.Kind.MARKDOWN, false));
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
        return "/projecten/" + projectSlug + "/begroting/" + componentId;
    }

    @Override
    public Optional<Participation> participation(OrganisationId org, PhaseComponent component, Locale locale) {
        long ballots = budgets.ballotCount(org, component.id());
        return Optional.of(new Participation(
                ballots,
                ballots,
                Participation.byChannel(budgets.ballotsByChannel(org, component.id())),
                Map.of(),
                budgets.ballotsByDay(org, component.id()),
                findings(org, component, ballots, locale)));
    }

    /** The published count in words: what was funded and why; nothing before residents may see it. */
    private String findings(OrganisationId org, PhaseComponent component, long ballots, Locale locale) {
        var settings = budgets.settings(org, component.id());
        if (!settings.published()) return t("budget.findings.none", locale);
        var results = budgets.results(org, component.id());
        long used = results.stream()
                .filter(r -> r.verdict().selected())
                .mapToLong(r -> r.proposal().cost())
                .sum();
        var out = new StringBuilder(t(
                        "budget.findings.summary",
                        locale,
                        ballots,
                        t(Explanations.ruleKey(settings.rule()), locale),
                        Explanations.euros(used, locale),
                        Explanations.euros(settings.amount(), locale)))
                .append("\n\n");
        for (var r : results) {
            out.append("- **")
                    .append(r.proposal().title())
                    .append("** (")
                    .append(Explanations.euros(r.proposal().cost(), locale))
                    .append("): ")
                    .append(explanations.why(r, locale))
                    .append('\n');
        }
        return out.toString();
    }

    /** Once published, the count is input a decision can build on. */
    @Override
    public List<Input> inputs(OrganisationId org, PhaseComponent component) {
        if (!budgets.settings(org, component.id()).published()) return List.of();
        String base =
                lookup.getObject().any(org, component.id()).map(b -> b.path()).orElse("");
        return List.of(new Input("budget", component.id(), component.title(), base + "/uitslag", Set.of()));
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
