/**
 * Notifications: residents follow projects and choose per topic how they hear about things (at once,
 * a daily or weekly digest, or not at all). Every {@link nl.plein.shared.Notice} another module
 * publishes is stored per recipient in the publisher's transaction, rendered in the recipient's
 * language, and mailed through the outbox at once or in the next digest. Digests are sent by a
 * scheduler that claims each person with a PostgreSQL advisory lock, so several nodes never send one
 * twice, and an empty digest is never sent. Every mail carries a one-click unsubscribe link
 * (List-Unsubscribe with List-Unsubscribe-Post, RFC 8058) that works without logging in.
 * Staff send newsletters to the followers of a project or to the residents who chose an area on their
 * notification settings (accounts have no area of their own). The start of a phase of a followed
 * project is noticed by a scheduler here, so the project module needs no change for it.
 * Time comes from the {@link java.time.Clock} bean, so tests move it instead of sleeping.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "project", "mail", "audit"})
package nl.plein.notification;
