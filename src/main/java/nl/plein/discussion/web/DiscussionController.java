package nl.plein.discussion.web;

import java.util.Optional;
import java.util.UUID;
import nl.plein.discussion.Contribution;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionFormException;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionManagement.Sort;
import nl.plein.discussion.DiscussionNotFoundException;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.discussion.web.DiscussionViews.DiscussionView;
import nl.plein.discussion.web.DiscussionViews.EditView;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.moderation.ModerationRuleException;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A discussion's page: the question, the contributions with replies, and the forms to take part. */
@Controller
public class DiscussionController {

    private final DiscussionManagement discussions;
    private final ProjectManagement projects;
    private final Organisations organisations;
    private final CurrentOrganisation currentOrganisation;

    DiscussionController(
            DiscussionManagement discussions,
            ProjectManagement projects,
            Organisations organisations,
            CurrentOrganisation currentOrganisation) {
        this.discussions = discussions;
        this.projects = projects;
        this.organisations = organisations;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/projecten/{slug}/gesprek/{componentId}")
    String show(
            @PathVariable String slug,
            @PathVariable long componentId,
            @RequestParam(name = "volgorde", defaultValue = "nieuw") String order,
            @RequestParam(name = "pagina", defaultValue = "1") String page,
            @RequestParam(name = "geplaatst", required = false) String posted,
            @RequestParam(name = "gemeld", required = false) String reported,
            @RequestParam(name = "herbeoordeling", required = false) String review,
            Model model) {
        String notice = posted != null
                ? "discussion.posted"
                : reported != null ? "moderation.reported" : review != null ? "moderation.reviewRequested" : null;
        Long noticeFor = posted != null ? null : number(reported != null ? reported : review, null);
        model.addAttribute(
                "view",
                view(slug, componentId, sort(order), number(page), emptyForm(), new FieldErrors(), notice, noticeFor));
        return "discussion/show";
    }

    @PostMapping("/projecten/{slug}/gesprek/{componentId}")
    String post(
            @PathVariable String slug,
            @PathVariable long componentId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) String areaId,
            @RequestParam(defaultValue = "false") boolean official,
            @RequestParam(defaultValue = "") String requestKey,
            Model model) {
        Optional<PleinPrincipal> person = person();
        if (person.isEmpty()) {
            return "redirect:/inloggen";
        }
        Target target = target(slug, componentId);
        boolean mayAnswer = person.get().has(StaffRole.PROJECT_MANAGER);
        var form = new ContributionForm(body, parentId, number(areaId, null), official && mayAnswer, requestKey);
        try {
            long id = discussions.post(currentOrganisation.id(), person.get(), target.place(), form);
            return "redirect:" + target.place().path() + "?geplaatst#reactie-" + id;
        } catch (DiscussionFormException e) {
            model.addAttribute("view", view(slug, componentId, Sort.NEWEST, 1, form, e.errors(), null, null));
        } catch (ModerationRuleException e) {
            model.addAttribute(
                    "view",
                    view(
                            slug,
                            componentId,
                            Sort.NEWEST,
                            1,
                            form,
                            new FieldErrors().reject("body", e.messageKey()),
                            null,
                            null));
        }
        return "discussion/show";
    }

    @PostMapping("/projecten/{slug}/gesprek/{componentId}/reactie/{id}/eens")
    String agree(
            @PathVariable String slug,
            @PathVariable long componentId,
            @PathVariable long id,
            @RequestParam(name = "volgorde", defaultValue = "nieuw") String order) {
        Optional<PleinPrincipal> person = person();
        if (person.isEmpty()) {
            return "redirect:/inloggen";
        }
        Target target = target(slug, componentId);
        discussions.agree(currentOrganisation.id(), person.get(), componentId, id);
        return "redirect:" + target.place().path() + "?volgorde=" + ("eens".equals(order) ? "eens" : "nieuw")
                + "#reactie-" + id;
    }

    @GetMapping("/projecten/{slug}/gesprek/{componentId}/reactie/{id}/bewerken")
    String editForm(@PathVariable String slug, @PathVariable long componentId, @PathVariable long id, Model model) {
        Target target = target(slug, componentId);
        Contribution contribution = own(componentId, id);
        model.addAttribute("view", new EditView(target.place(), contribution, contribution.body(), new FieldErrors()));
        return "discussion/edit";
    }

    @PostMapping("/projecten/{slug}/gesprek/{componentId}/reactie/{id}/bewerken")
    String edit(
            @PathVariable String slug,
            @PathVariable long componentId,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            Model model) {
        Target target = target(slug, componentId);
        Contribution contribution = own(componentId, id);
        try {
            discussions.edit(currentOrganisation.id(), person().orElseThrow(), componentId, id, body);
        } catch (DiscussionFormException e) {
            model.addAttribute("view", new EditView(target.place(), contribution, body, e.errors()));
            return "discussion/edit";
        }
        return "redirect:" + target.place().path() + "#reactie-" + id;
    }

    // ---- helpers

    private record Target(ProjectDetails project, PhaseComponent component, DiscussionPlace place) {}

    /** The discussion component on a published project of this organisation; anything else is 404. */
    private Target target(String slug, long componentId) {
        OrganisationId org = currentOrganisation.id();
        ProjectDetails project = projects.publishedProject(org, slug).orElseThrow(DiscussionNotFoundException::new);
        for (Phase phase : project.phases()) {
            for (PhaseComponent component : phase.components()) {
                if (component.id() == componentId && component.typeKey().equals("discussion")) {
                    boolean open = project.takesInput(phase);
                    return new Target(
                            project,
                            component,
                            new DiscussionPlace(
                                    project.id(), project.slug(), componentId, component.setting("question"), open));
                }
            }
        }
        throw new DiscussionNotFoundException();
    }

    private DiscussionView view(
            String slug,
            long componentId,
            Sort sort,
            int page,
            ContributionForm form,
            FieldErrors errors,
            String notice,
            Long noticeFor) {
        OrganisationId org = currentOrganisation.id();
        Target target = target(slug, componentId);
        Optional<PleinPrincipal> person = person();
        Long viewer = person.map(PleinPrincipal::accountId).orElse(null);
        return new DiscussionView(
                target.project(),
                target.component(),
                target.place(),
                discussions.contributions(org, componentId, sort, page, viewer),
                sort,
                organisations.areas(org),
                viewer,
                person.map(p -> p.has(StaffRole.PROJECT_MANAGER)).orElse(false),
                form,
                errors,
                errors.isEmpty() || form.requestKey().isEmpty()
                        ? UUID.randomUUID().toString()
                        : form.requestKey(),
                notice,
                noticeFor);
    }

    private Contribution own(long componentId, long id) {
        Long viewer = person().map(PleinPrincipal::accountId).orElse(null);
        Contribution contribution = discussions
                .contribution(currentOrganisation.id(), componentId, id)
                .orElseThrow(DiscussionNotFoundException::new);
        if (!contribution.writtenBy(viewer)) {
            throw new DiscussionNotFoundException();
        }
        return contribution;
    }

    private Optional<PleinPrincipal> person() {
        return PleinPrincipal.current().filter(p -> p.organisationId().equals(currentOrganisation.id()));
    }

    private static ContributionForm emptyForm() {
        return new ContributionForm("", null, null, false, "");
    }

    private static Sort sort(String value) {
        return "eens".equals(value) ? Sort.MOST_AGREED : Sort.NEWEST;
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Long number(String value, Long otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
