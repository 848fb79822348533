package nl.plein.report;

import java.util.List;
import java.util.Locale;
import nl.plein.shared.OrganisationId;

/**
 * Extra figures on the organisation's dashboard from a module that knows them: the panel's response
 * rates, the share of inputs that received feedback and how long that took. Implement as a Spring bean.
 */
public interface DashboardContribution {

    /** A heading for the group of figures, in the given language. */
    String title(Locale locale);

    List<DashboardFigure> figures(OrganisationId organisation, Locale locale);

    /** One figure, already in the reader's language, e.g. ("Reactie binnen 4 weken", "82%"). */
    record DashboardFigure(String label, String value) {}
}
