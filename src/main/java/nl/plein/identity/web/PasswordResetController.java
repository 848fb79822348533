package nl.plein.identity.web;

import nl.plein.identity.AccountManagement;
import nl.plein.identity.TokenStatus;
import nl.plein.shared.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten password: a link by mail, then a new password. Staff invitations use the same link. */
@Controller
public class PasswordResetController {

    private final AccountManagement management;

    PasswordResetController(AccountManagement management) {
        this.management = management;
    }

    @GetMapping("/wachtwoord-vergeten")
    String form(Model model) {
        return showRequest(model, "", new FieldErrors());
    }

    @PostMapping("/wachtwoord-vergeten")
    String request(@RequestParam(defaultValue = "") String email, Model model) {
        FieldErrors errors = management.requestPasswordReset(email);
        return errors.isEmpty() ? "redirect:/wachtwoord-vergeten/verstuurd" : showRequest(model, email, errors);
    }

    private static String showRequest(Model model, String email, FieldErrors errors) {
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "identity/reset-request";
    }

    @GetMapping("/wachtwoord-vergeten/verstuurd")
    String sent() {
        return "identity/reset-sent";
    }

    @GetMapping("/wachtwoord-herstellen")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        return showReset(model, token, management.checkReset(token), new FieldErrors());
    }

    @PostMapping("/wachtwoord-herstellen")
    String reset(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        FieldErrors errors = management.resetPassword(token, password);
        if (errors.isEmpty()) {
            return "redirect:/inloggen?melding=hersteld";
        }
        // A link that stopped working gets its own explanation instead of the form.
        TokenStatus status = errors.has("token") ? management.checkReset(token) : TokenStatus.VALID;
        return showReset(
                model, token, status == TokenStatus.VALID && errors.has("token") ? TokenStatus.USED : status, errors);
    }

    private static String showReset(Model model, String token, TokenStatus status, FieldErrors errors) {
        model.addAttribute("link", new RegistrationViews.LinkPage(token, status));
        model.addAttribute("errors", errors);
        return "identity/reset";
    }
}
