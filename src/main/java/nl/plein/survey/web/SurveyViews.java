package nl.plein.survey.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.FieldErrors;
import nl.plein.survey.Survey;
import nl.plein.survey.SurveyAnswering.Progress;

/** The view records of SurveyController's pages, apart from the controller so templates never depend on it. */
public final class SurveyViews {

    private SurveyViews() {}

    /** The survey's own page: what it is about and whether and how one can answer. */
    public record IntroPage(
            Survey survey,
            Survey.State state,
            String opensOn,
            String closedOn,
            String startKey,
            boolean signedIn,
            Optional<Progress> unfinished) {}

    /**
     * After "save and continue later": the full link to continue, a form to mail it, and the way back.
     *
     * @param project the project the survey belongs to, if one shows it
     */
    public record SavedPage(
            Survey survey,
            String token,
            String link,
            Progress progress,
            boolean signedIn,
            Optional<ProjectSummary> project,
            String email,
            FieldErrors errors,
            boolean mailed,
            String requestKey) {}

    /** A short page that explains where a link or a start led (used invitation, closed survey, ...). */
    public record MessagePage(String titleKey, String textKey, List<Object> args, Long surveyId, boolean resultsLink) {}

    /** The page of questions (or the "about you" page) being answered. */
    public record AnswerPage(
            Survey survey,
            String token,
            int page,
            boolean about,
            boolean first,
            boolean last,
            int pageIndex,
            int pageCount,
            List<QuestionView> questions,
            FieldErrors errors,
            List<String> errorFields,
            Map<String, String> aboutValues,
            List<String> areaIds,
            List<String> areaNames) {}
}
