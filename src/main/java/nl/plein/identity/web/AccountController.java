package nl.plein.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.plein.identity.AccountManagement;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.TokenStatus;
import nl.plein.identity.web.AccountViews.AccountPage;
import nl.plein.shared.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's own account: name, e-mail address, password, and deleting it. */
@Controller
public class AccountController {

    /** Short words in the address after a change, mapped to the message shown; unknown ones show nothing. */
    private static final Map<String, String> NOTICES = Map.of(
            "naam", "account.notice.name",
            "e-mail", "account.notice.emailSent",
            "wachtwoord", "account.notice.password",
            "e-mail-bevestigd", "account.notice.emailChanged");

    private final AccountManagement management;
    private final Accounts accounts;

    AccountController(AccountManagement management, Accounts accounts) {
        this.management = management;
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String page(@RequestParam(required = false) String opgeslagen, Model model) {
        PleinPrincipal person = SignedIn.person();
        return show(
                model,
                person,
                NOTICES.get(opgeslagen == null ? "" : opgeslagen),
                null,
                new FieldErrors(),
                person.displayName(),
                "",
                false);
    }

    @PostMapping("/account/naam")
    String changeName(
            @RequestParam(defaultValue = "") String displayName,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PleinPrincipal person = SignedIn.person();
        FieldErrors errors = management.changeDisplayName(person, displayName);
        if (!errors.isEmpty()) {
            return show(model, person, null, "name", errors, displayName, "", false);
        }
        accounts.principal(person.organisationId(), person.accountId())
                .ifPresent(updated -> SignedIn.refresh(updated, request, response));
        return "redirect:/account?opgeslagen=naam";
    }

    @PostMapping("/account/e-mail")
    String changeEmail(
            @RequestParam(defaultValue = "") String newEmail,
            @RequestParam(defaultValue = "") String currentPassword,
            Model model) {
        PleinPrincipal person = SignedIn.person();
        FieldErrors errors = management.requestEmailChange(person, newEmail, currentPassword);
        if (!errors.isEmpty()) {
            return show(model, person, null, "email", errors, person.displayName(), newEmail, false);
        }
        return "redirect:/account?opgeslagen=e-mail";
    }

    @PostMapping("/account/wachtwoord")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PleinPrincipal person = SignedIn.person();
        FieldErrors errors = management.changePassword(person, currentPassword, newPassword);
        if (!errors.isEmpty()) {
            return show(model, person, null, "password", errors, person.displayName(), "", false);
        }
        // Other sessions of this account end with the change; this one carries on with the new version.
        accounts.principal(person.organisationId(), person.accountId())
                .ifPresent(updated -> SignedIn.refresh(updated, request, response));
        return "redirect:/account?opgeslagen=wachtwoord";
    }

    @PostMapping("/account/verwijderen")
    String delete(
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "false") boolean confirm,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PleinPrincipal person = SignedIn.person();
        FieldErrors errors = management.delete(person, password, confirm);
        if (!errors.isEmpty()) {
            return show(model, person, null, "delete", errors, person.displayName(), "", confirm);
        }
        SignedIn.logout(request, response);
        return "redirect:/account-verwijderd";
    }

    @GetMapping("/account-verwijderd")
    String deleted() {
        return "identity/account-deleted";
    }

    /** Like the confirmation of a registration: a button, so a mail scanner does not change the address. */
    @GetMapping("/e-mail-bevestigen")
    String confirmEmailPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("link", new RegistrationViews.LinkPage(token, management.checkEmailChange(token)));
        return "identity/email-confirm";
    }

    @PostMapping("/e-mail-bevestigen")
    String confirmEmail(
            @RequestParam(defaultValue = "") String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var result = management.confirmEmailChange(token);
        if (result.status() != TokenStatus.VALID) {
            model.addAttribute("link", new RegistrationViews.LinkPage(token, result.status()));
            return "identity/email-confirm";
        }
        PleinPrincipal changed = result.account().orElseThrow();
        boolean sameSession = PleinPrincipal.current()
                .map(p -> p.accountId() == changed.accountId())
                .orElse(false);
        if (sameSession) {
            SignedIn.refresh(changed, request, response);
            return "redirect:/account?opgeslagen=e-mail-bevestigd";
        }
        return "redirect:/inloggen?melding=e-mail-gewijzigd";
    }

    private String show(
            Model model,
            PleinPrincipal signedIn,
            String notice,
            String failedForm,
            FieldErrors errors,
            String typedName,
            String typedEmail,
            boolean deleteConfirmed) {
        // Read afresh: the address may have changed through a link opened in another browser.
        PleinPrincipal person = accounts.principal(signedIn.organisationId(), signedIn.accountId())
                .orElse(signedIn);
        model.addAttribute(
                "account",
                new AccountPage(
                        person.displayName(),
                        person.email(),
                        notice,
                        failedForm,
                        errors,
                        typedName,
                        typedEmail,
                        deleteConfirmed));
        return "identity/account";
    }
}
