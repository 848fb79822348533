package nl.plein.idea.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.decision.Decisions;
import nl.plein.idea.Idea;
import nl.plein.idea.IdeaFollowUp;
import nl.plein.idea.IdeaForm;
import nl.plein.idea.IdeaFormException;
import nl.plein.idea.IdeaManagement;
import nl.plein.idea.IdeaManagement.Similar;
import nl.plein.idea.IdeaManagement.Sort;
import nl.plein.idea.IdeaNotFoundException;
import nl.plein.idea.IdeaPlace;
import nl.plein.idea.MapProperties;
import nl.plein.idea.web.IdeaViews.FormView;
import nl.plein.idea.web.IdeaViews.IdeaView;
import nl.plein.idea.web.IdeaViews.ListView;
import nl.plein.idea.web.IdeaViews.SimilarView;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.ReturnPath;
import nl.plein.identity.StaffRole;
import nl.plein.moderation.ModerationRuleException;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public side of ideas: the list, submitting with similar ideas first, an idea's page, supporting. */
@Controller
public class IdeaController {

    private final IdeaManagement ideas;
    private final ProjectManagement projects;
    private final CurrentOrganisation currentOrganisation;
    private final MapProperties map;
    private final Decisions decisions;
    private final List<IdeaFollowUp> followUps;

    IdeaController(
            IdeaManagement ideas,
            ProjectManagement projects,
            CurrentOrganisation currentOrganisation,
            MapProperties map,
            Decisions decisions,
            List<IdeaFollowUp> followUps) {
        this.decisions = decisions;
        this.followUps = followUps;
        this.ideas = ideas;
        this.projects = projects;
        this.currentOrganisation = currentOrganisation;
        this.map = map;
    }

    @GetMapping("/projecten/{slug}/ideeen/{componentId}")
    String list(
            @PathVariable String slug,
            @PathVariable long componentId,
            @RequestParam(name = "volgorde", defaultValue = "nieuw") String order,
            @RequestParam(name = "pagina", defaultValue = "1") String page,
            Model model) {
        Target target = target(slug, componentId);
        Sort sort = "steun".equals(order) ? Sort.MOST_SUPPORTED : Sort.NEWEST;
        model.addAttribute(
                "view",
                new ListView(
                        target.project(),
                        target.component(),
                        target.place(),
                        ideas.ideas(currentOrganisation.id(), componentId, sort, number(page)),
                        sort,
                        person().isPresent()));
        return "idea/list";
    }

    @GetMapping("/projecten/{slug}/ideeen/{componentId}/nieuw")
    String newForm(@PathVariable String slug, @PathVariable long componentId, Model model) {
        Target target = target(slug, componentId);
        if (person().isEmpty()) {
            return "redirect:" + ReturnPath.loginLink(target.place().path() + "/nieuw");
        }
        model.addAttribute(
                "view",
                formView(
                        target,
                        new IdeaForm("", "", "", UUID.randomUUID().toString()),
                        new FieldErrors(),
                        List.of(),
                        false));
        return "idea/form";
    }

    /** While the resident types (htmx): the ideas like theirs, each with a support button. */
    @GetMapping("/projecten/{slug}/ideeen/{componentId}/vergelijkbaar")
    String similar(
            @PathVariable String slug,
            @PathVariable long componentId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            Model model) {
        Target target = target(slug, componentId);
        model.addAttribute(
                "view",
                new SimilarView(
                        target.place(),
                        ideas.similar(currentOrganisation.id(), componentId, title, description),
                        person().map(PleinPrincipal::accountId).orElse(null)));
        return "idea/similar";
    }

    /** "check" shows similar ideas first (the way without JavaScript); "submit" submits. */
    @PostMapping("/projecten/{slug}/ideeen/{componentId}/nieuw")
    String submit(
            @PathVariable String slug,
            @PathVariable long componentId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String latitude,
            @RequestParam(defaultValue = "") String longitude,
            @RequestParam(defaultValue = "") String requestKey,
            @RequestParam(defaultValue = "submit") String step,
            Model model) {
        Optional<PleinPrincipal> person = person();
        if (person.isEmpty()) {
            return "redirect:/inloggen";
        }
        Target target = target(slug, componentId);
        OrganisationId org = currentOrganisation.id();
        var form = new IdeaForm(title, description, address, latitude, longitude, requestKey);
        List<Similar> similar = ideas.similar(org, componentId, form.title(), form.description());
        if ("check".equals(step)) {
            model.addAttribute("view", formView(target, form, new FieldErrors(), similar, true));
            return "idea/form";
        }
        try {
            long id = ideas.submit(org, person.get(), target.place(), form);
            return "redirect:" + target.place().path(id) + "?ingestuurd";
        } catch (IdeaFormException e) {
            model.addAttribute("view", formView(target, form, e.errors(), similar, false));
        } catch (ModerationRuleException e) {
            model.addAttribute(
                    "view",
                    formView(target, form, new FieldErrors().reject("description", e.messageKey()), similar, false));
        }
        return "idea/form";
    }

    @GetMapping("/projecten/{slug}/ideeen/{componentId}/{id}")
    String show(
            @PathVariable String slug,
            @PathVariable long componentId,
            @PathVariable long id,
            @RequestParam(name = "ingestuurd", required = false) String submitted,
            @RequestParam(name = "gesteund", required = false) String supported,
            @RequestParam(name = "gemeld", required = false) String reported,
            @RequestParam(name = "herbeoordeling", required = false) String review,
            Model model) {
        String notice = submitted != null
                ? "idea.submitted"
                : supported != null
                        ? "idea.supportedNotice"
                        : reported != null
                                ? "moderation.reported"
                                : review != null ? "moderation.reviewRequested" : null;
        IdeaView view = ideaView(slug, componentId, id, new FieldErrors(), notice);
        // An author's own support is not counted, so thanking them for it would be untrue.
        if ("idea.supportedNotice".equals(notice) && view.idea().writtenBy(view.viewerId())) {
            view = view.withoutNotice();
        }
        model.addAttribute("view", view);
        return "idea/show";
    }

    @PostMapping("/projecten/{slug}/ideeen/{componentId}/{id}/steunen")
    String support(@PathVariable String slug, @PathVariable long componentId, @PathVariable long id) {
        Optional<PleinPrincipal> person = person();
        if (person.isEmpty()) {
            return "redirect:/inloggen";
        }
        Target target = target(slug, componentId);
        long supportedId = ideas.support(currentOrganisation.id(), person.get(), target.place(), id);
        return "redirect:" + target.place().path(supportedId) + "?gesteund";
    }

    @PostMapping("/projecten/{slug}/ideeen/{componentId}/{id}/foto")
    String photo(
            @PathVariable String slug,
            @PathVariable long componentId,
            @PathVariable long id,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            @RequestParam(defaultValue = "") String photoAlt,
            Model model)
            throws IOException {
        PleinPrincipal person = person().orElseThrow(IdeaNotFoundException::new);
        Target target = target(slug, componentId);
        try {
            ideas.setPhoto(
                    currentOrganisation.id(), person, id, photo == null ? new byte[0] : photo.getBytes(), photoAlt);
        } catch (IdeaFormException e) {
            model.addAttribute("view", ideaView(slug, componentId, id, e.errors(), null));
            return "idea/show";
        }
        return "redirect:" + target.place().path(id);
    }

    @GetMapping("/projecten/{slug}/ideeen/{componentId}/{id}/foto")
    ResponseEntity<byte[]> photoImage(
            @PathVariable String slug, @PathVariable long componentId, @PathVariable long id) {
        target(slug, componentId);
        Idea idea = ideas.idea(currentOrganisation.id(), id)
                .filter(i -> i.componentId() == componentId && i.moderation().visible())
                .orElseThrow(IdeaNotFoundException::new);
        var photo = ideas.photo(currentOrganisation.id(), idea.id()).orElseThrow(IdeaNotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }

    // ---- helpers

    record Target(ProjectDetails project, PhaseComponent component, IdeaPlace place) {}

    private Target target(String slug, long componentId) {
        OrganisationId org = currentOrganisation.id();
        ProjectDetails project = projects.publishedProject(org, slug).orElseThrow(IdeaNotFoundException::new);
        for (Phase phase : project.phases()) {
            for (PhaseComponent component : phase.components()) {
                if (component.id() == componentId && component.typeKey().equals("ideas")) {
                    boolean open = project.takesInput(phase);
                    return new Target(
                            project, component, new IdeaPlace(project.id(), project.slug(), componentId, open));
                }
            }
        }
        throw new IdeaNotFoundException();
    }

    private FormView formView(
            Target target, IdeaForm form, FieldErrors errors, List<Similar> similar, boolean checked) {
        IdeaForm withKey = form.requestKey().isEmpty()
                ? new IdeaForm(
                        form.title(),
                        form.description(),
                        form.address(),
                        form.latitude(),
                        form.longitude(),
                        UUID.randomUUID().toString())
                : form;
        return new FormView(
                target.project(),
                target.component(),
                target.place(),
                withKey,
                errors,
                similar,
                checked,
                map,
                person().map(PleinPrincipal::accountId).orElse(null));
    }

    private IdeaView ideaView(String slug, long componentId, long id, FieldErrors errors, String notice) {
        OrganisationId org = currentOrganisation.id();
        Target target = target(slug, componentId);
        Idea idea =
                ideas.idea(org, id).filter(i -> i.componentId() == componentId).orElseThrow(IdeaNotFoundException::new);
        Optional<PleinPrincipal> person = person();
        Long viewer = person.map(PleinPrincipal::accountId).orElse(null);
        if (idea.moderation().pending() && !idea.writtenBy(viewer)) {
            throw new IdeaNotFoundException();
        }
        return new IdeaView(
                target.project(),
                target.component(),
                target.place(),
                idea,
                idea.mergedIntoId() == null ? Optional.empty() : ideas.idea(org, idea.mergedIntoId()),
                ideas.mergedInto(org, id),
                ideas.history(org, id),
                viewer,
                ideas.supportedBy(org, id, viewer),
                person.map(p -> p.has(StaffRole.PROJECT_MANAGER)).orElse(false),
                errors,
                notice,
                map,
                decisions.touching(org, "idea", id),
                followUps.stream().flatMap(f -> f.followUps(org, id).stream()).toList());
    }

    private Optional<PleinPrincipal> person() {
        return PleinPrincipal.current().filter(p -> p.organisationId().equals(currentOrganisation.id()));
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
