package nl.plein.panel;

import nl.plein.shared.OrganisationId;

/** A member left the panel and their personal data is gone; drop anything that still points at them. */
public record PanelMemberLeft(OrganisationId organisationId, long memberId) {}
