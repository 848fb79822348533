/**
 * Decisions (besluiten): closing the loop. Staff record what was decided on a project, by whom and
 * when, and link the residents' input it used or set aside, each with a reason. Input comes from any
 * component through {@link nl.plein.project.ComponentType#inputs}. The public page
 * {@code /projecten/{slug}/besluiten} shows the timeline from input to decision; the project page links
 * to it through a {@link nl.plein.project.ProjectPageExtension}. Every author of linked input and every
 * follower of the project hears about a decision through a {@link nl.plein.shared.Notice} of kind
 * DECISION. {@link nl.plein.decision.Decisions#touching} lists the decisions on one piece of input,
 * for e.g. an idea's page. The participation report's decisions section and the dashboard's feedback
 * figures come from here, through {@link nl.plein.report.ReportContribution} and
 * {@link nl.plein.report.DashboardContribution} ({@code report} never depends on this module).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "project", "audit", "report"})
package nl.plein.decision;
