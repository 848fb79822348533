package nl.plein.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.panel.CsvImport;
import nl.plein.survey.PaperImport;
import nl.plein.survey.ResultFilter;
import nl.plein.survey.Survey;
import nl.plein.survey.SurveyAnalysis;
import nl.plein.survey.SurveyManagement;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Survey results as JSON and response import as CSV, for staff programs with an API token. */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Survey results and response import; staff API token required")
@SecurityRequirement(name = "bearer")
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A staff API token, created under Beheer > Vragenlijsten > API-sleutels")
public class SurveyApiController {

    public record ImportJson(int imported, List<LineJson> errors) {}

    public record LineJson(int line, String message) {}

    private final SurveyManagement management;
    private final SurveyAnalysis analysis;
    private final PaperImport paper;
    private final CurrentOrganisation current;
    private final Organisations organisations;
    private final MessageSource messages;

    SurveyApiController(
            SurveyManagement management,
            SurveyAnalysis analysis,
            PaperImport paper,
            CurrentOrganisation current,
            Organisations organisations,
            MessageSource messages) {
        this.management = management;
        this.analysis = analysis;
        this.paper = paper;
        this.current = current;
        this.organisations = organisations;
        this.messages = messages;
    }

    @Operation(summary = "Results of a survey per question, optionally for one area, sex, age band or channel")
    @GetMapping(value = "/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    ResultsJson results(
            @PathVariable long id,
            @Parameter(description = "area code, e.g. WK099901") @RequestParam(required = false) String area,
            @Parameter(description = "M, V or X") @RequestParam(required = false) String sex,
            @Parameter(description = "A15_25, A25_45, A45_65 or A65_PLUS") @RequestParam(required = false)
                    String ageBand,
            @Parameter(description = "PANEL, LINK or PAPER") @RequestParam(required = false) String channel) {
        require(StaffRole.ANALYST);
        Survey survey = management.require(current.id(), id);
        String areaId = area == null
                ? null
                : organisations.areas(current.id()).stream()
                        .filter(a -> a.code().equalsIgnoreCase(area.strip()))
                        .map(a -> String.valueOf(a.id()))
                        .findFirst()
                        .orElse("-1");
        var locale = LocaleContextHolder.getLocale();
        var results =
                analysis.results(current.id(), survey, ResultFilter.parse(areaId, sex, ageBand, channel, ""), locale);
        var weighting = results.weighting();
        var weights = weighting.weights();
        var rate = management.panelRate(current.id(), id);
        return new ResultsJson(
                survey.id(),
                survey.title(),
                survey.state(java.time.Instant.now()).name(),
                results.respondents(),
                results.suppressed(),
                new ResultsJson.Panel(rate.invited(), rate.responded()),
                new ResultsJson.Weighting(
                        weighting.weighted(),
                        results.designEffect().orElse(null),
                        results.effectiveSampleSize().orElse(null),
                        weights.map(w -> w.cap()).orElse(null),
                        weighting.problems().stream()
                                .map(p -> messages.getMessage(p.key(), p.arguments(), locale))
                                .toList()),
                ResultsJson.questions(results.questions()));
    }

    @Operation(
            summary = "Import responses (paper, or from another tool) as CSV; all lines or none",
            description = "Columns: area (area code), sex (M/V/X), birth_year, and q<id> per question with option "
                    + "codes (several separated by ';', in rank order for a ranking; 'row:option' pairs for a matrix), "
                    + "or the number or text.")
    @PostMapping(
            value = "/{id}/responses",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportJson> importResponses(@PathVariable long id, @RequestBody String csv) throws IOException {
        PleinPrincipal staff =
                PleinPrincipal.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        CsvImport outcome = paper.importResponses(current.id(), staff, id, new StringReader(csv));
        var locale = LocaleContextHolder.getLocale();
        var body = new ImportJson(
                outcome.imported(),
                outcome.errors().stream()
                        .map(e -> new LineJson(e.line(), messages.getMessage(e.messageKey(), e.argsArray(), locale)))
                        .toList());
        return ResponseEntity.status(outcome.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(body);
    }

    private static PleinPrincipal require(StaffRole... anyOf) {
        PleinPrincipal staff =
                PleinPrincipal.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        for (StaffRole role : anyOf) {
            if (staff.has(role)) {
                return staff;
            }
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
