package nl.plein.opinionmap.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.opinionmap.ComponentLookup;
import nl.plein.opinionmap.ComponentLookup.MapInProject;
import nl.plein.opinionmap.MapSummary;
import nl.plein.opinionmap.OpinionMapRecomputer;
import nl.plein.opinionmap.OpinionMaps;
import nl.plein.opinionmap.OpinionMaps.Settings;
import nl.plein.opinionmap.Statement;
import nl.plein.opinionmap.analysis.PolisExport;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.CsvFiles;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff side of opinion maps: who may take part, pre-moderation, statements, the moderation queue, the
 * counts per statement and group, exports (CSV, JSON), a Polis import and a fresh computation. Any staff
 * member may look and export; project managers change a map; moderators (and project managers) moderate.
 */
@Controller
@RequestMapping("/beheer/meningenkaarten")
public class OpinionMapAdminController {

    private static final String BASE = "/beheer/meningenkaarten/";

    private final OpinionMaps maps;
    private final ComponentLookup lookup;
    private final OpinionMapRecomputer recomputer;
    private final CurrentOrganisation currentOrganisation;
    private final JsonMapper json = JsonMapper.builder().build();

    OpinionMapAdminController(
            OpinionMaps maps,
            ComponentLookup lookup,
            OpinionMapRecomputer recomputer,
            CurrentOrganisation currentOrganisation) {
        this.maps = maps;
        this.lookup = lookup;
        this.recomputer = recomputer;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(
                "maps",
                lookup.all(org()).stream()
                        .map(m -> new MapRow(
                                m.component().id(),
                                m.component().title(),
                                m.project().title(),
                                m.phase().name()))
                        .toList());
        return "admin/opinionmap/list";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, new FieldErrors(), "", null);
    }

    private String show(long id, Model model, FieldErrors errors, String text, FieldErrors settingsErrors) {
        OrganisationId org = org();
        MapInProject map = map(org, id);
        Settings settings = maps.settings(org, id);
        MapSummary summary = maps.summary(org, id).orElse(null);
        model.addAttribute(
                "view",
                AdminView.of(
                        map,
                        settings,
                        maps.statements(org, id),
                        maps.totals(org, id),
                        summary,
                        errors,
                        text,
                        settingsErrors == null ? new FieldErrors() : settingsErrors));
        return "admin/opinionmap/show";
    }

    @PostMapping("/{id:\\d+}/instellingen")
    String settings(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(required = false) String audience,
            @RequestParam(defaultValue = "false") boolean premoderation,
            Model model,
            RedirectAttributes redirect) {
        require(person, StaffRole.PROJECT_MANAGER);
        map(org(), id);
        FieldErrors errors = maps.updateSettings(org(), Actor.of(person), id, audience, premoderation);
        if (!errors.isEmpty()) return show(id, model, new FieldErrors(), "", errors);
        redirect.addFlashAttribute("notice", "opinionmap.admin.saved");
        return "redirect:" + BASE + id;
    }

    @PostMapping("/{id:\\d+}/stellingen")
    String addStatement(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(required = false) String text,
            Model model,
            RedirectAttributes redirect) {
        require(person, StaffRole.PROJECT_MANAGER);
        map(org(), id);
        FieldErrors errors = maps.addStatement(org(), Actor.of(person), id, text);
        if (!errors.isEmpty()) return show(id, model, errors, text == null ? "" : text, null);
        recomputer.changed(org(), id);
        redirect.addFlashAttribute("notice", "opinionmap.admin.statementAdded");
        return "redirect:" + BASE + id + "#stellingen";
    }

    @PostMapping("/{id:\\d+}/stellingen/{statementId:\\d+}/moderatie")
    String moderate(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long statementId,
            @RequestParam(required = false) String decision,
            RedirectAttributes redirect) {
        if (!person.has(StaffRole.MODERATOR) && !person.has(StaffRole.PROJECT_MANAGER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        map(org(), id);
        boolean publish = "publish".equals(decision);
        if (!maps.moderate(org(), Actor.of(person), id, statementId, publish)) throw new ProjectNotFoundException();
        recomputer.changed(org(), id);
        redirect.addFlashAttribute("notice", publish ? "opinionmap.admin.published" : "opinionmap.admin.rejected");
        return "redirect:" + BASE + id + "#moderatie";
    }

    @PostMapping("/{id:\\d+}/berekenen")
    String recompute(
            @AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, RedirectAttributes redirect) {
        require(person, StaffRole.PROJECT_MANAGER);
        map(org(), id);
        recomputer.soon(org(), id);
        redirect.addFlashAttribute("notice", "opinionmap.admin.recomputeSoon");
        return "redirect:" + BASE + id;
    }

    @PostMapping("/{id:\\d+}/import")
    String importPolis(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile comments,
            @RequestParam(required = false) MultipartFile votes,
            Model model,
            RedirectAttributes redirect) {
        require(person, StaffRole.PROJECT_MANAGER);
        map(org(), id);
        var errors = new FieldErrors();
        errors.rejectIf(comments == null || comments.isEmpty(), "comments", "opinionmap.import.commentsRequired");
        errors.rejectIf(votes == null || votes.isEmpty(), "votes", "opinionmap.import.votesRequired");
        if (errors.isEmpty()) {
            try (Reader c = new InputStreamReader(comments.getInputStream(), StandardCharsets.UTF_8);
                    Reader v = new InputStreamReader(votes.getInputStream(), StandardCharsets.UTF_8)) {
                PolisExport polis = PolisExport.read(c, v);
                maps.importPolis(org(), Actor.of(person), id, polis);
                recomputer.soon(org(), id);
                redirect.addFlashAttribute("notice", "opinionmap.import.done");
                return "redirect:" + BASE + id;
            } catch (IOException | RuntimeException e) {
                errors.reject("comments", "opinionmap.import.unreadable");
            }
        }
        model.addAttribute("importErrors", errors);
        return show(id, model, new FieldErrors(), "", null);
    }

    @GetMapping("/{id:\\d+}/export.csv")
    ResponseEntity<String> exportCsv(@PathVariable long id) throws IOException {
        OrganisationId org = org();
        map(org, id);
        AdminView view = AdminView.of(
                map(org, id),
                maps.settings(org, id),
                maps.statements(org, id),
                maps.totals(org, id),
                maps.summary(org, id).orElse(null),
                new FieldErrors(),
                "",
                new FieldErrors());
        var out = new StringWriter();
        List<String> header =
                new ArrayList<>(List.of("statement_id", "text", "status", "origin", "agree", "disagree", "pass"));
        for (String letter : view.groupLetters()) {
            header.addAll(List.of(
                    "group_" + letter + "_agree", "group_" + letter + "_disagree", "group_" + letter + "_pass"));
        }
        header.add("consensus");
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (var row : view.statements()) {
                List<Object> values = new ArrayList<>(List.of(
                        row.id(),
                        CsvFiles.safe(row.text()),
                        row.status(),
                        row.origin(),
                        row.agree(),
                        row.disagree(),
                        row.pass()));
                for (int[] g : row.perGroup()) {
                    values.add(g[0]);
                    values.add(g[1]);
                    values.add(g[2]);
                }
                values.add(row.consensus() ? "yes" : "");
                csv.printRecord(values);
            }
        }
        return download(CsvFiles.BOM + out, "text/csv", "meningenkaart-" + id + ".csv");
    }

    @GetMapping("/{id:\\d+}/export.json")
    ResponseEntity<String> exportJson(@PathVariable long id) {
        OrganisationId org = org();
        map(org, id);
        var statements = maps.statements(org, id);
        var totals = maps.totals(org, id);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Statement s : statements) {
            int[] t = totals.getOrDefault(s.id(), new int[3]);
            rows.add(Map.of(
                    "id",
                    s.id(),
                    "text",
                    s.text(),
                    "status",
                    s.status(),
                    "origin",
                    s.origin(),
                    "agree",
                    t[0],
                    "disagree",
                    t[1],
                    "pass",
                    t[2]));
        }
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("statements", rows);
        maps.summary(org, id).ifPresent(s -> body.put("map", s));
        return download(json.writeValueAsString(body), "application/json", "meningenkaart-" + id + ".json");
    }

    private static ResponseEntity<String> download(String body, String type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .body(body);
    }

    private MapInProject map(OrganisationId org, long id) {
        return lookup.any(org, id).orElseThrow(ProjectNotFoundException::new);
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    private static void require(PleinPrincipal person, StaffRole role) {
        if (!person.has(role)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
