package nl.plein.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages the task-based browser tests do not pass through, each checked with axe-core, in Dutch
 * and in English: so that no page ships without a WCAG check.
 */
class EveryPageIsAccessibleBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ProjectManagement projects;

    @Test
    void publicPagesAnAnonymousVisitorCanReach() {
        var org = data.organisation("Alle pagina's");
        String host = TestData.host(org);
        long id = projectWithPhaseAndComponent(org.id());
        projects.publish(org.id(), Actor.SYSTEM, id);
        String slug = projects.project(org.id(), id).orElseThrow().slug();

        for (String lang : List.of("nl", "en")) {
            for (String path : List.of(
                    "/",
                    "/projecten/" + slug,
                    "/voorwaarden",
                    "/wachtwoord-vergeten",
                    "/wachtwoord-vergeten/verstuurd",
                    "/wachtwoord-herstellen?token=onbekend",
                    "/registreren/bevestigen?token=onbekend",
                    "/registreren/opnieuw",
                    "/e-mail-bevestigen?token=onbekend",
                    "/registreren/verstuurd",
                    "/account-verwijderd",
                    "/bestaat-niet")) {
                open(host, path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(find("h1").getText()).as(path).isNotBlank();
                assertThat(find("html").getAttribute("lang")).as(path).isEqualTo(lang);
                assertAccessible();
            }
        }
    }

    @Test
    void backOfficePagesOfAProjectManager() {
        var org = data.organisation("Alle beheerpagina's");
        String host = TestData.host(org);
        long id = projectWithPhaseAndComponent(org.id());
        var project = projects.project(org.id(), id).orElseThrow();
        long phaseId = project.phases().getFirst().id();
        long componentId = project.phases().getFirst().components().getFirst().id();
        signIn(host, data.staff(org, StaffRole.ORGANISATION_ADMIN));

        for (String path : List.of(
                "/beheer",
                "/beheer/projecten/nieuw",
                "/beheer/projecten/" + id,
                "/beheer/projecten/" + id + "/bewerken",
                "/beheer/projecten/" + id + "/voorbeeld",
                "/beheer/projecten/" + id + "/afbeelding/wijzigen",
                "/beheer/projecten/" + id + "/fasen/nieuw",
                "/beheer/projecten/" + id + "/fasen/" + phaseId,
                "/beheer/projecten/" + id + "/fasen/" + phaseId + "/onderdelen/nieuw?type=information",
                "/beheer/projecten/" + id + "/fasen/" + phaseId + "/onderdelen/" + componentId,
                "/beheer/projecten/themas")) {
            open(host, path);
            assertThat(find("h1").getText()).as(path).isNotBlank();
            assertAccessible();
        }
    }

    private long projectWithPhaseAndComponent(nl.plein.shared.OrganisationId org) {
        long id = projects.create(
                org,
                Actor.SYSTEM,
                new ProjectForm(
                        "Nieuw fietspad",
                        "Een fietspad langs de dijk.",
                        "Het fietspad komt **langs de dijk**.",
                        "Bram",
                        "bram@example.org",
                        List.of(),
                        List.of(),
                        "Verkeer",
                        0,
                        null));
        LocalDate today = LocalDate.now();
        projects.addPhase(
                org,
                Actor.SYSTEM,
                id,
                new PhaseForm(
                        "Meepraten",
                        "Geef uw mening.",
                        "CONSULT",
                        today.minusDays(3).toString(),
                        today.plusDays(30).toString(),
                        "Het tracé",
                        "De verlichting",
                        "De raad, in juni",
                        null));
        long phaseId =
                projects.project(org, id).orElseThrow().phases().getFirst().id();
        projects.addComponent(
                org,
                Actor.SYSTEM,
                id,
                phaseId,
                new ComponentForm(
                        "information", "Kaart en planning", Map.of("text", "Het werk begint in *mei*."), null));
        return id;
    }
}
