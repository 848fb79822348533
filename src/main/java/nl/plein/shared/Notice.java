package nl.plein.shared;

import java.util.List;
import java.util.Set;

/**
 * An event: something residents may want to hear about (a reply to their contribution, a new status
 * of an idea they submitted or supported, a new phase, a decision). Modules publish it; the
 * notification module delivers it to each recipient by their own choice (at once, daily or weekly
 * digest, or not at all), in their own language.
 *
 * @param recipients accounts told directly (authors, supporters); may be empty
 * @param projectId when present, the project's followers are told as well
 * @param subjectKey message key of a one-line subject; {@code arguments} fill it and {@code textKey}
 * @param textKey message key of the mail text (B1), with the same arguments
 * @param path the page the notice is about, relative to the organisation's site (e.g. "/projecten/x")
 */
public record Notice(
        OrganisationId organisation,
        Kind kind,
        Set<Long> recipients,
        Long projectId,
        String subjectKey,
        String textKey,
        List<String> arguments,
        String path) {

    public Notice {
        recipients = Set.copyOf(recipients);
        arguments = List.copyOf(arguments);
    }

    /** What a resident can choose to hear about, each with its own delivery choice. */
    public enum Kind {
        REPLY,
        IDEA_STATUS,
        NEW_PHASE,
        DECISION
    }
}
