package nl.plein.moderation;

import nl.plein.shared.OrganisationId;

/** A post held for review was approved and is now shown: what its module would have done at posting time, it does now. */
public record PostApproved(OrganisationId organisation, String kind, long itemId) {}
