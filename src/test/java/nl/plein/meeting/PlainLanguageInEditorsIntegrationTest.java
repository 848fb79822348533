package nl.plein.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.plein.identity.Accounts;
import nl.plein.identity.StaffRole;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff editing a text for residents see B1 advice under it, in Dutch; it is advice only, the text was saved. */
class PlainLanguageInEditorsIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    MeetingManagement meetings;

    @Test
    void theMeetingEditorAdvisesOnItsDescription() {
        Organisation org = data.organisation("Gemeente Eenvoudig");
        String managerEmail = data.staff(org, StaffRole.PROJECT_MANAGER);
        MeetingForm plain =
                MeetingFixtures.form("Koffieavond", 20, LocalDate.now().plusDays(8), "19:30", "21:30");
        long id = meetings.create(
                org.id(),
                accounts.principal(org.id(), managerEmail).orElseThrow(),
                new MeetingForm(
                        plain.title(),
                        "Wij faciliteren deze avond middels koffie. Het plan wordt door de raad besproken.",
                        plain.mode(),
                        plain.place(),
                        plain.onlineLink(),
                        plain.date(),
                        plain.startTime(),
                        plain.endTime(),
                        plain.capacity(),
                        plain.questions(),
                        false,
                        false,
                        "",
                        plain.requestKey(),
                        0),
                false);
        var staff = client(TestData.host(org));
        staff.login(managerEmail, TestData.PASSWORD);

        String page = staff.get("/beheer/bijeenkomsten/" + id + "/wijzigen").body();
        assertThat(page)
                .contains("id=\"description-b1\"")
                .contains("Ambtelijk woord: „faciliteren”. Schrijf liever: „mogelijk maken”.")
                .contains("Lijdende vorm: „Het plan wordt door de raad besproken.”");
        // The same page in English explains the advice in English; the advice is still about the Dutch text.
        assertThat(staff.get("/beheer/bijeenkomsten/" + id + "/wijzigen?lang=en")
                        .body())
                .contains("Officialese: “middels”. Better write: “met”.");
        // A plain text gets no advice box at all.
        String title = staff.get("/beheer/bijeenkomsten/nieuw?lang=nl").body();
        assertThat(title).doesNotContain("-b1\"");
    }
}
