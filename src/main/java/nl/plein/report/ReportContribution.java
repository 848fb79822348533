package nl.plein.report;

import java.util.Locale;
import java.util.Optional;
import nl.plein.shared.OrganisationId;

/**
 * A module's share of a participation report: implement as a Spring bean in the module that knows
 * (e.g. the decision module for {@link ReportSection#DECISIONS}, an evaluation survey for
 * {@link ReportSection#SATISFACTION}). When a report is generated, the Markdown of every contribution
 * for a section is put together, in bean order, as that section's first text; staff can edit it before
 * publishing. Return empty when there is nothing to say for this project.
 */
public interface ReportContribution {

    ReportSection section();

    /** Markdown in the given language; no personal data, groups under five people left out. */
    Optional<String> markdown(OrganisationId organisation, long projectId, Locale locale);
}
