package nl.plein.survey.web;

import java.util.List;
import java.util.Map;
import nl.plein.identity.ApiTokens;
import nl.plein.panel.CsvImport;
import nl.plein.shared.FieldErrors;
import nl.plein.survey.PaperCopies;
import nl.plein.survey.QuestionForm;
import nl.plein.survey.QuestionKind;
import nl.plein.survey.Survey;
import nl.plein.survey.SurveyForm;
import nl.plein.survey.SurveyManagement;

/** The view records of SurveyAdminController's pages, apart from the controller so templates never depend on it. */
public final class SurveyAdminViews {

    private SurveyAdminViews() {}

    public record ListPage(List<SurveyManagement.Listed> surveys, boolean mayBuild) {}

    /** The survey's page in the back office: settings, questions per page, and what to do with it. */
    public record DetailPage(
            Survey survey,
            Survey.State state,
            SurveyForm form,
            FieldErrors formErrors,
            QuestionForm question,
            FieldErrors questionErrors,
            Long editing,
            List<Integer> pages,
            List<QuestionKind> kinds,
            List<ConditionChoice> conditions,
            Map<Long, String> conditionTexts,
            SurveyManagement.PanelRate rate,
            String notice,
            CsvImport paperImport,
            PaperCopies.Counts paperCopies,
            FieldErrors paperErrors,
            Map<String, String> paperTyped,
            boolean mayBuild,
            boolean mayAnalyse) {

        public String paperTyped(String field) {
            return paperTyped.getOrDefault(field, "");
        }
    }

    /** One answer of an earlier question a question can depend on. */
    public record ConditionChoice(String value, String question, String option, boolean translate) {}

    public record PreviewPage(Survey survey, int page, List<Integer> pages, List<QuestionView> questions) {}

    public record ResultsPage(
            ResultsView results,
            SurveyManagement.PanelRate rate,
            List<String> areaIds,
            List<String> areaNames,
            List<String> ageBands,
            List<String> channels,
            List<String> channelLabels,
            FieldErrors errors,
            String notice) {}

    public record TokensPage(List<ApiTokens.ApiToken> tokens, String created, FieldErrors errors, String name) {}
}
