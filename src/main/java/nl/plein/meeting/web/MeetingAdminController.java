package nl.plein.meeting.web;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.meeting.InvalidMeetingException;
import nl.plein.meeting.Meeting;
import nl.plein.meeting.MeetingForm;
import nl.plein.meeting.MeetingManagement;
import nl.plein.meeting.MeetingNotFoundException;
import nl.plein.meeting.Worksheets;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office for meetings: project managers plan them, see who registered and who waits, take
 * attendance, write and publish the summary, fill in a workshop's worksheet and cancel a meeting.
 * Staff-only meetings (training sessions) are made from the training module but handled here too.
 */
@Controller
@RequestMapping("/beheer/bijeenkomsten")
public class MeetingAdminController {

    private static final String BASE = "/beheer/bijeenkomsten/";

    private final MeetingManagement meetings;
    private final Worksheets worksheets;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;
    private final MessageSource messages;

    MeetingAdminController(
            MeetingManagement meetings,
            Worksheets worksheets,
            ProjectManagement projects,
            CurrentOrganisation currentOrganisation,
            MessageSource messages) {
        this.meetings = meetings;
        this.worksheets = worksheets;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
        this.messages = messages;
    }

    /** Every page here is for project managers (organisation admins included). */
    @ModelAttribute
    void projectManager(@AuthenticationPrincipal PleinPrincipal person) {
        if (person == null || !person.has(StaffRole.PROJECT_MANAGER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("view", new MeetingViews.AdminListView(meetings.allMeetings(org())));
        return "admin/meeting/list";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        return form(MeetingForm.empty(UUID.randomUUID().toString()), new FieldErrors(), null, model);
    }

    @PostMapping("/nieuw")
    String create(@AuthenticationPrincipal PleinPrincipal person, MeetingForm form, Model model) {
        try {
            long id = meetings.create(org(), person, form, false);
            return "redirect:" + BASE + id;
        } catch (InvalidMeetingException e) {
            return form(form, e.errors(), null, model);
        }
    }

    @GetMapping("/{id:\\d+}/wijzigen")
    String editForm(@PathVariable long id, Model model) {
        return form(meeting(id).toForm(), new FieldErrors(), id, model);
    }

    @PostMapping("/{id:\\d+}/wijzigen")
    String update(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            MeetingForm form,
            Model model,
            RedirectAttributes redirect) {
        meeting(id);
        try {
            meetings.update(org(), person, id, form);
            redirect.addFlashAttribute("notice", "meeting.admin.saved");
            return "redirect:" + BASE + id;
        } catch (InvalidMeetingException e) {
            return form(form, e.errors(), id, model);
        }
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Meeting meeting = meeting(id);
        return detail(
                meeting, new FieldErrors(), meeting.summary(), null, (String) model.getAttribute("notice"), model);
    }

    @PostMapping("/{id:\\d+}/aanwezigheid")
    String attendance(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(name = "present", required = false) List<Long> present,
            RedirectAttributes redirect) {
        meeting(id);
        Set<Long> ids = present == null ? Set.of() : new HashSet<>(present);
        meetings.recordAttendance(org(), person, id, ids);
        redirect.addFlashAttribute("notice", "meeting.admin.attendanceSaved");
        return "redirect:" + BASE + id;
    }

    @PostMapping("/{id:\\d+}/verslag")
    String summary(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(name = "summary", defaultValue = "") String summary,
            @RequestParam(name = "publish", defaultValue = "false") boolean publish,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meeting(id);
        try {
            meetings.saveSummary(org(), person, id, summary, publish);
            redirect.addFlashAttribute(
                    "notice", publish ? "meeting.admin.summaryPublished" : "meeting.admin.summarySaved");
            return "redirect:" + BASE + id;
        } catch (InvalidMeetingException e) {
            return detail(meeting, e.errors(), summary, null, null, model);
        }
    }

    @PostMapping("/{id:\\d+}/werkblad")
    String worksheet(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meeting(id);
        var answers = new EnumMap<Worksheets.Question, String>(Worksheets.Question.class);
        for (Worksheets.Question q : Worksheets.Question.values()) {
            answers.put(q, fields.getOrDefault(q.name(), ""));
        }
        try {
            worksheets.save(org(), person, id, answers);
            redirect.addFlashAttribute("notice", "meeting.admin.worksheetSaved");
            return "redirect:" + BASE + id + "#werkblad";
        } catch (InvalidMeetingException e) {
            return detail(meeting, e.errors(), meeting.summary(), answers, null, model);
        }
    }

    @PostMapping("/{id:\\d+}/afgelasten")
    String cancel(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, RedirectAttributes redirect) {
        meeting(id);
        meetings.cancelMeeting(org(), person, id);
        redirect.addFlashAttribute("notice", "meeting.admin.cancelled");
        return "redirect:" + BASE + id;
    }

    private Meeting meeting(long id) {
        return meetings.meeting(org(), id).orElseThrow(MeetingNotFoundException::new);
    }

    private String form(MeetingForm form, FieldErrors errors, Long id, Model model) {
        model.addAttribute("view", new MeetingViews.FormView(form, errors, id, projects.allProjects(org())));
        return "admin/meeting/form";
    }

    private String detail(
            Meeting meeting,
            FieldErrors errors,
            String summary,
            Map<Worksheets.Question, String> typed,
            String notice,
            Model model) {
        Worksheets.Outcome outcome = worksheets.outcome(org(), meeting.id()).orElse(null);
        if (outcome != null && typed != null) {
            outcome = new Worksheets.Outcome(outcome.meetingId(), outcome.meetingTitle(), typed);
        }
        String text = null;
        if (outcome != null) {
            var labels = new EnumMap<Worksheets.Question, String>(Worksheets.Question.class);
            for (Worksheets.Question q : Worksheets.Question.values()) {
                labels.put(q, messages.getMessage(q.messageKey(), null, LocaleContextHolder.getLocale()));
            }
            text = outcome.asPlainText(labels);
        }
        model.addAttribute(
                "view",
                new MeetingViews.AdminView(
                        meeting, meetings.registrations(org(), meeting.id()), errors, summary, outcome, text, notice));
        return "admin/meeting/show";
    }
}
