package nl.plein.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.project.ComponentType;
import nl.plein.project.Participation;
import nl.plein.project.PhaseComponent;
import nl.plein.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A component type for tests only: it keeps who took part in a table of its own
 * ({@code test_take_part}: one row per input, with the person, area, channel and day), and reports
 * its figures from that table the way a real component does, groups under five left out. Tests store
 * rows, generate a report and compare its counts with sums they compute from the same table.
 */
@Component
public class FiguresComponentType implements ComponentType {

    public static final String KEY = "test-figures";

    private final JdbcClient jdbc;

    FiguresComponentType(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                        create table if not exists test_take_part (
                            organisation_id bigint not null,
                            component_id    bigint not null,
                            person          text not null,
                            area_code       text,
                            channel         text not null,
                            day             date not null
                        )""").update();
        jdbc.sql(
                        "create index if not exists test_take_part_component on test_take_part (organisation_id, component_id)")
                .update();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "component.unknown";
    }

    @Override
    public String descriptionKey() {
        return "component.unknown";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of();
    }

    /** Stores {@code inputs} inputs of one person. */
    public void takePart(
            OrganisationId org, long componentId, String person, String areaCode, String channel, LocalDate day) {
        jdbc.sql("insert into test_take_part values (?, ?, ?, ?, ?, ?)")
                .params(org.value(), componentId, person, areaCode, channel, day)
                .update();
    }

    @Override
    public Optional<Participation> participation(OrganisationId organisation, PhaseComponent component, Locale locale) {
        long org = organisation.value();
        long id = component.id();
        long participants = jdbc.sql(
                        "select count(distinct person) from test_take_part where organisation_id = ? and component_id = ?")
                .params(org, id)
                .query(Long.class)
                .single();
        long inputs = jdbc.sql("select count(*) from test_take_part where organisation_id = ? and component_id = ?")
                .params(org, id)
                .query(Long.class)
                .single();
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        jdbc.sql("""
                        select day, count(*) from test_take_part where organisation_id = ? and component_id = ?
                        group by day order by day""")
                .params(org, id)
                .query((rs, i) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getLong(2)))
                .list()
                .forEach(e -> byDay.put(e.getKey(), e.getValue()));
        return Optional.of(new Participation(
                participants,
                inputs,
                groups(org, id, "channel"),
                groups(org, id, "area_code"),
                byDay,
                participants + " mensen gaven " + inputs + " reacties in " + component.title() + "."));
    }

    private Map<String, Long> groups(long org, long id, String column) {
        Map<String, Long> groups = new LinkedHashMap<>();
        jdbc.sql("select " + column + ", count(distinct person) from test_take_part "
                        + "where organisation_id = ? and component_id = ? and " + column + " is not null "
                        + "group by " + column + " having count(distinct person) >= ?")
                .params(org, id, Participation.SMALLEST_GROUP)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> groups.put(e.getKey(), e.getValue()));
        return groups;
    }
}
