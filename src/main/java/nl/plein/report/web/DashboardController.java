package nl.plein.report.web;

import java.util.Locale;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.report.OrganisationDashboard;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organisation's participation dashboard. Staff with the analyst role see it read-only; that is
 * also how a council member gets access: an account with only the ANALYST role, which opens the
 * dashboard and nothing that changes data. Project managers also get links to edit reports.
 */
@Controller
public class DashboardController {

    private final OrganisationDashboard dashboards;
    private final CurrentOrganisation currentOrganisation;

    DashboardController(OrganisationDashboard dashboards, CurrentOrganisation currentOrganisation) {
        this.dashboards = dashboards;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/beheer/participatie")
    String dashboard(Locale locale, Model model) {
        PleinPrincipal user = PleinPrincipal.current().orElseThrow(() -> new AccessDeniedException("staff only"));
        boolean manager = user.has(StaffRole.PROJECT_MANAGER);
        if (!manager && !user.has(StaffRole.ANALYST)) {
            throw new AccessDeniedException("analysts and project managers");
        }
        model.addAttribute(
                "view", new ReportViews.DashboardView(dashboards.dashboard(currentOrganisation.id(), locale), manager));
        return "admin/report/dashboard";
    }
}
