/**
 * Open data: public, read-only JSON under {@code /api/v1} (projects, phases, agreed plans' public
 * summaries, published reports) with paging, and CSV downloads of published report figures. Scoped
 * to the organisation of the hostname like every page; no personal data, groups under
 * {@link nl.plein.project.Participation#SMALLEST_GROUP} without their number. The OpenAPI
 * description is at {@code /api/v1/openapi.json}. Requests need no token and make no session.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "project", "plan", "report"})
package nl.plein.opendata;
