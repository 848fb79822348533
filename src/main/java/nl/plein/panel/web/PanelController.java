package nl.plein.panel.web;

import java.util.List;
import nl.plein.identity.PleinPrincipal;
import nl.plein.panel.PanelManagement;
import nl.plein.panel.PanelMember;
import nl.plein.panel.ProfileForm;
import nl.plein.panel.web.PanelViews.PanelPage;
import nl.plein.shared.FieldErrors;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resident's own panel membership: join, profile and consents, pause, leave. */
@Controller
public class PanelController {

    private final PanelManagement panel;
    private final Organisations organisations;
    private final CurrentOrganisation current;

    PanelController(PanelManagement panel, Organisations organisations, CurrentOrganisation current) {
        this.panel = panel;
        this.organisations = organisations;
        this.current = current;
    }

    @GetMapping("/panel")
    String page(Model model) {
        Object notice = model.getAttribute("notice");
        PanelMember member = PleinPrincipal.current()
                .flatMap(p -> panel.memberOf(current.id(), p.accountId()))
                .orElse(null);
        return show(
                model,
                member,
                member == null ? ProfileForm.empty() : member.toForm(),
                new FieldErrors(),
                notice == null ? null : notice.toString());
    }

    @PostMapping("/panel/aanmelden")
    String join(ProfileFields fields, Model model, RedirectAttributes redirect) {
        PleinPrincipal person = signedIn();
        ProfileForm form = fields.toForm();
        FieldErrors errors = panel.join(person, form, !form.code().isEmpty());
        if (!errors.isEmpty()) {
            return show(model, null, form, errors, null);
        }
        redirect.addFlashAttribute("notice", "panel.notice.joined");
        return "redirect:/panel";
    }

    @PostMapping("/panel/profiel")
    String update(ProfileFields fields, Model model, RedirectAttributes redirect) {
        PleinPrincipal person = signedIn();
        ProfileForm form = fields.toForm();
        FieldErrors errors = panel.updateProfile(person, form);
        if (!errors.isEmpty()) {
            return show(model, panel.memberOf(current.id(), person.accountId()).orElseThrow(), form, errors, null);
        }
        redirect.addFlashAttribute("notice", "panel.notice.saved");
        return "redirect:/panel";
    }

    @PostMapping("/panel/pauzeren")
    String pause(RedirectAttributes redirect) {
        panel.pause(signedIn(), true);
        redirect.addFlashAttribute("notice", "panel.notice.paused");
        return "redirect:/panel";
    }

    @PostMapping("/panel/hervatten")
    String resume(RedirectAttributes redirect) {
        panel.pause(signedIn(), false);
        redirect.addFlashAttribute("notice", "panel.notice.resumed");
        return "redirect:/panel";
    }

    @PostMapping("/panel/opzeggen")
    String leave(@RequestParam(defaultValue = "false") boolean confirmLeave, Model model, RedirectAttributes redirect) {
        PleinPrincipal person = signedIn();
        var member = panel.memberOf(current.id(), person.accountId());
        if (member.isEmpty()) {
            return "redirect:/panel"; // already left: a second submit
        }
        if (!confirmLeave) {
            return show(
                    model,
                    member.get(),
                    member.get().toForm(),
                    new FieldErrors().reject("confirmLeave", "panel.error.confirmLeave"),
                    null);
        }
        panel.leave(person);
        redirect.addFlashAttribute("notice", "panel.notice.left");
        return "redirect:/panel";
    }

    /** The form fields as posted; checkboxes are absent when not ticked. */
    public record ProfileFields(
            String birthYear,
            String sex,
            String postcode,
            String areaId,
            String education,
            String household,
            Boolean consentSurveys,
            Boolean consentFollowUp,
            String code) {
        ProfileForm toForm() {
            return new ProfileForm(
                    birthYear,
                    sex,
                    postcode,
                    areaId,
                    education,
                    household,
                    Boolean.TRUE.equals(consentSurveys),
                    Boolean.TRUE.equals(consentFollowUp),
                    code);
        }
    }

    private String show(Model model, PanelMember member, ProfileForm form, FieldErrors errors, String notice) {
        List<Area> areas = organisations.areas(current.id());
        model.addAttribute(
                "view",
                new PanelPage(
                        member,
                        form,
                        errors,
                        notice,
                        areas.stream().map(a -> String.valueOf(a.id())).toList(),
                        areas.stream().map(Area::name).toList(),
                        panel.privacyVersion(current.id())));
        return "panel/panel";
    }

    private static PleinPrincipal signedIn() {
        return PleinPrincipal.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }
}
