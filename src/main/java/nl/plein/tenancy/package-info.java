/**
 * Organisations (tenants): found by hostname, with branding, contact details, statements and areas
 * with population figures. {@link nl.plein.tenancy.CurrentOrganisation} tells every other module
 * which organisation a request belongs to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package nl.plein.tenancy;
