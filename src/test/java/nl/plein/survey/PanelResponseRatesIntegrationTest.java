package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.plein.panel.PanelManagement;
import nl.plein.report.Dashboard;
import nl.plein.report.DashboardContribution.DashboardFigure;
import nl.plein.report.OrganisationDashboard;
import nl.plein.shared.Dates;
import nl.plein.support.PleinIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 6: the organisation dashboard shows the panel and each survey's response rate, small groups hidden. */
class PanelResponseRatesIntegrationTest extends PleinIntegrationTest {

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    PanelManagement panel;

    @Autowired
    OrganisationDashboard dashboards;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardShowsActiveMembersSurveysSentAndResponseRates() throws Exception {
        var f = fixtures.create("Responsstad", Audience.PANEL, false);
        String area = f.areas().getFirst().code();
        String csv = "email,birth_year,sex,postcode,consent_date,area\n"
                + IntStream.range(0, 6)
                        .mapToObj(i -> "lid" + i + "@example.org,1970,V,9901 AA,2025-01-01," + area)
                        .collect(Collectors.joining("\n"));
        assertThat(panel.importMembers(f.org().id(), f.staff(), new StringReader(csv))
                        .imported())
                .isEqualTo(6);
        assertThat(surveys.invitePanel(f.org().id(), f.staff(), f.surveyId(), "http://" + f.host()))
                .isEqualTo(6);
        LocalDate today = LocalDate.now(Dates.ZONE);
        long second = surveys.create(
                        f.org().id(),
                        f.staff(),
                        new SurveyForm(
                                "Fietsen",
                                "",
                                "",
                                "PANEL",
                                false,
                                today.minusDays(1).toString(),
                                today.plusDays(14).toString(),
                                0,
                                ""))
                .id();
        surveys.addQuestion(f.org().id(), f.staff(), second, SurveyFixtures.question(1, "YES_NO", "Fietst u?", "", ""));
        surveys.invitePanel(f.org().id(), f.staff(), second, "http://" + f.host());
        // Five of six answered the first survey, two of six the second (too few to show).
        respond(f, f.surveyId(), 5);
        respond(f, second, 2);
        // Another organisation's invitations never count here.
        var other = fixtures.create("Anderstad", Audience.PANEL, false);
        panel.importMembers(
                other.org().id(),
                other.staff(),
                new StringReader(
                        "email,birth_year,sex,postcode,consent_date,area\nx@example.org,1970,V,9901 AA,2025-01-01,"
                                + other.areas().getFirst().code()));
        surveys.invitePanel(other.org().id(), other.staff(), other.surveyId(), "http://" + other.host());

        Dashboard dashboard = dashboards.dashboard(f.org().id(), Locale.of("nl"));
        List<DashboardFigure> figures = dashboard.contributed().stream()
                .filter(g -> g.title().equals("Panel"))
                .findFirst()
                .orElseThrow()
                .figures();
        assertThat(figures)
                .extracting(DashboardFigure::label, DashboardFigure::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Actieve panelleden", "6"),
                        org.assertj.core.groups.Tuple.tuple("Vragenlijsten naar het panel (laatste 12 maanden)", "2"),
                        org.assertj.core.groups.Tuple.tuple("Respons: Fietsen", "Niet getoond: minder dan 5 mensen"),
                        org.assertj.core.groups.Tuple.tuple("Respons: Autobezit", "83% (5 van 6)"));

        Dashboard english = dashboards.dashboard(f.org().id(), Locale.ENGLISH);
        assertThat(english.contributed().stream()
                        .flatMap(g -> g.figures().stream())
                        .map(DashboardFigure::value))
                .contains("83% (5 of 6)");
    }

    @Test
    void aRateIsHiddenWhenFewWereInvitedOrFewResponded() {
        assertThat(PanelResponseRates.suppressed(4, 0)).isTrue();
        assertThat(PanelResponseRates.suppressed(5, 0)).isFalse();
        assertThat(PanelResponseRates.suppressed(20, 4)).isTrue();
        assertThat(PanelResponseRates.suppressed(20, 5)).isFalse();
    }

    /** Marks the first n invitations answered, the way completing a panel response does. */
    private void respond(SurveyFixtures.Fixture f, long surveyId, int n) {
        jdbc.sql("""
                        update survey_invitation set responded_at = now(), token_hash = null
                        where organisation_id = ? and survey_id = ? and member_id in (
                          select member_id from survey_invitation where organisation_id = ? and survey_id = ?
                          order by member_id limit ?)""")
                .params(f.org().id().value(), surveyId, f.org().id().value(), surveyId, n)
                .update();
    }
}
