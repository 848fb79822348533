package nl.plein.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.plein.audit.AuditLog;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SecretTokens;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation admin manages the staff of their own organisation: invite by e-mail, change and
 * remove roles. The organisation always keeps at least one organisation admin, and only a platform
 * admin can hand out or take away the platform admin role. Every change is in the audit log.
 */
@Service
public class StaffManagement {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwords;
    private final CurrentOrganisation currentOrganisation;
    private final AuditLog audit;

    StaffManagement(
            JdbcClient jdbc,
            Accounts accounts,
            AccountTokens tokens,
            AccountMails mails,
            PasswordEncoder passwords,
            CurrentOrganisation currentOrganisation,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.passwords = passwords;
        this.currentOrganisation = currentOrganisation;
        this.audit = audit;
    }

    /** Any account of the current organisation, staff or not; empty for another organisation's id. */
    public Optional<Accounts.StaffMember> member(long accountId) {
        OrganisationId organisation = currentOrganisation.id();
        return accounts.principal(organisation, accountId)
                .map(p -> new Accounts.StaffMember(p.accountId(), p.email(), p.displayName(), p.roles()));
    }

    /**
     * Adds roles to the account with this address, creating it if needed. A new account gets an
     * invitation: a link to choose a password, valid for a week. Its initial password is random and
     * never shown, so the account cannot be used before the link is.
     */
    @Transactional
    public FieldErrors add(PleinPrincipal actor, String email, String displayName, Set<StaffRole> roles) {
        OrganisationId organisation = scope(actor);
        Set<StaffRole> actorRoles = actorRoles(organisation, actor);
        var errors = new FieldErrors();
        AccountRules.email(errors, "email", email);
        AccountRules.displayName(errors, "displayName", displayName);
        errors.rejectIf(roles.isEmpty(), "roles", "error.roles.none");
        errors.rejectIf(
                roles.contains(StaffRole.PLATFORM_ADMIN) && !actorRoles.contains(StaffRole.PLATFORM_ADMIN),
                "roles",
                "error.roles.platformAdmin");
        if (!errors.isEmpty()) {
            return errors;
        }
        StaffRules.lock(jdbc, organisation);
        String address = AccountRules.normalise(email);
        Optional<PleinPrincipal> existing = accounts.principal(organisation, address);
        long accountId;
        if (existing.isPresent()) {
            accountId = existing.get().accountId();
            grant(organisation, accountId, roles);
            mails.rolesGranted(existing.get().email(), existing.get().displayName(), actor.displayName());
        } else {
            String token = createInvited(organisation, address, displayName, roles);
            mails.invitation(address, displayName.trim(), actor.displayName(), token);
        }
        String name = existing.map(PleinPrincipal::displayName).orElse(displayName.trim());
        audit.record(organisation, AuditLog.Actor.of(actor), "staff.added", name + " <" + address + ">", names(roles));
        return errors;
    }

    /** Checks the e-mail address and name of someone to invite, with the rules of every account. */
    public void checkInvitee(FieldErrors errors, String emailField, String email, String nameField, String name) {
        AccountRules.email(errors, emailField, email);
        AccountRules.displayName(errors, nameField, name);
    }

    /**
     * Makes the first organisation admin of a new organisation, for the platform admin: an account with
     * an invitation whose link points to the new organisation's own hostname. Joins the caller's
     * transaction, so the organisation and its admin exist together or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void inviteFirstAdmin(
            OrganisationId organisation,
            String organisationName,
            String siteUrl,
            String email,
            String displayName,
            SignedInPerson platformAdmin) {
        String address = AccountRules.normalise(email);
        String token = createInvited(organisation, address, displayName, Set.of(StaffRole.ORGANISATION_ADMIN));
        mails.invitation(
                new AccountMails.Site(organisation, organisationName, siteUrl),
                address,
                displayName.trim(),
                platformAdmin.displayName(),
                token);
        audit.record(
                organisation,
                AuditLog.Actor.of(platformAdmin),
                "staff.added",
                displayName.trim() + " <" + address + ">",
                names(Set.of(StaffRole.ORGANISATION_ADMIN)));
    }

    /**
     * A new account with these roles and a random password nobody knows; returns the token of the
     * invitation link with which its owner chooses a password.
     */
    private String createInvited(
            OrganisationId organisation, String address, String displayName, Set<StaffRole> roles) {
        long accountId = jdbc.sql("""
                        insert into account (organisation_id, email, display_name, password_hash, locale)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(
                        organisation.value(),
                        address,
                        displayName.trim(),
                        passwords.encode(
                                SecretTokens.hash(java.util.UUID.randomUUID().toString())),
                        LocaleContextHolder.getLocale().getLanguage())
                .query(Long.class)
                .single();
        grant(organisation, accountId, roles);
        return tokens.issue(
                organisation, accountId, AccountTokens.Purpose.RESET_PASSWORD, AccountTokens.INVITATION_VALIDITY, null);
    }

    /**
     * Sets the roles of an account to exactly {@code wanted}; an empty set removes the person from the
     * staff (the account itself stays). Throws {@link java.util.NoSuchElementException} for an id
     * outside the organisation.
     */
    @Transactional
    public FieldErrors changeRoles(PleinPrincipal actor, long accountId, Set<StaffRole> wanted) {
        OrganisationId organisation = scope(actor);
        Set<StaffRole> actorRoles = actorRoles(organisation, actor);
        StaffRules.lock(jdbc, organisation);
        PleinPrincipal member = accounts.principal(organisation, accountId).orElseThrow();
        Set<StaffRole> current = member.roles();
        Set<StaffRole> added = difference(wanted, current);
        Set<StaffRole> removed = difference(current, wanted);
        var errors = new FieldErrors();
        boolean platformChange = added.contains(StaffRole.PLATFORM_ADMIN) || removed.contains(StaffRole.PLATFORM_ADMIN);
        errors.rejectIf(
                platformChange && !actorRoles.contains(StaffRole.PLATFORM_ADMIN), "roles", "error.roles.platformAdmin");
        errors.rejectIf(
                removed.contains(StaffRole.ORGANISATION_ADMIN) && StaffRules.admins(jdbc, organisation) <= 1,
                "roles",
                "error.roles.lastAdmin");
        if (!errors.isEmpty() || (added.isEmpty() && removed.isEmpty())) {
            return errors;
        }
        grant(organisation, accountId, added);
        for (StaffRole role : removed) {
            jdbc.sql("delete from staff_role where organisation_id = ? and account_id = ? and role = ?")
                    .params(organisation.value(), accountId, role.name())
                    .update();
        }
        String subject = member.displayName() + " <" + member.email() + ">";
        if (wanted.isEmpty()) {
            audit.record(organisation, AuditLog.Actor.of(actor), "staff.removed", subject, names(removed));
        } else {
            audit.record(
                    organisation,
                    AuditLog.Actor.of(actor),
                    "staff.rolesChanged",
                    subject,
                    (added.isEmpty() ? "" : "+ " + names(added))
                            + (added.isEmpty() || removed.isEmpty() ? "" : "; ")
                            + (removed.isEmpty() ? "" : "- " + names(removed)));
        }
        return errors;
    }

    private void grant(OrganisationId organisation, long accountId, Set<StaffRole> roles) {
        for (StaffRole role : roles) {
            jdbc.sql(
                            "insert into staff_role (organisation_id, account_id, role) values (?, ?, ?) on conflict do nothing")
                    .params(organisation.value(), accountId, role.name())
                    .update();
        }
    }

    private static Set<StaffRole> difference(Set<StaffRole> a, Set<StaffRole> b) {
        Set<StaffRole> result = a.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(a);
        result.removeAll(b);
        return result;
    }

    private static String names(Set<StaffRole> roles) {
        return roles.stream()
                .map(StaffRole::name)
                .collect(Collectors.toCollection(TreeSet::new))
                .toString()
                .replaceAll("[\\[\\]]", "");
    }

    /**
     * The actor's roles as they are now, not as they were at login: an admin whose role was taken
     * away in the meantime can change nothing more.
     */
    private Set<StaffRole> actorRoles(OrganisationId organisation, PleinPrincipal actor) {
        Set<StaffRole> roles = accounts.roles(organisation, actor.accountId());
        if (!roles.contains(StaffRole.ORGANISATION_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("No longer an organisation admin");
        }
        return roles;
    }

    private OrganisationId scope(PleinPrincipal actor) {
        OrganisationId organisation = currentOrganisation.id();
        if (!organisation.equals(actor.organisationId())) {
            throw new IllegalStateException("Signed-in person belongs to another organisation");
        }
        return organisation;
    }
}
