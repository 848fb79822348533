package nl.plein.survey;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plein.panel.PanelManagement;
import nl.plein.project.Participation;
import nl.plein.report.DashboardContribution;
import nl.plein.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The panel on the organisation's dashboard: active members, surveys sent to the panel in the last
 * twelve months and each one's response rate (responded / invited). A rate is only shown when at
 * least {@link Participation#SMALLEST_GROUP} members were invited and none or at least that many
 * responded, so a rate never points at a few people. Two aggregate queries: fit for the dashboard,
 * which recomputes at most once a minute.
 */
@Component
class PanelResponseRates implements DashboardContribution {

    private record Sent(String title, SurveyManagement.PanelRate rate) {}

    private final JdbcClient jdbc;
    private final PanelManagement panel;
    private final MessageSource messages;

    PanelResponseRates(JdbcClient jdbc, PanelManagement panel, MessageSource messages) {
        this.jdbc = jdbc;
        this.panel = panel;
        this.messages = messages;
    }

    @Override
    public String title(Locale locale) {
        return messages.getMessage("survey.dashboard.title", null, locale);
    }

    @Override
    public List<DashboardFigure> figures(OrganisationId organisation, Locale locale) {
        // A survey counts as sent in the period when its first invitation went out in it.
        List<Sent> sent = jdbc.sql("""
                        select s.title, count(*) as invited, count(i.responded_at) as responded
                        from survey_invitation i
                        join survey s on s.organisation_id = i.organisation_id and s.id = i.survey_id
                        where i.organisation_id = ?
                        group by s.id, s.title
                        having min(i.invited_at) >= now() - interval '12 months'
                        order by min(i.invited_at) desc, s.id desc""")
                .param(organisation.value())
                .query((rs, i) ->
                        new Sent(rs.getString(1), new SurveyManagement.PanelRate(rs.getLong(2), rs.getLong(3))))
                .list();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        List<DashboardFigure> figures = new ArrayList<>();
        figures.add(new DashboardFigure(
                t(locale, "survey.dashboard.activeMembers"), numbers.format(panel.activeMembers(organisation))));
        figures.add(new DashboardFigure(t(locale, "survey.dashboard.sent"), numbers.format(sent.size())));
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        for (Sent survey : sent) {
            String label = t(locale, "survey.dashboard.rate", survey.title());
            figures.add(new DashboardFigure(
                    label,
                    suppressed(survey)
                            ? t(locale, "survey.dashboard.suppressed", Participation.SMALLEST_GROUP)
                            : t(
                                    locale,
                                    "survey.dashboard.rateValue",
                                    percent.format((double) survey.rate().responded()
                                            / survey.rate().invited()),
                                    numbers.format(survey.rate().responded()),
                                    numbers.format(survey.rate().invited()))));
        }
        return figures;
    }

    static boolean suppressed(long invited, long responded) {
        return invited < Participation.SMALLEST_GROUP || (responded > 0 && responded < Participation.SMALLEST_GROUP);
    }

    private static boolean suppressed(Sent survey) {
        return suppressed(survey.rate().invited(), survey.rate().responded());
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
