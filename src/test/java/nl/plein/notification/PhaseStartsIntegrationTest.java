package nl.plein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.plein.identity.Accounts;
import nl.plein.shared.Dates;
import nl.plein.support.MailInbox;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PhaseStartsIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    NotificationSettings settings;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    PhaseStarts phaseStarts;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void followersHearOnceThatAPhaseStarted() {
        var org = data.organisation("Fasestad");
        LocalDate start = LocalDate.now(Dates.ZONE).plusDays(5);
        var project = fixtures.project(org, "Nieuwe bibliotheek", start);
        String follower = data.resident(org);
        String bystander = data.resident(org);
        settings.follow(
                org.id(), accounts.principal(org.id(), follower).orElseThrow().accountId(), project.id());

        clock.set(start.minusDays(1).atTime(LocalTime.NOON).atZone(Dates.ZONE).toInstant());
        assertThat(phaseStarts.tell(org.id())).as("not started yet").isZero();

        clock.set(start.atTime(8, 0).atZone(Dates.ZONE).toInstant());
        assertThat(phaseStarts.tell(org.id())).isEqualTo(1);
        assertThat(phaseStarts.tell(org.id()))
                .as("a second run, or another node")
                .isZero();

        var mail = MailInbox.await(MAIL, follower, 1).getFirst();
        assertThat(MailInbox.subject(mail)).isEqualTo("Nieuwe bibliotheek: de fase Meedenken is begonnen");
        assertThat(MailInbox.link(mail, "/projecten/nieuwe-bibliotheek")).startsWith("https://");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient in (?, ?)")
                        .params(follower, bystander)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
