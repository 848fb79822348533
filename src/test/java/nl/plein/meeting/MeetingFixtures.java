package nl.plein.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.plein.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Meetings for tests, and what the outbox holds for one recipient. */
public final class MeetingFixtures {

    private MeetingFixtures() {}

    public static MeetingForm form(String title, int capacity, LocalDate day, String start, String end) {
        return form(title, capacity, day, start, end, false);
    }

    public static MeetingForm form(
            String title, int capacity, LocalDate day, String start, String end, boolean emailRegistration) {
        return new MeetingForm(
                title,
                "Praat mee over het dorp.",
                "IN_PERSON",
                "Dorpshuis De Schakel, Kerkstraat 4",
                "",
                day.toString(),
                start,
                end,
                String.valueOf(capacity),
                "Heeft u hulp nodig om te komen?",
                false,
                emailRegistration,
                "",
                UUID.randomUUID().toString(),
                0);
    }

    record SentMail(String subject, String body, String contentType, byte[] attachment) {}

    /** The token of the cancel link in the latest mail to this address (only its hash is in the database). */
    static String cancelToken(JdbcClient jdbc, OrganisationId org, String recipient) {
        var mails = outbox(jdbc, org, recipient);
        var link = java.util.regex.Pattern.compile("/bijeenkomsten/afmelden/([A-Za-z0-9_-]{43})")
                .matcher(mails.getLast().body());
        if (!link.find()) throw new IllegalStateException("No cancel link in the mail to " + recipient);
        return link.group(1);
    }

    /** The mails in the outbox for one address, oldest first, with their first attachment if any. */
    static List<SentMail> outbox(JdbcClient jdbc, OrganisationId org, String recipient) {
        return jdbc.sql("""
                        select m.subject, m.body, a.content_type, a.content from mail_outbox m
                        left join mail_attachment a on a.organisation_id = m.organisation_id and a.mail_id = m.id and a.position = 0
                        where m.organisation_id = ? and m.recipient = ? order by m.id""")
                .params(org.value(), recipient)
                .query((rs, i) -> new SentMail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .list();
    }
}
