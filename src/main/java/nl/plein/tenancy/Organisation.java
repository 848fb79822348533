package nl.plein.tenancy;

import nl.plein.shared.OrganisationId;

/** One municipality (or other organisation) served by this installation. */
public record Organisation(
        OrganisationId id,
        String slug,
        String name,
        String contactEmail,
        String contactPhone,
        String contactAddress,
        String websiteUrl,
        String primaryColour,
        String privacyStatement,
        String accessibilityStatement,
        boolean demo,
        boolean hasLogo,
        int version) {}
