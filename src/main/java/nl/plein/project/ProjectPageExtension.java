package nl.plein.project;

import java.util.List;
import nl.plein.shared.OrganisationId;

/**
 * How another module adds to a project's pages without {@code project} depending on it: a Spring bean
 * implementing this returns links to pages of its own (the decisions on a project, following it). The
 * project page lists the public links under "more about this project", the back-office page the staff
 * links among its actions. Links are asked for on every page view, so keep them cheap.
 */
public interface ProjectPageExtension {

    /** Links for everyone on the public project page; empty for none. */
    default List<ProjectLink> publicLinks(OrganisationId organisation, ProjectDetails project) {
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
}
