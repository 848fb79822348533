package nl.plein.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.opendata.web.ApiDocuments.FigureDocument;
import nl.plein.opendata.web.ApiDocuments.Page;
import nl.plein.opendata.web.ApiDocuments.PhaseDocument;
import nl.plein.opendata.web.ApiDocuments.PlanDocument;
import nl.plein.opendata.web.ApiDocuments.ProjectDocument;
import nl.plein.opendata.web.ApiDocuments.ProjectItem;
import nl.plein.opendata.web.ApiDocuments.ReportDocument;
import nl.plein.opendata.web.ApiDocuments.ReportItem;
import nl.plein.plan.ParticipationPlans;
import nl.plein.plan.PlanSummary;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.project.Theme;
import nl.plein.report.Figure;
import nl.plein.report.ParticipationReports;
import nl.plein.report.Report;
import nl.plein.report.ReportSummary;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only open data API of the organisation this hostname belongs to. Only what
 * residents may see anyway: published projects, agreed plans' summaries and published reports.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open data", description = "Public, read-only data of this organisation's participation projects.")
public class OpenDataController {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final CacheControl CACHE =
            CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic();

    private final ProjectManagement projects;
    private final Organisations organisations;
    private final ParticipationPlans plans;
    private final ParticipationReports reports;
    private final CurrentOrganisation currentOrganisation;

    OpenDataController(
            ProjectManagement projects,
            Organisations organisations,
            ParticipationPlans plans,
            ParticipationReports reports,
            CurrentOrganisation currentOrganisation) {
        this.projects = projects;
        this.organisations = organisations;
        this.plans = plans;
        this.reports = reports;
        this.currentOrganisation = currentOrganisation;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    /** Refused paging parameters, answered as RFC 9457 problem details. */
    static class BadPaging extends RuntimeException {
        BadPaging(String message) {
            super(message);
        }
    }

    @ExceptionHandler(BadPaging.class)
    ResponseEntity<ProblemDetail> badPaging(BadPaging e) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(ProjectNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found"));
    }

    // ---- projects

    @GetMapping("/projects")
    @Operation(
            summary = "Published projects",
            description =
                    "The organisation's published projects (planned, active and closed), newest first, one page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of projects")
    @ApiResponse(responseCode = "400", description = "page below 1, or size outside 1 to 100")
    ResponseEntity<Page<ProjectItem>> projects(
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        check(page, size);
        Map<Long, String> areaNames = areaNames();
        List<ProjectSummary> published = projects.allProjects(org()).stream()
                .filter(p -> p.status() != ProjectStatus.DRAFT)
                .toList();
        List<ProjectItem> items = slice(published, page, size).stream()
                .map(p -> new ProjectItem(
                        p.slug(),
                        p.title(),
                        p.summary(),
                        p.status().name(),
                        p.startsOn(),
                        p.endsOn(),
                        p.areaIds().stream().map(areaNames::get).toList(),
                        p.themes(),
                        Map.of("self", "/api/v1/projects/" + p.slug(), "html", "/projecten/" + p.slug())))
                .toList();
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(page("/api/v1/projects", items, page, size, published.size()));
    }

    @GetMapping("/projects/{slug}")
    @Operation(summary = "A published project with its phases")
    @ApiResponse(responseCode = "200", description = "The project")
    @ApiResponse(responseCode = "404", description = "No published project with this slug")
    ResponseEntity<ProjectDocument> project(@PathVariable String slug) {
        ProjectDetails p = projects.publishedProject(org(), slug).orElseThrow(ProjectNotFoundException::new);
        Map<Long, String> areaNames = areaNames();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/api/v1/projects/" + slug);
        links.put("html", "/projecten/" + slug);
        links.put("plan", "/api/v1/projects/" + slug + "/plan");
        links.put("report", "/api/v1/projects/" + slug + "/report");
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(new ProjectDocument(
                        p.slug(),
                        p.title(),
                        p.summary(),
                        p.body(),
                        p.status().name(),
                        p.areaIds().stream().map(areaNames::get).toList(),
                        p.themes().stream().map(Theme::name).toList(),
                        p.phases().stream()
                                .map(ph -> new PhaseDocument(
                                        ph.name(),
                                        ph.description(),
                                        ph.ladderLevel().name(),
                                        ph.startsOn(),
                                        ph.endsOn(),
                                        ph.timing().name(),
                                        ph.fixedPoints(),
                                        ph.openPoints(),
                                        ph.whoDecides()))
                                .toList(),
                        links));
    }

    @GetMapping("/projects/{slug}/plan")
    @Operation(
            summary = "The public summary of a project's participation plan",
            description =
                    "Only for an agreed plan: the level of influence per phase, the room for influence, the planning and when feedback comes.")
    @ApiResponse(responseCode = "200", description = "The summary")
    @ApiResponse(responseCode = "404", description = "No published project with this slug, or its plan is not agreed")
    ResponseEntity<PlanDocument> plan(@PathVariable String slug) {
        PlanSummary s = plans.publicSummary(org(), slug).orElseThrow(ProjectNotFoundException::new);
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(new PlanDocument(
                        s.projectSlug(),
                        s.communicationOnly(),
                        s.phases().stream()
                                .map(l -> new ApiDocuments.PhaseLevel(
                                        l.phaseName(), l.ladderLevel().name()))
                                .toList(),
                        s.roomForInfluence(),
                        s.planning(),
                        s.feedback()));
    }

    // ---- reports

    @GetMapping("/reports")
    @Operation(summary = "Published participation reports", description = "Newest first, one page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of reports")
    @ApiResponse(responseCode = "400", description = "page below 1, or size outside 1 to 100")
    ResponseEntity<Page<ReportItem>> reports(
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        check(page, size);
        List<ReportSummary> list = reports.publishedReports(org(), (page - 1) * size, size);
        List<ReportItem> items = list.stream()
                .map(r -> new ReportItem(
                        r.projectSlug(),
                        r.projectTitle(),
                        r.participants(),
                        r.inputs(),
                        r.publishedAt(),
                        Map.of(
                                "self", "/api/v1/projects/" + r.projectSlug() + "/report",
                                "html", "/projecten/" + r.projectSlug() + "/participatieverslag",
                                "pdf", "/projecten/" + r.projectSlug() + "/participatieverslag.pdf",
                                "csv", "/api/v1/projects/" + r.projectSlug() + "/report/figures.csv")))
                .toList();
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(page("/api/v1/reports", items, page, size, reports.countPublished(org())));
    }

    @GetMapping("/projects/{slug}/report")
    @Operation(
            summary = "A project's published participation report",
            description = "The texts (Markdown) and figures. Groups under five people have no numbers.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "404", description = "No published report for this project")
    ResponseEntity<ReportDocument> report(@PathVariable String slug) {
        Report r = reports.publishedReport(org(), slug).orElseThrow(ProjectNotFoundException::new);
        Map<String, String> sections = new LinkedHashMap<>();
        r.sections().forEach((section, text) -> sections.put(section.name(), text.body()));
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(new ReportDocument(
                        r.projectSlug(),
                        r.projectTitle(),
                        r.publishedAt(),
                        r.participants(),
                        r.inputs(),
                        r.population(),
                        sections,
                        r.figures().stream().map(OpenDataController::figure).toList(),
                        Map.of(
                                "self", "/api/v1/projects/" + slug + "/report",
                                "pdf", "/projecten/" + slug + "/participatieverslag.pdf",
                                "csv", "/api/v1/projects/" + slug + "/report/figures.csv")));
    }

    private static FigureDocument figure(Figure f) {
        boolean hidden = f.suppressed();
        return new FigureDocument(
                f.dimension().name(),
                f.label(),
                hidden ? null : f.participants(),
                hidden ? null : f.inputs(),
                f.population(),
                hidden);
    }

    @GetMapping(path = "/projects/{slug}/report/figures.csv", produces = "text/csv")
    @Operation(
            summary = "A published report's figures as CSV",
            description = "Columns: project, dimension, group, participants, inputs, population, suppressed.")
    @ApiResponse(responseCode = "200", description = "CSV, UTF-8")
    @ApiResponse(responseCode = "404", description = "No published report for this project")
    ResponseEntity<String> reportCsv(@PathVariable String slug) {
        Report r = reports.publishedReport(org(), slug).orElseThrow(ProjectNotFoundException::new);
        return csv(List.of(r), "participatieverslag-" + slug + ".csv");
    }

    @GetMapping(path = "/reports/figures.csv", produces = "text/csv")
    @Operation(summary = "The figures of every published report as one CSV")
    @ApiResponse(responseCode = "200", description = "CSV, UTF-8")
    ResponseEntity<String> allReportsCsv() {
        List<Report> all = reports.publishedReports(org(), 0, Integer.MAX_VALUE).stream()
                .map(s -> reports.publishedReport(org(), s.projectSlug()))
                .flatMap(java.util.Optional::stream)
                .toList();
        return csv(all, "participatieverslagen.csv");
    }

    private static ResponseEntity<String> csv(List<Report> list, String filename) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(
                                "project", "dimension", "group", "participants", "inputs", "population", "suppressed")
                        .get())) {
            for (Report r : list) {
                printer.printRecord(r.projectSlug(), "TOTAL", "", r.participants(), r.inputs(), r.population(), false);
                for (Figure f : r.figures()) {
                    FigureDocument d = figure(f);
                    printer.printRecord(
                            r.projectSlug(),
                            d.dimension(),
                            d.group(),
                            d.participants(),
                            d.inputs(),
                            d.population(),
                            d.suppressed());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .cacheControl(CACHE)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .body(out.toString());
    }

    // ---- helpers

    private Map<Long, String> areaNames() {
        return organisations.areas(org()).stream().collect(Collectors.toMap(Area::id, Area::name));
    }

    private static void check(int page, int size) {
        if (page < 1) {
            throw new BadPaging("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadPaging("size must be between 1 and " + MAX_SIZE);
        }
    }

    private static <T> List<T> slice(List<T> all, int page, int size) {
        long from = (long) (page - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    private static <T> Page<T> page(String path, List<T> items, int page, int size, long total) {
        long pages = Math.max(1, (total + size - 1) / size);
        Function<Integer, String> link = p -> path + "?page=" + p + "&size=" + size;
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", link.apply(page));
        links.put("first", link.apply(1));
        links.put("last", link.apply((int) pages));
        if (page > 1) {
            links.put("prev", link.apply((int) Math.min(page - 1, pages)));
        }
        if (page < pages) {
            links.put("next", link.apply(page + 1));
        }
        return new Page<>(items, page, size, total, pages, links);
    }
}
