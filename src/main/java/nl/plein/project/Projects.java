package nl.plein.project;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.shared.OrganisationId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Projects, phases, components and themes in PostgreSQL. Every statement is scoped to one organisation. */
@Repository
class Projects {

    /** A planned project counts as active from the day its first phase starts, without a job to flip it. */
    private static final String STATUS = """
            case when p.status = 'PLANNED' and exists (select 1 from phase f
                where f.organisation_id = p.organisation_id and f.project_id = p.id and f.starts_on <= :today)
            then 'ACTIVE' else p.status end""";

    /** Areas, themes, image and phase span in the same statement, so a list costs one query however long it is. */
    private static final String SUMMARY = """
            select p.id, p.slug, p.title, p.summary, p.image_alt, p.version, %s as effective_status,
                exists (select 1 from project_image i where i.organisation_id = p.organisation_id and i.project_id = p.id) as has_image,
                array(select a.area_id from project_area a
                      where a.organisation_id = p.organisation_id and a.project_id = p.id order by a.area_id) as area_ids,
                array(select t.name from project_theme pt join theme t on t.organisation_id = pt.organisation_id and t.id = pt.theme_id
                      where pt.organisation_id = p.organisation_id and pt.project_id = p.id order by t.name) as theme_names,
                (select min(f.starts_on) from phase f where f.organisation_id = p.organisation_id and f.project_id = p.id) as starts_on,
                (select max(f.ends_on) from phase f where f.organisation_id = p.organisation_id and f.project_id = p.id) as ends_on,
                p.created_at
            from project p where p.organisation_id = :org""".formatted(STATUS);

    private static final String ORDER = """
            order by case effective_status when 'ACTIVE' then 0 when 'PLANNED' then 1 when 'DRAFT' then 2 else 3 end,
                     starts_on desc nulls last, id desc""";

    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Projects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- lists

    ProjectList published(OrganisationId org, ProjectFilter filter, int pageSize, LocalDate today) {
        var where = new StringBuilder(" where effective_status <> 'DRAFT'");
        var params = new LinkedHashMap<String, Object>();
        params.put("org", org.value());
        params.put("today", today);
        if (filter.status() != null) {
            where.append(" and effective_status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.areaId() != null) {
            where.append(
                    " and exists (select 1 from project_area a where a.organisation_id = :org and a.project_id = x.id and a.area_id = :area)");
            params.put("area", filter.areaId());
        }
        if (filter.themeId() != null) {
            where.append(
                    " and exists (select 1 from project_theme t where t.organisation_id = :org and t.project_id = x.id and t.theme_id = :theme)");
            params.put("theme", filter.themeId());
        }
        params.put("limit", pageSize);
        // As a long: a hand-typed page number near Integer.MAX_VALUE must not wrap to a negative offset.
        params.put("offset", (filter.page() - 1L) * pageSize);
        var total = new long[] {0};
        List<ProjectSummary> projects = jdbc.sql("select x.*, count(*) over () as total from (" + SUMMARY + ") x"
                        + where + " " + ORDER + " limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> {
                    total[0] = rs.getLong("total");
                    return summary(rs);
                })
                .list();
        if (projects.isEmpty() && filter.page() > 1) {
            total[0] = jdbc.sql("select count(*) from (" + SUMMARY + ") x" + where)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        return new ProjectList(projects, filter.page(), pageSize, total[0]);
    }

    List<ProjectSummary> all(OrganisationId org, LocalDate today) {
        return jdbc.sql("select * from (" + SUMMARY + ") x " + ORDER)
                .param("org", org.value())
                .param("today", today)
                .query((rs, i) -> summary(rs))
                .list();
    }

    List<ProjectSummary> withStatus(OrganisationId org, ProjectStatus status, int limit, LocalDate today) {
        return jdbc.sql("select * from (" + SUMMARY + ") x where effective_status = :status " + ORDER + " limit :limit")
                .param("org", org.value())
                .param("today", today)
                .param("status", status.name())
                .param("limit", limit)
                .query((rs, i) -> summary(rs))
                .list();
    }

    /** Published projects with a component of this type whose setting has this value, newest first. */
    List<ProjectSummary> withComponent(
            OrganisationId org, String typeKey, String setting, String value, LocalDate today) {
        return jdbc.sql("select * from (" + SUMMARY + ") x where effective_status <> 'DRAFT' and exists ("
                        + " select 1 from phase f join phase_component c"
                        + " on c.organisation_id = f.organisation_id and c.phase_id = f.id"
                        + " where f.organisation_id = :org and f.project_id = x.id"
                        + " and c.type_key = :type and c.settings ->> :setting = :value) " + ORDER)
                .param("org", org.value())
                .param("today", today)
                .param("type", typeKey)
                .param("setting", setting)
                .param("value", value)
                .query((rs, i) -> summary(rs))
                .list();
    }

    /** Published projects matching the words by Dutch full-text search over title, summary and text. */
    List<ProjectSummary> search(OrganisationId org, String query, int limit, LocalDate today) {
        return jdbc.sql("select x.* from (" + SUMMARY
                        + ") x join project p on p.organisation_id = :org and p.id = x.id,"
                        + " websearch_to_tsquery('dutch', :query) q"
                        + " where x.effective_status <> 'DRAFT' and (setweight(to_tsvector('dutch', p.title), 'A')"
                        + " || to_tsvector('dutch', p.summary || ' ' || p.body)) @@ q"
                        + " order by ts_rank(setweight(to_tsvector('dutch', p.title), 'A')"
                        + " || to_tsvector('dutch', p.summary || ' ' || p.body), q) desc limit :limit")
                .param("org", org.value())
                .param("today", today)
                .param("query", query)
                .param("limit", limit)
                .query((rs, i) -> summary(rs))
                .list();
    }

    private static ProjectSummary summary(ResultSet rs) throws SQLException {
        return new ProjectSummary(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("summary"),
                ProjectStatus.valueOf(rs.getString("effective_status")),
                rs.getBoolean("has_image"),
                rs.getString("image_alt"),
                rs.getInt("version"),
                longs(rs.getArray("area_ids")),
                strings(rs.getArray("theme_names")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }

    // ---- one project

    record Row(
            long id,
            String slug,
            String title,
            String summary,
            String body,
            String contactName,
            String contactEmail,
            ProjectStatus storedStatus,
            ProjectStatus status,
            boolean hasImage,
            String imageAlt,
            int version) {}

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(
            rs.getLong("id"),
            rs.getString("slug"),
            rs.getString("title"),
            rs.getString("summary"),
            rs.getString("body"),
            rs.getString("contact_name"),
            rs.getString("contact_email"),
            ProjectStatus.valueOf(rs.getString("status")),
            ProjectStatus.valueOf(rs.getString("effective_status")),
            rs.getBoolean("has_image"),
            rs.getString("image_alt"),
            rs.getInt("version"));

    private static final String ROW_SQL = """
            select p.*, %s as effective_status,
                exists (select 1 from project_image i where i.organisation_id = p.organisation_id and i.project_id = p.id) as has_image
            from project p where p.organisation_id = :org""".formatted(STATUS);

    Optional<Row> row(OrganisationId org, long id, LocalDate today) {
        return jdbc.sql(ROW_SQL + " and p.id = :id")
                .param("org", org.value())
                .param("today", today)
                .param("id", id)
                .query(ROW)
                .optional();
    }

    Optional<Row> publishedRow(OrganisationId org, String slug, LocalDate today) {
        return jdbc.sql(ROW_SQL + " and p.slug = :slug and p.status <> 'DRAFT'")
                .param("org", org.value())
                .param("today", today)
                .param("slug", slug)
                .query(ROW)
                .optional();
    }

    List<Long> areaIds(OrganisationId org, long projectId) {
        return jdbc.sql(
                        "select area_id from project_area where organisation_id = ? and project_id = ? order by area_id")
                .params(org.value(), projectId)
                .query(Long.class)
                .list();
    }

    List<Theme> themesOf(OrganisationId org, long projectId) {
        return jdbc.sql("""
                        select t.id, t.name from project_theme pt join theme t on t.organisation_id = pt.organisation_id and t.id = pt.theme_id
                        where pt.organisation_id = ? and pt.project_id = ? order by t.name""")
                .params(org.value(), projectId)
                .query((rs, i) -> new Theme(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /** The project a component belongs to, if the component exists in this organisation. */
    Optional<Long> projectOfComponent(OrganisationId org, long componentId) {
        return jdbc.sql("""
                        select f.project_id from phase_component c
                        join phase f on f.organisation_id = c.organisation_id and f.id = c.phase_id
                        where c.organisation_id = ? and c.id = ?""").params(org.value(), componentId).query(Long.class).optional();
    }

    /** The phases in date order, each with its components (two statements for any number of phases). */
    List<Phase> phases(OrganisationId org, long projectId, LocalDate today) {
        Map<Long, List<PhaseComponent>> components = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.id, c.phase_id, c.type_key, c.title, c.settings::text as settings, c.position
                        from phase_component c join phase f on f.organisation_id = c.organisation_id and f.id = c.phase_id
                        where c.organisation_id = ? and f.project_id = ? order by c.phase_id, c.position, c.id""")
                .params(org.value(), projectId)
                .query((rs, i) -> new PhaseComponent(
                        rs.getLong("id"),
                        rs.getLong("phase_id"),
                        rs.getString("type_key"),
                        rs.getString("title"),
                        json.readValue(rs.getString("settings"), SETTINGS),
                        rs.getInt("position")))
                .list()
                .forEach(c -> components
                        .computeIfAbsent(c.phaseId(), k -> new ArrayList<>())
                        .add(c));
        return jdbc.sql("""
                        select * from phase where organisation_id = ? and project_id = ?
                        order by starts_on, ends_on, id""")
                .params(org.value(), projectId)
                .query((rs, i) -> {
                    LocalDate starts = rs.getObject("starts_on", LocalDate.class);
                    LocalDate ends = rs.getObject("ends_on", LocalDate.class);
                    long id = rs.getLong("id");
                    return new Phase(
                            id,
                            projectId,
                            rs.getString("name"),
                            rs.getString("description"),
                            LadderLevel.valueOf(rs.getString("ladder_level")),
                            starts,
                            ends,
                            rs.getString("fixed"),
                            rs.getString("open"),
                            rs.getString("who_decides"),
                            Phase.timing(starts, ends, today),
                            List.copyOf(components.getOrDefault(id, List.of())));
                })
                .list();
    }

    // ---- project commands

    /**
     * Serialises the transactions that take the same named lock, until they end. Used so that two
     * submits at the same moment do not both pass a "does it exist yet?" check and then collide.
     */
    void lock(String name) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) l")
                .param(name)
                .query(Integer.class)
                .single();
    }

    Optional<Long> byRequestKey(OrganisationId org, UUID key) {
        return jdbc.sql("select id from project where organisation_id = ? and request_key = ?")
                .params(org.value(), key)
                .query(Long.class)
                .optional();
    }

    Set<String> slugsLike(OrganisationId org, String base, long exceptId) {
        return new HashSet<>(jdbc.sql("""
                        select slug from project where organisation_id = ? and id <> ? and (slug = ? or slug like ?)""")
                .params(org.value(), exceptId, base, base + "-%")
                .query(String.class)
                .list());
    }

    long insert(OrganisationId org, String slug, ProjectForm form, UUID requestKey) {
        return jdbc.sql("""
                        insert into project (organisation_id, slug, title, summary, body, contact_name, contact_email, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        slug,
                        form.title(),
                        form.summary(),
                        form.body(),
                        form.contactName(),
                        form.contactEmail(),
                        requestKey)
                .query(Long.class)
                .single();
    }

    /** Saves only when nobody else saved since {@code version} was read; false otherwise. */
    boolean update(OrganisationId org, long id, String slug, ProjectForm form) {
        return jdbc.sql("""
                        update project set slug = ?, title = ?, summary = ?, body = ?, contact_name = ?, contact_email = ?,
                            version = version + 1
                        where organisation_id = ? and id = ? and version = ?""")
                        .params(
                                slug,
                                form.title(),
                                form.summary(),
                                form.body(),
                                form.contactName(),
                                form.contactEmail(),
                                org.value(),
                                id,
                                form.version())
                        .update()
                == 1;
    }

    /**
     * Moves the project from the stored status {@code from} to {@code status}; false when it no longer
     * has {@code from}, e.g. because a simultaneous request (a double click) moved it first.
     */
    boolean setStatus(OrganisationId org, long id, ProjectStatus from, ProjectStatus status) {
        return jdbc.sql("""
                        update project set status = ?, version = version + 1,
                            published_at = case when ? in ('PLANNED', 'ACTIVE') then coalesce(published_at, now()) else published_at end,
                            closed_at = case when ? = 'CLOSED' then now() else closed_at end
                        where organisation_id = ? and id = ? and status = ?""")
                        .params(status.name(), status.name(), status.name(), org.value(), id, from.name())
                        .update()
                == 1;
    }

    void setAreas(OrganisationId org, long projectId, List<Long> areaIds, List<Long> knownAreaIds) {
        jdbc.sql("delete from project_area where organisation_id = ? and project_id = ?")
                .params(org.value(), projectId)
                .update();
        for (Long areaId :
                areaIds.stream().distinct().filter(knownAreaIds::contains).toList()) {
            jdbc.sql("insert into project_area (organisation_id, project_id, area_id) values (?, ?, ?)")
                    .params(org.value(), projectId, areaId)
                    .update();
        }
    }

    void setThemes(OrganisationId org, long projectId, List<Long> themeIds) {
        jdbc.sql("delete from project_theme where organisation_id = ? and project_id = ?")
                .params(org.value(), projectId)
                .update();
        if (themeIds.isEmpty()) {
            return;
        }
        // Only themes of this organisation: an id from elsewhere is silently not linked.
        jdbc.sql("""
                        insert into project_theme (organisation_id, project_id, theme_id)
                        select organisation_id, ?, id from theme where organisation_id = ? and id = any (?)""")
                .params(projectId, org.value(), themeIds.stream().distinct().toArray(Long[]::new))
                .update();
    }

    void setImage(OrganisationId org, long projectId, String contentType, byte[] content, String alt) {
        jdbc.sql("""
                        insert into project_image (organisation_id, project_id, content_type, content) values (?, ?, ?, ?)
                        on conflict (organisation_id, project_id)
                        do update set content_type = excluded.content_type, content = excluded.content, updated_at = now()""").params(org.value(), projectId, contentType, content).update();
        setImageAlt(org, projectId, alt);
    }

    void setImageAlt(OrganisationId org, long projectId, String alt) {
        jdbc.sql("update project set image_alt = ?, version = version + 1 where organisation_id = ? and id = ?")
                .params(alt, org.value(), projectId)
                .update();
    }

    void removeImage(OrganisationId org, long projectId) {
        jdbc.sql("delete from project_image where organisation_id = ? and project_id = ?")
                .params(org.value(), projectId)
                .update();
        setImageAlt(org, projectId, "");
    }

    Optional<ProjectImage> image(OrganisationId org, long projectId) {
        return jdbc.sql(
                        "select content_type, content, updated_at from project_image where organisation_id = ? and project_id = ?")
                .params(org.value(), projectId)
                .query((rs, i) -> new ProjectImage(
                        rs.getBytes("content"),
                        rs.getString("content_type"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    // ---- themes

    List<Theme> themes(OrganisationId org) {
        return jdbc.sql("select id, name from theme where organisation_id = ? order by lower(name)")
                .param(org.value())
                .query((rs, i) -> new Theme(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /**
     * The theme with this name, created when it does not exist yet (names are unique per organisation).
     * An upsert rather than "insert or select": when another transaction inserts the same name at the
     * same moment, "do nothing" plus a select in the same snapshot finds no row at all.
     */
    long theme(OrganisationId org, String name) {
        return jdbc.sql("""
                        insert into theme (organisation_id, name) values (?, ?)
                        on conflict (organisation_id, name) do update set name = excluded.name returning id""").params(org.value(), name).query(Long.class).single();
    }

    // ---- phases

    Optional<Long> phaseByRequestKey(OrganisationId org, UUID key) {
        return jdbc.sql("select id from phase where organisation_id = ? and request_key = ?")
                .params(org.value(), key)
                .query(Long.class)
                .optional();
    }

    boolean phaseExists(OrganisationId org, long projectId, long phaseId) {
        return jdbc.sql("select exists (select 1 from phase where organisation_id = ? and project_id = ? and id = ?)")
                .params(org.value(), projectId, phaseId)
                .query(Boolean.class)
                .single();
    }

    long insertPhase(OrganisationId org, long projectId, ValidPhase p, UUID requestKey) {
        return jdbc.sql("""
                        insert into phase (organisation_id, project_id, name, description, ladder_level, starts_on, ends_on,
                                           fixed, open, who_decides, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        projectId,
                        p.name(),
                        p.description(),
                        p.level().name(),
                        p.startsOn(),
                        p.endsOn(),
                        p.fixed(),
                        p.open(),
                        p.whoDecides(),
                        requestKey)
                .query(Long.class)
                .single();
    }

    void updatePhase(OrganisationId org, long projectId, long phaseId, ValidPhase p) {
        jdbc.sql("""
                        update phase set name = ?, description = ?, ladder_level = ?, starts_on = ?, ends_on = ?,
                            fixed = ?, open = ?, who_decides = ?
                        where organisation_id = ? and project_id = ? and id = ?""")
                .params(
                        p.name(),
                        p.description(),
                        p.level().name(),
                        p.startsOn(),
                        p.endsOn(),
                        p.fixed(),
                        p.open(),
                        p.whoDecides(),
                        org.value(),
                        projectId,
                        phaseId)
                .update();
    }

    void deletePhase(OrganisationId org, long projectId, long phaseId) {
        jdbc.sql("delete from phase where organisation_id = ? and project_id = ? and id = ?")
                .params(org.value(), projectId, phaseId)
                .update();
    }

    record ValidPhase(
            String name,
            String description,
            LadderLevel level,
            LocalDate startsOn,
            LocalDate endsOn,
            String fixed,
            String open,
            String whoDecides) {}

    // ---- components

    Optional<Long> componentByRequestKey(OrganisationId org, UUID key) {
        return jdbc.sql("select id from phase_component where organisation_id = ? and request_key = ?")
                .params(org.value(), key)
                .query(Long.class)
                .optional();
    }

    Optional<PhaseComponent> component(OrganisationId org, long phaseId, long componentId) {
        return jdbc.sql("""
                        select id, phase_id, type_key, title, settings::text as settings, position from phase_component
                        where organisation_id = ? and phase_id = ? and id = ?""")
                .params(org.value(), phaseId, componentId)
                .query((rs, i) -> new PhaseComponent(
                        rs.getLong("id"),
                        rs.getLong("phase_id"),
                        rs.getString("type_key"),
                        rs.getString("title"),
                        json.readValue(rs.getString("settings"), SETTINGS),
                        rs.getInt("position")))
                .optional();
    }

    long insertComponent(OrganisationId org, long phaseId, ComponentForm form, UUID requestKey) {
        return jdbc.sql("""
                        insert into phase_component (organisation_id, phase_id, type_key, title, settings, position, request_key)
                        values (?, ?, ?, ?, ?::jsonb,
                                (select coalesce(max(position), 0) + 1 from phase_component where organisation_id = ? and phase_id = ?), ?)
                        returning id""")
                .params(
                        org.value(),
                        phaseId,
                        form.typeKey(),
                        form.title(),
                        json.writeValueAsString(form.settings()),
                        org.value(),
                        phaseId,
                        requestKey)
                .query(Long.class)
                .single();
    }

    void updateComponent(OrganisationId org, long phaseId, long componentId, ComponentForm form) {
        jdbc.sql(
                        "update phase_component set title = ?, settings = ?::jsonb where organisation_id = ? and phase_id = ? and id = ?")
                .params(form.title(), json.writeValueAsString(form.settings()), org.value(), phaseId, componentId)
                .update();
    }

    void deleteComponent(OrganisationId org, long phaseId, long componentId) {
        jdbc.sql("delete from phase_component where organisation_id = ? and phase_id = ? and id = ?")
                .params(org.value(), phaseId, componentId)
                .update();
    }

    // ---- helpers

    private static List<Long> longs(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Long[]) array.getArray()).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
