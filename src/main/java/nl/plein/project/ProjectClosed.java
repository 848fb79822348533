package nl.plein.project;

import nl.plein.shared.OrganisationId;

/** A project was closed: residents can read it, no longer take part. */
public record ProjectClosed(OrganisationId organisationId, long projectId) {}
