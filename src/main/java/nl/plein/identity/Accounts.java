package nl.plein.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.plein.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of residents and staff, always within one organisation. */
@Service
public class Accounts {

    public record StaffMember(long accountId, String email, String displayName, Set<StaffRole> roles) {}

    /** Where and in which language to write to a confirmed account. */
    public record Contact(long accountId, String email, String displayName, Locale locale) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public Optional<PleinPrincipal> principal(OrganisationId organisation, String email) {
        return jdbc.sql("""
                        select id, email, display_name, password_hash, confirmed_at is not null as confirmed,
                               credentials_version
                        from account where organisation_id = ? and lower(email) = lower(?)""")
                .params(organisation.value(), email.trim())
                .query((rs, i) -> new PleinPrincipal(
                        rs.getLong("id"),
                        organisation,
                        rs.getString("email"),
                        rs.getString("display_name"),
                        roles(organisation, rs.getLong("id")),
                        rs.getBoolean("confirmed"),
                        rs.getInt("credentials_version"),
                        rs.getString("password_hash")))
                .optional();
    }

    public Optional<PleinPrincipal> principal(OrganisationId organisation, long accountId) {
        return jdbc.sql("select email from account where organisation_id = ? and id = ?")
                .params(organisation.value(), accountId)
                .query(String.class)
                .optional()
                .flatMap(email -> principal(organisation, email));
    }

    /**
     * The account as it is now, with its roles, in one statement and without the password hash: what
     * every signed-in request checks its session against.
     */
    Optional<PleinPrincipal> current(OrganisationId organisation, long accountId) {
        return jdbc.sql("""
                        select a.email, a.display_name, a.confirmed_at is not null as confirmed, a.credentials_version,
                               array_remove(array_agg(r.role), null) as roles
                        from account a left join staff_role r on r.organisation_id = a.organisation_id and r.account_id = a.id
                        where a.organisation_id = ? and a.id = ?
                        group by a.email, a.display_name, a.confirmed_at, a.credentials_version""")
                .params(organisation.value(), accountId)
                .query((rs, i) -> {
                    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
                    for (String role : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(StaffRole.valueOf(role));
                    }
                    return new PleinPrincipal(
                            accountId,
                            organisation,
                            rs.getString("email"),
                            rs.getString("display_name"),
                            roles,
                            rs.getBoolean("confirmed"),
                            rs.getInt("credentials_version"),
                            null);
                })
                .optional();
    }

    /** The confirmed accounts among these ids, with their address and language; other ids are left out. */
    public List<Contact> contacts(OrganisationId organisation, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, email, display_name, locale from account
                        where organisation_id = ? and id = any (?) and confirmed_at is not null order by id""")
                .params(organisation.value(), accountIds.toArray(Long[]::new))
                .query((rs, i) -> new Contact(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        Locale.forLanguageTag(rs.getString("locale"))))
                .list();
    }

    /** When the account was made; moderation limits the posts of new accounts further. */
    public Optional<java.time.Instant> createdAt(OrganisationId organisation, long accountId) {
        return jdbc.sql("select created_at from account where organisation_id = ? and id = ?")
                .params(organisation.value(), accountId)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    public Set<StaffRole> roles(OrganisationId organisation, long accountId) {
        List<String> names = jdbc.sql("select role from staff_role where organisation_id = ? and account_id = ?")
                .params(organisation.value(), accountId)
                .query(String.class)
                .list();
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        names.forEach(name -> roles.add(StaffRole.valueOf(name)));
        return roles;
    }

    /** Creates a confirmed account with the given roles (none for a resident); for set-up and demo data. */
    @Transactional
    public long createConfirmed(
            OrganisationId organisation, String email, String displayName, String password, Set<StaffRole> roles) {
        long id = jdbc.sql("""
                        insert into account (organisation_id, email, display_name, password_hash, confirmed_at, terms_accepted_at)
                        values (?, ?, ?, ?, now(), now()) returning id""")
                .params(organisation.value(), email, displayName, passwords.encode(password))
                .query(Long.class)
                .single();
        for (StaffRole role : roles) {
            jdbc.sql("insert into staff_role (organisation_id, account_id, role) values (?, ?, ?)")
                    .params(organisation.value(), id, role.name())
                    .update();
        }
        return id;
    }

    public List<StaffMember> staff(OrganisationId organisation) {
        return jdbc.sql("""
                        select a.id, a.email, a.display_name, string_agg(r.role, ',' order by r.role) as roles
                        from account a join staff_role r on r.organisation_id = a.organisation_id and r.account_id = a.id
                        where a.organisation_id = ? group by a.id, a.email, a.display_name order by a.display_name""")
                .param(organisation.value())
                .query((rs, i) -> {
                    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
                    for (String role : rs.getString("roles").split(",")) {
                        roles.add(StaffRole.valueOf(role));
                    }
                    return new StaffMember(
                            rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), roles);
                })
                .list();
    }
}
