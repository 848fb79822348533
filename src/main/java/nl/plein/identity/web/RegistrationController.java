package nl.plein.identity.web;

import nl.plein.identity.AccountManagement;
import nl.plein.identity.TokenStatus;
import nl.plein.identity.web.RegistrationViews.LinkPage;
import nl.plein.identity.web.RegistrationViews.RegistrationForm;
import nl.plein.shared.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A resident makes an account and confirms it with the link from the mail. */
@Controller
public class RegistrationController {

    private final AccountManagement management;

    RegistrationController(AccountManagement management) {
        this.management = management;
    }

    @GetMapping("/registreren")
    String form(Model model) {
        return show(model, new RegistrationForm("", "", false, false), new FieldErrors());
    }

    @PostMapping("/registreren")
    String register(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "false") boolean adult,
            @RequestParam(defaultValue = "false") boolean terms,
            Model model) {
        FieldErrors errors =
                management.register(new AccountManagement.Registration(email, displayName, password, adult, terms));
        if (!errors.isEmpty()) {
            return show(model, new RegistrationForm(email, displayName, adult, terms), errors);
        }
        return "redirect:/registreren/verstuurd";
    }

    private static String show(Model model, RegistrationForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/register";
    }

    @GetMapping("/registreren/verstuurd")
    String sent() {
        return "identity/register-sent";
    }

    @GetMapping("/voorwaarden")
    String terms() {
        return "identity/terms";
    }

    /** Only shows a button: mail scanners open links, and must not confirm an account by doing so. */
    @GetMapping("/registreren/bevestigen")
    String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("link", new LinkPage(token, management.checkConfirmation(token)));
        return "identity/register-confirm";
    }

    @PostMapping("/registreren/bevestigen")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        var result = management.confirm(token);
        if (result.status() == TokenStatus.VALID) {
            return "redirect:/inloggen?melding=bevestigd";
        }
        model.addAttribute("link", new LinkPage(token, result.status()));
        return "identity/register-confirm";
    }

    @GetMapping("/registreren/opnieuw")
    String resendForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", new FieldErrors());
        return "identity/register-resend";
    }

    @PostMapping("/registreren/opnieuw")
    String resend(@RequestParam(defaultValue = "") String email, Model model) {
        var errors = new FieldErrors();
        if (FieldErrors.isBlank(email)) {
            errors.reject("email", "error.email.required");
            model.addAttribute("email", email);
            model.addAttribute("errors", errors);
            return "identity/register-resend";
        }
        management.resendConfirmation(email);
        return "redirect:/registreren/verstuurd";
    }
}
