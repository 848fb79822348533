package nl.plein.project.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.ComponentForm;
import nl.plein.project.ComponentRegistry;
import nl.plein.project.ComponentType;
import nl.plein.project.ConcurrentChangeException;
import nl.plein.project.InvalidFormException;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.project.ProjectPageExtension;
import nl.plein.project.ProjectRuleException;
import nl.plein.project.ProjectStatus;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office for projects (project managers; the URL rule in the security configuration
 * guards it). Thin: every write goes to {@link ProjectManagement}, always for the current organisation,
 * so an id of another organisation is a 404.
 */
@Controller
@RequestMapping("/beheer/projecten")
public class ProjectAdminController {

    private static final String BASE = "/beheer/projecten/";

    private final ProjectManagement projects;
    private final Organisations organisations;
    private final ComponentRegistry components;
    private final CurrentOrganisation currentOrganisation;
    private final ObjectProvider<ProjectPageExtension> extensions;

    ProjectAdminController(
            ProjectManagement projects,
            Organisations organisations,
            ComponentRegistry components,
            CurrentOrganisation currentOrganisation,
            ObjectProvider<ProjectPageExtension> extensions) {
        this.projects = projects;
        this.organisations = organisations;
        this.components = components;
        this.currentOrganisation = currentOrganisation;
        this.extensions = extensions;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    // ---- projects

    @GetMapping
    String list(Model model) {
        model.addAttribute("view", new AdminViews.ProjectsView(projects.allProjects(org())));
        return "admin/project/list";
    }

    @GetMapping("/nieuw")
    String newProject(Model model) {
        return projectForm(model, null, ProjectForm.empty(UUID.randomUUID().toString()), new FieldErrors(), false);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInPerson person, @ModelAttribute ProjectForm form, Model model) {
        try {
            long id = projects.create(org(), Actor.of(person), form);
            return "redirect:" + BASE + id;
        } catch (InvalidFormException e) {
            return projectForm(model, null, form, e.errors(), false);
        }
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        ProjectDetails project = project(id);
        Map<Long, String> areaNames =
                organisations.areas(org()).stream().collect(Collectors.toMap(Area::id, Area::name));
        Map<String, String> nameKeys =
                components.all().stream().collect(Collectors.toMap(ComponentType::key, ComponentType::nameKey));
        model.addAttribute(
                "view",
                new AdminViews.ProjectAdminView(
                        project,
                        project.areaIds().stream().map(areaNames::get).toList(),
                        components.all(),
                        nameKeys,
                        extensions
                                .orderedStream()
                                .flatMap(extension -> extension.adminLinks(org(), project).stream())
                                .toList(),
                        (String) model.getAttribute("notice"),
                        (String) model.getAttribute("problem")));
        return "admin/project/detail";
    }

    @GetMapping("/{id:\\d+}/bewerken")
    String edit(@PathVariable long id, Model model) {
        return projectForm(model, id, project(id).toForm(), new FieldErrors(), false);
    }

    /** On a conflict nothing is saved; the form keeps what this user typed and now carries the latest version. */
    @PostMapping("/{id:\\d+}")
    String update(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @ModelAttribute ProjectForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            projects.update(org(), Actor.of(person), id, form);
            redirect.addFlashAttribute("notice", "project.saved");
            return "redirect:" + BASE + id;
        } catch (InvalidFormException e) {
            return projectForm(model, id, form, e.errors(), false);
        } catch (ConcurrentChangeException e) {
            var kept = new ProjectForm(
                    form.title(),
                    form.summary(),
                    form.body(),
                    form.contactName(),
                    form.contactEmail(),
                    form.areaIds(),
                    form.themeIds(),
                    form.newTheme(),
                    e.currentVersion(),
                    "");
            return projectForm(model, id, kept, new FieldErrors(), true);
        }
    }

    private String projectForm(Model model, Long id, ProjectForm form, FieldErrors errors, boolean conflict) {
        model.addAttribute(
                "view",
                new AdminViews.ProjectEditView(
                        id, form, errors, organisations.areas(org()), projects.themes(org()), conflict));
        return "admin/project/form";
    }

    @GetMapping("/{id:\\d+}/voorbeeld")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute(
                "view",
                ProjectPageView.of(project(id), organisations.areas(org()), components, true, List.of(), List.of()));
        return "project/show";
    }

    @PostMapping("/{id:\\d+}/publiceren")
    String publish(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        try {
            ProjectStatus status = projects.publish(org(), Actor.of(person), id);
            redirect.addFlashAttribute(
                    "notice", status == ProjectStatus.ACTIVE ? "project.publishedActive" : "project.publishedPlanned");
        } catch (ProjectRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:" + BASE + id;
    }

    @PostMapping("/{id:\\d+}/sluiten")
    String close(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        try {
            projects.close(org(), Actor.of(person), id);
            redirect.addFlashAttribute("notice", "project.closedNotice");
        } catch (ProjectRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:" + BASE + id;
    }

    // ---- image

    @GetMapping("/{id:\\d+}/afbeelding")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        // A draft's image is not public: only this browser may keep it, and only briefly.
        return ProjectController.imageResponse(
                projects.image(org(), id).orElseThrow(ProjectNotFoundException::new),
                CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate());
    }

    @GetMapping("/{id:\\d+}/afbeelding/wijzigen")
    String imageForm(@PathVariable long id, Model model) {
        ProjectDetails project = project(id);
        return imageForm(model, project, project.imageAlt(), new FieldErrors());
    }

    @PostMapping("/{id:\\d+}/afbeelding")
    String uploadImage(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = "imageAlt", defaultValue = "") String imageAlt,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        ProjectDetails project = project(id);
        try {
            projects.setImage(org(), Actor.of(person), id, image == null ? new byte[0] : image.getBytes(), imageAlt);
            redirect.addFlashAttribute("notice", "project.imageSaved");
            return "redirect:" + BASE + id;
        } catch (InvalidFormException e) {
            return imageForm(model, project, imageAlt, e.errors());
        }
    }

    @PostMapping("/{id:\\d+}/afbeelding/verwijderen")
    String removeImage(
            @AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        projects.removeImage(org(), Actor.of(person), id);
        redirect.addFlashAttribute("notice", "project.imageRemovedNotice");
        return "redirect:" + BASE + id;
    }

    private String imageForm(Model model, ProjectDetails project, String alt, FieldErrors errors) {
        model.addAttribute(
                "view",
                new AdminViews.ImageEditView(
                        project.id(), project.title(), project.hasImage(), project.version(), alt, errors));
        return "admin/project/image";
    }

    // ---- phases

    @GetMapping("/{id:\\d+}/fasen/nieuw")
    String newPhase(@PathVariable long id, Model model) {
        return phaseForm(
                model, project(id), null, PhaseForm.empty(UUID.randomUUID().toString()), new FieldErrors());
    }

    @PostMapping("/{id:\\d+}/fasen")
    String addPhase(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @ModelAttribute PhaseForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            projects.addPhase(org(), Actor.of(person), id, form);
            redirect.addFlashAttribute("notice", "phase.saved");
            return "redirect:" + BASE + id;
        } catch (InvalidFormException e) {
            return phaseForm(model, project(id), null, form, e.errors());
        }
    }

    @GetMapping("/{id:\\d+}/fasen/{phaseId:\\d+}")
    String editPhase(@PathVariable long id, @PathVariable long phaseId, Model model) {
        ProjectDetails project = project(id);
        return phaseForm(model, project, phaseId, PhaseForm.of(phase(project, phaseId)), new FieldErrors());
    }

    @PostMapping("/{id:\\d+}/fasen/{phaseId:\\d+}")
    String updatePhase(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable long phaseId,
            @ModelAttribute PhaseForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            projects.updatePhase(org(), Actor.of(person), id, phaseId, form);
            redirect.addFlashAttribute("notice", "phase.saved");
            return "redirect:" + BASE + id;
        } catch (InvalidFormException e) {
            return phaseForm(model, project(id), phaseId, form, e.errors());
        }
    }

    @PostMapping("/{id:\\d+}/fasen/{phaseId:\\d+}/verwijderen")
    String removePhase(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable long phaseId,
            RedirectAttributes redirect) {
        projects.removePhase(org(), Actor.of(person), id, phaseId);
        redirect.addFlashAttribute("notice", "phase.removed");
        return "redirect:" + BASE + id;
    }

    private String phaseForm(Model model, ProjectDetails project, Long phaseId, PhaseForm form, FieldErrors errors) {
        model.addAttribute("view", new AdminViews.PhaseEditView(project.id(), project.title(), phaseId, form, errors));
        return "admin/project/phase";
    }

    // ---- components

    @GetMapping("/{id:\\d+}/fasen/{phaseId:\\d+}/onderdelen/nieuw")
    String newComponent(
            @PathVariable long id, @PathVariable long phaseId, @RequestParam("type") String typeKey, Model model) {
        ProjectDetails project = project(id);
        ComponentType type = components.find(typeKey).orElseThrow(ProjectNotFoundException::new);
        return componentForm(
                model,
                project,
                phase(project, phaseId),
                null,
                type,
                "",
                Map.of(),
                new FieldErrors(),
                UUID.randomUUID().toString());
    }

    /** Settings arrive as {@code setting.<name>} fields, whatever the component type declares. */
    @PostMapping("/{id:\\d+}/fasen/{phaseId:\\d+}/onderdelen")
    String addComponent(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable long phaseId,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        var form =
                new ComponentForm(fields.get("type"), fields.get("title"), settings(fields), fields.get("requestKey"));
        try {
            projects.addComponent(org(), Actor.of(person), id, phaseId, form);
            redirect.addFlashAttribute("notice", "component.saved");
            return "redirect:" + BASE + id;
        } catch (InvalidFormException e) {
            return componentFormAgain(model, id, phaseId, null, form, e);
        }
    }

    /** The component form once more, with the typed values and what to correct. */
    private String componentFormAgain(
            Model model, long id, long phaseId, Long componentId, ComponentForm form, InvalidFormException e) {
        ProjectDetails project = project(id);
        ComponentType type = components.find(form.typeKey()).orElseThrow(ProjectNotFoundException::new);
        return componentForm(
                model,
                project,
                phase(project, phaseId),
                componentId,
                type,
                form.title(),
                form.settings(),
                e.errors(),
                form.requestKey());
    }

    @GetMapping("/{id:\\d+}/fasen/{phaseId:\\d+}/onderdelen/{componentId:\\d+}")
    String editComponent(
            @PathVariable long id, @PathVariable long phaseId, @PathVariable long componentId, Model model) {
        ProjectDetails project = project(id);
        PhaseComponent component =
                projects.component(org(), id, phaseId, componentId).orElseThrow(ProjectNotFoundException::new);
        ComponentType type = components.find(component.typeKey()).orElseThrow(ProjectNotFoundException::new);
        return componentForm(
                model,
                project,
                phase(project, phaseId),
                componentId,
                type,
                component.title(),
                component.settings(),
                new FieldErrors(),
                "");
    }

    @PostMapping("/{id:\\d+}/fasen/{phaseId:\\d+}/onderdelen/{componentId:\\d+}")
    String updateComponent(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable long phaseId,
            @PathVariable long componentId,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PhaseComponent current =
                projects.component(org(), id, phaseId, componentId).orElseThrow(ProjectNotFoundException::new);
        var form = new ComponentForm(current.typeKey(), fields.get("title"), settings(fields), "");
        try {
            projects.updateComponent(org(), Actor.of(person), id, phaseId, componentId, form);
            redirect.addFlashAttribute("notice", "component.saved");
            return "redirect:" + BASE + id;
        } catch (InvalidFormException e) {
            return componentFormAgain(model, id, phaseId, componentId, form, e);
        }
    }

    @PostMapping("/{id:\\d+}/fasen/{phaseId:\\d+}/onderdelen/{componentId:\\d+}/verwijderen")
    String removeComponent(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable long phaseId,
            @PathVariable long componentId,
            RedirectAttributes redirect) {
        projects.removeComponent(org(), Actor.of(person), id, phaseId, componentId);
        redirect.addFlashAttribute("notice", "component.removed");
        return "redirect:" + BASE + id;
    }

    private static Map<String, String> settings(Map<String, String> fields) {
        Map<String, String> settings = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("setting.")) {
                settings.put(name.substring("setting.".length()), value);
            }
        });
        return settings;
    }

    private String componentForm(
            Model model,
            ProjectDetails project,
            Phase phase,
            Long componentId,
            ComponentType type,
            String title,
            Map<String, String> settings,
            FieldErrors errors,
            String requestKey) {
        model.addAttribute(
                "view",
                new AdminViews.ComponentEditView(
                        project.id(),
                        project.title(),
                        phase.id(),
                        phase.name(),
                        componentId,
                        type,
                        title,
                        settings,
                        errors,
                        requestKey));
        return "admin/project/component";
    }

    // ---- themes

    @GetMapping("/themas")
    String themes(Model model) {
        model.addAttribute("view", new AdminViews.ThemesView(projects.themes(org()), "", new FieldErrors()));
        return "admin/project/themes";
    }

    @PostMapping("/themas")
    String createTheme(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam(name = "themeName", defaultValue = "") String name,
            Model model) {
        try {
            projects.createTheme(org(), Actor.of(person), name);
            return "redirect:/beheer/projecten/themas";
        } catch (InvalidFormException e) {
            model.addAttribute("view", new AdminViews.ThemesView(projects.themes(org()), name, e.errors()));
            return "admin/project/themes";
        }
    }

    private ProjectDetails project(long id) {
        return projects.project(org(), id).orElseThrow(ProjectNotFoundException::new);
    }

    private static Phase phase(ProjectDetails project, long phaseId) {
        return project.phases().stream()
                .filter(p -> p.id() == phaseId)
                .findFirst()
                .orElseThrow(ProjectNotFoundException::new);
    }
}
