/**
 * Moderation of what residents post: discussion contributions and ideas. Those modules hand every new
 * post to {@link nl.plein.moderation.Moderation#admit} (rate limit per account, stricter for new
 * accounts; pre-moderation per project; the organisation's word list) and {@code register} it; they
 * show each post by its {@link nl.plein.moderation.ModerationStatus}: a hidden post shows the public
 * reason in place of its text. Anyone may report a post; at the project's threshold it is hidden
 * pending review. Moderators (MODERATOR) work through a queue; two moderators acting on one item at
 * once cannot both succeed (a version check). Every action is in the audit log, and hiding and
 * restoring appear in a public log per project that never repeats the content.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "project", "audit"})
package nl.plein.moderation;
