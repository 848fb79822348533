package nl.plein.training.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.plein.identity.PleinPrincipal;
import nl.plein.meeting.InvalidMeetingException;
import nl.plein.meeting.MeetingForm;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.training.InvalidTrainingException;
import nl.plein.training.Training.Course;
import nl.plein.training.Training.Module;
import nl.plein.training.TrainingNotFoundException;
import nl.plein.training.TrainingProgramme;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The training programme in the back office: every staff member sees the courses, enrols and marks
 * modules done; coordinators (organisation admins) add courses, modules and sessions, see progress
 * and send reminders. The URL rule lets any staff member in; the coordinator's pages check here.
 */
@Controller
@RequestMapping("/beheer/training")
public class TrainingController {

    private static final String BASE = "/beheer/training/";

    private final TrainingProgramme training;
    private final CurrentOrganisation currentOrganisation;

    TrainingController(TrainingProgramme training, CurrentOrganisation currentOrganisation) {
        this.training = training;
        this.currentOrganisation = currentOrganisation;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    @GetMapping
    String list(@AuthenticationPrincipal PleinPrincipal person, Model model) {
        return listPage(person, new FieldErrors(), "", "", (String) model.getAttribute("notice"), model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal PleinPrincipal person,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String requestKey,
            Model model) {
        coordinator(person);
        try {
            long id = training.createCourse(org(), person, title, description, requestKey);
            return "redirect:" + BASE + id;
        } catch (InvalidTrainingException e) {
            return listPage(person, e.errors(), title, description, null, model);
        }
    }

    @GetMapping("/{id:\\d+}")
    String course(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, Model model) {
        return coursePage(
                person, course(id), new FieldErrors(), Map.of(), (String) model.getAttribute("notice"), model);
    }

    @PostMapping("/{id:\\d+}/inschrijven")
    String enrol(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, RedirectAttributes redirect) {
        course(id);
        training.enrol(org(), person, id);
        redirect.addFlashAttribute("notice", "training.notice.enrolled");
        return "redirect:" + BASE + id;
    }

    @GetMapping("/{id:\\d+}/modules/{moduleId:\\d+}")
    String module(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long moduleId,
            Model model) {
        Course course = course(id);
        Module module = training.module(org(), id, moduleId).orElseThrow(TrainingNotFoundException::new);
        model.addAttribute(
                "view",
                new TrainingViews.ModuleView(
                        course,
                        module,
                        training.enrolled(org(), id, person.accountId()),
                        training.completed(org(), person.accountId()).contains(moduleId),
                        (String) model.getAttribute("notice")));
        return "admin/training/module";
    }

    @PostMapping("/{id:\\d+}/modules/{moduleId:\\d+}/klaar")
    String markDone(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long moduleId,
            @RequestParam(defaultValue = "true") boolean done,
            RedirectAttributes redirect) {
        course(id);
        try {
            training.markDone(org(), person, id, moduleId, done);
            redirect.addFlashAttribute("notice", done ? "training.notice.done" : "training.notice.notDone");
        } catch (InvalidTrainingException e) {
            redirect.addFlashAttribute("notice", "training.error.notEnrolled");
        }
        return "redirect:" + BASE + id + "/modules/" + moduleId;
    }

    @PostMapping("/{id:\\d+}/modules")
    String addModule(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Course course = course(id);
        coordinator(person);
        try {
            training.addModule(
                    org(),
                    person,
                    id,
                    fields.get("moduleTitle"),
                    fields.get("kind"),
                    fields.get("body"),
                    fields.get("videoUrl"));
            redirect.addFlashAttribute("notice", "training.notice.moduleAdded");
            return "redirect:" + BASE + id;
        } catch (InvalidTrainingException e) {
            return coursePage(person, course, e.errors(), fields, null, model);
        }
    }

    @GetMapping("/{id:\\d+}/sessie")
    String sessionForm(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, Model model) {
        Course course = course(id);
        coordinator(person);
        MeetingForm empty = MeetingForm.empty(UUID.randomUUID().toString());
        model.addAttribute(
                "view",
                new TrainingViews.SessionFormView(
                        course,
                        new MeetingForm(
                                course.title(),
                                "",
                                empty.mode(),
                                "",
                                "",
                                "",
                                empty.startTime(),
                                empty.endTime(),
                                "20",
                                "",
                                false,
                                false,
                                "",
                                empty.requestKey(),
                                0),
                        new FieldErrors()));
        return "admin/training/session";
    }

    @PostMapping("/{id:\\d+}/sessie")
    String addSession(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            MeetingForm form,
            Model model,
            RedirectAttributes redirect) {
        Course course = course(id);
        coordinator(person);
        try {
            training.addSession(org(), person, id, form);
            redirect.addFlashAttribute("notice", "training.notice.sessionAdded");
            return "redirect:" + BASE + id;
        } catch (InvalidMeetingException e) {
            model.addAttribute("view", new TrainingViews.SessionFormView(course, form, e.errors()));
            return "admin/training/session";
        }
    }

    @GetMapping("/{id:\\d+}/voortgang")
    String progress(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, Model model) {
        Course course = course(id);
        coordinator(person);
        model.addAttribute(
                "view",
                new TrainingViews.ProgressView(
                        course, training.modules(org(), id), training.progress(org(), id), (String)
                                model.getAttribute("notice")));
        return "admin/training/progress";
    }

    @PostMapping("/{id:\\d+}/herinneren")
    String remind(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, RedirectAttributes redirect) {
        course(id);
        coordinator(person);
        int count = training.remind(
                org(),
                person,
                id,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        redirect.addFlashAttribute(
                "notice", count == 0 ? "training.notice.nobodyToRemind" : "training.notice.reminded");
        return "redirect:" + BASE + id + "/voortgang";
    }

    private Course course(long id) {
        return training.course(org(), id).orElseThrow(TrainingNotFoundException::new);
    }

    private static void coordinator(PleinPrincipal person) {
        if (!TrainingProgramme.coordinator(person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String listPage(
            PleinPrincipal person, FieldErrors errors, String title, String description, String notice, Model model) {
        Set<Long> enrolments = training.enrolments(org(), person.accountId());
        Set<Long> completed = training.completed(org(), person.accountId());
        var rows = training.courses(org()).stream()
                .map(c -> new TrainingViews.CourseRow(
                        c,
                        enrolments.contains(c.id()),
                        training.modules(org(), c.id()).stream()
                                .filter(m -> completed.contains(m.id()))
                                .count()))
                .toList();
        model.addAttribute(
                "view",
                new TrainingViews.ListView(
                        rows,
                        TrainingProgramme.coordinator(person),
                        errors,
                        title,
                        description,
                        UUID.randomUUID().toString(),
                        notice));
        return "admin/training/list";
    }

    private String coursePage(
            PleinPrincipal person,
            Course course,
            FieldErrors errors,
            Map<String, String> typed,
            String notice,
            Model model) {
        model.addAttribute(
                "view",
                new TrainingViews.CourseView(
                        course,
                        training.modules(org(), course.id()),
                        training.sessions(org(), course.id()),
                        training.enrolled(org(), course.id(), person.accountId()),
                        training.completed(org(), person.accountId()),
                        TrainingProgramme.coordinator(person),
                        errors,
                        typed,
                        notice));
        return "admin/training/course";
    }
}
