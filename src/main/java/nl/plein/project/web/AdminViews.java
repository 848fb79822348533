package nl.plein.project.web;

import java.util.List;
import java.util.Map;
import nl.plein.project.ComponentType;
import nl.plein.project.LadderLevel;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectPageExtension;
import nl.plein.project.ProjectSummary;
import nl.plein.project.Theme;
import nl.plein.shared.FieldErrors;
import nl.plein.tenancy.Area;

/** What the back-office templates get: the form as typed, the errors per field, and the choices. */
public final class AdminViews {

    private AdminViews() {}

    public record ProjectsView(List<ProjectSummary> projects) {}

    /** {@code projectId} is null for a new project; {@code conflict} when someone else saved in between. */
    public record ProjectEditView(
            Long projectId,
            ProjectForm form,
            FieldErrors errors,
            List<Area> areas,
            List<Theme> themes,
            boolean conflict) {

        public String action() {
            return projectId == null ? "/beheer/projecten" : "/beheer/projecten/" + projectId;
        }
    }

    public record ProjectAdminView(
            ProjectDetails project,
            List<String> areaNames,
            List<ComponentType> componentTypes,
            Map<String, String> componentNameKeys,
            List<ProjectPageExtension.ProjectLink> links,
            String notice,
            String problem) {

        public String componentNameKey(String typeKey) {
            return componentNameKeys.getOrDefault(typeKey, "component.unknown");
        }
    }

    public record PhaseEditView(long projectId, String projectTitle, Long phaseId, PhaseForm form, FieldErrors errors) {

        public List<LadderLevel> levels() {
            return List.of(LadderLevel.values());
        }

        public String action() {
            return "/beheer/projecten/" + projectId + "/fasen" + (phaseId == null ? "" : "/" + phaseId);
        }
    }

    public record ComponentEditView(
            long projectId,
            String projectTitle,
            long phaseId,
            String phaseName,
            Long componentId,
            ComponentType type,
            String title,
            Map<String, String> settings,
            FieldErrors errors,
            String requestKey) {

        public String setting(String name) {
            return settings.getOrDefault(name, "");
        }

        public String action() {
            String base = "/beheer/projecten/" + projectId + "/fasen/" + phaseId + "/onderdelen";
            return componentId == null ? base : base + "/" + componentId;
        }
    }

    public record ImageEditView(
            long projectId, String projectTitle, boolean hasImage, int version, String imageAlt, FieldErrors errors) {}

    public record ThemesView(List<Theme> themes, String name, FieldErrors errors) {}
}
