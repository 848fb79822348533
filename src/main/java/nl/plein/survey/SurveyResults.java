package nl.plein.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.plein.project.Participation;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The complete responses of a survey as the analysis and the participation report read them. Breakdowns
 * for the participation report leave out groups under {@link Participation#SMALLEST_GROUP}.
 */
@Service
public class SurveyResults {

    /** One complete response as the results read it. */
    record Row(
            long id,
            Map<String, List<String>> answers,
            Long areaId,
            String sex,
            String ageBand,
            String channel,
            LocalDate completedOn) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;

    SurveyResults(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Changes whenever a response is completed: the count and the highest id of complete responses. */
    String stamp(OrganisationId org, long surveyId) {
        return jdbc.sql("""
                        select count(*) || ':' || coalesce(max(id), 0) from survey_response
                        where organisation_id = ? and survey_id = ? and status = 'COMPLETE'""").params(org.value(), surveyId).query(String.class).single();
    }

    List<Row> rows(OrganisationId org, long surveyId, ResultFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select id, answers, area_id, sex, age_band, channel, (completed_at at time zone 'Europe/Amsterdam')::date
                from survey_response where organisation_id = ? and survey_id = ? and status = 'COMPLETE'""");
        List<Object> params = new ArrayList<>(List.of(org.value(), surveyId));
        if (filter.areaId() != null) {
            sql.append(" and area_id = ?");
            params.add(filter.areaId());
        }
        if (filter.sex() != null) {
            sql.append(" and sex = ?");
            params.add(filter.sex().name());
        }
        if (filter.ageBand() != null) {
            sql.append(" and age_band = ?");
            params.add(filter.ageBand().name());
        }
        if (filter.channel() != null) {
            sql.append(" and channel = ?");
            params.add(filter.channel().name());
        }
        sql.append(" order by id");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        Answers.parse(rs.getString(2)),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** For the participation report: respondents per channel and area (groups under five left out), per day. */
    Participation participation(OrganisationId org, Survey survey, String findings) {
        List<Row> rows = rows(org, survey.id(), ResultFilter.ALL);
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byArea = new TreeMap<>();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        Map<Long, String> areaCodes = new HashMap<>();
        organisations.areas(org).forEach(a -> areaCodes.put(a.id(), a.code()));
        for (Row r : rows) {
            byChannel.merge(r.channel().toLowerCase(Locale.ROOT), 1L, Long::sum);
            if (r.areaId() != null && areaCodes.containsKey(r.areaId())) {
                byArea.merge(areaCodes.get(r.areaId()), 1L, Long::sum);
            }
            if (r.completedOn() != null) {
                byDay.merge(r.completedOn(), 1L, Long::sum);
            }
        }
        byChannel.values().removeIf(v -> v < Participation.SMALLEST_GROUP);
        byArea.values().removeIf(v -> v < Participation.SMALLEST_GROUP);
        return new Participation(
                rows.size(), rows.size(), new LinkedHashMap<>(byChannel), new LinkedHashMap<>(byArea), byDay, findings);
    }
}
