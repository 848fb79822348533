/**
 * The participation plan of a project: why talk, about what, who with whom, how, and the practical
 * parts (planning, communication, processing input, feedback, evaluation, budget). Several staff
 * members write it together: every section has its own version, so saving one section never
 * overwrites another, and saving a section someone else changed in between shows the conflict.
 * {@link nl.plein.plan.ParticipationPlans} is the facade; {@link nl.plein.plan.ParticipationPlans#publicSummary}
 * gives what residents see of an agreed plan (for the project page and the open data API).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "project", "audit", "identity", "meeting"})
package nl.plein.plan;
