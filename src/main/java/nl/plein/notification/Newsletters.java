package nl.plein.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.identity.Accounts.Contact;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newsletters from staff to the followers of a project or to the residents who chose an area. Nobody
 * who switched newsletters off gets one. Staff preview it and send a test to themselves first.
 */
@Service
public class Newsletters {

    static final int MAX_SUBJECT = 150;
    static final int MAX_BODY = 20_000;

    /** Who a newsletter can go to: {@code value} is the form value, {@code name} the project or area. */
    public record Audience(String value, String name, boolean area) {}

    private final JdbcClient jdbc;
    private final ProjectManagement projects;
    private final Organisations organisations;
    private final Accounts accounts;
    private final NotificationMails mails;
    private final SiteLinks links;
    private final AuditLog audit;

    Newsletters(
            JdbcClient jdbc,
            ProjectManagement projects,
            Organisations organisations,
            Accounts accounts,
            NotificationMails mails,
            SiteLinks links,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.organisations = organisations;
        this.accounts = accounts;
        this.mails = mails;
        this.links = links;
        this.audit = audit;
    }

    /** Published projects first, then the areas. */
    public List<Audience> audiences(OrganisationId org) {
        List<Audience> audiences = new ArrayList<>();
        for (ProjectSummary project : projects.allProjects(org)) {
            if (project.status() != ProjectStatus.DRAFT) {
                audiences.add(new Audience("project-" + project.id(), project.title(), false));
            }
        }
        for (Area area : organisations.areas(org)) {
            audiences.add(new Audience("area-" + area.id(), area.name(), true));
        }
        return audiences;
    }

    public Optional<Audience> audience(OrganisationId org, String value) {
        return audiences(org).stream().filter(a -> a.value().equals(value)).findFirst();
    }

    public FieldErrors validate(OrganisationId org, NewsletterForm form) {
        return new FieldErrors()
                .rejectIf(
                        audience(org, form.audience()).isEmpty(), "audience", "notification.newsletter.error.audience")
                .rejectIf(form.subject().isEmpty(), "subject", "notification.newsletter.error.subjectRequired")
                .rejectIf(
                        form.subject().length() > MAX_SUBJECT,
                        "subject",
                        "notification.newsletter.error.subjectTooLong")
                .rejectIf(form.body().isEmpty(), "body", "notification.newsletter.error.bodyRequired")
                .rejectIf(form.body().length() > MAX_BODY, "body", "notification.newsletter.error.bodyTooLong");
    }

    /** The accounts the newsletter would go to now. */
    public List<Long> recipients(OrganisationId org, String audience) {
        String[] parts = audience.split("-", 2);
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            return List.of();
        }
        String members = parts[0].equals("project")
                ? "select account_id from notification_follow where organisation_id = ? and project_id = ?"
                : parts[0].equals("area")
                        ? "select account_id from notification_area where organisation_id = ? and area_id = ?"
                        : null;
        if (members == null) {
            return List.of();
        }
        return jdbc.sql("select m.account_id from (" + members + """
                        ) m where not exists (select 1 from notification_preference p
                          where p.organisation_id = ? and p.account_id = m.account_id
                            and p.topic = 'NEWSLETTER' and p.delivery = 'OFF')
                        order by m.account_id""")
                .params(org.value(), Long.parseLong(parts[1]), org.value())
                .query(Long.class)
                .list();
    }

    /** Sends the newsletter to the staff member only, marked as a test. */
    @Transactional
    public void test(OrganisationId org, Actor actor, NewsletterForm form) {
        check(org, form);
        Contact self = accounts.contacts(org, List.of(actor.accountId())).getFirst();
        mails.newsletter(
                org,
                organisations.byId(org).name(),
                links.baseUrl(org),
                self,
                mails.t(self.locale(), "notification.newsletter.testSubject", form.subject()),
                form.body());
        audit.record(org, actor, "newsletter.tested", form.audience(), form.subject());
    }

    /**
     * Sends the newsletter to everyone in the audience; returns how many. A repeated submit with the
     * same request key sends nothing more and returns the first count.
     */
    @Transactional
    public int send(OrganisationId org, Actor actor, NewsletterForm form) {
        check(org, form);
        UUID key = requestKey(form.requestKey());
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("newsletter:" + org.value() + ":" + key)
                .query(Object.class)
                .single();
        Optional<Integer> earlier = jdbc.sql(
                        "select recipients from notification_newsletter where organisation_id = ? and request_key = ?")
                .params(org.value(), key)
                .query(Integer.class)
                .optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<Contact> contacts = accounts.contacts(org, recipients(org, form.audience()));
        String siteName = organisations.byId(org).name();
        String baseUrl = links.baseUrl(org);
        for (Contact contact : contacts) {
            mails.newsletter(org, siteName, baseUrl, contact, form.subject(), form.body());
        }
        jdbc.sql("""
                        insert into notification_newsletter
                          (organisation_id, request_key, audience, subject, body, sent_by, recipients)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org.value(),
                        key,
                        form.audience(),
                        form.subject(),
                        form.body(),
                        actor.accountId(),
                        contacts.size())
                .update();
        audit.record(org, actor, "newsletter.sent", form.audience(), form.subject() + " (" + contacts.size() + ")");
        return contacts.size();
    }

    private void check(OrganisationId org, NewsletterForm form) {
        FieldErrors errors = validate(org, form);
        if (!errors.isEmpty()) {
            throw new InvalidNewsletterException(errors);
        }
    }

    private static UUID requestKey(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            // Without a key from the form, every submit is a new newsletter.
            return UUID.randomUUID();
        }
    }
}
