package nl.plein.report.web;

import java.util.Locale;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.InvalidFormException;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.report.ParticipationReports;
import nl.plein.report.Report;
import nl.plein.report.ReportConflictException;
import nl.plein.report.ReportSection;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The participation report in the back office (project managers: the URL rule on /beheer/projecten/**). */
@Controller
@RequestMapping("/beheer/projecten/{id:\\d+}/participatieverslag")
public class ReportAdminController {

    private final ParticipationReports reports;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;

    ReportAdminController(
            ParticipationReports reports, ProjectManagement projects, CurrentOrganisation currentOrganisation) {
        this.reports = reports;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    private static String base(long id) {
        return "/beheer/projecten/" + id + "/participatieverslag";
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page(model, id, null, Map.of(), new FieldErrors());
    }

    private String page(
            Model model,
            long id,
            nl.plein.report.ReportText conflict,
            Map<ReportSection, String> typed,
            FieldErrors errors) {
        ProjectDetails project = project(id);
        model.addAttribute(
                "view",
                new ReportViews.ReportAdminView(
                        project,
                        reports.report(org(), id).orElse(null),
                        (String) model.getAttribute("notice"),
                        (String) model.getAttribute("problem"),
                        conflict,
                        typed,
                        errors));
        return "admin/report/report";
    }

    /** Generating again keeps the sections staff edited and replaces the figures. */
    @PostMapping("/maken")
    String generate(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            Locale locale,
            RedirectAttributes redirect) {
        reports.generate(org(), Actor.of(person), id, locale);
        redirect.addFlashAttribute("notice", "report.generatedNotice");
        return "redirect:" + base(id);
    }

    @PostMapping("/onderdelen/{section}")
    String saveSection(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable String section,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        ReportSection s = ReportSection.bySlug(section).orElseThrow(ProjectNotFoundException::new);
        try {
            reports.saveSection(org(), Actor.of(person), id, s, body, version);
            redirect.addFlashAttribute("notice", "report.saved");
            return "redirect:" + base(id) + "#" + s.slug();
        } catch (InvalidFormException e) {
            return page(model, id, null, Map.of(s, body), e.errors());
        } catch (ReportConflictException e) {
            return page(model, id, e.current(), Map.of(s, body), new FieldErrors());
        }
    }

    @PostMapping("/publiceren")
    String publish(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        try {
            reports.publish(org(), Actor.of(person), id);
            redirect.addFlashAttribute("notice", "report.publishedNotice");
        } catch (InvalidFormException e) {
            redirect.addFlashAttribute("problem", e.errors().get("publish"));
        }
        return "redirect:" + base(id);
    }

    @PostMapping("/intrekken")
    String unpublish(
            @AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        reports.unpublish(org(), Actor.of(person), id);
        redirect.addFlashAttribute("notice", "report.unpublishedNotice");
        return "redirect:" + base(id);
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        Report report = reports.report(org(), id).orElseThrow(ProjectNotFoundException::new);
        return ReportController.pdfResponse(reports.pdf(org(), report, locale), report.projectSlug());
    }

    private ProjectDetails project(long id) {
        return projects.project(org(), id).orElseThrow(ProjectNotFoundException::new);
    }
}
