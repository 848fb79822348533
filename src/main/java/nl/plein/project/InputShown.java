package nl.plein.project;

import nl.plein.shared.OrganisationId;

/**
 * A resident's input ({@link Input#kind()} and id) was hidden by moderation ({@code shown} false) or shown again.
 * Modules that keep a copy of an input's text (decisions, reports) hide or restore it, so hidden stays hidden
 * wherever it was shown.
 */
public record InputShown(OrganisationId organisation, long projectId, String kind, long inputId, boolean shown) {}
