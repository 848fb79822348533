package nl.plein.panel.web;

import nl.plein.panel.CsvImport;
import nl.plein.panel.PanelOverview;

/** The view records of PanelAdminController's pages, apart from the controller so templates never depend on it. */
public final class PanelAdminViews {

    private PanelAdminViews() {}

    /** The overview page, with the outcome of the last import (null when none). */
    public record PanelAdminPage(
            PanelOverview overview, PanelChart chart, CsvImport lastImport, String notice, boolean mayImport) {}
}
