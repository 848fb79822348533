package nl.plein.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffManagement;
import nl.plein.identity.StaffRole;
import nl.plein.identity.web.StaffViews.RoleChoice;
import nl.plein.identity.web.StaffViews.StaffForm;
import nl.plein.shared.FieldErrors;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The staff of the organisation, for its organisation admins (URL rule in SecurityConfiguration). */
@Controller
public class StaffController {

    private final StaffManagement staff;
    private final Accounts accounts;
    private final CurrentOrganisation currentOrganisation;

    StaffController(StaffManagement staff, Accounts accounts, CurrentOrganisation currentOrganisation) {
        this.staff = staff;
        this.accounts = accounts;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/beheer/medewerkers")
    String list(@RequestParam(required = false) String opgeslagen, Model model) {
        return showList(
                model, new StaffForm("", "", EnumSet.noneOf(StaffRole.class)), new FieldErrors(), opgeslagen != null);
    }

    @PostMapping("/beheer/medewerkers")
    String add(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) List<String> roles,
            Model model) {
        Set<StaffRole> wanted = parse(roles);
        FieldErrors errors = staff.add(SignedIn.person(), email, displayName, wanted);
        if (!errors.isEmpty()) {
            return showList(model, new StaffForm(email, displayName, wanted), errors, false);
        }
        return "redirect:/beheer/medewerkers?opgeslagen";
    }

    @GetMapping("/beheer/medewerkers/{id}")
    String edit(@PathVariable long id, Model model) {
        var member = staff.member(id).orElseThrow(StaffController::notFound);
        return showEdit(model, member, member.roles(), new FieldErrors());
    }

    @PostMapping("/beheer/medewerkers/{id}")
    String changeRoles(@PathVariable long id, @RequestParam(required = false) List<String> roles, Model model) {
        Set<StaffRole> wanted = parse(roles);
        // The form of an organisation admin has no platform admin box; keeping the role is not a change.
        boolean actorIsPlatformAdmin = SignedIn.person().roles().contains(StaffRole.PLATFORM_ADMIN);
        if (!actorIsPlatformAdmin
                && staff.member(id)
                        .map(m -> m.roles().contains(StaffRole.PLATFORM_ADMIN))
                        .orElse(false)) {
            wanted.add(StaffRole.PLATFORM_ADMIN);
        }
        return change(id, wanted, model);
    }

    /** Takes away every role: the person stays a resident with an account, but leaves the staff. */
    @PostMapping("/beheer/medewerkers/{id}/verwijderen")
    String remove(@PathVariable long id, Model model) {
        return change(id, EnumSet.noneOf(StaffRole.class), model);
    }

    private String change(long id, Set<StaffRole> wanted, Model model) {
        var member = staff.member(id).orElseThrow(StaffController::notFound);
        FieldErrors errors;
        try {
            errors = staff.changeRoles(SignedIn.person(), id, wanted);
        } catch (NoSuchElementException e) {
            throw notFound();
        }
        if (!errors.isEmpty()) {
            return showEdit(model, member, wanted, errors);
        }
        return "redirect:/beheer/medewerkers?opgeslagen";
    }

    private String showList(Model model, StaffForm form, FieldErrors errors, boolean saved) {
        model.addAttribute("members", accounts.staff(currentOrganisation.id()));
        model.addAttribute("form", form);
        model.addAttribute("choices", choices(form.roles()));
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return "admin/identity/staff";
    }

    private String showEdit(Model model, Accounts.StaffMember member, Set<StaffRole> ticked, FieldErrors errors) {
        model.addAttribute("member", member);
        model.addAttribute("choices", choices(ticked));
        model.addAttribute("errors", errors);
        return "admin/identity/staff-edit";
    }

    private static List<RoleChoice> choices(Set<StaffRole> ticked) {
        boolean platformAdmin = PleinPrincipal.current()
                .map(p -> p.roles().contains(StaffRole.PLATFORM_ADMIN))
                .orElse(false);
        List<RoleChoice> choices = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
            if (role != StaffRole.PLATFORM_ADMIN || platformAdmin) {
                choices.add(new RoleChoice(role, ticked.contains(role)));
            }
        }
        return choices;
    }

    /** Unknown role names are ignored: only the form's own checkboxes send roles. */
    private static Set<StaffRole> parse(List<String> names) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (names != null) {
            for (String name : names) {
                for (StaffRole role : StaffRole.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
