package nl.plein.identity;

import java.util.Locale;
import nl.plein.mail.MailOutbox;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mails of the account flows, in the language of the request, with links on the hostname the
 * request came in on: every organisation's mails point to its own site. Each mail joins the
 * transaction of the change it reports.
 */
@Component
class AccountMails {

    /** Whose mail it is and where its links point: the request's organisation, or one named explicitly. */
    record Site(OrganisationId organisation, String name, String baseUrl) {}

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final CurrentOrganisation currentOrganisation;

    AccountMails(MailOutbox outbox, MessageSource messages, CurrentOrganisation currentOrganisation) {
        this.outbox = outbox;
        this.messages = messages;
        this.currentOrganisation = currentOrganisation;
    }

    void confirmRegistration(String to, String name, String token) {
        send(
                to,
                "mail.confirm",
                name,
                link("/registreren/bevestigen", token),
                AccountTokens.CONFIRM_VALIDITY.toHours());
    }

    void alreadyRegistered(String to, String name) {
        send(to, "mail.exists", name, link("/wachtwoord-vergeten", null), link("/inloggen", null));
    }

    void resetPassword(String to, String name, String token) {
        send(to, "mail.reset", name, link("/wachtwoord-herstellen", token), AccountTokens.RESET_VALIDITY.toMinutes());
    }

    void invitation(String to, String name, String inviter, String token) {
        invitation(current(), to, name, inviter, token);
    }

    /** An invitation to another organisation's site, e.g. the first admin of a new organisation. */
    void invitation(Site site, String to, String name, String inviter, String token) {
        send(
                site,
                to,
                "mail.invite",
                name,
                link(site, "/wachtwoord-herstellen", token),
                AccountTokens.INVITATION_VALIDITY.toDays(),
                inviter);
    }

    void rolesGranted(String to, String name, String inviter) {
        send(to, "mail.rolesGranted", name, link("/inloggen", null), inviter);
    }

    void confirmNewEmail(String to, String name, String token) {
        send(
                to,
                "mail.changeEmail",
                name,
                link("/e-mail-bevestigen", token),
                AccountTokens.CHANGE_EMAIL_VALIDITY.toHours());
    }

    void emailChanged(String oldAddress, String name, String newAddress) {
        send(oldAddress, "mail.emailChanged", name, newAddress, link("/wachtwoord-vergeten", null));
    }

    void passwordChanged(String to, String name) {
        send(to, "mail.passwordChanged", name, link("/wachtwoord-vergeten", null));
    }

    private Site current() {
        return new Site(
                currentOrganisation.id(),
                currentOrganisation.get().name(),
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    private void send(String to, String key, Object... args) {
        send(current(), to, key, args);
    }

    private void send(Site site, String to, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] all = new Object[args.length + 1];
        all[0] = site.name();
        System.arraycopy(args, 0, all, 1, args.length);
        outbox.enqueue(
                site.organisation(),
                to,
                messages.getMessage(key + ".subject", all, locale),
                messages.getMessage(key + ".body", all, locale));
    }

    private String link(String path, String token) {
        return link(current(), path, token);
    }

    private static String link(Site site, String path, String token) {
        var builder = UriComponentsBuilder.fromUriString(site.baseUrl()).path(path);
        if (token != null) {
            builder.queryParam("token", token);
        }
        return builder.build().toUriString();
    }
}
