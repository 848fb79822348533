package nl.plein.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.identity.PleinPrincipal;
import nl.plein.mail.MailOutbox;
import nl.plein.mail.OutgoingMail;
import nl.plein.panel.AgeBand;
import nl.plein.panel.PanelManagement;
import nl.plein.panel.PanelManagement.RespondentProfile;
import nl.plein.panel.Sex;
import nl.plein.shared.Dates;
import nl.plein.shared.EmailAddress;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import nl.plein.shared.SecretTokens;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a survey, page by page, for every channel. A response is reached through a secret link
 * (/vragenlijsten/{id}/invullen/{token}); starting again from an invitation or an account gives a new
 * link to the same unfinished response, so residents can leave and resume. Saving a page twice
 * stores the same answers; completing twice completes once.
 */
@Service
public class SurveyAnswering {

    /** The page number of the "about you" page, after the survey's own pages. */
    public static final int ABOUT = 1000;

    /** Mails of the link to continue, per response: enough for a typo, too few to mail strangers. */
    static final int RESUME_MAILS = 3;

    /** Where a start, an invitation or a submitted page leads. */
    public sealed interface Next {
        /** Go on answering at this link and page. */
        record Answer(String token, int page) implements Next {}

        record Done() implements Next {}

        /** This person or invitation already responded. */
        record AlreadyAnswered() implements Next {}

        record NotOpen(Survey.State state) implements Next {}

        record LoginNeeded() implements Next {}

        record PanelOnly() implements Next {}

        record InvalidLink() implements Next {}

        /** The page had errors: show it again. */
        record Again(PageAnswers answers) implements Next {}

        /** Saved to continue later at this link. */
        record Saved(String token) implements Next {}
    }

    /** What the answering page needs: the response's state and the page to show. */
    public record Current(
            Survey survey,
            Channel channel,
            int page,
            Map<String, List<String>> answers,
            List<Question> questions,
            boolean first,
            RespondentProfile profile,
            boolean endsWithAboutYou) {

        public Progress progress() {
            return Progress.of(survey, answers);
        }
    }

    /** How far a respondent got: questions answered of those that show, given the answers so far. */
    public record Progress(int answered, int questions) {

        static Progress of(Survey survey, Map<String, List<String>> answers) {
            List<Question> shown = survey.questions().stream()
                    .filter(q -> survey.visible(q, answers))
                    .toList();
            int answered = (int) shown.stream()
                    .filter(q ->
                            answers.getOrDefault(q.key(), List.of()).stream().anyMatch(v -> !v.isBlank()))
                    .count();
            return new Progress(answered, shown.size());
        }
    }

    private final Surveys surveys;
    private final PanelManagement panel;
    private final Organisations organisations;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final PaperCopies paperCopies;

    SurveyAnswering(
            Surveys surveys,
            PanelManagement panel,
            Organisations organisations,
            MailOutbox outbox,
            MessageSource messages,
            PaperCopies paperCopies) {
        this.surveys = surveys;
        this.paperCopies = paperCopies;
        this.panel = panel;
        this.organisations = organisations;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Starting from the public link, signed in or (where allowed) not. */
    @Transactional
    public Next start(OrganisationId org, long surveyId, Optional<PleinPrincipal> person, String startKey) {
        Survey survey = surveys.find(org, surveyId).orElseThrow(SurveyNotFoundException::new);
        if (survey.state(Instant.now()) != Survey.State.OPEN) {
            return new Next.NotOpen(survey.state(Instant.now()));
        }
        if (!survey.audience().publicLink()) {
            return new Next.PanelOnly();
        }
        if (person.isPresent()) {
            long accountId = person.get().accountId();
            Optional<Surveys.AccountLink> link = surveys.accountLink(org, surveyId, accountId);
            if (link.isPresent()) {
                return link.get().completed()
                        ? new Next.AlreadyAnswered()
                        : resume(org, survey, link.get().responseId());
            }
            RespondentProfile profile = panel.profileOfAccount(org, accountId).orElse(RespondentProfile.UNKNOWN);
            String token = SecretTokens.newToken();
            long id = surveys.createResponse(org, surveyId, Channel.LINK, SecretTokens.hash(token), profile, null);
            if (!surveys.linkAccount(org, surveyId, accountId, id)) {
                // A parallel start of the same account won; this transaction rolls back on the conflict.
                throw new ConcurrentStartException();
            }
            return new Next.Answer(token, firstPage(survey, Map.of()));
        }
        if (!survey.anonymousAllowed()) {
            return new Next.LoginNeeded();
        }
        UUID key = RequestKey.parse(startKey);
        String token = SecretTokens.newToken();
        if (key != null) {
            Optional<Long> existing = surveys.responseByStartKey(org, surveyId, key);
            if (existing.isPresent()) {
                // The same start button pressed twice: one response, and this request's link to it.
                surveys.rotateResume(org, existing.get(), SecretTokens.hash(token));
                return new Next.Answer(token, firstPage(survey, Map.of()));
            }
        }
        surveys.createResponse(org, surveyId, Channel.LINK, SecretTokens.hash(token), RespondentProfile.UNKNOWN, key);
        return new Next.Answer(token, firstPage(survey, Map.of()));
    }

    /**
     * Mails the link to continue to the address the respondent typed. The address is not kept with the
     * response; errors are on the field {@code email}. {@code link} is the full address of the link.
     */
    @Transactional
    public FieldErrors mailResumeLink(
            OrganisationId org,
            long surveyId,
            String token,
            String email,
            String requestKey,
            String link,
            Locale locale) {
        String address = email == null ? "" : email.strip();
        var errors =
                new FieldErrors().rejectIf(!EmailAddress.plausible(address), "email", "survey.saved.email.invalid");
        Optional<Surveys.Response> response = response(org, surveyId, token);
        if (!errors.isEmpty() || response.isEmpty()) {
            return errors;
        }
        UUID key = RequestKey.parse(requestKey);
        var counted =
                surveys.countResumeMail(org, response.get().id(), key == null ? UUID.randomUUID() : key, RESUME_MAILS);
        if (counted == Surveys.ResumeMail.EXHAUSTED) {
            return errors.reject("email", "survey.saved.email.tooMany");
        }
        if (counted == Surveys.ResumeMail.COUNTED) {
            Survey survey = surveys.find(org, surveyId).orElseThrow(SurveyNotFoundException::new);
            Organisation organisation = organisations.byId(org);
            String until = survey.closesAt() == null
                    ? ""
                    : messages.getMessage(
                            "survey.intro.openUntil",
                            new Object[] {Dates.date(survey.lastDay(), locale.getLanguage())},
                            locale);
            outbox.enqueue(
                    org,
                    OutgoingMail.to(
                            address,
                            messages.getMessage("survey.mail.resume.subject", new Object[] {survey.title()}, locale),
                            messages.getMessage(
                                    "survey.mail.resume.body",
                                    new Object[] {survey.title(), link, until, organisation.name()},
                                    locale)));
        }
        return errors;
    }

    /** How far a signed-in resident got with this survey, when they started it and did not finish. */
    @Transactional(readOnly = true)
    public Optional<Progress> unfinished(OrganisationId org, Survey survey, long accountId) {
        return surveys.unfinishedOfAccount(org, survey.id(), accountId).map(r -> Progress.of(survey, r.answers()));
    }

    /** A panel member's personal link: the first time it starts the response, later it resumes it. */
    @Transactional
    public Next invitation(OrganisationId org, String invitationToken) {
        if (!SecretTokens.plausible(invitationToken)) {
            return new Next.InvalidLink();
        }
        Optional<Surveys.Invitation> invitation = surveys.invitationByToken(org, SecretTokens.hash(invitationToken));
        if (invitation.isEmpty()) {
            return new Next.InvalidLink();
        }
        if (invitation.get().responded()) {
            return new Next.AlreadyAnswered();
        }
        Survey survey = surveys.find(org, invitation.get().surveyId()).orElseThrow(SurveyNotFoundException::new);
        if (survey.state(Instant.now()) != Survey.State.OPEN) {
            return new Next.NotOpen(survey.state(Instant.now()));
        }
        if (invitation.get().responseId() != null) {
            return resume(org, survey, invitation.get().responseId());
        }
        String token = SecretTokens.newToken();
        long id = surveys.createResponse(
                org,
                survey.id(),
                Channel.PANEL,
                SecretTokens.hash(token),
                panel.profile(org, invitation.get().memberId()),
                null);
        surveys.linkInvitation(org, survey.id(), invitation.get().memberId(), id);
        return new Next.Answer(token, firstPage(survey, Map.of()));
    }

    /** The survey id an invitation belongs to, for the page that explains a used or closed invitation. */
    public Optional<Long> surveyOfInvitation(OrganisationId org, String invitationToken) {
        return SecretTokens.plausible(invitationToken)
                ? surveys.invitationByToken(org, SecretTokens.hash(invitationToken))
                        .map(Surveys.Invitation::surveyId)
                : Optional.empty();
    }

    /**
     * Staff enter a paper response: a response on the paper channel, also after closing. With a printed copy's
     * code the copy counts once: the first entry makes its response, a later one continues it while unfinished
     * and is refused once it is complete. Without a code (a copy printed elsewhere) every entry is a new response.
     */
    @Transactional
    public String startPaper(OrganisationId org, long surveyId, String code) {
        Survey survey = surveys.find(org, surveyId).orElseThrow(SurveyNotFoundException::new);
        String token = SecretTokens.newToken();
        if (code == null || code.isBlank()) {
            surveys.createResponse(
                    org, survey.id(), Channel.PAPER, SecretTokens.hash(token), RespondentProfile.UNKNOWN, null);
            return token;
        }
        Optional<Long> entered = paperCopies
                .lockCopy(org, surveyId, code)
                .orElseThrow(() -> new PaperCopies.InvalidPaperException("code", "survey.paper.error.unknownCode"));
        if (entered.isPresent()) {
            if (!surveys.rotateResume(org, entered.get(), SecretTokens.hash(token))) {
                throw new PaperCopies.InvalidPaperException("code", "survey.paper.error.alreadyEntered");
            }
            return token;
        }
        long id = surveys.createResponse(
                org, survey.id(), Channel.PAPER, SecretTokens.hash(token), RespondentProfile.UNKNOWN, null);
        paperCopies.link(org, code, id);
        return token;
    }

    private Next resume(OrganisationId org, Survey survey, long responseId) {
        String token = SecretTokens.newToken();
        if (!surveys.rotateResume(org, responseId, SecretTokens.hash(token))) {
            return new Next.AlreadyAnswered();
        }
        return new Next.Answer(token, -1);
    }

    /** The page to show: the requested one if the respondent got there already, else where they were. */
    public Optional<Current> current(OrganisationId org, long surveyId, String token, Integer requestedPage) {
        Optional<Surveys.Response> found = response(org, surveyId, token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Surveys.Response response = found.get();
        Survey survey = surveys.find(org, surveyId).orElseThrow(SurveyNotFoundException::new);
        int page = allowedPage(survey, response, requestedPage);
        return Optional.of(current(survey, response, page));
    }

    private Current current(Survey survey, Surveys.Response response, int page) {
        return new Current(
                survey,
                response.channel(),
                page,
                response.answers(),
                page == ABOUT ? List.of() : survey.visibleOn(page, response.answers()),
                page == firstPage(survey, response.answers()),
                new RespondentProfile(response.areaId(), response.sex(), response.ageBand()),
                page == ABOUT || asksAboutYou(response));
    }

    private int allowedPage(Survey survey, Surveys.Response response, Integer requested) {
        int reached = response.page() < 1 ? firstPage(survey, response.answers()) : response.page();
        if (reached != ABOUT && survey.visibleOn(reached, response.answers()).isEmpty()) {
            reached = nextPage(survey, response, reached);
        }
        if (requested == null || requested > reached) {
            return reached == 0 ? ABOUT : reached;
        }
        if (requested == ABOUT
                || !survey.visibleOn(requested, response.answers()).isEmpty()) {
            return requested;
        }
        return reached;
    }

    /**
     * One page sent. "next" checks required answers and goes on (completing after the last page),
     * "back" and "later" keep what was typed without checking required answers.
     */
    @Transactional
    public Next submit(
            OrganisationId org,
            long surveyId,
            String token,
            int page,
            String action,
            Map<String, List<String>> params) {
        Optional<Surveys.Response> found = response(org, surveyId, token);
        if (found.isEmpty()) {
            return new Next.InvalidLink();
        }
        Surveys.Response response = found.get();
        Survey survey = surveys.find(org, surveyId).orElseThrow(SurveyNotFoundException::new);
        if (response.channel() != Channel.PAPER && survey.state(Instant.now()) != Survey.State.OPEN) {
            return new Next.NotOpen(survey.state(Instant.now()));
        }
        int at = allowedPage(survey, response, page);
        boolean forward = "next".equals(action);
        List<Area> areas = organisations.areas(org);
        if (at == ABOUT) {
            FieldErrors errors = new FieldErrors();
            RespondentProfile profile = aboutYou(org, params, areas, errors);
            if (!errors.isEmpty()) {
                return new Next.Again(new PageAnswers(Map.of(), typedAbout(params), errors));
            }
            if (forward) {
                // One statement: the profile and the completion together.
                return completed(org, survey, response, surveys.completeWithProfile(org, response.id(), profile));
            }
            surveys.saveProfile(org, response.id(), profile);
            if ("back".equals(action)) {
                int previous = previousPage(survey, response.answers(), ABOUT);
                surveys.saveAnswers(org, response.id(), response.answers(), ABOUT);
                return new Next.Answer(token, previous);
            }
            return new Next.Saved(token);
        }
        PageAnswers given = PageAnswers.read(survey.visibleOn(at, response.answers()), params, areas, forward);
        if (!given.errors().isEmpty()) {
            return new Next.Again(given);
        }
        Map<String, List<String>> answers = new LinkedHashMap<>(response.answers());
        survey.questionsOn(at).forEach(q -> answers.remove(q.key()));
        answers.putAll(given.answers());
        Map<String, List<String>> kept = Answers.onlyVisible(survey, answers);
        int reached = Math.max(response.page(), at);
        if (forward) {
            int next = nextPage(survey, kept, at, response);
            if (next == 0) {
                return completed(org, survey, response, surveys.completeWithAnswers(org, response.id(), kept, at));
            }
            surveys.saveAnswers(org, response.id(), kept, Math.max(reached, next));
            return new Next.Answer(token, next);
        }
        surveys.saveAnswers(org, response.id(), kept, reached);
        if ("back".equals(action)) {
            return new Next.Answer(token, previousPage(survey, kept, at));
        }
        return new Next.Saved(token);
    }

    /** After the one statement that completed the response (or found it complete already: a double submit). */
    private Next completed(OrganisationId org, Survey survey, Surveys.Response response, boolean nowComplete) {
        if (nowComplete) {
            surveys.responseCompleted(org, survey.id(), response.id(), response.channel());
        }
        return new Next.Done();
    }

    private RespondentProfile aboutYou(
            OrganisationId org, Map<String, List<String>> params, List<Area> areas, FieldErrors errors) {
        String areaValue = first(params, "areaId");
        String sexValue = first(params, "sex");
        String yearValue = first(params, "birthYear");
        Long areaId = null;
        if (!areaValue.isEmpty()) {
            Integer id = PageAnswers.integer(areaValue);
            if (id == null || areas.stream().noneMatch(a -> a.id() == id)) {
                errors.reject("areaId", "survey.answer.choose");
            } else {
                areaId = id.longValue();
            }
        }
        Sex sex = sexValue.isEmpty() ? null : Sex.parse(sexValue);
        errors.rejectIf(!sexValue.isEmpty() && sex == null, "sex", "survey.answer.choose");
        AgeBand band = null;
        if (!yearValue.isEmpty()) {
            Integer year = PageAnswers.integer(yearValue);
            int thisYear = LocalDate.now(Dates.ZONE).getYear();
            if (year == null || year < thisYear - 110 || year > thisYear - AgeBand.MIN_AGE) {
                errors.reject("birthYear", "survey.answer.birthYear");
            } else {
                band = AgeBand.ofBirthYear(year);
            }
        }
        return new RespondentProfile(areaId, sex, band);
    }

    private static Map<String, String> typedAbout(Map<String, List<String>> params) {
        return Map.of(
                "areaId",
                first(params, "areaId"),
                "sex",
                first(params, "sex"),
                "birthYear",
                first(params, "birthYear"));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst().strip();
    }

    private Optional<Surveys.Response> response(OrganisationId org, long surveyId, String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return surveys.responseByResume(org, surveyId, SecretTokens.hash(token)).filter(r -> !r.complete());
    }

    static int firstPage(Survey survey, Map<String, List<String>> answers) {
        for (int page : survey.pages()) {
            if (!survey.visibleOn(page, answers).isEmpty()) {
                return page;
            }
        }
        return 0;
    }

    private int nextPage(Survey survey, Surveys.Response response, int after) {
        int next = nextPage(survey, response.answers(), after, response);
        return next == 0 ? ABOUT : next;
    }

    /** The next page with questions to show; the about page for respondents we know nothing about; 0 when done. */
    private static int nextPage(
            Survey survey, Map<String, List<String>> answers, int after, Surveys.Response response) {
        for (int page : survey.pages()) {
            if (page > after && !survey.visibleOn(page, answers).isEmpty()) {
                return page;
            }
        }
        return after != ABOUT && asksAboutYou(response) ? ABOUT : 0;
    }

    /** Panel members' profiles are known; others are asked once, unless they told already. */
    private static boolean asksAboutYou(Surveys.Response response) {
        boolean unknown = response.areaId() == null && response.sex() == null && response.ageBand() == null;
        return response.channel() != Channel.PANEL && unknown;
    }

    private static int previousPage(Survey survey, Map<String, List<String>> answers, int before) {
        int previous = firstPage(survey, answers);
        for (int page : survey.pages()) {
            if (page < before && !survey.visibleOn(page, answers).isEmpty()) {
                previous = page;
            }
        }
        return previous;
    }

    /** Two starts of one account at the same moment; the second gets a conflict and may try again. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
    public static class ConcurrentStartException extends RuntimeException {}
}
