package nl.plein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.plein.identity.Accounts;
import nl.plein.identity.StaffRole;
import nl.plein.shared.Notice;
import nl.plein.support.BrowserTest;
import nl.plein.support.MailInbox;
import nl.plein.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class ResidentChoosesHowToHearBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    NotificationSettings settings;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aResidentFollowsAProjectAndChoosesADailyDigestForDecisions() throws Exception {
        var org = data.organisation("Volgstad");
        String host = TestData.host(org);
        var project = fixtures.project(org, "Markt op zaterdag", LocalDate.now().minusDays(1));
        String resident = data.resident(org);
        long id = accounts.principal(org.id(), resident).orElseThrow().accountId();

        open(host, "/projecten/" + project.slug());
        clickAndWait("a[href='/projecten/" + project.slug() + "/volgen']");
        assertAccessible();
        assertThat(find("main").getText()).contains("Log in om dit project te volgen");

        signIn(host, resident);
        open(host, "/projecten/" + project.slug() + "/volgen");
        clickAndWait("main form button[type=submit]");
        assertThat(find("[role=status]").getText()).contains("U volgt dit project nu");
        assertAccessible();
        assertThat(settings.follows(org.id(), id, project.id())).isTrue();

        clickAndWait("a[href='/account/meldingen']");
        assertAccessible();
        find("#DECISION-DAILY").click();
        find("#NEWSLETTER-OFF").click();
        clickAndWait("main form button[type=submit]");
        assertThat(find("[role=status]").getText()).contains("opgeslagen");
        assertThat(find("#DECISION-DAILY").isSelected()).isTrue();
        assertThat(find("#NEW_PHASE-IMMEDIATE").isSelected()).isTrue();
        assertThat(settings.preferences(org.id(), id))
                .containsEntry(Topic.DECISION, Delivery.DAILY)
                .containsEntry(Topic.NEWSLETTER, Delivery.OFF);
        open(host, "/account/meldingen?lang=en");
        assertAccessible();

        // The confirm page behind an unsubscribe link.
        transaction.executeWithoutResult(status -> events.publishEvent(new Notice(
                org.id(),
                Notice.Kind.NEW_PHASE,
                Set.of(),
                project.id(),
                "notification.newPhase.subject",
                "notification.newPhase.text",
                List.of(project.title(), "Kramen kiezen"),
                "/projecten/" + project.slug())));
        var mail = MailInbox.await(MAIL, resident, 1).getFirst();
        open(host, MailInbox.path(mail, "/afmelden/"));
        assertAccessible();
        clickAndWait("main form button[type=submit]");
        assertThat(find("h1").getText()).isEqualTo("You have unsubscribed");
        assertAccessible();
    }

    @Test
    void theNewsletterPageWithErrorsAndPreviewIsAccessible() {
        var org = data.organisation("Briefstad");
        String host = TestData.host(org);
        fixtures.project(org, "Nieuwe haven", LocalDate.now().minusDays(1));
        signIn(host, data.staff(org, StaffRole.PROJECT_MANAGER));
        open(host, "/beheer/nieuwsbrief");
        assertAccessible();
        clickAndWait("main form button[value=send]");
        assertThat(find("[role=alert]").getText()).contains("Kies aan wie");
        assertAccessible();
        new org.openqa.selenium.support.ui.Select(find("#audience")).selectByIndex(1);
        type("#subject", "Nieuws over de haven");
        type("#body", "De eerste boten liggen er.");
        clickAndWait("main form button[value=preview]");
        assertThat(find("#preview-heading").getText()).isEqualTo("Voorbeeld");
        assertAccessible();
    }
}
