package nl.plein.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.project.ProjectManagement;
import nl.plein.tenancy.AreaImport;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.OrganisationSettings;
import nl.plein.tenancy.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
@ConditionalOnProperty(name = "plein.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo-wachtwoord";

    private final Organisations organisations;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    private final ProjectManagement projects;
    private final ObjectProvider<DemoPart> parts;
    private final int extraProjects;

    DemoData(
            Organisations organisations,
            Accounts accounts,
            ProjectManagement projects,
            ObjectProvider<DemoPart> parts,
            TransactionTemplate transaction,
            @Value("${plein.demo.extra-projects:0}") int extraProjects) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.projects = projects;
        this.parts = parts;
        this.transaction = transaction;
        this.extraProjects = extraProjects;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedAndShowLogins(ApplicationReadyEvent event) {
        if (organisations.isEmpty()) {
            seed();
        }
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.info("""

                ==============================================================
                 Plein runs on http://localhost:{}  (demo data, made up)
                 Log in at http://localhost:{}/inloggen with password '{}':
                   beheer@zeeveld.example     organisation admin
                   project@zeeveld.example    project manager
                   moderator@zeeveld.example  moderator
                   analist@zeeveld.example    analyst
                   platform@zeeveld.example   platform admin (outbox: /beheer/platform/mail)
                   inwoner@zeeveld.example    resident
                ==============================================================""", port, port, PASSWORD);
    }

    private static String resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All of the demo, or none of it. */
    void seed() {
        transaction.executeWithoutResult(status -> createMunicipality());
    }

    private void createMunicipality() {
        Organisation org = organisations.create("zeeveld", "Gemeente Zeeveld", true, List.of("localhost", "127.0.0.1"));
        long adminId = accounts.createConfirmed(
                org.id(),
                "beheer@zeeveld.example",
                "Anouk de Vries",
                PASSWORD,
                EnumSet.of(StaffRole.ORGANISATION_ADMIN));
        PleinPrincipal admin = accounts.principal(org.id(), adminId).orElseThrow();
        organisations.updateSettings(
                org.id(),
                new OrganisationSettings(
                        "Gemeente Zeeveld",
                        "info@zeeveld.example",
                        "14 0999",
                        "Raadhuisplein 1, 9999 ZV Zeeveld",
                        "https://www.zeeveld.example",
                        "#1f5f8b",
                        resource("demo/privacy.md"),
                        resource("demo/toegankelijkheid.md")),
                org.version(),
                admin);
        AreaImport areas =
                organisations.importAreas(org.id(), new StringReader(resource("demo/zeeveld-kerncijfers.csv")));
        if (!areas.succeeded()) {
            throw new IllegalStateException("Demo areas did not import: " + areas.errors());
        }
        long managerId = accounts.createConfirmed(
                org.id(), "project@zeeveld.example", "Bram Jansen", PASSWORD, EnumSet.of(StaffRole.PROJECT_MANAGER));
        long moderatorId = accounts.createConfirmed(
                org.id(), "moderator@zeeveld.example", "Chantal Bakker", PASSWORD, EnumSet.of(StaffRole.MODERATOR));
        long analystId = accounts.createConfirmed(
                org.id(), "analist@zeeveld.example", "Dirk Visser", PASSWORD, EnumSet.of(StaffRole.ANALYST));
        accounts.createConfirmed(
                org.id(), "platform@zeeveld.example", "Eva Smit", PASSWORD, EnumSet.of(StaffRole.PLATFORM_ADMIN));
        long residentId = accounts.createConfirmed(
                org.id(), "inwoner@zeeveld.example", "Fatima El Amrani", PASSWORD, EnumSet.noneOf(StaffRole.class));

        var demoProjects = new DemoProjects(
                projects,
                org.id(),
                Actor.of(accounts.principal(org.id(), managerId).orElseThrow()),
                organisations.areas(org.id()));
        demoProjects.create();
        demoProjects.createExtra(extraProjects);

        var municipality = new DemoPart.DemoMunicipality(
                org.id(),
                organisations.areas(org.id()),
                admin,
                accounts.principal(org.id(), managerId).orElseThrow(),
                accounts.principal(org.id(), moderatorId).orElseThrow(),
                accounts.principal(org.id(), analystId).orElseThrow(),
                accounts.principal(org.id(), residentId).orElseThrow());
        parts.orderedStream().forEach(part -> part.create(municipality));
    }
}
