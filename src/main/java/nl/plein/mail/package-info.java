/**
 * Outgoing mail through an outbox table: a mail is stored in the transaction that causes it and
 * sent by {@link nl.plein.mail.OutboxSender} with retries and back-off. Without SMTP configured,
 * mails stay in the outbox, where the platform admin can read them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package nl.plein.mail;
