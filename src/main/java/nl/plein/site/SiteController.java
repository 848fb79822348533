package nl.plein.site;

import java.time.Duration;
import nl.plein.project.ProjectManagement;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The organisation's own pages: home, privacy and accessibility statements, and its theme. */
@Controller
class SiteController {

    static final int HOME_PROJECTS = 6;

    private final CurrentOrganisation currentOrganisation;
    private final ProjectManagement projects;

    SiteController(CurrentOrganisation currentOrganisation, ProjectManagement projects) {
        this.currentOrganisation = currentOrganisation;
        this.projects = projects;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("activeProjects", projects.activeProjects(currentOrganisation.id(), HOME_PROJECTS));
        return "site/home";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "site/privacy";
    }

    /**
     * The organisation's colours as CSS custom properties: a stylesheet of its own, because the
     * Content-Security-Policy allows no inline styles. The colour is validated when it is saved. The example
     * theme's violet accent (secondary buttons, filters) becomes the organisation's colour on light grey.
     */
    @GetMapping(value = "/theme.css", produces = "text/css")
    ResponseEntity<String> theme() {
        Organisation organisation = currentOrganisation.get();
        String colour = organisation.primaryColour();
        String css = """
                .plein-theme {
                  --plein-primary: %1$s;
                  --utrecht-button-primary-action-background-color: %1$s;
                  --utrecht-button-primary-action-border-color: %1$s;
                  --utrecht-page-header-background-color: %1$s;
                  --utrecht-link-color: %1$s;
                  --basis-color-accent-1-color-default: %1$s;
                  --basis-color-accent-1-color-hover: %1$s;
                  --basis-color-accent-1-color-active: %1$s;
                  --basis-color-accent-1-color-document: %1$s;
                  --basis-color-accent-1-border-default: %1$s;
                  --basis-color-accent-1-border-hover: %1$s;
                  --basis-color-accent-1-border-active: %1$s;
                  --basis-color-accent-1-bg-subtle: #f5f5f5;
                  --basis-color-accent-1-bg-default: #f0f0f0;
                  --basis-color-accent-1-bg-hover: #e6e6e6;
                  --basis-color-accent-1-bg-active: #dcdcdc;
                  --basis-color-accent-1-inverse-bg-default: %1$s;
                  --basis-color-accent-1-inverse-bg-hover: %1$s;
                  --basis-color-accent-1-inverse-bg-active: %1$s;
                }
                """.formatted(colour);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(css);
    }
}
