package nl.plein.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.moderation.Moderation;
import nl.plein.report.ParticipationReports;
import nl.plein.report.ReportSection;
import nl.plein.support.ConversationTestData;
import nl.plein.support.ConversationTestData.Place;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contribution a decision used and a report quoted is hidden by a moderator: the decision page and the report
 * (and so its PDF) no longer show its text, only that it was hidden, while the decision's reason stays. Shown
 * again, it is back.
 */
class HiddenInputStaysHiddenIntegrationTest extends PleinIntegrationTest {

    private static final String TEXT = "Mijn buren op nummer 12 laten hun hond altijd los.";

    @Autowired
    TestData data;

    @Autowired
    ConversationTestData conversation;

    @Autowired
    DiscussionManagement discussions;

    @Autowired
    Decisions decisions;

    @Autowired
    ParticipationReports reports;

    @Autowired
    Moderation moderation;

    @Test
    void aHiddenContributionLeavesTheDecisionPageAndTheReport() {
        Organisation org = data.organisation("Verbergstad");
        Place place = conversation.project(org, "Het hondenveld");
        PleinPrincipal resident = conversation.settledResident(org);
        long contribution = discussions.post(
                org.id(),
                resident,
                new DiscussionPlace(place.projectId(), place.slug(), place.discussionId(), "Vraag", true),
                new ContributionForm(TEXT, null, null, false, ""));
        String key = DecisionForm.inputKey("contribution", contribution);
        long decision = decisions.decide(
                org.id(),
                Actor.SYSTEM,
                place.projectId(),
                new DecisionForm(
                        "Een hek om het hondenveld",
                        "",
                        "Het college",
                        "2026-11-20",
                        Map.of(key, "USED"),
                        Map.of(key, "Losse honden worden vaak genoemd"),
                        UUID.randomUUID().toString()));
        reports.generate(org.id(), Actor.SYSTEM, place.projectId(), Locale.of("nl"));
        String page = "/projecten/" + place.slug() + "/besluiten/" + decision;
        var visitor = client(TestData.host(org));
        assertThat(visitor.get(page).body()).contains(TEXT);
        assertThat(decisionsSection(org, place)).contains(TEXT);

        PleinPrincipal moderator = conversation.principal(org, data.staff(org, StaffRole.MODERATOR));
        long item = moderation
                .status(org.id(), Moderation.CONTRIBUTION, contribution)
                .moderationId();
        moderation.hide(
                org.id(),
                moderator,
                item,
                moderation.item(org.id(), item).orElseThrow().version(),
                "Noemt buren.");

        assertThat(visitor.get(page).body())
                .doesNotContain(TEXT)
                .contains("Deze inbreng is niet meer te zien: een moderator heeft hem verborgen.")
                .contains("Losse honden worden vaak genoemd");
        assertThat(decisionsSection(org, place)).doesNotContain(TEXT).contains("Deze inbreng is niet meer te zien");

        moderation.approve(
                org.id(),
                moderator,
                item,
                moderation.item(org.id(), item).orElseThrow().version());
        assertThat(visitor.get(page).body()).contains(TEXT);
        assertThat(decisionsSection(org, place)).contains(TEXT);
    }

    private String decisionsSection(Organisation org, Place place) {
        return reports.report(org.id(), place.projectId())
                .orElseThrow()
                .section(ReportSection.DECISIONS)
                .body();
    }
}
