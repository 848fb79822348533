package nl.plein.panel.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.panel.CsvImport;
import nl.plein.panel.PanelManagement;
import nl.plein.panel.PanelOverview;
import nl.plein.panel.web.PanelAdminViews.PanelAdminPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel in the back office: analysts see its size and composition; organisation admins, who may
 * handle personal data, import members, invitation codes and the postcode mapping.
 */
@Controller
@RequestMapping("/beheer/panel")
public class PanelAdminController {

    private final PanelManagement panel;

    PanelAdminController(PanelManagement panel) {
        this.panel = panel;
    }

    @GetMapping
    String overview(Model model) {
        PleinPrincipal staff = require(StaffRole.ANALYST);
        PanelOverview overview = panel.overview(staff.organisationId());
        Object lastImport = model.getAttribute("lastImport");
        Object notice = model.getAttribute("notice");
        model.addAttribute(
                "view",
                new PanelAdminPage(
                        overview,
                        new PanelChart(overview),
                        lastImport instanceof CsvImport i ? i : null,
                        notice == null ? null : notice.toString(),
                        staff.has(StaffRole.ORGANISATION_ADMIN)));
        return "admin/panel/overview";
    }

    @PostMapping("/leden")
    String importMembers(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        PleinPrincipal staff = require(StaffRole.ORGANISATION_ADMIN);
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            CsvImport result = panel.importMembers(staff.organisationId(), staff, reader);
            redirect.addFlashAttribute("lastImport", result);
        }
        return "redirect:/beheer/panel#import";
    }

    @PostMapping("/codes")
    String importCodes(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean forEveryone,
            RedirectAttributes redirect)
            throws IOException {
        PleinPrincipal staff = require(StaffRole.ORGANISATION_ADMIN);
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            int added = panel.addCodes(staff.organisationId(), staff, reader, forEveryone);
            redirect.addFlashAttribute("lastImport", new CsvImport(added, java.util.List.of()));
        }
        return "redirect:/beheer/panel#import";
    }

    @PostMapping("/postcodes")
    String importPostcodes(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        PleinPrincipal staff = require(StaffRole.ORGANISATION_ADMIN);
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            redirect.addFlashAttribute("lastImport", panel.importPostcodes(staff.organisationId(), staff, reader));
        }
        return "redirect:/beheer/panel#import";
    }

    private static PleinPrincipal require(StaffRole role) {
        PleinPrincipal staff = PleinPrincipal.current().orElseThrow();
        if (!staff.has(role)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return staff;
    }
}
