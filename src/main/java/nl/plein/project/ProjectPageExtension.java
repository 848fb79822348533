package nl.plein.project;

import java.util.List;
import nl.plein.shared.OrganisationId;

/**
 * How another module adds to a project's pages without {@code project} depending on it: a Spring bean
 * implementing this returns links to pages of its own (the decisions on a project, following it) and
 * sections of its own (the agreed plan's planning). The project page shows the sections, each under its
 * own h2 heading in bean order, and lists the public links under "more about this project"; the
 * back-office page shows the staff links among its actions. All are asked for on every page view, so
 * keep them cheap (a cached or single indexed query).
 */
public interface ProjectPageExtension {

    /** Links for everyone on the public project page; empty for none. */
    default List<ProjectLink> publicLinks(OrganisationId organisation, ProjectDetails project) {
        return List.of();
    }

    /** Sections for everyone on the public project page, after the room for influence; empty for none. */
    default List<ProjectSection> publicSections(OrganisationId organisation, ProjectDetails project) {
        return List.of();
    }

    /** Links for staff on the project's back-office page; empty for none. */
    default List<ProjectLink> adminLinks(OrganisationId organisation, ProjectDetails project) {
        return List.of();
    }

    /** A link whose text is the message {@code labelKey} filled with {@code arguments}. */
    record ProjectLink(String href, String labelKey, List<Object> arguments) {

        public ProjectLink {
            arguments = List.copyOf(arguments);
        }

        public static ProjectLink of(String href, String labelKey, Object... arguments) {
            return new ProjectLink(href, labelKey, List.of(arguments));
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /**
     * A section of the project page: a heading (message {@code headingKey}, shown as h2) above HTML the
     * contributing module made safe (e.g. with {@link nl.plein.shared.Markdown#toSafeHtml}), whose own
     * headings start at h3 so the page's heading order stays valid.
     */
    record ProjectSection(String headingKey, String safeHtml) {}
}
