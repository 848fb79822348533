package nl.plein.survey;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.panel.AgeBand;
import nl.plein.panel.CsvImport;
import nl.plein.panel.PanelManagement.RespondentProfile;
import nl.plein.panel.Sex;
import nl.plein.shared.Dates;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper responses (or responses from another tool) imported from CSV, one response per line, on the
 * paper channel unless a {@code channel} column says PANEL or LINK (responses from another tool).
 * Columns: {@code area} (area code), {@code sex} (M/V/X), {@code birth_year}, and one
 * column {@code q<id>} per question: option codes (several separated by ";" for multiple choice, in
 * rank order for a ranking), "row:option" pairs separated by ";" for a matrix, or the number or text.
 * Every line is checked first; one bad line and nothing is imported.
 */
@Service
public class PaperImport {

    static final int MAX_LINES = 100_000;

    private final Surveys surveys;
    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditLog audit;

    PaperImport(Surveys surveys, JdbcClient jdbc, Organisations organisations, AuditLog audit) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * Imports responses, all lines or none. Entering responses changes a survey's results, so it takes a project
     * manager, whatever the door (the back office, the API with a token, the demo).
     */
    @Transactional
    public CsvImport importResponses(OrganisationId org, PleinPrincipal staff, long surveyId, Reader csv)
            throws IOException {
        if (!staff.has(StaffRole.PROJECT_MANAGER)) {
            throw new AccessDeniedException("Only project managers import survey responses");
        }
        Survey survey = surveys.find(org, surveyId).orElseThrow(SurveyNotFoundException::new);
        List<Area> areas = organisations.areas(org);
        Map<String, Long> areaByCode = new HashMap<>();
        areas.forEach(a -> areaByCode.put(a.code().toLowerCase(Locale.ROOT), a.id()));
        var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get()
                .parse(csv);
        List<String> header = parser.getHeaderNames().stream()
                .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList();
        List<CsvImport.LineError> errors = new ArrayList<>();
        Map<String, Question> byColumn = new HashMap<>();
        for (String column : header) {
            if (column.matches("q\\d+")) {
                Question q = survey.question(Long.parseLong(column.substring(1)))
                        .filter(x -> !x.removed())
                        .orElse(null);
                if (q == null) {
                    errors.add(CsvImport.LineError.of(1, "survey.import.unknownQuestion", column));
                } else {
                    byColumn.put(column, q);
                }
            } else if (!List.of("area", "sex", "birth_year", "channel").contains(column)) {
                errors.add(CsvImport.LineError.of(1, "survey.import.unknownColumn", column));
            }
        }
        if (!errors.isEmpty()) {
            return CsvImport.failed(errors);
        }
        record Parsed(Map<String, List<String>> answers, RespondentProfile profile, Channel channel) {}
        List<Parsed> rows = new ArrayList<>();
        int thisYear = LocalDate.now(Dates.ZONE).getYear();
        for (CSVRecord record : parser) {
            int line = (int) parser.getCurrentLineNumber();
            if (rows.size() + errors.size() >= MAX_LINES) {
                errors.add(CsvImport.LineError.of(line, "survey.import.tooMany", MAX_LINES));
                break;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < Math.min(header.size(), record.size()); c++) {
                values.put(header.get(c), record.get(c));
            }
            int before = errors.size();
            Long areaId = null;
            String area = values.getOrDefault("area", "");
            if (!area.isEmpty()) {
                areaId = areaByCode.get(area.toLowerCase(Locale.ROOT));
                if (areaId == null) {
                    errors.add(CsvImport.LineError.of(line, "survey.import.area", area));
                }
            }
            String sexValue = values.getOrDefault("sex", "");
            Sex sex = sexValue.isEmpty() ? null : Sex.parse(sexValue);
            if (!sexValue.isEmpty() && sex == null) {
                errors.add(CsvImport.LineError.of(line, "survey.import.sex", sexValue));
            }
            AgeBand band = null;
            String year = values.getOrDefault("birth_year", "");
            if (!year.isEmpty()) {
                Integer y = PageAnswers.integer(year);
                if (y == null || y < thisYear - 110 || y > thisYear - AgeBand.MIN_AGE) {
                    errors.add(CsvImport.LineError.of(line, "survey.import.birthYear", year));
                } else {
                    band = AgeBand.ofBirthYear(y);
                }
            }
            Channel channel = Channel.PAPER;
            String channelValue = values.getOrDefault("channel", "");
            if (!channelValue.isEmpty()) {
                try {
                    channel = Channel.valueOf(channelValue.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(CsvImport.LineError.of(line, "survey.import.channel", channelValue));
                }
            }
            Map<String, List<String>> params = new HashMap<>();
            for (var entry : byColumn.entrySet()) {
                String value = values.getOrDefault(entry.getKey(), "");
                if (!value.isEmpty()) {
                    try {
                        params.putAll(formFields(entry.getValue(), value));
                    } catch (IllegalArgumentException e) {
                        errors.add(CsvImport.LineError.of(line, "survey.import.answer", entry.getKey(), value));
                    }
                }
            }
            PageAnswers read = PageAnswers.read(List.copyOf(byColumn.values()), params, areas, false);
            for (var entry : read.errors().asMap().entrySet()) {
                errors.add(CsvImport.LineError.of(
                        line, "survey.import.answer", entry.getKey(), values.getOrDefault(entry.getKey(), "")));
            }
            if (errors.size() == before) {
                rows.add(new Parsed(
                        Answers.onlyVisible(survey, new LinkedHashMap<>(read.answers())),
                        new RespondentProfile(areaId, sex, band),
                        channel));
            }
        }
        if (!errors.isEmpty()) {
            return CsvImport.failed(errors);
        }
        List<Object[]> batch = new ArrayList<>();
        for (Parsed row : rows) {
            batch.add(new Object[] {
                org.value(),
                surveyId,
                row.channel().name(),
                Answers.write(row.answers()),
                row.profile().areaId(),
                row.profile().sex() == null ? null : row.profile().sex().name(),
                row.profile().ageBand() == null ? null : row.profile().ageBand().name(),
                java.sql.Timestamp.from(completedAt(survey, rows.size(), batch.size()))
            });
        }
        insert(batch);
        audit.record(org, Actor.of(staff), "survey.paperImported", survey.title(), rows.size() + " responses");
        return new CsvImport(rows.size(), List.of());
    }

    private void insert(List<Object[]> batch) {
        for (int from = 0; from < batch.size(); from += 1_000) {
            List<Object[]> part = batch.subList(from, Math.min(batch.size(), from + 1_000));
            StringBuilder sql = new StringBuilder("""
                    insert into survey_response (organisation_id, survey_id, channel, status, answers, area_id, sex,
                                                 age_band, completed_at) values """);
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, 'COMPLETE', ?::jsonb, ?, ?, ?, ?)");
                params.addAll(java.util.Arrays.asList(part.get(i)));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /**
     * When an imported response counts as completed: now, or for a survey that closed already, spread
     * over its open period in file order, so responses over time stay meaningful.
     */
    static java.time.Instant completedAt(Survey survey, int total, int index) {
        java.time.Instant now = java.time.Instant.now();
        if (survey.opensAt() == null
                || survey.closesAt() == null
                || survey.closesAt().isAfter(now)
                || total == 0) {
            return now;
        }
        long span =
                java.time.Duration.between(survey.opensAt(), survey.closesAt()).toSeconds();
        return survey.opensAt().plusSeconds(span * index / total);
    }

    /** A CSV cell as the answering form would have sent it. */
    static Map<String, List<String>> formFields(Question q, String value) {
        Map<String, List<String>> fields = new HashMap<>();
        List<String> parts = java.util.Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        switch (q.kind()) {
            case MULTIPLE -> fields.put(q.field(), parts);
            case RANKING -> {
                var codes = q.options(List.of()).stream()
                        .map(o -> String.valueOf(o.code()))
                        .toList();
                for (int i = 0; i < parts.size(); i++) {
                    if (!codes.contains(parts.get(i))
                            || fields.put(q.field() + "_" + parts.get(i), List.of(String.valueOf(i + 1))) != null) {
                        throw new IllegalArgumentException(value);
                    }
                }
            }
            case MATRIX -> {
                var rows = q.rows().stream().map(o -> String.valueOf(o.code())).toList();
                for (String pair : parts) {
                    int colon = pair.indexOf(':');
                    String row = colon > 0 ? pair.substring(0, colon).strip() : "";
                    if (!rows.contains(row)
                            || fields.put(
                                            q.field() + "_" + row,
                                            List.of(pair.substring(colon + 1).strip()))
                                    != null) {
                        throw new IllegalArgumentException(value);
                    }
                }
            }
            default -> fields.put(q.field(), List.of(value));
        }
        return fields;
    }
}
