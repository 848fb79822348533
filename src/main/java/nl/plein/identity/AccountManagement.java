package nl.plein.identity;

import java.util.Optional;
import nl.plein.audit.AuditLog;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a resident does with their own account: register, confirm, reset a forgotten password, change
 * name, e-mail and password, delete. Always within the organisation of the request. Answers never
 * reveal whether an address has an account: the mails do the telling, to the address's owner.
 */
@Service
public class AccountManagement {

    public record Registration(
            String email, String displayName, String password, boolean adult, boolean termsAccepted) {}

    /** The outcome of a link from a mail; {@code account} is set when it worked. */
    public record LinkResult(TokenStatus status, Optional<PleinPrincipal> account) {}

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final CurrentOrganisation currentOrganisation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountManagement(
            JdbcClient jdbc,
            Accounts accounts,
            AccountTokens tokens,
            AccountMails mails,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            CurrentOrganisation currentOrganisation,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.passwords = passwords;
        this.throttle = throttle;
        this.currentOrganisation = currentOrganisation;
        this.audit = audit;
        this.events = events;
    }

    public static FieldErrors validate(Registration form) {
        var errors = new FieldErrors();
        AccountRules.email(errors, "email", form.email());
        AccountRules.displayName(errors, "displayName", form.displayName());
        AccountRules.newPassword(errors, "password", form.password(), form.email());
        errors.rejectIf(!form.adult(), "adult", "error.adult.required");
        errors.rejectIf(!form.termsAccepted(), "terms", "error.terms.required");
        return errors;
    }

    /**
     * Registers, or mails the owner of an existing address: an unconfirmed account gets a fresh link,
     * a confirmed one a pointer to the password reset. An existing account keeps its password and
     * name, so nobody can take over an address by registering it a second time.
     */
    @Transactional
    public FieldErrors register(Registration form) {
        FieldErrors errors = validate(form);
        if (!errors.isEmpty()) {
            return errors;
        }
        OrganisationId organisation = currentOrganisation.id();
        String email = AccountRules.normalise(form.email());
        // Hash in every case, so the answer takes as long for a known address as for a new one.
        String hash = passwords.encode(form.password());
        Optional<Long> created = jdbc.sql("""
                        insert into account (organisation_id, email, display_name, password_hash, locale, terms_accepted_at)
                        values (?, ?, ?, ?, ?, now())
                        on conflict (organisation_id, lower(email)) do nothing returning id""")
                .params(
                        organisation.value(),
                        email,
                        form.displayName().trim(),
                        hash,
                        LocaleContextHolder.getLocale().getLanguage())
                .query(Long.class)
                .optional();
        if (created.isPresent()) {
            String token = tokens.issue(
                    organisation, created.get(), AccountTokens.Purpose.CONFIRM, AccountTokens.CONFIRM_VALIDITY, null);
            mails.confirmRegistration(email, form.displayName().trim(), token);
        } else {
            mailExisting(organisation, email);
        }
        return errors;
    }

    /** For "send the mail again": the same mails as a second registration, nothing for unknown addresses. */
    @Transactional
    public void resendConfirmation(String email) {
        mailExisting(currentOrganisation.id(), AccountRules.normalise(email));
    }

    private void mailExisting(OrganisationId organisation, String email) {
        accounts.principal(organisation, email).ifPresent(existing -> {
            if (existing.isEnabled()) {
                mails.alreadyRegistered(existing.email(), existing.displayName());
            } else {
                String token = tokens.issue(
                        organisation,
                        existing.accountId(),
                        AccountTokens.Purpose.CONFIRM,
                        AccountTokens.CONFIRM_VALIDITY,
                        null);
                mails.confirmRegistration(existing.email(), existing.displayName(), token);
            }
        });
    }

    public TokenStatus checkConfirmation(String token) {
        return tokens.check(currentOrganisation.id(), token, AccountTokens.Purpose.CONFIRM)
                .status();
    }

    @Transactional
    public LinkResult confirm(String token) {
        OrganisationId organisation = currentOrganisation.id();
        var lookup = tokens.use(organisation, token, AccountTokens.Purpose.CONFIRM);
        if (lookup.status() != TokenStatus.VALID) {
            return new LinkResult(lookup.status(), Optional.empty());
        }
        jdbc.sql("update account set confirmed_at = coalesce(confirmed_at, now()) where organisation_id = ? and id = ?")
                .params(organisation.value(), lookup.accountId())
                .update();
        return new LinkResult(TokenStatus.VALID, accounts.principal(organisation, lookup.accountId()));
    }

    /** Mails a reset link to a known address; says nothing either way. */
    @Transactional
    public FieldErrors requestPasswordReset(String email) {
        var errors = new FieldErrors();
        AccountRules.email(errors, "email", email);
        if (errors.isEmpty()) {
            OrganisationId organisation = currentOrganisation.id();
            accounts.principal(organisation, AccountRules.normalise(email)).ifPresent(account -> {
                String token = tokens.issue(
                        organisation,
                        account.accountId(),
                        AccountTokens.Purpose.RESET_PASSWORD,
                        AccountTokens.RESET_VALIDITY,
                        null);
                mails.resetPassword(account.email(), account.displayName(), token);
            });
        }
        return errors;
    }

    public TokenStatus checkReset(String token) {
        return tokens.check(currentOrganisation.id(), token, AccountTokens.Purpose.RESET_PASSWORD)
                .status();
    }

    /**
     * Sets a new password from a reset (or invitation) link. The link proves the person reads the
     * mailbox, so an unconfirmed account is confirmed too. Other open links stop working and failed
     * logins are forgotten, so the owner can log in at once.
     */
    @Transactional
    public FieldErrors resetPassword(String token, String password) {
        OrganisationId organisation = currentOrganisation.id();
        var errors = new FieldErrors();
        var lookup = tokens.check(organisation, token, AccountTokens.Purpose.RESET_PASSWORD);
        if (lookup.status() != TokenStatus.VALID) {
            return errors.reject("token", lookup.status().messageKey());
        }
        PleinPrincipal account =
                accounts.principal(organisation, lookup.accountId()).orElseThrow();
        AccountRules.newPassword(errors, "password", password, account.email());
        if (!errors.isEmpty()) {
            return errors;
        }
        if (tokens.use(organisation, token, AccountTokens.Purpose.RESET_PASSWORD)
                        .status()
                != TokenStatus.VALID) {
            return errors.reject("token", TokenStatus.USED.messageKey());
        }
        jdbc.sql("""
                        update account set password_hash = ?, credentials_version = credentials_version + 1,
                          confirmed_at = coalesce(confirmed_at, now())
                        where organisation_id = ? and id = ?""")
                .params(passwords.encode(password), organisation.value(), account.accountId())
                .update();
        tokens.invalidateAll(organisation, account.accountId());
        throttle.clearFailures(organisation, account.email());
        if (account.isStaff()) {
            audit.record(organisation, AuditLog.Actor.of(account), "account.passwordReset", account.displayName(), "");
        }
        return errors;
    }

    @Transactional
    public FieldErrors changeDisplayName(PleinPrincipal person, String displayName) {
        var errors = new FieldErrors();
        AccountRules.displayName(errors, "displayName", displayName);
        if (errors.isEmpty()) {
            jdbc.sql("update account set display_name = ? where organisation_id = ? and id = ?")
                    .params(displayName.trim(), scope(person).value(), person.accountId())
                    .update();
            if (person.isStaff()) {
                audit.record(
                        person.organisationId(),
                        AuditLog.Actor.of(person),
                        "account.nameChanged",
                        person.displayName(),
                        displayName.trim());
            }
        }
        return errors;
    }

    /** Mails a link to the new address; the address changes only when that link is used. */
    @Transactional
    public FieldErrors requestEmailChange(PleinPrincipal person, String newEmail, String currentPassword) {
        var errors = new FieldErrors();
        AccountRules.email(errors, "newEmail", newEmail);
        errors.rejectIf(AccountRules.sameEmail(newEmail, person.email()), "newEmail", "error.newEmail.same");
        checkPassword(errors, person, "currentPassword", currentPassword);
        if (errors.isEmpty()) {
            String address = AccountRules.normalise(newEmail);
            String token = tokens.issue(
                    scope(person),
                    person.accountId(),
                    AccountTokens.Purpose.CHANGE_EMAIL,
                    AccountTokens.CHANGE_EMAIL_VALIDITY,
                    address);
            mails.confirmNewEmail(address, person.displayName(), token);
        }
        return errors;
    }

    public TokenStatus checkEmailChange(String token) {
        return tokens.check(currentOrganisation.id(), token, AccountTokens.Purpose.CHANGE_EMAIL)
                .status();
    }

    /**
     * Moves the account to the confirmed new address and tells the old address, so an unwanted change
     * does not go unnoticed. If the new address got an account of its own meanwhile, nothing changes.
     */
    @Transactional
    public LinkResult confirmEmailChange(String token) {
        OrganisationId organisation = currentOrganisation.id();
        var lookup = tokens.use(organisation, token, AccountTokens.Purpose.CHANGE_EMAIL);
        if (lookup.status() != TokenStatus.VALID) {
            return new LinkResult(lookup.status(), Optional.empty());
        }
        PleinPrincipal account =
                accounts.principal(organisation, lookup.accountId()).orElseThrow();
        if (accounts.principal(organisation, lookup.newEmail()).isPresent()) {
            return new LinkResult(TokenStatus.INVALID, Optional.empty());
        }
        jdbc.sql("update account set email = ? where organisation_id = ? and id = ?")
                .params(lookup.newEmail(), organisation.value(), account.accountId())
                .update();
        mails.emailChanged(account.email(), account.displayName(), lookup.newEmail());
        if (account.isStaff()) {
            audit.record(
                    organisation,
                    AuditLog.Actor.of(account),
                    "account.emailChanged",
                    account.displayName(),
                    account.email() + " -> " + lookup.newEmail());
        }
        return new LinkResult(TokenStatus.VALID, accounts.principal(organisation, account.accountId()));
    }

    @Transactional
    public FieldErrors changePassword(PleinPrincipal person, String currentPassword, String newPassword) {
        var errors = new FieldErrors();
        checkPassword(errors, person, "currentPassword", currentPassword);
        AccountRules.newPassword(errors, "newPassword", newPassword, person.email());
        if (errors.isEmpty()) {
            jdbc.sql("""
                            update account set password_hash = ?, credentials_version = credentials_version + 1
                            where organisation_id = ? and id = ?""")
                    .params(passwords.encode(newPassword), scope(person).value(), person.accountId())
                    .update();
            // A reset link mailed before the change must not undo it.
            tokens.invalidateAll(person.organisationId(), person.accountId());
            mails.passwordChanged(person.email(), person.displayName());
            if (person.isStaff()) {
                audit.record(
                        person.organisationId(),
                        AuditLog.Actor.of(person),
                        "account.passwordChanged",
                        person.displayName(),
                        "");
            }
        }
        return errors;
    }

    /**
     * Deletes the account with its roles and open links. Other modules hear of it through
     * {@link AccountDeleted} and remove or anonymise what they keep about the person. The last
     * organisation admin cannot leave: nobody could manage the staff any more.
     */
    @Transactional
    public FieldErrors delete(PleinPrincipal person, String password, boolean confirmed) {
        var errors = new FieldErrors();
        checkPassword(errors, person, "password", password);
        errors.rejectIf(!confirmed, "confirm", "error.delete.confirm");
        if (!errors.isEmpty()) {
            return errors;
        }
        OrganisationId organisation = scope(person);
        StaffRules.lock(jdbc, organisation);
        if (accounts.roles(organisation, person.accountId()).contains(StaffRole.ORGANISATION_ADMIN)
                && StaffRules.admins(jdbc, organisation) <= 1) {
            return errors.reject("confirm", "error.delete.lastAdmin");
        }
        if (person.isStaff()) {
            audit.record(organisation, AuditLog.Actor.of(person), "account.deleted", person.displayName(), "");
        }
        jdbc.sql("delete from account where organisation_id = ? and id = ?")
                .params(organisation.value(), person.accountId())
                .update();
        throttle.clearFailures(organisation, person.email());
        events.publishEvent(new AccountDeleted(organisation, person.accountId()));
        return errors;
    }

    private void checkPassword(FieldErrors errors, PleinPrincipal person, String field, String password) {
        String hash = accounts.principal(scope(person), person.accountId())
                .map(PleinPrincipal::getPassword)
                .orElse(null);
        boolean matches = hash != null && password != null && !password.isEmpty() && passwords.matches(password, hash);
        errors.rejectIf(!matches, field, "error.currentPassword.wrong");
    }

    /** The person must belong to the organisation of the request; the session guard makes that so. */
    private OrganisationId scope(PleinPrincipal person) {
        OrganisationId organisation = currentOrganisation.id();
        if (!organisation.equals(person.organisationId())) {
            throw new IllegalStateException("Signed-in person belongs to another organisation");
        }
        return organisation;
    }
}
