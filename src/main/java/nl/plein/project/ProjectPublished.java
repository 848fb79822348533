package nl.plein.project;

import nl.plein.shared.OrganisationId;

/** A project became visible to residents, as planned or active. */
public record ProjectPublished(OrganisationId organisationId, long projectId, String slug, ProjectStatus status) {}
