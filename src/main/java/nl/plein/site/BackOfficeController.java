package nl.plein.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page; each module adds its own pages under /beheer. */
@Controller
class BackOfficeController {

    @GetMapping("/beheer")
    String dashboard() {
        return "admin/dashboard";
    }
}
