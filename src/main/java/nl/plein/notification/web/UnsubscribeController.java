package nl.plein.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.plein.notification.Unsubscribes;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One-click unsubscribe (RFC 8058). A mail client POSTs to the link without a session or CSRF token
 * (the random token in the address is the proof), so the URL rules leave it open; opening the link
 * shows a page asking to confirm, because mail scanners follow links with GET.
 */
@Controller
public class UnsubscribeController {

    private final Unsubscribes unsubscribes;
    private final CurrentOrganisation currentOrganisation;

    UnsubscribeController(Unsubscribes unsubscribes, CurrentOrganisation currentOrganisation) {
        this.unsubscribes = unsubscribes;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/afmelden/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return unsubscribes
                .find(currentOrganisation.id(), token)
                .map(link -> {
                    model.addAttribute("view", new NotificationViews.UnsubscribeView(token, link.topics(), false));
                    return "notification/unsubscribe";
                })
                .orElseGet(() -> unknown(model, response));
    }

    @PostMapping("/afmelden/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        return unsubscribes
                .unsubscribe(currentOrganisation.id(), token)
                .map(link -> {
                    model.addAttribute("view", new NotificationViews.UnsubscribeView(token, link.topics(), true));
                    return "notification/unsubscribe";
                })
                .orElseGet(() -> unknown(model, response));
    }

    private static String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("view", new NotificationViews.UnsubscribeView("", List.of(), false));
        return "notification/unsubscribe";
    }
}
