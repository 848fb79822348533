/**
 * The organisation's training programme for its own staff: courses made of modules (a text, a video
 * link or an assignment) and sessions (meetings for staff only, through the meeting module).
 * Colleagues enrol, follow the modules and mark them done; coordinators see who completed what and
 * send reminders by mail. The coordinator is the organisation admin: the role that already manages
 * the organisation's staff, so no new role is needed. Everything belongs to one organisation.
 * {@link nl.plein.training.TrainingProgramme} is the facade.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "meeting", "audit", "mail"})
package nl.plein.training;
