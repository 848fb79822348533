package nl.plein.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.panel.AgeBand;
import nl.plein.panel.PanelManagement.RespondentProfile;
import nl.plein.panel.Sex;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.TtlCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The survey module's tables; every statement is scoped to one organisation. */
@Repository
class Surveys {

    /** One response as the answering pages need it. */
    record Response(
            long id,
            long surveyId,
            Channel channel,
            boolean complete,
            int page,
            Map<String, List<String>> answers,
            Long areaId,
            Sex sex,
            AgeBand ageBand) {}

    /** A survey in the back office list. */
    record Row(long id, String title, Audience audience, Instant opensAt, Instant closesAt, long responses) {}

    private final JdbcClient jdbc;

    /**
     * Survey definitions, read on every page a respondent sends; kept a few seconds per node and
     * cleared on commit of any change here, like the project module's public pages.
     */
    private final TtlCache<SurveyKey, Optional<Survey>> definitions = new TtlCache<>(Duration.ofSeconds(10), 10_000);

    private record SurveyKey(OrganisationId org, long id) {}

    Surveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks a transaction that changed survey definitions: it reads them from the database, never the cache. */
    private final Object dirty = new Object();

    /** After any change to a survey or its questions. */
    void changed() {
        definitions.clearAfterCommit();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(dirty)) {
            TransactionSynchronizationManager.bindResource(dirty, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(dirty);
                }
            });
        }
    }

    // ---- surveys

    long create(OrganisationId org, SurveyForm form, UUID requestKey) {
        changed();
        Optional<Long> existing = requestKey == null
                ? Optional.empty()
                : jdbc.sql("select id from survey where organisation_id = ? and request_key = ?")
                        .params(org.value(), requestKey)
                        .query(Long.class)
                        .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return jdbc.sql("""
                        insert into survey (organisation_id, title, intro, closing, audience, anonymous_allowed,
                                            opens_at, closes_at, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        form.title(),
                        form.intro(),
                        form.closing(),
                        form.audienceValue().name(),
                        form.anonymousAllowed(),
                        ts(form.opensAtInstant()),
                        ts(form.closesAtInstant()),
                        requestKey)
                .query(Long.class)
                .single();
    }

    boolean update(OrganisationId org, long id, SurveyForm form) {
        changed();
        return jdbc.sql("""
                        update survey set title = ?, intro = ?, closing = ?, audience = ?, anonymous_allowed = ?,
                          opens_at = ?, closes_at = ?, version = version + 1
                        where organisation_id = ? and id = ? and version = ?""")
                        .params(
                                form.title(),
                                form.intro(),
                                form.closing(),
                                form.audienceValue().name(),
                                form.anonymousAllowed(),
                                ts(form.opensAtInstant()),
                                ts(form.closesAtInstant()),
                                org.value(),
                                id,
                                form.version())
                        .update()
                == 1;
    }

    void publishResults(OrganisationId org, long id, String text) {
        changed();
        jdbc.sql("""
                        update survey set results_text = ?, results_published_at = coalesce(results_published_at, now()),
                          version = version + 1 where organisation_id = ? and id = ?""").params(text, org.value(), id).update();
    }

    Optional<Survey> find(OrganisationId org, long id) {
        if (TransactionSynchronizationManager.hasResource(dirty)) {
            return load(org, id);
        }
        return definitions.get(new SurveyKey(org, id), key -> load(org, id));
    }

    private Optional<Survey> load(OrganisationId org, long id) {
        return jdbc.sql("select * from survey where organisation_id = ? and id = ?")
                .params(org.value(), id)
                .query((rs, i) -> survey(rs, questions(org, id)))
                .optional();
    }

    List<Row> list(OrganisationId org) {
        return jdbc.sql("""
                        select s.id, s.title, s.audience, s.opens_at, s.closes_at,
                          (select count(*) from survey_response r where r.organisation_id = s.organisation_id
                             and r.survey_id = s.id and r.status = 'COMPLETE') as responses
                        from survey s where s.organisation_id = ? order by s.created_at desc, s.id desc""")
                .param(org.value())
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        Audience.valueOf(rs.getString(3)),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)),
                        rs.getLong(6)))
                .list();
    }

    private static Survey survey(ResultSet rs, List<Question> questions) throws SQLException {
        return new Survey(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("intro"),
                rs.getString("closing"),
                Audience.valueOf(rs.getString("audience")),
                rs.getBoolean("anonymous_allowed"),
                instant(rs.getTimestamp("opens_at")),
                instant(rs.getTimestamp("closes_at")),
                rs.getString("results_text"),
                instant(rs.getTimestamp("results_published_at")),
                rs.getInt("version"),
                questions);
    }

    // ---- questions

    List<Question> questions(OrganisationId org, long surveyId) {
        return jdbc.sql("""
                        select * from survey_question where organisation_id = ? and survey_id = ?
                        order by page, position, id""")
                .params(org.value(), surveyId)
                .query((rs, i) -> new Question(
                        rs.getLong("id"),
                        rs.getInt("page"),
                        rs.getInt("position"),
                        QuestionKind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        rs.getString("help"),
                        rs.getString("options"),
                        rs.getString("matrix_rows"),
                        rs.getBoolean("required"),
                        (Integer) rs.getObject("min_choices"),
                        (Integer) rs.getObject("max_choices"),
                        (Long) rs.getObject("condition_question_id"),
                        rs.getString("condition_values").isEmpty()
                                ? List.of()
                                : Arrays.asList(rs.getString("condition_values").split(",")),
                        rs.getBoolean("removed")))
                .list();
    }

    long addQuestion(OrganisationId org, long surveyId, QuestionForm form, int position, UUID requestKey) {
        changed();
        Optional<Long> existing = requestKey == null
                ? Optional.empty()
                : jdbc.sql("select id from survey_question where organisation_id = ? and request_key = ?")
                        .params(org.value(), requestKey)
                        .query(Long.class)
                        .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return jdbc.sql("""
                        insert into survey_question (organisation_id, survey_id, page, position, kind, text, help, options,
                          matrix_rows, required, min_choices, max_choices, condition_question_id, condition_values, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        surveyId,
                        form.pageNumber(),
                        position,
                        form.kindValue().name(),
                        form.text(),
                        form.help(),
                        form.kindValue().ownOptions() ? form.options() : "",
                        form.kindValue().hasRows() ? form.rows() : "",
                        form.required(),
                        form.minValue(),
                        form.maxValue(),
                        form.conditionQuestion(),
                        form.conditionCode() == null ? "" : form.conditionCode(),
                        requestKey)
                .query(Long.class)
                .single();
    }

    int nextPosition(OrganisationId org, long surveyId) {
        return jdbc.sql(
                        "select coalesce(max(position), 0) + 1 from survey_question where organisation_id = ? and survey_id = ?")
                .params(org.value(), surveyId)
                .query(Integer.class)
                .single();
    }

    void retireQuestion(OrganisationId org, long surveyId, long questionId) {
        changed();
        jdbc.sql("update survey_question set removed = true where organisation_id = ? and survey_id = ? and id = ?")
                .params(org.value(), surveyId, questionId)
                .update();
    }

    void deleteQuestion(OrganisationId org, long surveyId, long questionId) {
        changed();
        jdbc.sql("delete from survey_question where organisation_id = ? and survey_id = ? and id = ?")
                .params(org.value(), surveyId, questionId)
                .update();
    }

    /** Moves the question to the position of its neighbour; conditions keep pointing at earlier ones. */
    void setPosition(OrganisationId org, long questionId, int page, int position) {
        changed();
        jdbc.sql("update survey_question set page = ?, position = ? where organisation_id = ? and id = ?")
                .params(page, position, org.value(), questionId)
                .update();
    }

    void replaceCondition(OrganisationId org, long surveyId, long oldQuestion, long newQuestion) {
        changed();
        jdbc.sql("""
                        update survey_question set condition_question_id = ?
                        where organisation_id = ? and survey_id = ? and condition_question_id = ?""").params(newQuestion, org.value(), surveyId, oldQuestion).update();
    }

    boolean hasAnswers(OrganisationId org, long surveyId, long questionId) {
        return jdbc.sql("""
                        select exists (select 1 from survey_response where organisation_id = ? and survey_id = ?
                                       and jsonb_exists(answers, ?))""")
                .params(org.value(), surveyId, String.valueOf(questionId))
                .query(Boolean.class)
                .single();
    }

    // ---- responses

    long createResponse(
            OrganisationId org,
            long surveyId,
            Channel channel,
            String resumeHash,
            RespondentProfile profile,
            UUID startKey) {
        return jdbc.sql("""
                        insert into survey_response (organisation_id, survey_id, channel, status, resume_hash,
                                                     area_id, sex, age_band, start_key)
                        values (?, ?, ?, 'STARTED', ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        surveyId,
                        channel.name(),
                        resumeHash,
                        profile.areaId(),
                        profile.sex() == null ? null : profile.sex().name(),
                        profile.ageBand() == null ? null : profile.ageBand().name(),
                        startKey)
                .query(Long.class)
                .single();
    }

    Optional<Long> responseByStartKey(OrganisationId org, long surveyId, UUID startKey) {
        return jdbc.sql("""
                        select id from survey_response where organisation_id = ? and survey_id = ? and start_key = ?
                        and status = 'STARTED'""")
                .params(org.value(), surveyId, startKey)
                .query(Long.class)
                .optional();
    }

    Optional<Response> responseByResume(OrganisationId org, long surveyId, String resumeHash) {
        return jdbc.sql("""
                        select * from survey_response where organisation_id = ? and survey_id = ? and resume_hash = ?""")
                .params(org.value(), surveyId, resumeHash)
                .query(Surveys::response)
                .optional();
    }

    /** The account's response to this survey while it is unfinished: what its intro page offers to resume. */
    Optional<Response> unfinishedOfAccount(OrganisationId org, long surveyId, long accountId) {
        return jdbc.sql("""
                        select r.* from survey_account a
                        join survey_response r on r.organisation_id = a.organisation_id and r.id = a.response_id
                        where a.organisation_id = ? and a.survey_id = ? and a.account_id = ? and r.status = 'STARTED'""")
                .params(org.value(), surveyId, accountId)
                .query(Surveys::response)
                .optional();
    }

    private static Response response(ResultSet rs, int i) throws SQLException {
        return new Response(
                rs.getLong("id"),
                rs.getLong("survey_id"),
                Channel.valueOf(rs.getString("channel")),
                "COMPLETE".equals(rs.getString("status")),
                rs.getInt("page"),
                Answers.parse(rs.getString("answers")),
                (Long) rs.getObject("area_id"),
                Sex.parse(rs.getString("sex")),
                AgeBand.parse(rs.getString("age_band")));
    }

    enum ResumeMail {
        COUNTED,
        REPEATED,
        EXHAUSTED
    }

    /**
     * Counts one mail of the link to continue. A second request with the same key is the same submit
     * (the row lock makes a parallel twin see the first one's key); past {@code max} no more are sent.
     */
    ResumeMail countResumeMail(OrganisationId org, long responseId, UUID key, int max) {
        int counted =
                jdbc.sql("""
                        update survey_response set resume_mails = resume_mails + 1, resume_mail_key = ?
                        where organisation_id = ? and id = ? and status = 'STARTED' and resume_mails < ?
                          and resume_mail_key is distinct from ?""").params(key, org.value(), responseId, max, key).update();
        if (counted == 1) {
            return ResumeMail.COUNTED;
        }
        boolean repeated = jdbc.sql("""
                        select resume_mail_key is not distinct from ? from survey_response
                        where organisation_id = ? and id = ?""")
                .params(key, org.value(), responseId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        return repeated ? ResumeMail.REPEATED : ResumeMail.EXHAUSTED;
    }

    /** A new link for an unfinished response; the old one stops working. */
    boolean rotateResume(OrganisationId org, long responseId, String resumeHash) {
        return jdbc.sql("""
                        update survey_response set resume_hash = ? where organisation_id = ? and id = ? and status = 'STARTED'""").params(resumeHash, org.value(), responseId).update() == 1;
    }

    void saveAnswers(OrganisationId org, long responseId, Map<String, List<String>> answers, int page) {
        jdbc.sql("""
                        update survey_response set answers = ?::jsonb, page = ?
                        where organisation_id = ? and id = ? and status = 'STARTED'""")
                .params(Answers.write(answers), page, org.value(), responseId)
                .update();
    }

    void saveProfile(OrganisationId org, long responseId, RespondentProfile profile) {
        jdbc.sql("""
                        update survey_response set area_id = ?, sex = ?, age_band = ?
                        where organisation_id = ? and id = ? and status = 'STARTED'""")
                .params(
                        profile.areaId(),
                        profile.sex() == null ? null : profile.sex().name(),
                        profile.ageBand() == null ? null : profile.ageBand().name(),
                        org.value(),
                        responseId)
                .update();
    }

    /**
     * Saves the last page's answers and completes the response in one statement. True for the one request
     * that completes it; a second submit changes nothing.
     */
    boolean completeWithAnswers(OrganisationId org, long responseId, Map<String, List<String>> answers, int page) {
        return jdbc.sql("""
                        update survey_response set answers = ?::jsonb, page = ?,
                          status = 'COMPLETE', completed_at = now(), resume_hash = null
                        where organisation_id = ? and id = ? and status = 'STARTED'""")
                        .params(Answers.write(answers), page, org.value(), responseId)
                        .update()
                == 1;
    }

    /** Saves the "about you" answers and completes the response in one statement; true as above. */
    boolean completeWithProfile(OrganisationId org, long responseId, RespondentProfile profile) {
        return jdbc.sql("""
                        update survey_response set area_id = ?, sex = ?, age_band = ?,
                          status = 'COMPLETE', completed_at = now(), resume_hash = null
                        where organisation_id = ? and id = ? and status = 'STARTED'""")
                        .params(
                                profile.areaId(),
                                profile.sex() == null ? null : profile.sex().name(),
                                profile.ageBand() == null
                                        ? null
                                        : profile.ageBand().name(),
                                org.value(),
                                responseId)
                        .update()
                == 1;
    }

    // ---- invitations and accounts (who responded, apart from the answers)

    record Invitation(long surveyId, long memberId, Long responseId, boolean responded) {}

    Optional<Invitation> invitationByToken(OrganisationId org, String tokenHash) {
        return jdbc.sql("""
                        select survey_id, member_id, response_id, responded_at is not null
                        from survey_invitation where organisation_id = ? and token_hash = ?""")
                .params(org.value(), tokenHash)
                .query((rs, i) ->
                        new Invitation(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getBoolean(4)))
                .optional();
    }

    void linkInvitation(OrganisationId org, long surveyId, long memberId, long responseId) {
        jdbc.sql(
                        "update survey_invitation set response_id = ? where organisation_id = ? and survey_id = ? and member_id = ?")
                .params(responseId, org.value(), surveyId, memberId)
                .update();
    }

    /**
     * The response is complete: keep that the member or account responded, drop which response it was.
     * Only invitations start panel responses and only the public link links an account, so each channel
     * has at most one of the two to update (paper responses neither).
     */
    void responseCompleted(OrganisationId org, long surveyId, long responseId, Channel channel) {
        if (channel == Channel.PANEL) {
            jdbc.sql("""
                            update survey_invitation set responded_at = now(), response_id = null
                            where organisation_id = ? and survey_id = ? and response_id = ?""").params(org.value(), surveyId, responseId).update();
        } else if (channel == Channel.LINK) {
            jdbc.sql("""
                            update survey_account set completed_at = now(), response_id = null
                            where organisation_id = ? and survey_id = ? and response_id = ?""").params(org.value(), surveyId, responseId).update();
        }
    }

    record AccountLink(Long responseId, boolean completed) {}

    Optional<AccountLink> accountLink(OrganisationId org, long surveyId, long accountId) {
        return jdbc.sql("""
                        select response_id, completed_at is not null from survey_account
                        where organisation_id = ? and survey_id = ? and account_id = ? for update""")
                .params(org.value(), surveyId, accountId)
                .query((rs, i) -> new AccountLink((Long) rs.getObject(1), rs.getBoolean(2)))
                .optional();
    }

    /** False when the account already has a row (a parallel start): the caller reads that one instead. */
    boolean linkAccount(OrganisationId org, long surveyId, long accountId, long responseId) {
        return jdbc.sql("""
                        insert into survey_account (organisation_id, survey_id, account_id, response_id)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(org.value(), surveyId, accountId, responseId)
                        .update()
                == 1;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
