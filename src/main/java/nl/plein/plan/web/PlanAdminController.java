package nl.plein.plan.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.meeting.Worksheets;
import nl.plein.plan.MethodForm;
import nl.plein.plan.ParticipationPlans;
import nl.plein.plan.PlanSection;
import nl.plein.plan.PlanStatus;
import nl.plein.plan.SectionConflictException;
import nl.plein.plan.SectionText;
import nl.plein.project.InvalidFormException;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participation plan in the back office (project managers: the URL rule on /beheer/projecten/**).
 * Each section has its own editor and version; a conflict shows both texts and keeps what was typed.
 */
@Controller
@RequestMapping("/beheer/projecten/{id:\\d+}/participatieplan")
public class PlanAdminController {

    private final ParticipationPlans plans;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;
    private final Worksheets worksheets;

    PlanAdminController(
            ParticipationPlans plans,
            ProjectManagement projects,
            CurrentOrganisation currentOrganisation,
            Worksheets worksheets) {
        this.plans = plans;
        this.worksheets = worksheets;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    private static String base(long id) {
        return "/beheer/projecten/" + id + "/participatieplan";
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return overview(model, id, MethodForm.empty(UUID.randomUUID().toString()), new FieldErrors());
    }

    private String overview(Model model, long id, MethodForm methodForm, FieldErrors methodErrors) {
        ProjectDetails project = project(id);
        model.addAttribute(
                "view",
                new PlanViews.PlanView(
                        project,
                        plans.plan(org(), id).orElse(null),
                        plans.commentCounts(org(), id),
                        methodForm,
                        methodErrors,
                        (String) model.getAttribute("notice")));
        return "admin/plan/plan";
    }

    @PostMapping("/starten")
    String start(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id) {
        plans.start(org(), Actor.of(person), id);
        return "redirect:" + base(id);
    }

    /**
     * With {@code werkplaats}, the editor proposes the section's text with that workshop's worksheet
     * answer to the section's question added below it; nothing is stored until staff save it the
     * normal way, so the version check and the history apply.
     */
    @GetMapping("/onderdelen/{section}")
    String editSection(
            @PathVariable long id,
            @PathVariable String section,
            @RequestParam(name = "werkplaats", required = false) Long meetingId,
            Model model) {
        PlanSection s = section(section);
        SectionText text =
                plans.plan(org(), id).orElseThrow(ProjectNotFoundException::new).section(s);
        if (meetingId != null) {
            Worksheets.Outcome outcome = worksheets
                    .outcome(org(), meetingId)
                    .filter(o -> !answer(o, s).isBlank())
                    .orElseThrow(ProjectNotFoundException::new);
            String proposal = text.body().isBlank() ? answer(outcome, s) : text.body() + "\n\n" + answer(outcome, s);
            return sectionForm(
                    model, id, s, proposal, text.version(), new FieldErrors(), null, "", new FieldErrors(), outcome);
        }
        return sectionForm(model, id, s, text.body(), text.version(), new FieldErrors(), null, "", new FieldErrors());
    }

    /** The worksheet's answer to the plan question this section belongs to; empty for the practical parts. */
    private static String answer(Worksheets.Outcome outcome, PlanSection section) {
        return switch (section.question()) {
            case WHY -> outcome.answer(Worksheets.Question.WHY);
            case WHAT -> outcome.answer(Worksheets.Question.WHAT);
            case WHO -> outcome.answer(Worksheets.Question.WHO);
            case HOW -> outcome.answer(Worksheets.Question.HOW);
            case PRACTICAL -> "";
        };
    }

    /** On a conflict nothing is saved: the page shows the stored text beside this editor's, which stays in the box. */
    @PostMapping("/onderdelen/{section}")
    String saveSection(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable String section,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        PlanSection s = section(section);
        try {
            plans.saveSection(org(), Actor.of(person), id, s, body, version);
            redirect.addFlashAttribute("notice", "plan.saved");
            return "redirect:" + base(id) + "#" + s.slug();
        } catch (InvalidFormException e) {
            return sectionForm(model, id, s, body, version, e.errors(), null, "", new FieldErrors());
        } catch (SectionConflictException e) {
            return sectionForm(
                    model, id, s, body, e.current().version(), new FieldErrors(), e.current(), "", new FieldErrors());
        }
    }

    @PostMapping("/onderdelen/{section}/reacties")
    String comment(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable String section,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "") String requestKey,
            Model model,
            RedirectAttributes redirect) {
        PlanSection s = section(section);
        try {
            plans.comment(org(), Actor.of(person), id, s, comment, requestKey);
            redirect.addFlashAttribute("notice", "plan.commented");
            return "redirect:" + base(id) + "/onderdelen/" + s.slug() + "#reacties";
        } catch (InvalidFormException e) {
            SectionText text = plans.plan(org(), id)
                    .orElseThrow(ProjectNotFoundException::new)
                    .section(s);
            return sectionForm(model, id, s, text.body(), text.version(), new FieldErrors(), null, comment, e.errors());
        }
    }

    private String sectionForm(
            Model model,
            long id,
            PlanSection section,
            String body,
            int version,
            FieldErrors errors,
            SectionText conflict,
            String comment,
            FieldErrors commentErrors) {
        return sectionForm(model, id, section, body, version, errors, conflict, comment, commentErrors, null);
    }

    private String sectionForm(
            Model model,
            long id,
            PlanSection section,
            String body,
            int version,
            FieldErrors errors,
            SectionText conflict,
            String comment,
            FieldErrors commentErrors,
            Worksheets.Outcome proposedFrom) {
        List<Worksheets.Outcome> outcomes = section.question() == PlanSection.Question.PRACTICAL
                ? List.of()
                : worksheets.outcomes(org()).stream()
                        .filter(o -> !answer(o, section).isBlank())
                        .toList();
        model.addAttribute(
                "view",
                new PlanViews.SectionEditView(
                        project(id),
                        section,
                        body,
                        version,
                        errors,
                        conflict,
                        plans.comments(org(), id, section),
                        comment,
                        commentErrors,
                        UUID.randomUUID().toString(),
                        outcomes,
                        proposedFrom));
        return "admin/plan/section";
    }

    @GetMapping("/geschiedenis")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("view", new PlanViews.HistoryView(project(id), plans.history(org(), id)));
        return "admin/plan/history";
    }

    @PostMapping("/status")
    String status(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String status,
            RedirectAttributes redirect) {
        PlanStatus value = "AGREED".equals(status) ? PlanStatus.AGREED : PlanStatus.DRAFT;
        plans.setStatus(org(), Actor.of(person), id, value);
        redirect.addFlashAttribute("notice", value == PlanStatus.AGREED ? "plan.agreedNotice" : "plan.draftNotice");
        return "redirect:" + base(id);
    }

    @PostMapping("/communicatie")
    String communicationOnly(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean communicationOnly,
            RedirectAttributes redirect) {
        plans.setCommunicationOnly(org(), Actor.of(person), id, communicationOnly);
        redirect.addFlashAttribute("notice", "plan.saved");
        return "redirect:" + base(id) + "#why";
    }

    @PostMapping("/methoden")
    String addMethod(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @ModelAttribute MethodForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            plans.addMethod(org(), Actor.of(person), id, form);
            redirect.addFlashAttribute("notice", "plan.methodAdded");
            return "redirect:" + base(id) + "#methods";
        } catch (InvalidFormException e) {
            return overview(model, id, form, e.errors());
        }
    }

    @PostMapping("/methoden/{methodId:\\d+}/verwijderen")
    String removeMethod(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable long methodId,
            RedirectAttributes redirect) {
        plans.removeMethod(org(), Actor.of(person), id, methodId);
        redirect.addFlashAttribute("notice", "plan.methodRemoved");
        return "redirect:" + base(id) + "#methods";
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        byte[] pdf = plans.pdf(org(), id, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("participatieplan-" + project(id).slug() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private ProjectDetails project(long id) {
        return projects.project(org(), id).orElseThrow(ProjectNotFoundException::new);
    }

    private static PlanSection section(String slug) {
        return PlanSection.bySlug(slug).orElseThrow(ProjectNotFoundException::new);
    }
}
