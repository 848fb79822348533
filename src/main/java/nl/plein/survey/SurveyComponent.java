package nl.plein.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.project.ComponentType;
import nl.plein.project.Input;
import nl.plein.project.Participation;
import nl.plein.project.PhaseComponent;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Markdown;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A survey in a project phase. Staff build the survey under Vragenlijsten and give its number here;
 * the phase then links to it, and the participation report gets its figures.
 */
@Component
public class SurveyComponent implements ComponentType {

    public static final String KEY = "survey";
    public static final String SURVEY = "survey";
    static final String TEXT = "text";

    private final SurveyManagement management;
    private final SurveyResults results;
    private final CurrentOrganisation current;
    private final MessageSource messages;

    SurveyComponent(
            SurveyManagement management, SurveyResults results, CurrentOrganisation current, MessageSource messages) {
        this.management = management;
        this.results = results;
        this.current = current;
        this.messages = messages;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "survey.component";
    }

    @Override
    public String descriptionKey() {
        return "survey.component.description";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of(
                new SettingField(SURVEY, "survey.component.number", SettingField.Kind.TEXT, true),
                new SettingField(TEXT, "survey.component.text", SettingField.Kind.MARKDOWN, false));
    }

    @Override
    public FieldErrors validate(Map<String, String> settings) {
        var errors = new FieldErrors();
        Optional<Long> id = surveyId(settings.getOrDefault(SURVEY, ""));
        if (id.isEmpty()) {
            return errors.reject(SURVEY, "survey.component.error.number");
        }
        // In a request (the back office) the number must be one of this organisation's surveys.
        if (RequestContextHolder.getRequestAttributes() != null
                && management.survey(current.id(), id.get()).isEmpty()) {
            errors.reject(SURVEY, "survey.component.error.unknown");
        }
        return errors;
    }

    @Override
    public String publicHtml(PhaseComponent component) {
        return Markdown.toSafeHtml(component.setting(TEXT));
    }

    @Override
    public Optional<String> publicUrl(String projectSlug, PhaseComponent component) {
        return surveyId(component.setting(SURVEY)).map(id -> "/vragenlijsten/" + id);
    }

    @Override
    public Optional<Participation> participation(OrganisationId organisation, PhaseComponent component, Locale locale) {
        return survey(organisation, component)
                .map(survey -> results.participation(
                        organisation,
                        survey,
                        survey.resultsPublished()
                                ? survey.resultsText()
                                : messages.getMessage(
                                        "survey.component.findings.none", new Object[] {survey.title()}, locale)));
    }

    @Override
    public List<Input> inputs(OrganisationId organisation, PhaseComponent component) {
        return survey(organisation, component)
                .map(survey -> List.of(new Input(
                        "survey",
                        survey.id(),
                        survey.title(),
                        "/vragenlijsten/" + survey.id() + (survey.resultsPublished() ? "/uitkomsten" : ""),
                        Set.of())))
                .orElse(List.of());
    }

    private Optional<Survey> survey(OrganisationId organisation, PhaseComponent component) {
        return surveyId(component.setting(SURVEY)).flatMap(id -> management.survey(organisation, id));
    }

    static Optional<Long> surveyId(String value) {
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
