/**
 * Residents and staff: accounts, roles per organisation, login with throttling, registration with
 * e-mail confirmation, password reset, and the web security of the whole application (CSRF,
 * Content-Security-Policy, security headers, which roles may open which part of the back office).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "mail", "audit"})
package nl.plein.identity;
