package nl.plein.project;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import nl.plein.shared.TtlCache;
import nl.plein.shared.UploadedImage;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project module's use cases. Controllers and the demo-data seeder call these; every command
 * runs in one transaction with its audit entry, and every query is scoped to one organisation.
 */
@Service
public class ProjectManagement {

    public static final int PAGE_SIZE = 20;
    public static final int IMAGE_WIDTH = 1600;
    /** Phase dates are calendar days in the Netherlands, whatever the server's time zone. */
    static final int MIN_YEAR = 1900;

    static final int MAX_YEAR = 2999;

    private final Projects projects;
    private final Organisations organisations;
    private final ComponentRegistry components;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /**
     * What residents' pages read on every request (lists, project pages, themes), kept for a few seconds;
     * every command here clears it once committed. Keys start with the organisation.
     */
    private final TtlCache<ListKey, ProjectList> lists = new TtlCache<>(CACHE_TTL, 10_000);

    private final TtlCache<ActiveKey, List<ProjectSummary>> active = new TtlCache<>(CACHE_TTL, 1_000);
    private final TtlCache<PageKey, Optional<ProjectDetails>> pages = new TtlCache<>(CACHE_TTL, 10_000);
    private final TtlCache<OrganisationId, List<Theme>> themes = new TtlCache<>(CACHE_TTL, 1_000);

    private static final Duration CACHE_TTL = Duration.ofSeconds(10);

    private record ListKey(OrganisationId org, ProjectFilter filter) {}

    private record ActiveKey(OrganisationId org, int limit) {}

    private record PageKey(OrganisationId org, String slug) {}

    ProjectManagement(
            Projects projects,
            Organisations organisations,
            ComponentRegistry components,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.projects = projects;
        this.organisations = organisations;
        this.components = components;
        this.audit = audit;
        this.events = events;
    }

    static LocalDate today() {
        return LocalDate.now(Dates.ZONE);
    }

    // ---- queries

    public ProjectList publishedProjects(OrganisationId org, ProjectFilter filter) {
        return lists.get(new ListKey(org, filter), key -> projects.published(org, filter, PAGE_SIZE, today()));
    }

    /** For the home page: the active projects, most recently started first. */
    public List<ProjectSummary> activeProjects(OrganisationId org, int limit) {
        return active.get(
                new ActiveKey(org, limit), key -> projects.withStatus(org, ProjectStatus.ACTIVE, limit, today()));
    }

    /** For the search page: published projects matching the words (Dutch full-text search), best first. */
    public List<ProjectSummary> search(OrganisationId org, String query, int limit) {
        return query == null || query.isBlank() ? List.of() : projects.search(org, query.strip(), limit, today());
    }

    /**
     * The published projects whose phases use a component with this setting, such as the projects that
     * hold survey 7: where a page outside the project links back to.
     */
    public List<ProjectSummary> publishedProjectsWith(
            OrganisationId org, String componentType, String setting, String value) {
        return projects.withComponent(org, componentType, setting, value, today());
    }

    /** For the back office: every project of the organisation, drafts included. */
    public List<ProjectSummary> allProjects(OrganisationId org) {
        return projects.all(org, today());
    }

    public Optional<ProjectDetails> project(OrganisationId org, long id) {
        return projects.row(org, id, today()).map(row -> details(org, row));
    }

    /** The project that holds this component, drafts included; the caller decides who may see it. */
    public Optional<ProjectDetails> projectWithComponent(OrganisationId org, long componentId) {
        return projects.projectOfComponent(org, componentId).flatMap(id -> project(org, id));
    }

    /** A project residents may see: never a draft. */
    public Optional<ProjectDetails> publishedProject(OrganisationId org, String slug) {
        return pages.get(
                new PageKey(org, slug),
                key -> projects.publishedRow(org, slug, today()).map(row -> details(org, row)));
    }

    public Optional<ProjectImage> publishedImage(OrganisationId org, String slug) {
        return projects.publishedRow(org, slug, today()).flatMap(row -> projects.image(org, row.id()));
    }

    public Optional<ProjectImage> image(OrganisationId org, long id) {
        return projects.image(org, id);
    }

    public List<Theme> themes(OrganisationId org) {
        return themes.get(org, projects::themes);
    }

    public Optional<PhaseComponent> component(OrganisationId org, long projectId, long phaseId, long componentId) {
        return projects.phaseExists(org, projectId, phaseId)
                ? projects.component(org, phaseId, componentId)
                : Optional.empty();
    }

    private void forgetPublished() {
        lists.clearAfterCommit();
        active.clearAfterCommit();
        pages.clearAfterCommit();
        themes.clearAfterCommit();
    }

    private ProjectDetails details(OrganisationId org, Projects.Row row) {
        return new ProjectDetails(
                row.id(),
                row.slug(),
                row.title(),
                row.summary(),
                row.body(),
                row.contactName(),
                row.contactEmail(),
                row.status(),
                row.hasImage(),
                row.imageAlt(),
                row.version(),
                projects.areaIds(org, row.id()),
                projects.themesOf(org, row.id()),
                projects.phases(org, row.id(), today()));
    }

    // ---- project commands

    /** Creates a draft. A repeated submit with the same request key returns the project made the first time. */
    @Transactional
    public long create(OrganisationId org, Actor actor, ProjectForm form) {
        forgetPublished();
        lockSlugs(org);
        UUID key = RequestKey.parse(form.requestKey());
        if (key != null) {
            Optional<Long> existing = projects.byRequestKey(org, key);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        check(validate(form));
        String slug = Slugs.unique(Slugs.of(form.title()), projects.slugsLike(org, Slugs.of(form.title()), 0));
        long id = projects.insert(org, slug, form, key);
        linkAreasAndThemes(org, actor, id, form);
        audit.record(org, actor, "project.created", subject(id), form.title());
        return id;
    }

    /**
     * Saves the changes when nobody else saved since the form was loaded. The address (slug) follows
     * the title while the project is a draft and stays the same once residents may have linked to it.
     */
    @Transactional
    public void update(OrganisationId org, Actor actor, long id, ProjectForm form) {
        forgetPublished();
        lockSlugs(org);
        Projects.Row row = existing(org, id);
        check(validate(form));
        String slug = row.slug();
        if (row.storedStatus() == ProjectStatus.DRAFT) {
            String base = Slugs.of(form.title());
            slug = Slugs.unique(base, projects.slugsLike(org, base, id));
        }
        if (!projects.update(org, id, slug, form)) {
            throw new ConcurrentChangeException(row.version());
        }
        linkAreasAndThemes(org, actor, id, form);
        audit.record(org, actor, "project.updated", subject(id), form.title());
    }

    /** Links the project to these areas and themes of the organisation (ids of other organisations are ignored). */
    @Transactional
    public void setAreasAndThemes(OrganisationId org, Actor actor, long id, List<Long> areaIds, List<Long> themeIds) {
        forgetPublished();
        existing(org, id);
        projects.setAreas(
                org,
                id,
                areaIds,
                organisations.areas(org).stream().map(Area::id).toList());
        projects.setThemes(org, id, themeIds);
        audit.record(org, actor, "project.areasAndThemes", subject(id), "areas=" + areaIds + " themes=" + themeIds);
    }

    private void linkAreasAndThemes(OrganisationId org, Actor actor, long id, ProjectForm form) {
        List<Long> themeIds = new ArrayList<>(form.themeIds());
        if (!form.newTheme().isEmpty()) {
            themeIds.add(createTheme(org, actor, form.newTheme()));
        }
        projects.setAreas(
                org,
                id,
                form.areaIds(),
                organisations.areas(org).stream().map(Area::id).toList());
        projects.setThemes(org, id, themeIds);
    }

    /** The theme with this name; made when the organisation does not have it yet. */
    @Transactional
    public long createTheme(OrganisationId org, Actor actor, String name) {
        forgetPublished();
        String trimmed = name == null ? "" : name.strip();
        check(new FieldErrors()
                .rejectIf(trimmed.isEmpty(), "themeName", "theme.error.nameRequired")
                .rejectIf(trimmed.length() > 80, "themeName", "theme.error.nameTooLong"));
        long id = projects.theme(org, trimmed);
        audit.record(org, actor, "theme.saved", "theme:" + id, trimmed);
        return id;
    }

    /** Checks, re-encodes (dropping all metadata) and stores an uploaded image; the alt text describes it. */
    @Transactional
    public void setImage(OrganisationId org, Actor actor, long id, byte[] upload, String alt) {
        forgetPublished();
        existing(org, id);
        String altText = alt == null ? "" : alt.strip();
        var errors = new FieldErrors();
        UploadedImage image = null;
        try {
            image = UploadedImage.of(upload, IMAGE_WIDTH);
        } catch (UploadedImage.Rejected rejected) {
            errors.reject("image", rejected.messageKey());
        }
        errors.rejectIf(altText.isEmpty(), "imageAlt", "project.error.imageAltRequired")
                .rejectIf(altText.length() > 250, "imageAlt", "project.error.imageAltTooLong");
        check(errors);
        projects.setImage(org, id, image.contentType(), image.content(), altText);
        audit.record(org, actor, "project.imageSet", subject(id), image.width() + "x" + image.height());
    }

    @Transactional
    public void removeImage(OrganisationId org, Actor actor, long id) {
        forgetPublished();
        existing(org, id);
        projects.removeImage(org, id);
        audit.record(org, actor, "project.imageRemoved", subject(id), "");
    }

    /**
     * Makes a draft visible to residents: planned, or active when its first phase has started.
     * Refused without phases, because residents must see what they can influence and when.
     */
    @Transactional
    public ProjectStatus publish(OrganisationId org, Actor actor, long id) {
        forgetPublished();
        Projects.Row row = existing(org, id);
        if (row.storedStatus() != ProjectStatus.DRAFT) {
            throw new ProjectRuleException("project.error.alreadyPublished");
        }
        List<Phase> phases = projects.phases(org, id, today());
        if (phases.isEmpty()) {
            throw new ProjectRuleException("project.error.publishWithoutPhase");
        }
        ProjectStatus status =
                phases.getFirst().startsOn().isAfter(today()) ? ProjectStatus.PLANNED : ProjectStatus.ACTIVE;
        if (!projects.setStatus(org, id, ProjectStatus.DRAFT, status)) {
            throw new ProjectRuleException("project.error.alreadyPublished");
        }
        audit.record(org, actor, "project.published", subject(id), status.name());
        events.publishEvent(new ProjectPublished(org, id, row.slug(), status));
        return status;
    }

    @Transactional
    public void close(OrganisationId org, Actor actor, long id) {
        forgetPublished();
        Projects.Row row = existing(org, id);
        if (row.storedStatus() == ProjectStatus.DRAFT || row.storedStatus() == ProjectStatus.CLOSED) {
            throw new ProjectRuleException("project.error.closeNotPublished");
        }
        if (!projects.setStatus(org, id, row.storedStatus(), ProjectStatus.CLOSED)) {
            throw new ProjectRuleException("project.error.closeNotPublished");
        }
        audit.record(org, actor, "project.closed", subject(id), "");
        events.publishEvent(new ProjectClosed(org, id));
    }

    // ---- phases

    @Transactional
    public long addPhase(OrganisationId org, Actor actor, long projectId, PhaseForm form) {
        forgetPublished();
        existing(org, projectId);
        UUID key = RequestKey.parse(form.requestKey());
        if (key != null) {
            projects.lock("phase-request:" + org + ":" + key);
            Optional<Long> existing = projects.phaseByRequestKey(org, key);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Projects.ValidPhase phase = validate(form);
        long id = projects.insertPhase(org, projectId, phase, key);
        audit.record(org, actor, "phase.added", subject(projectId), phase.name());
        return id;
    }

    @Transactional
    public void updatePhase(OrganisationId org, Actor actor, long projectId, long phaseId, PhaseForm form) {
        forgetPublished();
        existingPhase(org, projectId, phaseId);
        Projects.ValidPhase phase = validate(form);
        projects.updatePhase(org, projectId, phaseId, phase);
        audit.record(org, actor, "phase.updated", subject(projectId), phase.name());
    }

    @Transactional
    public void removePhase(OrganisationId org, Actor actor, long projectId, long phaseId) {
        forgetPublished();
        existingPhase(org, projectId, phaseId);
        projects.deletePhase(org, projectId, phaseId);
        audit.record(org, actor, "phase.removed", subject(projectId), "phase:" + phaseId);
    }

    // ---- components

    @Transactional
    public long addComponent(OrganisationId org, Actor actor, long projectId, long phaseId, ComponentForm form) {
        forgetPublished();
        existingPhase(org, projectId, phaseId);
        UUID key = RequestKey.parse(form.requestKey());
        if (key != null) {
            projects.lock("component-request:" + org + ":" + key);
            Optional<Long> existing = projects.componentByRequestKey(org, key);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        ComponentForm valid = validate(form);
        long id = projects.insertComponent(org, phaseId, valid, key);
        audit.record(org, actor, "component.added", subject(projectId), valid.typeKey() + ": " + valid.title());
        return id;
    }

    @Transactional
    public void updateComponent(
            OrganisationId org, Actor actor, long projectId, long phaseId, long componentId, ComponentForm form) {
        forgetPublished();
        PhaseComponent current =
                component(org, projectId, phaseId, componentId).orElseThrow(ProjectNotFoundException::new);
        ComponentForm valid = validate(new ComponentForm(current.typeKey(), form.title(), form.settings(), ""));
        projects.updateComponent(org, phaseId, componentId, valid);
        audit.record(org, actor, "component.updated", subject(projectId), valid.typeKey() + ": " + valid.title());
    }

    @Transactional
    public void removeComponent(OrganisationId org, Actor actor, long projectId, long phaseId, long componentId) {
        forgetPublished();
        component(org, projectId, phaseId, componentId).orElseThrow(ProjectNotFoundException::new);
        projects.deleteComponent(org, phaseId, componentId);
        audit.record(org, actor, "component.removed", subject(projectId), "component:" + componentId);
    }

    // ---- rules

    private static FieldErrors validate(ProjectForm form) {
        return new FieldErrors()
                .rejectIf(form.title().isEmpty(), "title", "project.error.titleRequired")
                .rejectIf(form.title().length() > 150, "title", "project.error.titleTooLong")
                .rejectIf(form.summary().length() > 400, "summary", "project.error.summaryTooLong")
                .rejectIf(form.body().length() > 50_000, "body", "project.error.bodyTooLong")
                .rejectIf(form.contactName().length() > 150, "contactName", "project.error.contactNameTooLong")
                .rejectIf(
                        !form.contactEmail().isEmpty() && !nl.plein.shared.EmailAddress.plausible(form.contactEmail()),
                        "contactEmail",
                        "project.error.contactEmailInvalid")
                .rejectIf(form.newTheme().length() > 80, "newTheme", "theme.error.nameTooLong");
    }

    private static Projects.ValidPhase validate(PhaseForm form) {
        var errors = new FieldErrors()
                .rejectIf(form.name().isEmpty(), "name", "phase.error.nameRequired")
                .rejectIf(form.name().length() > 150, "name", "phase.error.nameTooLong");
        LadderLevel level = LadderLevel.parse(form.ladderLevel());
        errors.rejectIf(level == null, "ladderLevel", "phase.error.ladderLevelRequired");
        LocalDate starts = date(form.startsOn(), "startsOn", errors);
        LocalDate ends = date(form.endsOn(), "endsOn", errors);
        errors.rejectIf(
                starts != null && ends != null && ends.isBefore(starts), "endsOn", "phase.error.endBeforeStart");
        for (var field : Map.of(
                        "description",
                        form.description(),
                        "fixed",
                        form.fixed(),
                        "open",
                        form.open(),
                        "whoDecides",
                        form.whoDecides())
                .entrySet()) {
            errors.rejectIf(field.getValue().length() > 10_000, field.getKey(), "phase.error.tooLong");
        }
        check(errors);
        return new Projects.ValidPhase(
                form.name(), form.description(), level, starts, ends, form.fixed(), form.open(), form.whoDecides());
    }

    private static LocalDate date(String value, String field, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.reject(field, "phase.error.dateRequired");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            // ISO dates allow years like +999999999, which PostgreSQL cannot store; no phase is that far off.
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                errors.reject(field, "phase.error.dateInvalid");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.reject(field, "phase.error.dateInvalid");
            return null;
        }
    }

    /** Required settings and the type's own rules; only the settings the type declares are kept. */
    private ComponentForm validate(ComponentForm form) {
        ComponentType type = components.find(form.typeKey()).orElseThrow(ProjectNotFoundException::new);
        var errors = new FieldErrors()
                .rejectIf(form.title().isEmpty(), "title", "component.error.titleRequired")
                .rejectIf(form.title().length() > 150, "title", "component.error.titleTooLong");
        Map<String, String> settings = new LinkedHashMap<>();
        for (ComponentType.SettingField field : type.settingFields()) {
            String value = form.setting(field.name());
            errors.rejectIf(field.required() && value.isEmpty(), field.name(), "component.error.settingRequired")
                    .rejectIf(value.length() > 50_000, field.name(), "component.error.settingTooLong");
            settings.put(field.name(), value);
        }
        type.validate(settings).asMap().forEach(errors::reject);
        check(errors);
        return new ComponentForm(type.key(), form.title(), settings, form.requestKey());
    }

    private static void check(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
    }

    /**
     * Project creation and draft renames take this lock first: a double submit then finds the project
     * its twin made (same request key), and two projects with one title get two distinct slugs,
     * instead of both passing the check and one failing on the unique constraint.
     */
    private void lockSlugs(OrganisationId org) {
        projects.lock("project-slugs:" + org);
    }

    private Projects.Row existing(OrganisationId org, long id) {
        return projects.row(org, id, today()).orElseThrow(ProjectNotFoundException::new);
    }

    private void existingPhase(OrganisationId org, long projectId, long phaseId) {
        if (!projects.phaseExists(org, projectId, phaseId)) {
            throw new ProjectNotFoundException();
        }
    }

    private static String subject(long projectId) {
        return "project:" + projectId;
    }
}
