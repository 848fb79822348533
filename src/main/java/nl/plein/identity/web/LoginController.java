package nl.plein.identity.web;

import nl.plein.identity.LoginThrottledException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class LoginController {

    /** What the login page shows: the address typed so far and, after a failure, why. */
    public record LoginForm(String email, String error, long waitSeconds) {}

    @GetMapping("/inloggen")
    String login(Model model) {
        model.addAttribute("form", new LoginForm("", null, 0));
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
        model.addAttribute("form", new LoginForm(email == null ? "" : email, error, wait));
        return "identity/login";
    }
}
