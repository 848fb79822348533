package nl.plein.tenancy.web;

import java.time.Duration;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The logo of the organisation whose hostname was asked for; public, as the layout shows it on every page. */
@Controller
class LogoController {

    private final Organisations organisations;
    private final CurrentOrganisation currentOrganisation;

    LogoController(Organisations organisations, CurrentOrganisation currentOrganisation) {
        this.organisations = organisations;
        this.currentOrganisation = currentOrganisation;
    }

    /** The layout asks for {@code /logo?v=<version>} and the version changes with the logo, so caches may keep it long. */
    @GetMapping("/logo")
    ResponseEntity<byte[]> logo() {
        return organisations
                .logo(currentOrganisation.id())
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                        .lastModified(logo.updatedAt())
                        .body(logo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
