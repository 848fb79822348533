/**
 * Ideas: a component in a project phase where residents submit ideas (title, description, an optional
 * address) and support each other's ideas, once per resident. Before submitting, similar ideas are
 * shown (Dutch full-text search plus trigram similarity), while typing and on a check step without
 * JavaScript. Staff move ideas through statuses, each with a public explanation, and merge duplicates:
 * supporters carry over once each and both ideas link to each other. Status changes and merges tell
 * the author and supporters through a {@link nl.plein.shared.Notice} of kind IDEA_STATUS. The search
 * page over projects, ideas, discussions, documents and meetings lives here, as ideas are most of what it finds.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "project",
            "audit",
            "moderation",
            "discussion",
            "decision",
            "document",
            "meeting"
        })
package nl.plein.idea;
