package nl.plein.decision;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.plein.project.ComponentRegistry;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.report.DashboardContribution;
import nl.plein.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's feedback figures: how many of the residents' inputs were linked to a decision.
 *
 * <p>The denominator is what the components offer today through {@code ComponentType.inputs} over the
 * published projects, because decision only stores the input it linked. That walks every component, so
 * it is only fit for the dashboard, which computes at most once a minute per organisation in the
 * background. An input counts as having feedback when a decision linked it and the component still
 * offers it (a removed idea no longer counts either way), so the share never exceeds 100%.
 *
 * <p>The time from input to decision cannot be measured yet: {@link nl.plein.project.Input} has no date.
 * The dashboard says so rather than showing a number made up from something else.
 */
@Component
class FeedbackFigures implements DashboardContribution {

    private record Key(String kind, long id) {}

    private final JdbcClient jdbc;
    private final ProjectManagement projects;
    private final ComponentRegistry components;
    private final MessageSource messages;

    FeedbackFigures(JdbcClient jdbc, ProjectManagement projects, ComponentRegistry components, MessageSource messages) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.components = components;
        this.messages = messages;
    }

    @Override
    public String title(Locale locale) {
        return t(locale, "decision.dashboard.title");
    }

    @Override
    public List<DashboardFigure> figures(OrganisationId organisation, Locale locale) {
        Set<Key> linked = new HashSet<>(
                jdbc.sql("select distinct input_kind, input_id from decision_input where organisation_id = ?")
                        .param(organisation.value())
                        .query((rs, i) -> new Key(rs.getString(1), rs.getLong(2)))
                        .list());
        long decisions = jdbc.sql("select count(*) from decision where organisation_id = ?")
                .param(organisation.value())
                .query(Long.class)
                .single();
        Set<Key> offered = new HashSet<>();
        for (ProjectSummary summary : projects.allProjects(organisation)) {
            if (summary.status() == ProjectStatus.DRAFT) {
                continue;
            }
            projects.project(organisation, summary.id()).ifPresent(project -> {
                for (Phase phase : project.phases()) {
                    for (PhaseComponent component : phase.components()) {
                        components
                                .find(component.typeKey())
                                .ifPresent(type -> type.inputs(organisation, component)
                                        .forEach(input -> offered.add(new Key(input.kind(), input.id()))));
                    }
                }
            });
        }
        long withFeedback = offered.stream().filter(linked::contains).count();
        String share = offered.isEmpty()
                ? t(locale, "decision.dashboard.noInputs")
                : t(
                        locale,
                        "decision.dashboard.withFeedbackValue",
                        withFeedback,
                        offered.size(),
                        NumberFormat.getPercentInstance(locale).format((double) withFeedback / offered.size()));
        return List.of(
                new DashboardFigure(t(locale, "decision.dashboard.withFeedback"), share),
                new DashboardFigure(
                        t(locale, "decision.dashboard.decisions"),
                        NumberFormat.getIntegerInstance(locale).format(decisions)),
                new DashboardFigure(t(locale, "decision.dashboard.time"), t(locale, "decision.dashboard.timeUnknown")));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
