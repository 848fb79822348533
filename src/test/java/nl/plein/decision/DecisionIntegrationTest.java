package nl.plein.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.identity.Accounts;
import nl.plein.identity.StaffRole;
import nl.plein.notification.NotificationSettings;
import nl.plein.project.Input;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    DecisionFixtures fixtures;

    @Autowired
    Decisions decisions;

    @Autowired
    Accounts accounts;

    @Autowired
    NotificationSettings notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    ProjectManagement projects;

    @Test
    void aDoubleSubmitRecordsOneDecisionAndFollowersAreToldOnce() {
        var setup = fixtures.projectWithThreeIdeas("Dubbelstad");
        var org = setup.org();
        long projectId = setup.project().id();
        String follower = data.resident(org);
        notifications.follow(
                org.id(), accounts.principal(org.id(), follower).orElseThrow().accountId(), projectId);
        // The first author also follows: one mail, not two.
        notifications.follow(
                org.id(),
                accounts.principal(org.id(), setup.authors().getFirst())
                        .orElseThrow()
                        .accountId(),
                projectId);
        WebClient staff = client(TestData.host(org));
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);

        Input pluktuin = setup.ideas().getFirst();
        String key = DecisionForm.inputKey(pluktuin.kind(), pluktuin.id());
        Map<String, String> fields = DecisionFixtures.decisionFields(
                "Er komt een pluktuin", "Het college", "Naast de speeltuin.", key, "USED", "Veel steun");
        String form = "/beheer/projecten/" + projectId + "/besluiten/nieuw";
        String action = "/beheer/projecten/" + projectId + "/besluiten";
        assertThat(staff.submit(form, action, fields).statusCode()).isEqualTo(302);
        assertThat(staff.post(action, fields).statusCode()).isEqualTo(302);

        List<Decision> recorded = decisions.ofProject(org.id(), projectId);
        assertThat(recorded).singleElement().satisfies(d -> {
            assertThat(d.inputs()).singleElement().satisfies(i -> {
                assertThat(i.verdict()).isEqualTo(Verdict.USED);
                assertThat(i.reason()).isEqualTo("Veel steun");
            });
        });
        assertThat(decisions.touching(org.id(), "idea", pluktuin.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.path())
                        .isEqualTo("/projecten/nieuw-park-molenwijk/besluiten/"
                                + recorded.getFirst().id()));
        assertThat(decisions.touching(org.id(), "idea", setup.ideas().get(1).id()))
                .isEmpty();
        assertThat(MailInbox.body(MailInbox.await(MAIL, follower, 1).getFirst()))
                .contains("Er komt een pluktuin");
        assertThat(MailInbox.await(MAIL, setup.authors().getFirst(), 1)).hasSize(1);
        assertThat(MailInbox.to(MAIL, setup.authors().get(1)))
                .as("not linked, not following")
                .isEmpty();
        assertThat(audit.latest(org.id(), 0, 10))
                .extracting(AuditLog.Entry::action)
                .containsOnlyOnce("decision.recorded");
    }

    @Test
    void badInputIsRefusedAtTheFieldAndAnotherOrganisationSeesNothing() {
        var setup = fixtures.projectWithThreeIdeas("Foutstad");
        var org = setup.org();
        long projectId = setup.project().id();
        WebClient staff = client(TestData.host(org));
        staff.login(data.staff(org, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);

        Input idea = setup.ideas().get(1);
        String key = DecisionForm.inputKey(idea.kind(), idea.id());
        var page = staff.submit(
                "/beheer/projecten/" + projectId + "/besluiten/nieuw",
                "/beheer/projecten/" + projectId + "/besluiten",
                Map.of(
                        "title",
                        "<script>alert(1)</script>" + "x".repeat(200),
                        "decidedBy",
                        "",
                        "decidedOn",
                        "2999-01-01",
                        "verdict-" + key,
                        "SET_ASIDE",
                        "reason-" + key,
                        "",
                        "requestKey",
                        UUID.randomUUID().toString()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Gebruik hoogstens 150 tekens")
                .contains("Vul in wie heeft besloten")
                .contains("Een besluit kan niet in de toekomst liggen")
                .contains("Schrijf waarom deze inbreng wel of niet is gebruikt")
                .contains("aria-describedby=\"reason-" + key + "-error\"")
                .contains("value=\"&lt;script>alert(1)&lt;/script>x")
                .doesNotContain("<script>alert")
                .contains("value=\"2999-01-01\"");
        assertThat(decisions.ofProject(org.id(), projectId)).isEmpty();

        // Staff of another organisation cannot open or post to this project's decisions.
        var other = data.organisation("Buurstad");
        WebClient stranger = client(TestData.host(other));
        stranger.login(data.staff(other, StaffRole.PROJECT_MANAGER), TestData.PASSWORD);
        assertThat(stranger.get("/beheer/projecten/" + projectId + "/besluiten").statusCode())
                .isEqualTo(404);
        // A resident cannot reach the back office at all.
        WebClient resident = client(TestData.host(org));
        resident.login(setup.authors().getFirst(), TestData.PASSWORD);
        assertThat(resident.get("/beheer/projecten/" + projectId + "/besluiten/nieuw")
                        .statusCode())
                .isEqualTo(403);
        assertThat(client(TestData.host(other))
                        .get("/projecten/nieuw-park-molenwijk/besluiten")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDraftProjectGetsNoDecisions() {
        var org = data.organisation("Conceptstad");
        long draft = projects.create(
                org.id(),
                AuditLog.Actor.SYSTEM,
                new ProjectForm("Nog geheim", "", "", "", "", List.of(), List.of(), "", 0, null));
        assertThatThrownBy(() -> decisions.decide(
                        org.id(),
                        AuditLog.Actor.SYSTEM,
                        draft,
                        new DecisionForm("Besluit", "", "De raad", "2026-01-01", Map.of(), Map.of(), "")))
                .isInstanceOf(InvalidDecisionException.class)
                .satisfies(
                        e -> assertThat(((InvalidDecisionException) e).errors().get("title"))
                                .isEqualTo("decision.error.draft"));
        assertThat(decisions.ofProject(org.id(), draft)).isEmpty();
    }
}
