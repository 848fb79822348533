/**
 * Surveys (vragenlijsten) and quick polls: a builder for staff (pages, question types, conditions,
 * preview, open and close dates), answering by panel members through personal single-use invitation
 * links, by anyone with the public link (one response per account, or without account where allowed),
 * and paper responses entered or imported by staff; each response records its channel.
 *
 * <h2>Anonymity</h2>
 * A response ({@code survey_response}) holds the answers and the respondent's area, sex and age band,
 * never who gave them. Who was invited and who responded is kept per panel member in
 * {@code survey_invitation}, and per account in {@code survey_account} (one response per account):
 * the link to an unfinished response, needed to resume it, is dropped when the response is complete.
 * Breakdowns of fewer than {@link nl.plein.project.Participation#SMALLEST_GROUP} respondents are never
 * shown.
 *
 * <h2>Answers</h2>
 * Stored as JSON, question id to a list of strings: option codes for choice questions (1..n in the
 * order of the options, the scale value for scales and grades, 1 = yes and 2 = no, the area id for
 * an area question), option codes in rank order for a ranking, {@code row:option} pairs for a matrix,
 * the number or text otherwise. A question that has responses is never changed in place: editing it
 * retires it and adds a new one, so earlier responses stay readable with their own codes.
 *
 * <p>{@link nl.plein.survey.SurveyComponent} is the "survey" component type of the project module.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "audit", "mail", "project", "panel", "report"})
package nl.plein.survey;
