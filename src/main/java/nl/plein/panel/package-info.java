/**
 * The resident panel (inwonerspanel): residents join from their account (open sign-up) or with a
 * single-use code from an invitation letter, keep a profile (birth year, sex, postcode and area,
 * optionally education and household) and consents per purpose with the version of the privacy text,
 * can pause and leave. Leaving deletes the member's personal data; what remains is a row with the
 * dates of joining and leaving, so the panel's size over time and survey response rates stay right,
 * and answers (kept by the survey module without any link to a person) stay as they were.
 *
 * <p>{@link nl.plein.panel.PanelManagement} is the facade: membership use cases, the CSV import of an
 * existing panel (all or nothing, with a report per line), postcode-to-area mapping, the staff overview
 * (size over time, composition against the population per area, sex and age band), and for the survey
 * module the members to invite and a member's respondent profile (area, sex, age band).
 * {@link nl.plein.panel.PanelMemberLeft} tells other modules to drop what links to a member.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity", "audit"})
package nl.plein.panel;
