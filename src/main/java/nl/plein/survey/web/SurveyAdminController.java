package nl.plein.survey.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.identity.ApiTokens;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.panel.AgeBand;
import nl.plein.panel.CsvImport;
import nl.plein.shared.FieldErrors;
import nl.plein.survey.Channel;
import nl.plein.survey.Option;
import nl.plein.survey.PaperCopies;
import nl.plein.survey.PaperImport;
import nl.plein.survey.Question;
import nl.plein.survey.QuestionForm;
import nl.plein.survey.QuestionKind;
import nl.plein.survey.ResultFilter;
import nl.plein.survey.Survey;
import nl.plein.survey.SurveyAnalysis;
import nl.plein.survey.SurveyAnswering;
import nl.plein.survey.SurveyForm;
import nl.plein.survey.SurveyManagement;
import nl.plein.survey.web.SurveyAdminViews.ConditionChoice;
import nl.plein.survey.web.SurveyAdminViews.DetailPage;
import nl.plein.survey.web.SurveyAdminViews.ListPage;
import nl.plein.survey.web.SurveyAdminViews.PreviewPage;
import nl.plein.survey.web.SurveyAdminViews.ResultsPage;
import nl.plein.survey.web.SurveyAdminViews.TokensPage;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Surveys in the back office. Project managers build surveys, invite the panel and enter paper
 * responses; analysts read the results, publish them and manage their API tokens.
 */
@Controller
@RequestMapping("/beheer/vragenlijsten")
public class SurveyAdminController {

    private final SurveyManagement management;
    private final SurveyAnswering answering;
    private final SurveyAnalysis analysis;
    private final org.springframework.context.MessageSource messages;
    private final PaperImport paper;
    private final PaperCopies paperCopies;
    private final ApiTokens tokens;
    private final CurrentOrganisation current;
    private final Organisations organisations;

    SurveyAdminController(
            SurveyManagement management,
            SurveyAnswering answering,
            SurveyAnalysis analysis,
            org.springframework.context.MessageSource messages,
            PaperImport paper,
            PaperCopies paperCopies,
            ApiTokens tokens,
            CurrentOrganisation current,
            Organisations organisations) {
        this.paperCopies = paperCopies;
        this.management = management;
        this.answering = answering;
        this.analysis = analysis;
        this.messages = messages;
        this.paper = paper;
        this.tokens = tokens;
        this.current = current;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER, StaffRole.ANALYST);
        model.addAttribute(
                "view", new ListPage(management.surveys(current.id()), staff.has(StaffRole.PROJECT_MANAGER)));
        return "admin/survey/list";
    }

    @GetMapping("/nieuw")
    String newSurvey(Model model) {
        require(StaffRole.PROJECT_MANAGER);
        model.addAttribute("form", SurveyForm.empty());
        model.addAttribute("errors", new FieldErrors());
        return "admin/survey/new";
    }

    @PostMapping
    String create(SurveyFields fields, Model model) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        SurveyForm form = fields.toForm();
        var outcome = management.create(current.id(), staff, form);
        if (!outcome.ok()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", outcome.errors());
            return "admin/survey/new";
        }
        return "redirect:/beheer/vragenlijsten/" + outcome.id();
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long vraag, Model model) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER, StaffRole.ANALYST);
        Survey survey = management.require(current.id(), id);
        QuestionForm question = vraag == null
                ? QuestionForm.empty(
                        survey.pages().isEmpty() ? 1 : survey.pages().getLast())
                : QuestionForm.of(survey.question(vraag)
                        .filter(q -> !q.removed())
                        .orElseThrow(nl.plein.survey.SurveyNotFoundException::new));
        Object notice = model.getAttribute("notice");
        Object imported = model.getAttribute("paperImport");
        return detail(
                model,
                staff,
                survey,
                SurveyForm.of(survey),
                new FieldErrors(),
                question,
                new FieldErrors(),
                vraag,
                notice == null ? null : notice.toString(),
                imported instanceof CsvImport i ? i : null);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, SurveyFields fields, Model model, RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        SurveyForm form = fields.toForm();
        var outcome = management.update(current.id(), staff, id, form);
        if (!outcome.ok()) {
            Survey survey = management.require(current.id(), id);
            return detail(
                    model,
                    staff,
                    survey,
                    form,
                    outcome.errors(),
                    QuestionForm.empty(1),
                    new FieldErrors(),
                    null,
                    null,
                    null);
        }
        redirect.addFlashAttribute("notice", "survey.notice.saved");
        return "redirect:/beheer/vragenlijsten/" + id;
    }

    @PostMapping("/{id:\\d+}/vragen")
    String addQuestion(@PathVariable long id, QuestionFields fields, Model model, RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        QuestionForm form = fields.toForm();
        var outcome = management.addQuestion(current.id(), staff, id, form);
        return afterQuestion(id, null, form, outcome, staff, model, redirect);
    }

    @PostMapping("/{id:\\d+}/vragen/{questionId:\\d+}")
    String changeQuestion(
            @PathVariable long id,
            @PathVariable long questionId,
            QuestionFields fields,
            Model model,
            RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        QuestionForm form = fields.toForm();
        var outcome = management.changeQuestion(current.id(), staff, id, questionId, form);
        return afterQuestion(id, questionId, form, outcome, staff, model, redirect);
    }

    private String afterQuestion(
            long id,
            Long editing,
            QuestionForm form,
            SurveyManagement.Outcome outcome,
            PleinPrincipal staff,
            Model model,
            RedirectAttributes redirect) {
        if (!outcome.ok()) {
            Survey survey = management.require(current.id(), id);
            return detail(
                    model,
                    staff,
                    survey,
                    SurveyForm.of(survey),
                    new FieldErrors(),
                    form,
                    outcome.errors(),
                    editing,
                    null,
                    null);
        }
        redirect.addFlashAttribute("notice", "survey.notice.questionSaved");
        return "redirect:/beheer/vragenlijsten/" + id + "#questions";
    }

    @PostMapping("/{id:\\d+}/vragen/{questionId:\\d+}/verwijderen")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        FieldErrors errors = management.removeQuestion(current.id(), staff, id, questionId);
        redirect.addFlashAttribute(
                "notice", errors.isEmpty() ? "survey.notice.questionRemoved" : "survey.error.conditionOfOther");
        return "redirect:/beheer/vragenlijsten/" + id + "#questions";
    }

    @PostMapping("/{id:\\d+}/vragen/{questionId:\\d+}/verplaatsen")
    String moveQuestion(
            @PathVariable long id,
            @PathVariable long questionId,
            @RequestParam(defaultValue = "up") String richting,
            RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        management.moveQuestion(current.id(), staff, id, questionId, "up".equals(richting));
        return "redirect:/beheer/vragenlijsten/" + id + "#q" + questionId;
    }

    @GetMapping("/{id:\\d+}/voorbeeld")
    String preview(@PathVariable long id, @RequestParam(required = false) Integer pagina, Model model) {
        require(StaffRole.PROJECT_MANAGER, StaffRole.ANALYST);
        Survey survey = management.require(current.id(), id);
        List<Integer> pages = survey.pages();
        int page = pagina != null && pages.contains(pagina) ? pagina : (pages.isEmpty() ? 1 : pages.getFirst());
        List<Area> areas = organisations.areas(current.id());
        List<QuestionView> views = new ArrayList<>();
        for (Question q : survey.questionsOn(page)) {
            views.add(new QuestionView(
                    q,
                    q.options(areas),
                    q.rows(),
                    List.of(),
                    Map.of(),
                    new FieldErrors(),
                    conditionText(survey, q, areas)));
        }
        model.addAttribute("view", new PreviewPage(survey, page, pages, views));
        return "admin/survey/preview";
    }

    @PostMapping("/{id:\\d+}/uitnodigen")
    String invite(@PathVariable long id, RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        int invited = management.invitePanel(current.id(), staff, id, siteUrl());
        redirect.addFlashAttribute("notice", invited == 0 ? "survey.notice.noneInvited" : "survey.notice.invited");
        return "redirect:/beheer/vragenlijsten/" + id;
    }

    @PostMapping("/{id:\\d+}/herinneren")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        int reminded = management.remind(current.id(), staff, id, siteUrl());
        redirect.addFlashAttribute("notice", reminded == 0 ? "survey.notice.noneReminded" : "survey.notice.reminded");
        return "redirect:/beheer/vragenlijsten/" + id;
    }

    /** Entering a paper copy: with its printed code it counts once; a wrong code comes back at the field. */
    @PostMapping("/{id:\\d+}/papier")
    String paperResponse(
            @PathVariable long id, @RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
        require(StaffRole.PROJECT_MANAGER);
        try {
            return "redirect:/vragenlijsten/" + id + "/invullen/" + answering.startPaper(current.id(), id, code);
        } catch (PaperCopies.InvalidPaperException e) {
            paperRefused(e, "code", code).forEach(redirect::addFlashAttribute);
            return "redirect:/beheer/vragenlijsten/" + id + "#paper";
        }
    }

    /** The printable survey: a PDF with a new code on every copy. */
    @PostMapping("/{id:\\d+}/papier/afdrukken")
    ResponseEntity<byte[]> printPaper(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String copies,
            Locale locale,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        try {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename("vragenlijst-" + id + "-papier.pdf")
                                    .build()
                                    .toString())
                    .body(paperCopies.print(current.id(), staff, id, copies, locale));
        } catch (PaperCopies.InvalidPaperException e) {
            String back = "/beheer/vragenlijsten/" + id;
            org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request)
                    .putAll(paperRefused(e, "copies", copies));
            org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(back, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, back + "#paper")
                    .build();
        }
    }

    /**
     * What a refused paper entry or print hands to the survey page after the redirect: the messages and what was
     * typed. Plain maps, because the session keeps flash attributes serialised.
     */
    private static Map<String, Object> paperRefused(PaperCopies.InvalidPaperException e, String field, String typed) {
        return Map.of(
                "paperErrors", new HashMap<>(e.errors().asMap()), "paperTyped", new HashMap<>(Map.of(field, typed)));
    }

    @PostMapping("/{id:\\d+}/papier/import")
    String paperImport(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        PleinPrincipal staff = require(StaffRole.PROJECT_MANAGER);
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            redirect.addFlashAttribute("paperImport", paper.importResponses(current.id(), staff, id, reader));
        }
        return "redirect:/beheer/vragenlijsten/" + id + "#paper";
    }

    @GetMapping("/{id:\\d+}/uitkomsten")
    String results(
            @PathVariable long id,
            @RequestParam(required = false) String wijk,
            @RequestParam(required = false) String geslacht,
            @RequestParam(required = false) String leeftijd,
            @RequestParam(required = false) String kanaal,
            @RequestParam(required = false) String zoek,
            Model model) {
        require(StaffRole.ANALYST);
        Survey survey = management.require(current.id(), id);
        ResultFilter filter = ResultFilter.parse(wijk, geslacht, leeftijd, kanaal, zoek);
        Object notice = model.getAttribute("notice");
        return resultsPage(model, survey, filter, new FieldErrors(), notice == null ? null : notice.toString());
    }

    @PostMapping("/{id:\\d+}/publiceren")
    String publish(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String resultsText,
            Model model,
            RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.ANALYST);
        FieldErrors errors = management.publishResults(current.id(), staff, id, resultsText, siteUrl());
        if (!errors.isEmpty()) {
            Survey survey = management.require(current.id(), id);
            model.addAttribute("typedResultsText", resultsText);
            return resultsPage(model, survey, ResultFilter.ALL, errors, null);
        }
        redirect.addFlashAttribute("notice", "survey.notice.published");
        return "redirect:/beheer/vragenlijsten/" + id + "/uitkomsten";
    }

    private String resultsPage(Model model, Survey survey, ResultFilter filter, FieldErrors errors, String notice) {
        List<Area> areas = organisations.areas(current.id());
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var areaNames = new java.util.HashMap<String, String>();
        areas.forEach(a -> areaNames.put(a.code(), a.name()));
        model.addAttribute(
                "view",
                new ResultsPage(
                        ResultsView.of(
                                analysis.results(current.id(), survey, filter, locale),
                                analysis.byChannel(current.id(), survey, filter, locale),
                                areaNames,
                                messages,
                                locale),
                        management.panelRate(current.id(), survey.id()),
                        areas.stream().map(a -> String.valueOf(a.id())).toList(),
                        areas.stream().map(Area::name).toList(),
                        java.util.Arrays.stream(AgeBand.values())
                                .map(AgeBand::name)
                                .toList(),
                        java.util.Arrays.stream(Channel.values())
                                .map(Channel::name)
                                .toList(),
                        java.util.Arrays.stream(Channel.values())
                                .map(Channel::messageKey)
                                .toList(),
                        errors,
                        notice));
        if (model.getAttribute("typedResultsText") == null) {
            model.addAttribute("typedResultsText", survey.resultsText());
        }
        return "admin/survey/results";
    }

    // ---- exports: one row per response with codes and weights, and the codebook

    @GetMapping("/{id:\\d+}/export.csv")
    void exportCsv(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        var analysed = analysed(id);
        download(response, "text/csv; charset=UTF-8", "vragenlijst-" + id + ".csv");
        var out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(nl.plein.shared.CsvFiles.BOM);
        nl.plein.survey.analysis.ResponseExport.csv(
                analysed.table(), analysed.weighting().weights().orElse(null), out);
        out.flush();
    }

    @GetMapping("/{id:\\d+}/export.xlsx")
    void exportXlsx(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        var analysed = analysed(id);
        download(
                response,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "vragenlijst-" + id + ".xlsx");
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        nl.plein.survey.analysis.ResponseExport.xlsx(
                analysed.table(),
                analysed.weighting().weights().orElse(null),
                key -> messages.getMessage(key, null, locale),
                response.getOutputStream());
    }

    @GetMapping("/{id:\\d+}/codeboek.csv")
    void codebook(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        var analysed = analysed(id);
        download(response, "text/csv; charset=UTF-8", "codeboek-" + id + ".csv");
        var out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(nl.plein.shared.CsvFiles.BOM);
        nl.plein.survey.analysis.ResponseExport.codebookCsv(analysed.codebook(), out);
        out.flush();
    }

    private SurveyAnalysis.Analysed analysed(long id) {
        require(StaffRole.ANALYST);
        Survey survey = management.require(current.id(), id);
        return analysis.analyse(current.id(), survey, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static void download(jakarta.servlet.http.HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
    }

    // ---- API tokens

    @GetMapping("/api-sleutels")
    String apiTokens(Model model) {
        require(StaffRole.ANALYST);
        Object created = model.getAttribute("created");
        model.addAttribute(
                "view",
                new TokensPage(
                        tokens.active(current.id()),
                        created == null ? null : created.toString(),
                        new FieldErrors(),
                        ""));
        return "admin/survey/tokens";
    }

    @PostMapping("/api-sleutels")
    String createApiToken(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        PleinPrincipal staff = require(StaffRole.ANALYST);
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > 100) {
            model.addAttribute(
                    "view",
                    new TokensPage(
                            tokens.active(current.id()),
                            null,
                            new FieldErrors().reject("name", "survey.tokens.error.name"),
                            name));
            return "admin/survey/tokens";
        }
        redirect.addFlashAttribute("created", tokens.create(staff, stripped).token());
        return "redirect:/beheer/vragenlijsten/api-sleutels";
    }

    @PostMapping("/api-sleutels/{tokenId:\\d+}/intrekken")
    String revokeApiToken(@PathVariable long tokenId) {
        PleinPrincipal staff = require(StaffRole.ANALYST);
        tokens.revoke(staff, tokenId);
        return "redirect:/beheer/vragenlijsten/api-sleutels";
    }

    // ---- helpers

    private String detail(
            Model model,
            PleinPrincipal staff,
            Survey survey,
            SurveyForm form,
            FieldErrors formErrors,
            QuestionForm question,
            FieldErrors questionErrors,
            Long editing,
            String notice,
            CsvImport paperImport) {
        List<Integer> pages = new ArrayList<>(survey.pages());
        int next = pages.isEmpty() ? 1 : pages.getLast() + 1;
        if (next <= 50) {
            pages.add(next);
        }
        // A refused paper entry or print comes back by redirect, with its message and what was typed.
        FieldErrors paperErrors = new FieldErrors();
        if (model.getAttribute("paperErrors") instanceof Map<?, ?> errors) {
            errors.forEach((field, key) -> paperErrors.reject(String.valueOf(field), String.valueOf(key)));
        }
        Map<String, String> paperTyped = new HashMap<>();
        if (model.getAttribute("paperTyped") instanceof Map<?, ?> typed) {
            typed.forEach((k, v) -> paperTyped.put(String.valueOf(k), String.valueOf(v)));
        }
        model.addAttribute(
                "view",
                new DetailPage(
                        survey,
                        survey.state(java.time.Instant.now()),
                        form,
                        formErrors,
                        question,
                        questionErrors,
                        editing,
                        pages,
                        List.of(QuestionKind.values()),
                        conditions(survey, editing),
                        conditionTexts(survey),
                        management.panelRate(current.id(), survey.id()),
                        notice,
                        paperImport,
                        paperCopies.counts(current.id(), survey.id()),
                        paperErrors,
                        paperTyped,
                        staff.has(StaffRole.PROJECT_MANAGER),
                        staff.has(StaffRole.ANALYST)));
        return "admin/survey/detail";
    }

    /** Every answer of a choice question, as the condition select offers it. */
    private List<ConditionChoice> conditions(Survey survey, Long editing) {
        List<Area> areas = organisations.areas(current.id());
        List<ConditionChoice> choices = new ArrayList<>();
        for (Question q : survey.questions()) {
            if (!q.kind().choice() || (editing != null && q.id() == editing)) {
                continue;
            }
            for (Option o : q.options(areas)) {
                choices.add(new ConditionChoice(q.id() + ":" + o.code(), q.text(), o.label(), o.translate()));
            }
        }
        return choices;
    }

    /** "Alleen als 'Heeft u kinderen?' is beantwoord met: Ja", in the reader's language; null without a condition. */
    private String conditionText(Survey survey, Question q, List<Area> areas) {
        if (!q.conditional()) {
            return null;
        }
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return survey.question(q.conditionQuestionId())
                .map(c -> {
                    List<String> answers = new ArrayList<>();
                    for (Option o : c.options(areas)) {
                        if (q.conditionValues().contains(String.valueOf(o.code()))) {
                            answers.add(o.translate() ? messages.getMessage(o.label(), null, locale) : o.label());
                        }
                    }
                    String or = " " + messages.getMessage("survey.admin.conditional.or", null, locale) + " ";
                    return messages.getMessage(
                            "survey.admin.conditional", new Object[] {c.text(), String.join(or, answers)}, locale);
                })
                .orElse(null);
    }

    private Map<Long, String> conditionTexts(Survey survey) {
        List<Area> areas = organisations.areas(current.id());
        Map<Long, String> texts = new HashMap<>();
        for (Question q : survey.questions()) {
            String text = conditionText(survey, q, areas);
            if (text != null) {
                texts.put(q.id(), text);
            }
        }
        return texts;
    }

    private static String siteUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static PleinPrincipal require(StaffRole... anyOf) {
        PleinPrincipal staff = PleinPrincipal.current().orElseThrow();
        for (StaffRole role : anyOf) {
            if (staff.has(role)) {
                return staff;
            }
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    /** The survey settings as posted; the checkbox is absent when not ticked. */
    public record SurveyFields(
            String title,
            String intro,
            String closing,
            String audience,
            Boolean anonymousAllowed,
            String opensOn,
            String closesOn,
            Integer version,
            String requestKey) {
        SurveyForm toForm() {
            return new SurveyForm(
                    title,
                    intro,
                    closing,
                    audience,
                    Boolean.TRUE.equals(anonymousAllowed),
                    opensOn,
                    closesOn,
                    version == null ? 0 : version,
                    requestKey);
        }
    }

    public record QuestionFields(
            String page,
            String kind,
            String text,
            String help,
            String options,
            String rows,
            Boolean required,
            String minChoices,
            String maxChoices,
            String condition,
            String requestKey) {
        QuestionForm toForm() {
            return new QuestionForm(
                    page,
                    kind,
                    text,
                    help,
                    options,
                    rows,
                    Boolean.TRUE.equals(required),
                    minChoices,
                    maxChoices,
                    condition,
                    requestKey);
        }
    }
}
