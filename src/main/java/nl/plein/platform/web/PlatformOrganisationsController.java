package nl.plein.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.plein.platform.OrganisationForm;
import nl.plein.platform.OrganisationSetup;
import nl.plein.platform.web.PlatformOrganisationsViews.HostnamesView;
import nl.plein.platform.web.PlatformOrganisationsViews.Row;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
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

/** The organisations of the installation, for the platform admin only (see SecurityConfiguration). */
@Controller
@RequestMapping("/beheer/platform/organisaties")
public class PlatformOrganisationsController {

    private final Organisations organisations;
    private final OrganisationSetup setup;

    PlatformOrganisationsController(Organisations organisations, OrganisationSetup setup) {
        this.organisations = organisations;
        this.setup = setup;
    }

    @GetMapping
    String list(@RequestParam(required = false) String toegevoegd, Model model) {
        model.addAttribute(
                "rows",
                organisations.all().stream()
                        .map(o -> new Row(o, organisations.hostnames(o.id())))
                        .toList());
        model.addAttribute("added", toegevoegd != null);
        return "admin/platform/organisations";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        return form(model, OrganisationForm.empty(), new FieldErrors());
    }

    @PostMapping
    String create(
            OrganisationForm form,
            @AuthenticationPrincipal SignedInPerson person,
            HttpServletRequest request,
            Model model) {
        OrganisationSetup.Created created = setup.create(form, person, host -> siteUrl(request, host));
        if (!created.errors().isEmpty()) {
            return form(model, form, created.errors());
        }
        return "redirect:/beheer/platform/organisaties?toegevoegd";
    }

    @GetMapping("/{id}")
    String hostnames(@PathVariable long id, Model model) {
        Organisation organisation = existing(id);
        model.addAttribute(
                "view",
                new HostnamesView(
                        organisation,
                        String.join("\n", organisations.hostnames(organisation.id())),
                        new FieldErrors(),
                        false));
        return "admin/platform/hostnames";
    }

    @PostMapping("/{id}")
    String changeHostnames(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String hostnames,
            @AuthenticationPrincipal SignedInPerson person,
            Model model) {
        Organisation organisation = existing(id);
        FieldErrors errors = setup.changeHostnames(organisation.id(), hostnames, person);
        model.addAttribute(
                "view",
                new HostnamesView(
                        organisation,
                        errors.isEmpty() ? String.join("\n", organisations.hostnames(organisation.id())) : hostnames,
                        errors,
                        errors.isEmpty()));
        return "admin/platform/hostnames";
    }

    private String form(Model model, OrganisationForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/platform/organisation-new";
    }

    private Organisation existing(long id) {
        return id <= 0
                ? notFound()
                : organisations.all().stream()
                        .filter(o -> o.id().equals(new OrganisationId(id)))
                        .findFirst()
                        .orElseGet(PlatformOrganisationsController::notFound);
    }

    private static Organisation notFound() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The new organisation's site, reached the way the platform admin reached this one (scheme, port). */
    private static String siteUrl(HttpServletRequest request, String host) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
