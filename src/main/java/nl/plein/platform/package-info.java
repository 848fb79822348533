/**
 * The operator's back office: the platform admin adds organisations to the installation, with the
 * hostnames they answer on and their first organisation admin, and changes those hostnames later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity", "audit"})
package nl.plein.platform;
