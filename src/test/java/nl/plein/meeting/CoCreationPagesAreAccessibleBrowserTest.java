package nl.plein.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.document.DocumentManagement;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.support.BrowserTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import nl.plein.training.TrainingProgramme;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of shared documents, meetings and the training programme, checked with axe-core in Dutch
 * and English; a resident registers for an online meeting, sees the link only then, and cancels by
 * the personal link without logging in; a writer saving over a newer text sees both texts.
 */
class CoCreationPagesAreAccessibleBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    Worksheets worksheets;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    DocumentManagement documents;

    @Autowired
    TrainingProgramme training;

    @Test
    void aResidentRegistersSeesTheOnlineLinkAndCancelsByThePersonalLink() {
        Organisation org = data.organisation("Gemeente Online");
        String host = TestData.host(org);
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        String residentEmail = data.resident(org);
        long id = meetings.create(org.id(), manager, onlineForm("Online dorpsavond"), false);

        signIn(host, residentEmail);
        open(host, "/bijeenkomsten");
        assertAccessible();
        open(host, "/bijeenkomsten/" + id);
        assertThat(browser.findElements(By.id("online-link"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("vergaderen.example");
        type("#answer0", "Ik neem mijn buurvrouw mee.");
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(find("#online-link").getText()).isEqualTo("https://vergaderen.example/dorp");
        assertThat(find("#my-status").getText()).contains("aangemeld");
        assertAccessible();

        Registration registration = meetings.registrationOf(
                        org.id(), id, principal(org, residentEmail).accountId())
                .orElseThrow();
        assertThat(registration.answers()).containsValue("Ik neem mijn buurvrouw mee.");
        browser.manage().deleteAllCookies();
        String token = MeetingFixtures.cancelToken(jdbc, org.id(), registration.email());
        open(host, "/bijeenkomsten/afmelden/" + token);
        assertAccessible();
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("cancelled")));
        assertAccessible();
        assertThat(meetings.registrationByToken(org.id(), token).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void aVisitorWithoutAccountRegistersByEmailAndConfirms() {
        Organisation org = data.organisation("Gemeente Per Mail");
        String host = TestData.host(org);
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        long id = meetings.create(
                org.id(),
                manager,
                MeetingFixtures.form("Buurtavond", 5, LocalDate.now().plusDays(6), "19:30", "21:30", true),
                false);

        open(host, "/bijeenkomsten/" + id);
        assertAccessible();
        type("#name", "Henk de Vries");
        type("#email", "henk@");
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        assertThat(find("#email").getAttribute("value")).isEqualTo("henk@");
        assertAccessible();
        type("#email", "henk@example.org");
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(find("#notice").getText()).contains("Kijk in uw e-mail");

        var link = java.util.regex.Pattern.compile("/bijeenkomsten/bevestigen/[0-9a-f-]{36}")
                .matcher(MeetingFixtures.outbox(jdbc, org.id(), "henk@example.org")
                        .getFirst()
                        .body());
        assertThat(link.find()).isTrue();
        for (String lang : List.of("en", "nl")) {
            open(host, link.group() + "?lang=" + lang);
            assertAccessible();
        }
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirmed")));
        assertThat(find("#confirmed").getText()).contains("Henk de Vries, u bent aangemeld.");
        assertAccessible();
    }

    @Test
    void documentMeetingAndTrainingPagesPassAxeInDutchAndEnglish() {
        Organisation org = data.organisation("Gemeente Samen");
        String host = TestData.host(org);
        String adminEmail = data.staff(org, StaffRole.ORGANISATION_ADMIN);
        PleinPrincipal admin = principal(org, adminEmail);
        PleinPrincipal resident = principal(org, data.resident(org));

        long doc = documents.create(org.id(), admin, "Dorpsvisie", "Samen schrijven.", "");
        long section = documents.addSection(org.id(), admin, doc, "Wonen", "Er komen woningen.\n\nVoor jong en oud.");
        documents.makeVersion(org.id(), admin, doc, "Eerste concept");
        documents.comment(org.id(), resident, doc, 1, section, 0, "Hoeveel woningen?", "");
        long suggestion =
                documents.suggest(org.id(), resident, doc, 1, section, 1, "Voor jong en oud, en voor starters.", "");
        documents.accept(org.id(), admin, doc, suggestion, "");
        documents.makeVersion(org.id(), admin, doc, "Tweede concept");
        documents.suggest(org.id(), resident, doc, 2, section, 0, "Er komen dertig woningen.", "");

        long meeting = meetings.create(
                org.id(),
                admin,
                MeetingFixtures.form("Werksessie", 1, LocalDate.now().plusDays(3), "19:00", "21:00"),
                false);
        meetings.update(
                org.id(),
                admin,
                meeting,
                withWorksheet(meetings.meeting(org.id(), meeting).orElseThrow()));
        meetings.register(
                org.id(),
                meeting,
                new Registrant(resident.accountId(), resident.displayName(), resident.email(), false),
                Map.of());
        meetings.register(
                org.id(),
                meeting,
                new Registrant(admin.accountId(), admin.displayName(), admin.email(), true),
                Map.of());
        var answers = new EnumMap<Worksheets.Question, String>(Worksheets.Question.class);
        answers.put(Worksheets.Question.WHY, "Omdat het plein verandert.");
        worksheets.save(org.id(), admin, meeting, answers);
        meetings.saveSummary(org.id(), admin, meeting, "Het was een **goede** avond.", true);

        long course = training.createCourse(org.id(), admin, "Basis participatie", "De ladder.", "");
        long module = training.addModule(org.id(), admin, course, "De ladder", "TEXT", "Vijf treden.", "");
        training.addModule(org.id(), admin, course, "Video", "VIDEO", "", "https://video.example/1");
        training.addSession(
                org.id(),
                admin,
                course,
                MeetingFixtures.form("Terugkomdag", 10, LocalDate.now().plusDays(9), "13:00", "16:00"));
        training.enrol(org.id(), admin, course);
        training.markDone(org.id(), admin, course, module, true);

        signIn(host, adminEmail);
        List<String> english = List.of(
                "/documenten/" + doc + "/versies/1/alinea/" + section + "/1",
                "/documenten/" + doc + "/vergelijken?van=1&met=2",
                "/bijeenkomsten/" + meeting,
                "/beheer/bijeenkomsten/" + meeting,
                "/beheer/training/" + course,
                "/beheer/training/" + course + "/voortgang");
        for (String lang : List.of("nl", "en")) {
            for (String path : List.of(
                    "/documenten/" + doc,
                    "/documenten/" + doc + "/versies/1",
                    "/documenten/" + doc + "/versies/1/alinea/" + section + "/1",
                    "/documenten/" + doc + "/vergelijken?van=1&met=2",
                    "/documenten/" + doc + "/voorstellen",
                    "/documenten/" + doc + "/voorstellen/" + suggestion,
                    "/documenten/" + doc + "/concept",
                    "/beheer/documenten",
                    "/beheer/documenten/" + doc,
                    "/bijeenkomsten",
                    "/bijeenkomsten/" + meeting,
                    "/beheer/bijeenkomsten",
                    "/beheer/bijeenkomsten/nieuw",
                    "/beheer/bijeenkomsten/" + meeting,
                    "/beheer/bijeenkomsten/" + meeting + "/wijzigen",
                    "/beheer/training",
                    "/beheer/training/" + course,
                    "/beheer/training/" + course + "/modules/" + module,
                    "/beheer/training/" + course + "/voortgang",
                    "/beheer/training/" + course + "/sessie")) {
                // Every page in Dutch; a page of each kind in English as well.
                if (lang.equals("en") && !english.contains(path)) {
                    continue;
                }
                open(host, path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(find("h1").getText()).as(path).isNotBlank();
                assertThat(find("html").getAttribute("lang")).as(path).isEqualTo(lang);
                assertAccessible();
            }
        }
        // The worksheet's outcome is there as plain text to copy.
        open(host, "/beheer/bijeenkomsten/" + meeting + "?lang=nl");
        assertThat(find("#worksheet-text").getText())
                .contains("Waarom gaan we in gesprek?", "Omdat het plein verandert.");

        // A form with mistakes: messages at the fields and a summary, still accessible.
        open(host, "/beheer/bijeenkomsten/nieuw");
        type("#capacity", "0");
        submit();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(find("#title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#capacity").getAttribute("value")).isEqualTo("0");
        assertThat(find("#capacity-error").getText()).contains("aantal plaatsen");
        assertAccessible();

        // Two writers on one section: the second sees both texts, and keeps their own.
        open(host, "/documenten/" + doc + "/concept");
        var current = documents.draft(org.id(), doc).getFirst();
        documents.editSection(
                org.id(), admin, doc, section, "Wonen", "Een andere tekst van een collega.", current.version());
        type("#body-" + section, "Mijn eigen tekst.");
        find("#sectie-" + section + " button[type=submit]").click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("conflict")));
        assertThat(find("#conflict-current").getText()).isEqualTo("Een andere tekst van een collega.");
        assertThat(find("#body-" + section).getAttribute("value")).isEqualTo("Mijn eigen tekst.");
        assertAccessible();
        assertThat(documents.draft(org.id(), doc).getFirst().body()).isEqualTo("Een andere tekst van een collega.");
    }

    private static MeetingForm onlineForm(String title) {
        return new MeetingForm(
                title,
                "Praat mee vanuit huis.",
                "ONLINE",
                "",
                "https://vergaderen.example/dorp",
                LocalDate.now().plusDays(4).toString(),
                "20:00",
                "21:00",
                "2",
                "Wie neemt u mee?",
                false,
                false,
                "",
                UUID.randomUUID().toString(),
                0);
    }

    private static MeetingForm withWorksheet(Meeting m) {
        MeetingForm f = m.toForm();
        return new MeetingForm(
                f.title(),
                f.description(),
                f.mode(),
                f.place(),
                f.onlineLink(),
                f.date(),
                f.startTime(),
                f.endTime(),
                f.capacity(),
                f.questions(),
                true,
                f.emailRegistration(),
                f.projectId(),
                "",
                f.version());
    }

    private PleinPrincipal principal(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow();
    }
}
