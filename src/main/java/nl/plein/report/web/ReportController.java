package nl.plein.report.web;

import java.util.Locale;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.report.ParticipationReports;
import nl.plein.report.Report;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A published participation report for residents and the council: a page and a PDF. */
@Controller
public class ReportController {

    private final ParticipationReports reports;
    private final CurrentOrganisation currentOrganisation;

    ReportController(ParticipationReports reports, CurrentOrganisation currentOrganisation) {
        this.reports = reports;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/projecten/{slug}/participatieverslag")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("report", published(slug));
        return "report/report";
    }

    @GetMapping("/projecten/{slug}/participatieverslag.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, Locale locale) {
        Report report = published(slug);
        return pdfResponse(reports.pdf(currentOrganisation.id(), report, locale), slug);
    }

    private Report published(String slug) {
        return reports.publishedReport(currentOrganisation.id(), slug).orElseThrow(ProjectNotFoundException::new);
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String slug) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("participatieverslag-" + slug + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
