/**
 * The accessibility statement ("toegankelijkheidsverklaring") of an organisation in the format of the Dutch
 * government's register: the approval by a responsible official, the evaluations done with their dates, the known
 * issues with cause, consequence, measure and planned fix, and the compliance status A-E that follows from them
 * ({@link nl.plein.accessibility.ComplianceStatus}). Organisation admins keep it up to date under
 * {@code /beheer/organisatie/toegankelijkheid}; it is published at {@code /toegankelijkheid} and exported as JSON
 * at {@code /toegankelijkheid/verklaring.json}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "audit"})
package nl.plein.accessibility;
