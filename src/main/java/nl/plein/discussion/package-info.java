/**
 * Discussions: a component in a project phase where staff pose a question with background and
 * residents post contributions and replies (one level), mark "I agree" once per account, and sort by
 * newest or most agreed. Staff post official answers that stand out. A contribution shows its area if
 * the author shared it, and can be edited for a short while after posting (then marked "edited").
 * Every post passes {@code moderation}; a reply tells the author of the contribution replied to
 * through a {@link nl.plein.shared.Notice} of kind REPLY.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "project", "audit", "moderation"})
package nl.plein.discussion;
