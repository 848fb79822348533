package nl.plein.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.StaffRole;
import nl.plein.project.Input;
import nl.plein.report.ParticipationReports;
import nl.plein.report.ReportSection;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A recorded decision fills the report's decisions section and counts on the dashboard as feedback. */
class DecisionsInReportAndDashboardIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    DecisionFixtures fixtures;

    @Autowired
    Decisions decisions;

    @Autowired
    ParticipationReports reports;

    private static long decide(Decisions decisions, DecisionFixtures.Setup setup) {
        Input used = setup.ideas().get(0);
        Input setAside = setup.ideas().get(1);
        String usedKey = DecisionForm.inputKey(used.kind(), used.id());
        String asideKey = DecisionForm.inputKey(setAside.kind(), setAside.id());
        return decisions.decide(
                setup.org().id(),
                Actor.SYSTEM,
                setup.project().id(),
                new DecisionForm(
                        "Er komt een pluktuin",
                        "# Waar\n\nNaast de speeltuin.",
                        "Het college",
                        "2026-11-02",
                        Map.of(usedKey, "USED", asideKey, "SET_ASIDE"),
                        Map.of(usedKey, "Veel steun in de buurt", asideKey, "Er is *geen* ruimte voor"),
                        UUID.randomUUID().toString()));
    }

    @Test
    void theGeneratedReportListsEachDecisionWithTheInputItUsedAndSetAside() {
        var setup = fixtures.projectWithThreeIdeas("Verslagbesluit");
        decide(decisions, setup);

        var report =
                reports.generate(setup.org().id(), Actor.SYSTEM, setup.project().id(), Locale.of("nl"));
        String section = report.section(ReportSection.DECISIONS).body();

        assertThat(section)
                .contains("Over dit project is één besluit genomen.")
                .contains("### Er komt een pluktuin")
                .contains("Besloten door Het college op 2 november 2026.")
                .contains("> # Waar")
                .contains("Gebruikte inbreng (1):\n\n- Een pluktuin: Veel steun in de buurt")
                // Staff's reason is plain text: its asterisks stay asterisks.
                .contains("Niet gebruikte inbreng (1):\n\n- Meer bankjes in de schaduw: Er is \\*geen\\* ruimte voor")
                .doesNotContain("Een hondenspeelveld");
        // No personal data: the authors' e-mail addresses never appear.
        setup.authors().forEach(author -> assertThat(section).doesNotContain(author));

        var english =
                reports.generate(setup.org().id(), Actor.SYSTEM, setup.project().id(), Locale.ENGLISH);
        assertThat(english.section(ReportSection.DECISIONS).body())
                .contains("One decision was made on this project.")
                .contains("Input set aside (1):");
    }

    @Test
    void aProjectWithoutDecisionsLeavesTheSectionForStaff() {
        var setup = fixtures.projectWithThreeIdeas("Verslagzonder");
        var report =
                reports.generate(setup.org().id(), Actor.SYSTEM, setup.project().id(), Locale.of("nl"));
        assertThat(report.section(ReportSection.DECISIONS).body()).isEmpty();
    }

    @Test
    void theDashboardShowsTheShareOfInputThatReceivedFeedback() {
        var setup = fixtures.projectWithThreeIdeas("Terugkoppelstad");
        decide(decisions, setup);
        var analyst = client(TestData.host(setup.org()));
        analyst.login(data.staff(setup.org(), StaffRole.ANALYST), TestData.PASSWORD);

        String page = analyst.get("/beheer/participatie").body();

        // Two of the three ideas are linked to the decision (used or set aside): both got feedback.
        assertThat(page)
                .contains("Terugkoppeling")
                .contains("Inbreng met terugkoppeling (gekoppeld aan een besluit)")
                .contains("2 van 3 (67%)")
                .contains("Besluiten vastgelegd")
                .contains("Niet te meten: inbreng heeft nog geen datum");
    }
}
