package nl.plein.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.plein.identity.LoginThrottledException;
import nl.plein.identity.ReturnPath;
import nl.plein.identity.web.LoginViews.LoginForm;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {

    /** Pages that send people here say why in a short word; only these words show a message. */
    private static final Map<String, String> NOTICES = Map.of(
            "bevestigd", "login.notice.confirmed",
            "hersteld", "login.notice.reset",
            "e-mail-gewijzigd", "login.notice.emailChanged");

    @GetMapping("/inloggen")
    String login(
            @RequestParam(required = false) String melding,
            @RequestParam(name = ReturnPath.PARAMETER, required = false) String returnTo,
            Model model) {
        model.addAttribute(
                "form", new LoginForm("", null, 0, melding == null ? null : NOTICES.get(melding), kept(returnTo)));
        return "identity/login";
    }

    /** Spring Security forwards failed logins here, keeping the typed e-mail address. */
    @PostMapping("/inloggen/mislukt")
    String failed(HttpServletRequest request, Model model) {
        var exception = (AuthenticationException) request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String error;
        long wait = 0;
        if (exception instanceof LoginThrottledException throttled) {
            error = "login.error.throttled";
            wait = throttled.waitSeconds();
        } else if (exception instanceof DisabledException) {
            error = "login.error.unconfirmed";
        } else {
            error = "login.error.credentials";
        }
        String email = request.getParameter("email");
        model.addAttribute(
                "form",
                new LoginForm(
                        email == null ? "" : email,
                        error,
                        wait,
                        null,
                        kept(request.getParameter(ReturnPath.PARAMETER))));
        return "identity/login";
    }

    private static String kept(String returnTo) {
        return ReturnPath.local(returnTo).orElse("");
    }
}
