package nl.plein.survey;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.mail.MailOutbox;
import nl.plein.panel.PanelManagement;
import nl.plein.panel.PanelMemberLeft;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import nl.plein.shared.SecretTokens;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff's use cases on surveys: building, inviting the panel, publishing results. */
@Service
public class SurveyManagement {

    /** The outcome of a command with a form: the id it concerns, or what to correct. */
    public record Outcome(long id, FieldErrors errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** A survey in the back office list. */
    public record Listed(long id, String title, Audience audience, Survey.State state, long responses) {}

    private static final Locale DUTCH = Locale.of("nl");

    private final Surveys surveys;
    private final JdbcClient jdbc;
    private final PanelManagement panel;
    private final Organisations organisations;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AuditLog audit;

    SurveyManagement(
            Surveys surveys,
            JdbcClient jdbc,
            PanelManagement panel,
            Organisations organisations,
            MailOutbox outbox,
            MessageSource messages,
            AuditLog audit) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.panel = panel;
        this.organisations = organisations;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
    }

    public List<Listed> surveys(OrganisationId org) {
        Instant now = Instant.now();
        return surveys.list(org).stream()
                .map(r -> new Listed(
                        r.id(), r.title(), r.audience(), state(r.opensAt(), r.closesAt(), now), r.responses()))
                .toList();
    }

    private static Survey.State state(Instant opens, Instant closes, Instant now) {
        return new Survey(0, "", "", "", Audience.BOTH, false, opens, closes, "", null, 0, List.of()).state(now);
    }

    public Optional<Survey> survey(OrganisationId org, long id) {
        return surveys.find(org, id);
    }

    public Survey require(OrganisationId org, long id) {
        return surveys.find(org, id).orElseThrow(SurveyNotFoundException::new);
    }

    @Transactional
    public Outcome create(OrganisationId org, SignedInPerson staff, SurveyForm form) {
        FieldErrors errors = form.check();
        if (!errors.isEmpty()) {
            return new Outcome(0, errors);
        }
        long id = surveys.create(org, form, RequestKey.parse(form.requestKey()));
        audit.record(org, Actor.of(staff), "survey.created", form.title(), "");
        return new Outcome(id, errors);
    }

    /** Saves the settings; a form based on an older version is refused, so two editors never overwrite. */
    @Transactional
    public Outcome update(OrganisationId org, SignedInPerson staff, long id, SurveyForm form) {
        require(org, id);
        FieldErrors errors = form.check();
        if (errors.isEmpty() && !surveys.update(org, id, form)) {
            errors.reject("title", "survey.error.changedMeanwhile");
        }
        if (errors.isEmpty()) {
            audit.record(org, Actor.of(staff), "survey.changed", form.title(), "");
        }
        return new Outcome(id, errors);
    }

    // ---- questions

    @Transactional
    public Outcome addQuestion(OrganisationId org, SignedInPerson staff, long surveyId, QuestionForm form) {
        Survey survey = require(org, surveyId);
        FieldErrors errors = checkQuestion(survey, form, null);
        if (!errors.isEmpty()) {
            return new Outcome(0, errors);
        }
        long id = surveys.addQuestion(
                org, surveyId, form, surveys.nextPosition(org, surveyId), RequestKey.parse(form.requestKey()));
        audit.record(org, Actor.of(staff), "survey.questionAdded", survey.title(), form.text());
        return new Outcome(id, errors);
    }

    /**
     * Changes a question. One with answers is never changed in place: it is retired and a new one takes
     * its place (and its conditions), so earlier responses keep their meaning.
     */
    @Transactional
    public Outcome changeQuestion(
            OrganisationId org, SignedInPerson staff, long surveyId, long questionId, QuestionForm form) {
        Survey survey = require(org, surveyId);
        Question old = survey.question(questionId).filter(q -> !q.removed()).orElseThrow(SurveyNotFoundException::new);
        FieldErrors errors = checkQuestion(survey, form, old);
        if (!errors.isEmpty()) {
            return new Outcome(questionId, errors);
        }
        long id = surveys.addQuestion(org, surveyId, form, old.position(), null);
        surveys.replaceCondition(org, surveyId, questionId, id);
        if (surveys.hasAnswers(org, surveyId, questionId)) {
            surveys.retireQuestion(org, surveyId, questionId);
        } else {
            surveys.deleteQuestion(org, surveyId, questionId);
        }
        audit.record(org, Actor.of(staff), "survey.questionChanged", survey.title(), form.text());
        return new Outcome(id, errors);
    }

    /** Removes a question, unless a later question shows only after an answer to it. */
    @Transactional
    public FieldErrors removeQuestion(OrganisationId org, SignedInPerson staff, long surveyId, long questionId) {
        Survey survey = require(org, surveyId);
        Question q = survey.question(questionId).filter(x -> !x.removed()).orElseThrow(SurveyNotFoundException::new);
        FieldErrors errors = new FieldErrors();
        if (survey.questions().stream()
                .anyMatch(other -> Long.valueOf(questionId).equals(other.conditionQuestionId()))) {
            return errors.reject("q" + questionId, "survey.error.conditionOfOther");
        }
        if (surveys.hasAnswers(org, surveyId, questionId)) {
            surveys.retireQuestion(org, surveyId, questionId);
        } else {
            surveys.deleteQuestion(org, surveyId, questionId);
        }
        audit.record(org, Actor.of(staff), "survey.questionRemoved", survey.title(), q.text());
        return errors;
    }

    /** Moves a question one place up or down on its page; a move that would put it before its condition is refused. */
    @Transactional
    public FieldErrors moveQuestion(
            OrganisationId org, SignedInPerson staff, long surveyId, long questionId, boolean up) {
        Survey survey = require(org, surveyId);
        Question q = survey.question(questionId).filter(x -> !x.removed()).orElseThrow(SurveyNotFoundException::new);
        List<Question> onPage = survey.questionsOn(q.page());
        int at = onPage.indexOf(q);
        int other = up ? at - 1 : at + 1;
        FieldErrors errors = new FieldErrors();
        if (other < 0 || other >= onPage.size()) {
            return errors;
        }
        Question neighbour = onPage.get(other);
        surveys.setPosition(org, q.id(), q.page(), neighbour.position());
        surveys.setPosition(
                org,
                neighbour.id(),
                neighbour.page(),
                q.position() == neighbour.position() ? q.position() + (up ? 1 : -1) : q.position());
        audit.record(org, Actor.of(staff), "survey.questionMoved", survey.title(), q.text());
        return errors;
    }

    private static FieldErrors checkQuestion(Survey survey, QuestionForm form, Question old) {
        FieldErrors errors = form.check();
        Long conditionId = form.conditionQuestion();
        if (conditionId != null && !errors.has("condition")) {
            Optional<Question> condition = survey.question(conditionId).filter(q -> !q.removed());
            if (condition.isEmpty()
                    || !condition.get().kind().choice()
                    || condition.get().page() >= form.pageNumber()
                    || (old != null && condition.get().id() == old.id())) {
                errors.reject("condition", "survey.error.conditionEarlier");
            } else if (condition.get().kind() != QuestionKind.AREA
                    && condition.get().options(List.of()).stream()
                            .noneMatch(o -> String.valueOf(o.code()).equals(form.conditionCode()))) {
                errors.reject("condition", "survey.error.condition");
            }
        }
        if (old != null && !errors.has("page")) {
            // Questions that show after an answer to this one must stay on a later page.
            boolean dependentBefore = survey.questions().stream()
                    .anyMatch(q ->
                            Long.valueOf(old.id()).equals(q.conditionQuestionId()) && q.page() <= form.pageNumber());
            errors.rejectIf(dependentBefore, "page", "survey.error.conditionOfOther");
        }
        return errors;
    }

    // ---- panel invitations

    /**
     * Invites every active panel member who consented and was not invited yet, each with a personal
     * single-use link. Returns how many were invited.
     */
    @Transactional
    public int invitePanel(OrganisationId org, SignedInPerson staff, long surveyId, String siteUrl) {
        Survey survey = require(org, surveyId);
        if (!survey.audience().panel() || survey.state(Instant.now()) != Survey.State.OPEN) {
            return 0;
        }
        List<PanelManagement.Invitee> invitees = panel.invitees(org);
        List<Long> already = jdbc.sql(
                        "select member_id from survey_invitation where organisation_id = ? and survey_id = ?")
                .params(org.value(), surveyId)
                .query(Long.class)
                .list();
        var skip = new java.util.HashSet<>(already);
        String orgName = organisations.byId(org).name();
        int invited = 0;
        for (PanelManagement.Invitee invitee : invitees) {
            if (skip.contains(invitee.memberId())) {
                continue;
            }
            String token = SecretTokens.newToken();
            jdbc.sql("""
                            insert into survey_invitation (organisation_id, survey_id, member_id, token_hash)
                            values (?, ?, ?, ?) on conflict do nothing""")
                    .params(org.value(), surveyId, invitee.memberId(), SecretTokens.hash(token))
                    .update();
            outbox.enqueue(
                    org,
                    invitee.email(),
                    messages.getMessage("survey.mail.invitation.subject", new Object[] {survey.title()}, DUTCH),
                    messages.getMessage(
                            "survey.mail.invitation.body",
                            new Object[] {survey.title(), siteUrl + "/uitnodiging/" + token, closes(survey), orgName},
                            DUTCH));
            invited++;
        }
        audit.record(org, Actor.of(staff), "survey.panelInvited", survey.title(), invited + " invited");
        return invited;
    }

    /** A reminder, with a fresh link, to the invited members who have not responded. */
    @Transactional
    public int remind(OrganisationId org, SignedInPerson staff, long surveyId, String siteUrl) {
        Survey survey = require(org, surveyId);
        if (survey.state(Instant.now()) != Survey.State.OPEN) {
            return 0;
        }
        List<Long> open =
                jdbc.sql("""
                        select member_id from survey_invitation where organisation_id = ? and survey_id = ?
                        and responded_at is null and token_hash is not null""").params(org.value(), surveyId).query(Long.class).list();
        Map<Long, String> emails = panel.emails(org, open);
        String orgName = organisations.byId(org).name();
        int reminded = 0;
        for (var entry : emails.entrySet()) {
            String token = SecretTokens.newToken();
            jdbc.sql("""
                            update survey_invitation set token_hash = ?, reminded_at = now()
                            where organisation_id = ? and survey_id = ? and member_id = ? and responded_at is null""")
                    .params(SecretTokens.hash(token), org.value(), surveyId, entry.getKey())
                    .update();
            outbox.enqueue(
                    org,
                    entry.getValue(),
                    messages.getMessage("survey.mail.reminder.subject", new Object[] {survey.title()}, DUTCH),
                    messages.getMessage(
                            "survey.mail.reminder.body",
                            new Object[] {survey.title(), siteUrl + "/uitnodiging/" + token, closes(survey), orgName},
                            DUTCH));
            reminded++;
        }
        audit.record(org, Actor.of(staff), "survey.panelReminded", survey.title(), reminded + " reminded");
        return reminded;
    }

    private static String closes(Survey survey) {
        return survey.closesAt() == null ? "-" : Dates.date(survey.lastDay(), DUTCH.getLanguage());
    }

    /** Invited and responded panel members: the panel response rate. */
    public record PanelRate(long invited, long responded) {
        public String percent() {
            return invited == 0
                    ? "-"
                    : String.format(Locale.ROOT, "%.1f", 100.0 * responded / invited)
                            .replace('.', ',');
        }
    }

    public PanelRate panelRate(OrganisationId org, long surveyId) {
        return jdbc.sql("""
                        select count(*), count(responded_at) from survey_invitation where organisation_id = ? and survey_id = ?""")
                .params(org.value(), surveyId)
                .query((rs, i) -> new PanelRate(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** A member left the panel: their invitations keep "invited / responded" but no link to a response. */
    @EventListener
    void memberLeft(PanelMemberLeft event) {
        jdbc.sql("""
                        update survey_invitation set token_hash = null, response_id = null
                        where organisation_id = ? and member_id = ?""").params(event.organisationId().value(), event.memberId()).update();
    }

    // ---- publishing results

    /**
     * Publishes (or updates) the results page for residents. The first time, panel members who took
     * part get a mail that it is there.
     */
    @Transactional
    public FieldErrors publishResults(
            OrganisationId org, SignedInPerson staff, long surveyId, String text, String siteUrl) {
        Survey survey = require(org, surveyId);
        FieldErrors errors = new FieldErrors();
        String stripped = text == null ? "" : text.strip();
        errors.rejectIf(stripped.isEmpty(), "resultsText", "survey.error.resultsText");
        errors.rejectIf(stripped.length() > 20_000, "resultsText", "survey.error.tooLong");
        if (!errors.isEmpty()) {
            return errors;
        }
        surveys.publishResults(org, surveyId, stripped);
        if (!survey.resultsPublished()) {
            List<Long> tookPart = jdbc.sql("""
                            select member_id from survey_invitation where organisation_id = ? and survey_id = ?
                            and responded_at is not null""")
                    .params(org.value(), surveyId)
                    .query(Long.class)
                    .list();
            String orgName = organisations.byId(org).name();
            panel.emails(org, tookPart)
                    .values()
                    .forEach(email -> outbox.enqueue(
                            org,
                            email,
                            messages.getMessage("survey.mail.results.subject", new Object[] {survey.title()}, DUTCH),
                            messages.getMessage(
                                    "survey.mail.results.body",
                                    new Object[] {
                                        survey.title(), siteUrl + "/vragenlijsten/" + surveyId + "/uitkomsten", orgName
                                    },
                                    DUTCH)));
        }
        audit.record(org, Actor.of(staff), "survey.resultsPublished", survey.title(), "");
        return errors;
    }
}
