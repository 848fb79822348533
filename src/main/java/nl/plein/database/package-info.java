/**
 * Starts an embedded PostgreSQL when no external database is configured, for {@code ./plein run}
 * and for the test run. Production sets {@code PLEIN_DB_URL} and this module stays idle.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.plein.database;
