/**
 * The participation report (participatieverslag) per project and the organisation's dashboard.
 * A report is generated from what the components report through
 * {@link nl.plein.project.ComponentType#participation}, edited by staff per section (Markdown), then
 * published as a page and a PDF for the council.
 *
 * <h2>Seams for other modules</h2>
 * <ul>
 *   <li>{@link nl.plein.report.ReportContribution}: a module that knows about a section of the report
 *       (decisions: which input was adopted or set aside and why; satisfaction from an evaluation
 *       survey) declares a bean; its Markdown fills that section when a report is generated. Without
 *       such a bean the section is left for staff to write.</li>
 *   <li>{@link nl.plein.report.DashboardContribution}: extra figures on the dashboard (panel response
 *       rates, share of inputs that got feedback and how long that took).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "project", "audit", "identity"})
package nl.plein.report;
