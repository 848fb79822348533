package nl.plein.meeting.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.plein.identity.PleinPrincipal;
import nl.plein.meeting.EmailRegistrations;
import nl.plein.meeting.InvalidMeetingException;
import nl.plein.meeting.Meeting;
import nl.plein.meeting.MeetingManagement;
import nl.plein.meeting.MeetingNotFoundException;
import nl.plein.meeting.Registrant;
import nl.plein.meeting.Registration;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Residents' side of meetings: the list, a meeting's page with registration, and cancelling by the
 * personal link from the mail (no login needed; the link's page asks to confirm, the POST cancels,
 * so a mail scanner opening the link cancels nothing). Where the organiser allows it, someone without an account
 * registers with an e-mail address and confirms by a link that works the same way. Staff-only meetings are 404 for
 * anyone else.
 */
@Controller
public class MeetingController {

    private final MeetingManagement meetings;
    private final EmailRegistrations emailRegistrations;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;

    MeetingController(
            MeetingManagement meetings,
            EmailRegistrations emailRegistrations,
            ProjectManagement projects,
            CurrentOrganisation currentOrganisation) {
        this.meetings = meetings;
        this.emailRegistrations = emailRegistrations;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    @GetMapping("/bijeenkomsten")
    String list(Model model) {
        var all = meetings.publicMeetings(org());
        Instant now = Instant.now();
        model.addAttribute(
                "view",
                new MeetingViews.ListView(
                        all.stream().filter(m -> m.endsAt().isAfter(now)).toList(),
                        all.stream()
                                .filter(m -> !m.endsAt().isAfter(now))
                                .sorted((a, b) -> b.startsAt().compareTo(a.startsAt()))
                                .toList()));
        return "meeting/list";
    }

    @GetMapping("/bijeenkomsten/{id:\\d+}")
    String show(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, Model model) {
        return page(
                person, visible(person, id), new FieldErrors(), Map.of(), (String) model.getAttribute("notice"), model);
    }

    /** "Zet in mijn agenda": the meeting as an .ics file, for those who do not register or want it now. */
    @GetMapping("/bijeenkomsten/{id:\\d+}/agenda.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id) {
        Meeting meeting = visible(person, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bijeenkomst-" + meeting.id() + ".ics")
                                .build()
                                .toString())
                .body(meetings.calendarFile(org(), meeting));
    }

    @PostMapping("/bijeenkomsten/{id:\\d+}/aanmelden")
    String register(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = visible(person, id);
        if (person == null) {
            return "redirect:/inloggen";
        }
        try {
            Registration registration = meetings.register(
                    org(),
                    id,
                    new Registrant(person.accountId(), person.displayName(), person.email(), person.isStaff()),
                    fields);
            redirect.addFlashAttribute(
                    "notice", registration.registered() ? "meeting.notice.registered" : "meeting.notice.waiting");
            return "redirect:/bijeenkomsten/" + id;
        } catch (InvalidMeetingException e) {
            return page(person, meeting, e.errors(), fields, null, model);
        }
    }

    /** Without an account: the request is stored and the confirmation link mailed; the page says to look there. */
    @PostMapping("/bijeenkomsten/{id:\\d+}/aanmelden-met-email")
    String requestByEmail(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = visible(person, id);
        try {
            emailRegistrations.request(org(), id, fields.get("name"), fields.get("email"), fields);
            redirect.addFlashAttribute("notice", "meeting.notice.checkMail");
            return "redirect:/bijeenkomsten/" + id;
        } catch (InvalidMeetingException e) {
            return page(person, meeting, e.errors(), fields, null, model);
        }
    }

    @GetMapping("/bijeenkomsten/bevestigen/{token}")
    String confirmForm(@PathVariable String token, Model model) {
        EmailRegistrations.Request request = emailRequest(token);
        Registration done = request.registrationId() == null
                ? null
                : meetings.registrationById(org(), request.registrationId()).orElse(null);
        FieldErrors errors = request.expired(Instant.now())
                ? new FieldErrors().reject("register", "meeting.error.linkExpired")
                : new FieldErrors();
        return confirmPage(request, done, errors, model);
    }

    @PostMapping("/bijeenkomsten/bevestigen/{token}")
    String confirm(@PathVariable String token, Model model) {
        EmailRegistrations.Request request = emailRequest(token);
        try {
            return confirmPage(request, emailRegistrations.confirm(org(), request.token()), new FieldErrors(), model);
        } catch (InvalidMeetingException e) {
            return confirmPage(request, null, e.errors(), model);
        }
    }

    private String confirmPage(
            EmailRegistrations.Request request, Registration registration, FieldErrors errors, Model model) {
        Meeting meeting = meetings.meeting(org(), request.meetingId()).orElseThrow(MeetingNotFoundException::new);
        model.addAttribute("view", new MeetingViews.ConfirmView(meeting, request, registration, errors));
        return "meeting/confirm";
    }

    private EmailRegistrations.Request emailRequest(String token) {
        try {
            return emailRegistrations.request(org(), UUID.fromString(token)).orElseThrow(MeetingNotFoundException::new);
        } catch (IllegalArgumentException e) {
            throw new MeetingNotFoundException();
        }
    }

    /** Signed in, one cancels one's own registration from the meeting page; it uses the same rules as the link. */
    @PostMapping("/bijeenkomsten/{id:\\d+}/afmelden")
    String cancelOwn(
            @AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, RedirectAttributes redirect) {
        visible(person, id);
        if (person == null) {
            return "redirect:/inloggen";
        }
        meetings.cancelOwnRegistration(org(), id, person.accountId());
        redirect.addFlashAttribute("notice", "meeting.notice.cancelled");
        return "redirect:/bijeenkomsten/" + id;
    }

    @GetMapping("/bijeenkomsten/afmelden/{token}")
    String cancelForm(@PathVariable String token, Model model) {
        Registration registration = byToken(token);
        model.addAttribute(
                "view",
                new MeetingViews.CancelView(
                        meetings.meeting(org(), registration.meetingId()).orElseThrow(MeetingNotFoundException::new),
                        registration,
                        token,
                        false));
        return "meeting/cancel";
    }

    @PostMapping("/bijeenkomsten/afmelden/{token}")
    String cancel(@PathVariable String token, Model model) {
        Registration registration =
                meetings.cancelRegistration(org(), token).orElseThrow(MeetingNotFoundException::new);
        model.addAttribute(
                "view",
                new MeetingViews.CancelView(
                        meetings.meeting(org(), registration.meetingId()).orElseThrow(MeetingNotFoundException::new),
                        registration,
                        token,
                        true));
        return "meeting/cancel";
    }

    private Registration byToken(String token) {
        return meetings.registrationByToken(org(), token).orElseThrow(MeetingNotFoundException::new);
    }

    private Meeting visible(PleinPrincipal person, long id) {
        Meeting meeting = meetings.meeting(org(), id).orElseThrow(MeetingNotFoundException::new);
        if (meeting.staffOnly() && (person == null || !person.isStaff())) {
            throw new MeetingNotFoundException();
        }
        return meeting;
    }

    private String page(
            PleinPrincipal person,
            Meeting meeting,
            FieldErrors errors,
            Map<String, String> answers,
            String notice,
            Model model) {
        Registration mine = person == null
                ? null
                : meetings.registrationOf(org(), meeting.id(), person.accountId())
                        .orElse(null);
        ProjectDetails project = meeting.projectId() == null
                ? null
                : projects.project(org(), meeting.projectId())
                        .filter(p -> p.status() != ProjectStatus.DRAFT)
                        .orElse(null);
        model.addAttribute(
                "view",
                new MeetingViews.PageView(
                        meeting,
                        mine,
                        person != null,
                        project == null ? null : project.title(),
                        project == null ? null : project.slug(),
                        errors,
                        answers,
                        notice));
        return "meeting/show";
    }
}
