package nl.plein.tenancy.web;

import nl.plein.shared.FieldErrors;
import nl.plein.tenancy.OrganisationSettings;

/**
 * @param notice message key of a success notice, or null
 * @param conflict someone else saved since this form was opened
 */
public record SettingsView(
        OrganisationSettings form,
        int version,
        FieldErrors errors,
        String notice,
        boolean conflict,
        boolean hasLogo,
        int logoVersion) {}
