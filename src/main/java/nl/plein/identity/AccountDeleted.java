package nl.plein.identity;

import nl.plein.shared.OrganisationId;

/** An account and its personal data were deleted; modules holding data about the person clean up. */
public record AccountDeleted(OrganisationId organisationId, long accountId) {}
