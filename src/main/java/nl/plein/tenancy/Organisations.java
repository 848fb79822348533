package nl.plein.tenancy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.plein.shared.OrganisationId;
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
    private final Map<String, Cached> byHost = new ConcurrentHashMap<>();

    private record Cached(Optional<Organisation> organisation, long expiresAt) {}

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
        return cached(key, () -> jdbc.sql("select " + COLUMNS
                        + " from organisation o join organisation_host h on h.organisation_id = o.id where h.hostname = ?")
                .param(key)
                .query(MAPPER)
                .optional());
    }

    private Optional<Organisation> cached(String key, Supplier<Optional<Organisation>> lookup) {
        long now = System.nanoTime();
        Cached cached = byHost.get(key);
        if (cached == null || cached.expiresAt < now) {
            if (byHost.size() > MAX_CACHED_HOSTS) {
                byHost.clear(); // Host headers are chosen by the client: never let them grow the cache without bound
            }
            cached = new Cached(lookup.get(), now + CACHE_TTL.toNanos());
            byHost.put(key, cached);
        }
        return cached.organisation;
    }

    /** The organisation an unknown hostname falls back to in development: by slug, else the oldest. */
    public Optional<Organisation> fallback(String slug) {
        return cached("default:" + slug, () -> slug.isBlank()
                ? jdbc.sql("select " + COLUMNS + " from organisation o order by o.id limit 1").query(MAPPER).optional()
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
        return jdbc.sql("select " + COLUMNS + " from organisation o order by o.name").query(MAPPER).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from organisation)").query(Boolean.class).single();
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
        forgetCachedHosts();
        return byId(new OrganisationId(id));
    }

    public List<String> hostnames(OrganisationId id) {
        return jdbc.sql("select hostname from organisation_host where organisation_id = ? order by hostname")
                .param(id.value())
                .query(String.class)
                .list();
    }

    public List<Area> areas(OrganisationId id) {
        return jdbc.sql("""
                        select id, code, name, kind, residents, men, women,
                               age_0_15, age_15_25, age_25_45, age_45_65, age_65_plus
                        from area where organisation_id = ? order by name""")
                .param(id.value())
                .query((rs, i) -> new Area(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                        rs.getInt("residents"), rs.getInt("men"), rs.getInt("women"),
                        rs.getInt("age_0_15"), rs.getInt("age_15_25"), rs.getInt("age_25_45"),
                        rs.getInt("age_45_65"), rs.getInt("age_65_plus")))
                .list();
    }

    /** After a change to an organisation or its hostnames, every node sees it within the cache TTL. */
    public void forgetCachedHosts() {
        byHost.clear();
    }
}
