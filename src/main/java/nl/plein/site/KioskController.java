package nl.plein.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff switch kiosk mode on or off for the browser they use. Switching on logs them out at once, so the device is
 * handed over without a staff session on it; switching off needs a staff login on the device.
 */
@Controller
@RequestMapping("/beheer/kiosk")
class KioskController {

    @GetMapping
    String page(@AuthenticationPrincipal PleinPrincipal staff) {
        allowed(staff);
        return "site/kiosk";
    }

    @PostMapping("/aan")
    String on(@AuthenticationPrincipal PleinPrincipal staff, HttpServletRequest request, HttpServletResponse response) {
        allowed(staff);
        response.addCookie(KioskMode.cookie(true));
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/?kiosk";
    }

    @PostMapping("/uit")
    String off(@AuthenticationPrincipal PleinPrincipal staff, HttpServletResponse response) {
        allowed(staff);
        response.addCookie(KioskMode.cookie(false));
        return "redirect:/beheer/kiosk";
    }

    private static void allowed(PleinPrincipal staff) {
        if (staff == null || !(staff.has(StaffRole.PROJECT_MANAGER) || staff.has(StaffRole.ORGANISATION_ADMIN))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
