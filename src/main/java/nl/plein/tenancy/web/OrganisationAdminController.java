package nl.plein.tenancy.web;

import java.io.IOException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.SignedInPerson;
import nl.plein.shared.UploadedImage;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.OrganisationSettings;
import nl.plein.tenancy.Organisations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The organisation admin's settings page: name, contact details, theme colour, statements and logo. */
@Controller
@RequestMapping("/beheer/organisatie")
class OrganisationAdminController {

    /** The header shows the logo at most 3rem high; 400 pixels wide is sharp enough on any screen. */
    static final int LOGO_MAX_WIDTH = 400;

    private final Organisations organisations;
    private final CurrentOrganisation currentOrganisation;

    OrganisationAdminController(Organisations organisations, CurrentOrganisation currentOrganisation) {
        this.organisations = organisations;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping
    String show(@RequestParam(name = "opgeslagen", required = false) String saved, Model model) {
        Organisation organisation = organisations.byId(currentOrganisation.id());
        return page(
                model,
                OrganisationSettings.of(organisation),
                organisation.version(),
                new FieldErrors(),
                saved != null ? "settings.saved" : null,
                false);
    }

    @PostMapping
    String save(
            @ModelAttribute OrganisationSettings form,
            @RequestParam(name = "version", defaultValue = "-1") int version,
            @AuthenticationPrincipal SignedInPerson person,
            Model model) {
        FieldErrors errors = form.validate();
        if (!errors.isEmpty()) {
            return page(model, form, version, errors, null, false);
        }
        if (!organisations.updateSettings(currentOrganisation.id(), form, version, person)) {
            // Keep what this admin typed; the new version lets them overwrite after reading the warning.
            return page(
                    model, form, organisations.byId(currentOrganisation.id()).version(), errors, null, true);
        }
        return "redirect:/beheer/organisatie?opgeslagen";
    }

    @PostMapping("/logo")
    String uploadLogo(
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            @AuthenticationPrincipal SignedInPerson person,
            Model model)
            throws IOException {
        try {
            UploadedImage image = UploadedImage.of(logo == null ? null : logo.getBytes(), LOGO_MAX_WIDTH);
            organisations.saveLogo(currentOrganisation.id(), image, person);
            return "redirect:/beheer/organisatie?opgeslagen";
        } catch (UploadedImage.Rejected rejected) {
            Organisation organisation = organisations.byId(currentOrganisation.id());
            return page(
                    model,
                    OrganisationSettings.of(organisation),
                    organisation.version(),
                    new FieldErrors().reject("logo", rejected.messageKey()),
                    null,
                    false);
        }
    }

    @PostMapping("/logo/verwijderen")
    String removeLogo(@AuthenticationPrincipal SignedInPerson person) {
        organisations.removeLogo(currentOrganisation.id(), person);
        return "redirect:/beheer/organisatie?opgeslagen";
    }

    private String page(
            Model model, OrganisationSettings form, int version, FieldErrors errors, String notice, boolean conflict) {
        Organisation organisation = organisations.byId(currentOrganisation.id());
        model.addAttribute(
                "view",
                new SettingsView(
                        form, version, errors, notice, conflict, organisation.hasLogo(), organisation.version()));
        return "admin/tenancy/settings";
    }
}
