/**
 * The audit log: who on the staff did what, when, in which organisation. Written in the same
 * transaction as the change it records; read by organisation admins in the back office.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package nl.plein.audit;
