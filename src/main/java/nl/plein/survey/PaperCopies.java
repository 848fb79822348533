package nl.plein.survey;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.Pdf;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable survey: a PDF with the same questions in the same order as the screens (the questions page by
 * page, then "Over u"), one copy per page, each with its own code. Staff entering a copy type its code first, so
 * each printed copy counts once; the entry screens follow the paper's order.
 */
@Service
public class PaperCopies {

    public static final int MAX_COPIES = 500;

    /** No 0/O, 1/I/L: a code is typed over from paper. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int CODE_LENGTH = 8;
    private final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final Organisations organisations;
    private final MessageSource messages;
    private final AuditLog audit;

    PaperCopies(JdbcClient jdbc, Surveys surveys, Organisations organisations, MessageSource messages, AuditLog audit) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.organisations = organisations;
        this.messages = messages;
        this.audit = audit;
    }

    /** Thrown with the message for the field ("copies" or "code"). */
    public static class InvalidPaperException extends RuntimeException {
        private final transient FieldErrors errors;

        InvalidPaperException(String field, String key) {
            super(key);
            this.errors = new FieldErrors().reject(field, key);
        }

        public FieldErrors errors() {
            return errors;
        }
    }

    /** Makes {@code copies} new codes and the PDF that carries them, in the staff member's language. */
    @Transactional
    public byte[] print(OrganisationId org, SignedInPerson staff, long surveyId, String copies, Locale locale) {
        Survey survey = surveys.find(org, surveyId).orElseThrow(SurveyNotFoundException::new);
        int count;
        try {
            count = Integer.parseInt(copies == null ? "" : copies.strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1 || count > MAX_COPIES) {
            throw new InvalidPaperException("copies", "survey.paper.error.copies");
        }
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            String code = newCode();
            int added = jdbc.sql("""
                            insert into survey_paper_copy (organisation_id, survey_id, code, printed_by)
                            values (?, ?, ?, ?) on conflict do nothing""")
                    .params(org.value(), surveyId, code, staff.displayName())
                    .update();
            if (added == 1) {
                codes.add(code);
            }
        }
        audit.record(org, Actor.of(staff), "survey.paperPrinted", String.valueOf(surveyId), String.valueOf(count));
        return Pdf.fromHtml(html(org, survey, codes, locale));
    }

    /** How many copies were printed and how many of them are entered. */
    public record Counts(int printed, int entered) {}

    public Counts counts(OrganisationId org, long surveyId) {
        return jdbc.sql("""
                        select count(*), count(c.response_id) filter (where r.status = 'COMPLETE')
                        from survey_paper_copy c left join survey_response r
                          on r.organisation_id = c.organisation_id and r.id = c.response_id
                        where c.organisation_id = ? and c.survey_id = ?""")
                .params(org.value(), surveyId)
                .query((rs, i) -> new Counts(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    /** The copy with this code, locked, and its response so far; empty for a code not printed for this survey. */
    Optional<Optional<Long>> lockCopy(OrganisationId org, long surveyId, String code) {
        return jdbc.sql("""
                        select response_id from survey_paper_copy
                        where organisation_id = ? and survey_id = ? and code = ? for update""")
                .params(org.value(), surveyId, normalise(code))
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .optional();
    }

    void link(OrganisationId org, String code, long responseId) {
        jdbc.sql("update survey_paper_copy set response_id = ? where organisation_id = ? and code = ?")
                .params(responseId, org.value(), normalise(code))
                .update();
    }

    /** As printed ("KX7P-3MQA") or as typed ("kx7p 3mqa"): the same code. */
    static String normalise(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String printed(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    private String newCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private String html(OrganisationId org, Survey survey, List<String> codes, Locale locale) {
        List<Area> areas = organisations.areas(org);
        String organisation = organisations.byId(org).name();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(e(survey.title()))
                .append("</title><style>")
                // A copy may run over several pages: each page carries the copy's code at the foot.
                .append("@page { size: A4; margin: 18mm; @bottom-right { content: element(code); } }")
                .append(" .runcode { position: running(code); font-size: 9pt; }")
                .append(" body { font-family: 'DejaVu Sans'; font-size: 11pt; }")
                .append(".copy { page-break-after: always; } .code { border: 1pt solid #000; padding: 4pt 8pt; }")
                .append(" .box { font-size: 13pt; } li { margin-bottom: 3pt; } .lines { border-bottom: 1pt solid #999;")
                .append(" height: 18pt; } table { border-collapse: collapse; } td, th { border: 1pt solid #999;")
                .append(" padding: 3pt; }</style></head><body>");
        for (String code : codes) {
            html.append("<div class=\"copy\"><div class=\"runcode\">")
                    .append(e(t("survey.paper.code", locale, printed(code))))
                    .append("</div><p>")
                    .append(e(organisation))
                    .append("</p>");
            html.append("<h1>").append(e(survey.title())).append("</h1>");
            html.append("<p class=\"code\">")
                    .append(e(t("survey.paper.code", locale, printed(code))))
                    .append("</p>");
            html.append("<p>").append(e(t("survey.paper.howTo", locale))).append("</p>");
            if (!survey.intro().isBlank()) {
                html.append(survey.introHtml());
            }
            int number = 0;
            for (int page : survey.pages()) {
                for (Question q : survey.questionsOn(page)) {
                    number++;
                    question(html, number, q, areas, locale);
                }
            }
            html.append("<h2>").append(e(t("survey.about.title", locale))).append("</h2>");
            html.append("<p>").append(e(t("survey.about.why", locale))).append("</p>");
            choices(
                    html,
                    t("panel.field.area", locale),
                    areas.stream().map(Area::name).toList());
            choices(
                    html,
                    t("panel.field.sex", locale),
                    List.of(t("panel.sex.V", locale), t("panel.sex.M", locale), t("panel.sex.X", locale)));
            html.append("<h3>").append(e(t("panel.field.birthYear", locale))).append("</h3>");
            html.append("<div class=\"lines\"></div>");
            html.append("<p>").append(e(t("survey.paper.thanks", locale))).append("</p></div>");
        }
        return html.append("</body></html>").toString();
    }

    private void question(StringBuilder html, int number, Question q, List<Area> areas, Locale locale) {
        html.append("<h2>").append(number).append(". ").append(e(q.text())).append("</h2>");
        if (q.conditional()) {
            html.append("<p>").append(e(t("survey.paper.conditional", locale))).append("</p>");
        }
        if (!q.help().isBlank()) {
            html.append("<p>").append(e(q.help())).append("</p>");
        }
        List<String> labels = q.options(areas).stream()
                .map(o -> o.translate() ? t(o.label(), locale) : o.label())
                .toList();
        switch (q.kind()) {
            case TEXT -> html.append("<div class=\"lines\"></div>".repeat(4));
            case NUMBER -> html.append("<div class=\"lines\"></div>");
            case MULTIPLE -> {
                html.append("<p>").append(e(t("survey.paper.several", locale))).append("</p>");
                choices(html, null, labels);
            }
            case RANKING -> {
                html.append("<p>").append(e(t("survey.paper.ranking", locale))).append("</p>");
                html.append("<ul>");
                labels.forEach(l -> html.append("<li>___ ").append(e(l)).append("</li>"));
                html.append("</ul>");
            }
            case MATRIX -> {
                html.append("<table><thead><tr><th></th>");
                labels.forEach(
                        l -> html.append("<th scope=\"col\">").append(e(l)).append("</th>"));
                html.append("</tr></thead><tbody>");
                for (Option row : q.rows()) {
                    html.append("<tr><th scope=\"row\">").append(e(row.label())).append("</th>");
                    labels.forEach(l -> html.append("<td class=\"box\">&#9744;</td>"));
                    html.append("</tr>");
                }
                html.append("</tbody></table>");
            }
            default -> choices(html, null, labels);
        }
    }

    private static void choices(StringBuilder html, String heading, List<String> labels) {
        if (heading != null) {
            html.append("<h3>").append(e(heading)).append("</h3>");
        }
        html.append("<ul>");
        labels.forEach(l -> html.append("<li><span class=\"box\">&#9744;</span> ")
                .append(e(l))
                .append("</li>"));
        html.append("</ul>");
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
