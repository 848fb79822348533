package nl.plein.tenancy;

import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.shared.TtlCache;
import nl.plein.shared.UploadedImage;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queries and commands on organisations, their hostnames and their areas. */
@Service
public class Organisations {

    /** Hostname lookups happen on every request; a short cache keeps them off the database. */
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private static final int MAX_CACHED_HOSTS = 1_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    /** Host headers are chosen by the client: the cache is bounded. */
    private final TtlCache<String, Optional<Organisation>> byHost = new TtlCache<>(CACHE_TTL, MAX_CACHED_HOSTS);

    private final TtlCache<OrganisationId, List<Area>> areas = new TtlCache<>(CACHE_TTL, MAX_CACHED_HOSTS);

    Organisations(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The organisation's logo as stored (already checked and re-encoded on upload). */
    public record Logo(byte[] content, String contentType, Instant updatedAt) {}

    static final String COLUMNS = """
            o.id, o.slug, o.name, o.contact_email, o.contact_phone, o.contact_address, o.website_url,
            o.primary_colour, o.privacy_statement, o.accessibility_statement, o.demo, o.version,
            exists (select 1 from organisation_logo l where l.organisation_id = o.id) as has_logo
            """;

    static final RowMapper<Organisation> MAPPER = (rs, i) -> new Organisation(
            new OrganisationId(rs.getLong("id")),
            rs.getString("slug"),
            rs.getString("name"),
            rs.getString("contact_email"),
            rs.getString("contact_phone"),
            rs.getString("contact_address"),
            rs.getString("website_url"),
            rs.getString("primary_colour"),
            rs.getString("privacy_statement"),
            rs.getString("accessibility_statement"),
            rs.getBoolean("demo"),
            rs.getBoolean("has_logo"),
            rs.getInt("version"));

    public Optional<Organisation> byHost(String host) {
        String key = host.toLowerCase(Locale.ROOT);
        return cached(
                key,
                () -> jdbc.sql(
                                "select " + COLUMNS
                                        + " from organisation o join organisation_host h on h.organisation_id = o.id where h.hostname = ?")
                        .param(key)
                        .query(MAPPER)
                        .optional());
    }

    private Optional<Organisation> cached(String key, Supplier<Optional<Organisation>> lookup) {
        return byHost.get(key, k -> lookup.get());
    }

    /** The organisation an unknown hostname falls back to in development: by slug, else the oldest. */
    public Optional<Organisation> fallback(String slug) {
        return cached(
                "default:" + slug,
                () -> slug.isBlank()
                        ? jdbc.sql("select " + COLUMNS + " from organisation o order by o.id limit 1")
                                .query(MAPPER)
                                .optional()
                        : bySlug(slug));
    }

    public Optional<Organisation> bySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.slug = ?")
                .param(slug)
                .query(MAPPER)
                .optional();
    }

    public Organisation byId(OrganisationId id) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.id = ?")
                .param(id.value())
                .query(MAPPER)
                .single();
    }

    public List<Organisation> all() {
        return jdbc.sql("select " + COLUMNS + " from organisation o order by o.name")
                .query(MAPPER)
                .list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from organisation)")
                .query(Boolean.class)
                .single();
    }

    @Transactional
    public Organisation create(String slug, String name, boolean demo, List<String> hostnames) {
        long id = jdbc.sql("insert into organisation (slug, name, demo) values (?, ?, ?) returning id")
                .params(slug, name, demo)
                .query(Long.class)
                .single();
        for (String hostname : hostnames) {
            jdbc.sql("insert into organisation_host (hostname, organisation_id) values (?, ?)")
                    .params(hostname.toLowerCase(Locale.ROOT), id)
                    .update();
        }
        forgetCached();
        return byId(new OrganisationId(id));
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from organisation where slug = ?)")
                .param(slug)
                .query(Boolean.class)
                .single();
    }

    /** The hostnames of this list that another organisation than {@code except} answers on already. */
    public List<String> hostnamesTaken(List<String> hostnames, OrganisationId except) {
        return jdbc.sql(
                        "select hostname from organisation_host where hostname = any (?) and organisation_id <> ? order by hostname")
                .params(
                        hostnames.stream().map(h -> h.toLowerCase(Locale.ROOT)).toArray(String[]::new),
                        except == null ? 0 : except.value())
                .query(String.class)
                .list();
    }

    /** Replaces the hostnames an organisation answers on; the caller checks that none is taken. */
    @Transactional
    public void setHostnames(OrganisationId id, List<String> hostnames) {
        jdbc.sql("delete from organisation_host where organisation_id = ?")
                .param(id.value())
                .update();
        for (String hostname : hostnames) {
            jdbc.sql("insert into organisation_host (hostname, organisation_id) values (?, ?)")
                    .params(hostname.toLowerCase(Locale.ROOT), id.value())
                    .update();
        }
        forgetCached();
    }

    public List<String> hostnames(OrganisationId id) {
        return jdbc.sql("select hostname from organisation_host where organisation_id = ? order by hostname")
                .param(id.value())
                .query(String.class)
                .list();
    }

    public List<Area> areas(OrganisationId id) {
        return areas.get(id, this::loadAreas);
    }

    private List<Area> loadAreas(OrganisationId id) {
        return jdbc.sql("""
                        select id, code, name, kind, residents, men, women,
                               age_0_15, age_15_25, age_25_45, age_45_65, age_65_plus
                        from area where organisation_id = ? order by name""")
                .param(id.value())
                .query((rs, i) -> new Area(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getInt("residents"),
                        rs.getInt("men"),
                        rs.getInt("women"),
                        rs.getInt("age_0_15"),
                        rs.getInt("age_15_25"),
                        rs.getInt("age_25_45"),
                        rs.getInt("age_45_65"),
                        rs.getInt("age_65_plus")))
                .list();
    }

    /**
     * Saves the settings if nobody saved in between ({@code expectedVersion} is the version the form
     * was made from). Returns false on such a conflict, unless the stored settings already equal the
     * submitted ones (a double submit), which counts as saved. The caller validates first.
     */
    @Transactional
    public boolean updateSettings(
            OrganisationId id, OrganisationSettings settings, int expectedVersion, SignedInPerson person) {
        Organisation before = byId(id);
        int updated = jdbc.sql("""
                        update organisation set name = ?, contact_email = ?, contact_phone = ?, contact_address = ?,
                          website_url = ?, primary_colour = ?, privacy_statement = ?, accessibility_statement = ?,
                          version = version + 1
                        where id = ? and version = ?""")
                .params(
                        settings.name(),
                        settings.contactEmail(),
                        settings.contactPhone(),
                        settings.contactAddress(),
                        settings.websiteUrl(),
                        settings.primaryColour(),
                        settings.privacyStatement(),
                        settings.accessibilityStatement(),
                        id.value(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            return OrganisationSettings.of(before).equals(settings);
        }
        audit.record(
                id,
                Actor.of(person),
                "organisation.settings.updated",
                settings.name(),
                String.join(", ", changedFields(OrganisationSettings.of(before), settings)));
        forgetCached();
        return true;
    }

    private static List<String> changedFields(OrganisationSettings a, OrganisationSettings b) {
        List<String> changed = new ArrayList<>();
        var components = OrganisationSettings.class.getRecordComponents();
        for (var component : components) {
            try {
                if (!Objects.equals(
                        component.getAccessor().invoke(a),
                        component.getAccessor().invoke(b))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    public Optional<Logo> logo(OrganisationId id) {
        return jdbc.sql("select content, content_type, updated_at from organisation_logo where organisation_id = ?")
                .param(id.value())
                .query((rs, i) -> new Logo(
                        rs.getBytes("content"),
                        rs.getString("content_type"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** Stores a logo; the version goes up so that the layout's {@code /logo?v=} address changes and caches refetch. */
    @Transactional
    public void saveLogo(OrganisationId id, UploadedImage image, SignedInPerson person) {
        jdbc.sql("""
                        insert into organisation_logo (organisation_id, content_type, content) values (?, ?, ?)
                        on conflict (organisation_id) do update
                          set content_type = excluded.content_type, content = excluded.content, updated_at = now()""").params(id.value(), image.contentType(), image.content()).update();
        jdbc.sql("update organisation set version = version + 1 where id = ?")
                .param(id.value())
                .update();
        audit.record(
                id,
                Actor.of(person),
                "organisation.logo.uploaded",
                "",
                image.width() + "x" + image.height() + " " + image.contentType());
        forgetCached();
    }

    @Transactional
    public void removeLogo(OrganisationId id, SignedInPerson person) {
        int removed = jdbc.sql("delete from organisation_logo where organisation_id = ?")
                .param(id.value())
                .update();
        if (removed > 0) {
            jdbc.sql("update organisation set version = version + 1 where id = ?")
                    .param(id.value())
                    .update();
            audit.record(id, Actor.of(person), "organisation.logo.removed", "", "");
            forgetCached();
        }
    }

    /** Imports areas from a CBS file on behalf of the system (the demo seeder). */
    @Transactional
    public AreaImport importAreas(OrganisationId id, Reader csv) {
        return importAreas(id, csv, Actor.SYSTEM);
    }

    /** Imports areas from a CBS file on behalf of a staff member. */
    @Transactional
    public AreaImport importAreas(OrganisationId id, Reader csv, SignedInPerson person) {
        return importAreas(id, csv, Actor.of(person));
    }

    /**
     * All or nothing: the whole file is checked before anything is written, and the writes share one
     * transaction. Areas are matched on their CBS code, so importing a newer year updates them.
     */
    private AreaImport importAreas(OrganisationId id, Reader csv, Actor actor) {
        CbsAreaCsv.Result parsed = CbsAreaCsv.parse(csv);
        if (!parsed.errors().isEmpty()) {
            return AreaImport.failed(parsed.errors());
        }
        int added = 0;
        for (CbsAreaCsv.Row row : parsed.rows()) {
            boolean inserted = jdbc.sql("""
                            insert into area (organisation_id, code, name, kind, residents, men, women,
                                              age_0_15, age_15_25, age_25_45, age_45_65, age_65_plus)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (organisation_id, code) do update set
                              name = excluded.name, kind = excluded.kind, residents = excluded.residents,
                              men = excluded.men, women = excluded.women, age_0_15 = excluded.age_0_15,
                              age_15_25 = excluded.age_15_25, age_25_45 = excluded.age_25_45,
                              age_45_65 = excluded.age_45_65, age_65_plus = excluded.age_65_plus
                            returning (xmax = 0) as inserted""")
                    .params(
                            id.value(),
                            row.code(),
                            row.name(),
                            row.kind(),
                            row.residents(),
                            row.men(),
                            row.women(),
                            row.age0to15(),
                            row.age15to25(),
                            row.age25to45(),
                            row.age45to65(),
                            row.age65plus())
                    .query(Boolean.class)
                    .single();
            added += inserted ? 1 : 0;
        }
        int updated = parsed.rows().size() - added;
        audit.record(id, actor, "areas.imported", "", "added " + added + ", updated " + updated);
        forgetCached();
        return new AreaImport(added, updated, List.of());
    }

    /** After a change to an organisation, its hostnames or its areas; other nodes see it within the cache TTL. */
    public void forgetCached() {
        byHost.clearAfterCommit();
        areas.clearAfterCommit();
    }
}
