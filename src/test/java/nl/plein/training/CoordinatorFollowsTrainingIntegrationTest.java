package nl.plein.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.meeting.MeetingForm;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

class CoordinatorFollowsTrainingIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    TrainingProgramme training;

    @Autowired
    JdbcClient jdbc;

    @Test
    void colleaguesFollowModulesAndTheCoordinatorSeesProgressAndReminds() {
        Organisation org = data.organisation("Gemeente Leren");
        PleinPrincipal coordinator = principal(org, data.staff(org, StaffRole.ORGANISATION_ADMIN));
        PleinPrincipal anna = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        PleinPrincipal bert = principal(org, data.staff(org, StaffRole.ANALYST));

        long course = training.createCourse(org.id(), coordinator, "Basis participatie", "De participatieladder.", "");
        long text =
                training.addModule(org.id(), coordinator, course, "De ladder", "TEXT", "Lees over de vijf treden.", "");
        long video = training.addModule(
                org.id(), coordinator, course, "Een goed gesprek", "VIDEO", "", "https://video.example/gesprek");
        assertThatThrownBy(() ->
                        training.addModule(org.id(), coordinator, course, "Video", "VIDEO", "", "javascript:alert(1)"))
                .isInstanceOfSatisfying(
                        InvalidTrainingException.class,
                        e -> assertThat(e.errors().get("videoUrl")).isEqualTo("training.error.videoUrl"));
        // Only a coordinator adds courses.
        assertThatThrownBy(() -> training.createCourse(org.id(), anna, "Eigen cursus", "", ""))
                .isInstanceOf(ResponseStatusException.class);

        training.enrol(org.id(), anna, course);
        training.enrol(org.id(), anna, course);
        training.enrol(org.id(), bert, course);
        training.markDone(org.id(), anna, course, text, true);
        training.markDone(org.id(), anna, course, video, true);
        training.markDone(org.id(), bert, course, text, true);

        var progress = training.progress(org.id(), course);
        assertThat(progress).hasSize(2);
        var modules = training.modules(org.id(), course);
        assertThat(progress.stream()
                        .filter(p -> p.accountId() == anna.accountId())
                        .findFirst()
                        .orElseThrow()
                        .finished(modules))
                .isTrue();
        assertThat(progress.stream()
                        .filter(p -> p.accountId() == bert.accountId())
                        .findFirst()
                        .orElseThrow()
                        .done(video))
                .isFalse();

        // The reminder goes only to who has not finished, and names what is left.
        int reminded = training.remind(org.id(), coordinator, course, "https://leren.example");
        assertThat(reminded).isEqualTo(1);
        assertThat(mails(org, bert.email()))
                .singleElement()
                .satisfies(body -> assertThat(body).contains("Een goed gesprek").doesNotContain("- De ladder"));
        assertThat(mails(org, anna.email())).isEmpty();
    }

    @Test
    void sessionsAreForStaffOnly() {
        Organisation org = data.organisation("Gemeente Sessie");
        PleinPrincipal coordinator = principal(org, data.staff(org, StaffRole.ORGANISATION_ADMIN));
        String residentEmail = data.resident(org);
        long course = training.createCourse(
                org.id(),
                coordinator,
                "Werksessies leiden",
                "",
                UUID.randomUUID().toString());
        long session = training.addSession(
                org.id(),
                coordinator,
                course,
                new MeetingForm(
                        "Oefenavond",
                        "",
                        "IN_PERSON",
                        "Gemeentehuis, zaal 2",
                        "",
                        LocalDate.now().plusDays(14).toString(),
                        "13:00",
                        "16:00",
                        "12",
                        "",
                        false,
                        false,
                        "",
                        UUID.randomUUID().toString(),
                        0));
        assertThat(training.sessions(org.id(), course))
                .singleElement()
                .satisfies(m -> assertThat(m.staffOnly()).isTrue());

        var anonymous = client(TestData.host(org));
        assertThat(anonymous.get("/bijeenkomsten/" + session).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/bijeenkomsten").body()).doesNotContain("Oefenavond");
        var resident = client(TestData.host(org));
        resident.login(residentEmail, TestData.PASSWORD);
        assertThat(resident.get("/bijeenkomsten/" + session).statusCode()).isEqualTo(404);
        assertThat(resident.get("/beheer/training").statusCode()).isEqualTo(403);
        var staff = client(TestData.host(org));
        staff.login(coordinator.email(), TestData.PASSWORD);
        assertThat(staff.get("/bijeenkomsten/" + session).statusCode()).isEqualTo(200);

        // Another organisation finds nothing.
        Organisation other = data.organisation("Gemeente Buur");
        var otherStaff = client(TestData.host(other));
        otherStaff.login(data.staff(other, StaffRole.ORGANISATION_ADMIN), TestData.PASSWORD);
        assertThat(otherStaff.get("/beheer/training/" + course).statusCode()).isEqualTo(404);
        assertThat(training.course(other.id(), course)).isEmpty();
    }

    private java.util.List<String> mails(Organisation org, String recipient) {
        return jdbc.sql("select body from mail_outbox where organisation_id = ? and recipient = ?")
                .params(org.id().value(), recipient)
                .query(String.class)
                .list();
    }

    private PleinPrincipal principal(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow();
    }
}
