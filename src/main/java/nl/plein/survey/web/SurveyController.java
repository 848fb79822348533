package nl.plein.survey.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.ReturnPath;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.survey.Question;
import nl.plein.survey.ResultFilter;
import nl.plein.survey.Survey;
import nl.plein.survey.SurveyAnalysis;
import nl.plein.survey.SurveyAnswering;
import nl.plein.survey.SurveyAnswering.Next;
import nl.plein.survey.SurveyComponent;
import nl.plein.survey.SurveyManagement;
import nl.plein.survey.SurveyNotFoundException;
import nl.plein.survey.web.SurveyViews.AnswerPage;
import nl.plein.survey.web.SurveyViews.IntroPage;
import nl.plein.survey.web.SurveyViews.MessagePage;
import nl.plein.survey.web.SurveyViews.SavedPage;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Residents answer surveys: from the public link, from a panel invitation, page by page; and read published results. */
@Controller
public class SurveyController {

    private final SurveyAnswering answering;
    private final SurveyManagement management;
    private final SurveyAnalysis analysis;
    private final org.springframework.context.MessageSource messages;
    private final CurrentOrganisation current;
    private final Organisations organisations;
    private final ProjectManagement projects;

    SurveyController(
            SurveyAnswering answering,
            SurveyManagement management,
            SurveyAnalysis analysis,
            org.springframework.context.MessageSource messages,
            CurrentOrganisation current,
            Organisations organisations,
            ProjectManagement projects) {
        this.answering = answering;
        this.management = management;
        this.analysis = analysis;
        this.messages = messages;
        this.current = current;
        this.organisations = organisations;
        this.projects = projects;
    }

    @GetMapping("/vragenlijsten/{id:\\d+}")
    String intro(@PathVariable long id, Model model) {
        Survey survey = visible(id);
        Survey.State state = survey.state(Instant.now());
        model.addAttribute(
                "view",
                new IntroPage(
                        survey,
                        state,
                        Dates.date(survey.firstDay(), lang()),
                        Dates.date(survey.lastDay(), lang()),
                        UUID.randomUUID().toString(),
                        PleinPrincipal.current().isPresent(),
                        state == Survey.State.OPEN
                                ? PleinPrincipal.current()
                                        .flatMap(p -> answering.unfinished(current.id(), survey, p.accountId()))
                                : Optional.empty()));
        return "survey/intro";
    }

    @PostMapping("/vragenlijsten/{id:\\d+}/starten")
    String start(@PathVariable long id, @RequestParam(defaultValue = "") String startKey, Model model) {
        visible(id);
        return follow(id, answering.start(current.id(), id, PleinPrincipal.current(), startKey), model);
    }

    @GetMapping("/uitnodiging/{token}")
    String invitation(@PathVariable String token, Model model) {
        Next next = answering.invitation(current.id(), token);
        long surveyId = answering.surveyOfInvitation(current.id(), token).orElse(0L);
        return follow(surveyId, next, model);
    }

    @GetMapping("/vragenlijsten/{id:\\d+}/invullen/{token}")
    String page(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam(required = false) Integer pagina,
            Model model) {
        var found = answering.current(current.id(), id, token, pagina);
        if (found.isEmpty()) {
            return follow(id, new Next.InvalidLink(), model);
        }
        var c = found.get();
        return answerPage(
                model, c, token, c.questions(), c.answers(), Map.of(), new FieldErrors(), aboutValues(c.profile()));
    }

    @PostMapping("/vragenlijsten/{id:\\d+}/invullen/{token}")
    String submit(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam(defaultValue = "0") int pagina,
            @RequestParam(defaultValue = "next") String actie,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        Next next = answering.submit(current.id(), id, token, pagina, actie, params);
        if (next instanceof Next.Again again) {
            var c = answering.current(current.id(), id, token, pagina).orElseThrow();
            var merged = new java.util.LinkedHashMap<>(c.answers());
            c.questions().forEach(q -> merged.remove(q.key()));
            merged.putAll(again.answers().answers());
            return answerPage(
                    model,
                    c,
                    token,
                    c.page() == SurveyAnswering.ABOUT ? List.of() : c.survey().visibleOn(c.page(), c.answers()),
                    merged,
                    again.answers().typed(),
                    again.answers().errors(),
                    c.page() == SurveyAnswering.ABOUT ? again.answers().typed() : aboutValues(c.profile()));
        }
        return follow(id, next, model);
    }

    @GetMapping("/vragenlijsten/{id:\\d+}/invullen/{token}/bewaard")
    String saved(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam(required = false) String gemaild,
            Model model) {
        return savedPage(id, token, "", new FieldErrors(), gemaild != null, model);
    }

    @PostMapping("/vragenlijsten/{id:\\d+}/invullen/{token}/bewaard")
    String mailLink(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String requestKey,
            Model model) {
        FieldErrors errors = answering.mailResumeLink(
                current.id(),
                id,
                token,
                email,
                requestKey,
                fullLink(id, token),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        if (errors.isEmpty()) {
            return "redirect:" + savedPath(id, token) + "?gemaild";
        }
        return savedPage(id, token, email, errors, false, model);
    }

    private String savedPage(long id, String token, String email, FieldErrors errors, boolean mailed, Model model) {
        var found = answering.current(current.id(), id, token, null);
        if (found.isEmpty()) {
            return follow(id, new Next.InvalidLink(), model);
        }
        Survey survey = found.get().survey();
        model.addAttribute(
                "view",
                new SavedPage(
                        survey,
                        token,
                        fullLink(id, token),
                        found.get().progress(),
                        PleinPrincipal.current().isPresent(),
                        projects
                                .publishedProjectsWith(
                                        current.id(), SurveyComponent.KEY, SurveyComponent.SURVEY, String.valueOf(id))
                                .stream()
                                .findFirst(),
                        email,
                        errors,
                        mailed,
                        UUID.randomUUID().toString()));
        return "survey/saved";
    }

    private static String savedPath(long surveyId, String token) {
        return "/vragenlijsten/" + surveyId + "/invullen/" + token + "/bewaard";
    }

    private static String fullLink(long surveyId, String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/vragenlijsten/" + surveyId + "/invullen/" + token)
                .build()
                .toUriString();
    }

    @GetMapping("/vragenlijsten/{id:\\d+}/bedankt")
    String thanks(@PathVariable long id, Model model) {
        Survey survey = visible(id);
        model.addAttribute("survey", survey);
        return "survey/thanks";
    }

    @GetMapping("/vragenlijsten/{id:\\d+}/uitkomsten")
    String published(@PathVariable long id, Model model) {
        Survey survey = visible(id);
        if (!survey.resultsPublished()) {
            throw new SurveyNotFoundException();
        }
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute(
                "results",
                ResultsView.of(
                        analysis.results(current.id(), survey, ResultFilter.ALL, locale),
                        analysis.byChannel(current.id(), survey, ResultFilter.ALL, locale),
                        java.util.Map.of(),
                        messages,
                        locale));
        return "survey/published";
    }

    private String follow(long surveyId, Next next, Model model) {
        return switch (next) {
            case Next.Answer a ->
                "redirect:/vragenlijsten/" + surveyId + "/invullen/" + a.token()
                        + (a.page() > 0 ? "?pagina=" + a.page() : "");
            case Next.Done d -> "redirect:/vragenlijsten/" + surveyId + "/bedankt";
            case Next.Saved s -> "redirect:" + savedPath(surveyId, s.token());
            case Next.AlreadyAnswered a ->
                message(
                        model,
                        HttpStatus.OK,
                        "survey.already.title",
                        "survey.already.text",
                        List.of(),
                        surveyId,
                        published(surveyId));
            case Next.NotOpen n -> closed(model, surveyId, n.state());
            case Next.LoginNeeded l -> "redirect:" + ReturnPath.loginLink("/vragenlijsten/" + surveyId);
            case Next.PanelOnly p ->
                message(
                        model,
                        HttpStatus.FORBIDDEN,
                        "survey.panelOnly.title",
                        "survey.panelOnly.text",
                        List.of(),
                        surveyId,
                        false);
            case Next.InvalidLink i ->
                message(
                        model,
                        HttpStatus.NOT_FOUND,
                        "survey.invalidLink.title",
                        "survey.invalidLink.text",
                        List.of(),
                        null,
                        false);
            case Next.Again a -> throw new IllegalStateException("handled by the caller");
        };
    }

    private String closed(Model model, long surveyId, Survey.State state) {
        Survey survey = management.require(current.id(), surveyId);
        if (state == Survey.State.CLOSED) {
            return message(
                    model,
                    HttpStatus.OK,
                    "survey.closed.title",
                    "survey.closed.text",
                    List.of(Dates.date(survey.lastDay(), lang())),
                    surveyId,
                    survey.resultsPublished());
        }
        return message(
                model,
                HttpStatus.OK,
                "survey.notYet.title",
                "survey.notYet.text",
                List.of(survey.opensAt() == null ? "-" : Dates.date(survey.firstDay(), lang())),
                surveyId,
                false);
    }

    private boolean published(long surveyId) {
        return surveyId > 0
                && management
                        .survey(current.id(), surveyId)
                        .map(Survey::resultsPublished)
                        .orElse(false);
    }

    private static String message(
            Model model,
            HttpStatus status,
            String title,
            String text,
            List<Object> args,
            Long surveyId,
            boolean resultsLink) {
        model.addAttribute("view", new MessagePage(title, text, args, surveyId, resultsLink));
        var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        if (attributes.getResponse() != null) {
            attributes.getResponse().setStatus(status.value());
        }
        return "survey/message";
    }

    private String answerPage(
            Model model,
            SurveyAnswering.Current c,
            String token,
            List<Question> questions,
            Map<String, List<String>> answers,
            Map<String, String> typed,
            FieldErrors errors,
            Map<String, String> aboutValues) {
        List<Area> areas = organisations.areas(current.id());
        List<QuestionView> views = new ArrayList<>();
        for (Question q : questions) {
            views.add(new QuestionView(
                    q, q.options(areas), q.rows(), answers.getOrDefault(q.key(), List.of()), typed, errors, null));
        }
        Survey survey = c.survey();
        int page = c.page();
        List<Integer> pages = survey.pages();
        int index = page == SurveyAnswering.ABOUT ? pages.size() + 1 : pages.indexOf(page) + 1;
        // The "about you" page, when it comes, is the last step: count it from the start.
        int count = pages.size() + (c.endsWithAboutYou() ? 1 : 0);
        List<String> errorFields =
                new ArrayList<>(questions.stream().map(Question::field).toList());
        errorFields.addAll(List.of("areaId", "sex", "birthYear"));
        model.addAttribute(
                "view",
                new AnswerPage(
                        survey,
                        token,
                        page,
                        page == SurveyAnswering.ABOUT,
                        c.first(),
                        index >= count,
                        index,
                        count,
                        views,
                        errors,
                        errorFields,
                        aboutValues,
                        areas.stream().map(a -> String.valueOf(a.id())).toList(),
                        areas.stream().map(Area::name).toList()));
        return "survey/answer";
    }

    private static Map<String, String> aboutValues(nl.plein.panel.PanelManagement.RespondentProfile profile) {
        return Map.of(
                "areaId", profile.areaId() == null ? "" : profile.areaId().toString(),
                "sex", profile.sex() == null ? "" : profile.sex().name(),
                "birthYear", "");
    }

    /** A survey residents may see: not a draft (staff use the preview for that). */
    private Survey visible(long id) {
        Survey survey = management.require(current.id(), id);
        if (survey.state(Instant.now()) == Survey.State.DRAFT) {
            throw new SurveyNotFoundException();
        }
        return survey;
    }

    private static String lang() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
    }
}
