package nl.plein.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.shared.EmailAddress;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration with only an e-mail address, where the organiser allows it: for people without an account (or who
 * would rather not make one). The request waits until its link is used, so nobody can take a place in someone
 * else's name; the link opens a page whose button confirms, so a mail scanner following the link registers no
 * one. Asking again for the same address keeps one request and one link; a repeated click confirms once.
 */
@Service
public class EmailRegistrations {

    static final int MAX_NAME = 200;

    /** An unconfirmed request is forgotten after this long: its link stops working and its data is deleted. */
    static final Duration VALID_FOR = Duration.ofDays(7);

    /** A second request for the same address within this time sends no second mail (a double submit, say). */
    static final Duration RESEND_AFTER = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final MeetingManagement meetings;
    private final MeetingMails mails;
    private final JsonMapper json = JsonMapper.builder().build();

    EmailRegistrations(JdbcClient jdbc, MeetingManagement meetings, MeetingMails mails) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.mails = mails;
    }

    /** A request waiting for (or done by) its confirmation link. */
    public record Request(
            UUID token, long meetingId, String name, String email, Instant requestedAt, Long registrationId) {

        public boolean expired(Instant now) {
            return registrationId == null && requestedAt.plus(VALID_FOR).isBefore(now);
        }
    }

    /**
     * Records the request and mails the confirmation link. Says nothing about whether the address is already
     * registered, so the form cannot be used to find out who comes.
     */
    @Transactional
    public void request(OrganisationId org, long meetingId, String name, String email, Map<String, String> fields) {
        Meeting meeting = meetings.meeting(org, meetingId)
                .filter(m -> m.emailRegistration() && !m.staffOnly())
                .orElseThrow(MeetingNotFoundException::new);
        var errors = new FieldErrors();
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip();
        errors.rejectIf(!meeting.open(), "register", "meeting.error.closed");
        errors.rejectIf(cleanName.isEmpty(), "name", "meeting.error.name");
        errors.rejectIf(cleanName.length() > MAX_NAME, "name", "meeting.error.tooLong");
        errors.rejectIf(!EmailAddress.plausible(cleanEmail), "email", "meeting.error.email");
        // Kept as the form's fields, so the confirmation checks them against the questions as they are then.
        MeetingManagement.answers(meeting, fields, errors);
        if (!errors.isEmpty()) {
            throw new InvalidMeetingException(errors);
        }
        var answers = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < meeting.questionList().size(); i++) {
            answers.put("answer" + i, fields.getOrDefault("answer" + i, "").strip());
        }
        Instant now = Instant.now();
        String language = MeetingManagement.language();
        String site = meetings.siteUrl(org);
        Optional<Instant> mailedBefore = jdbc.sql("""
                        select requested_at from meeting_email_request
                        where organisation_id = ? and meeting_id = ? and lower(email) = lower(?)
                          and registration_id is null for update""")
                .params(org.value(), meetingId, cleanEmail)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
        UUID token = jdbc.sql("""
                        insert into meeting_email_request (organisation_id, meeting_id, name, email, answers, locale,
                          site_url, requested_at)
                        values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                        on conflict (organisation_id, meeting_id, lower(email)) where registration_id is null
                        do update set name = excluded.name, email = excluded.email, answers = excluded.answers,
                          locale = excluded.locale, site_url = excluded.site_url, requested_at = excluded.requested_at
                        returning token""")
                .params(
                        org.value(),
                        meetingId,
                        cleanName,
                        cleanEmail,
                        json.writeValueAsString(answers),
                        language,
                        site,
                        java.sql.Timestamp.from(now))
                .query(UUID.class)
                .single();
        if (mailedBefore.isEmpty() || mailedBefore.get().plus(RESEND_AFTER).isBefore(now)) {
            mails.confirmRequest(org, meeting, cleanName, cleanEmail, language, site, token);
        }
    }

    public Optional<Request> request(OrganisationId org, UUID token) {
        return stored(org, token, "").map(Stored::request);
    }

    /** A request with what the confirmation needs: the form's answers and where and in which language to mail. */
    private record Stored(Request request, String answers, String locale, String siteUrl) {}

    private Optional<Stored> stored(OrganisationId org, UUID token, String lock) {
        return jdbc.sql("""
                        select token, meeting_id, name, email, answers, locale, site_url, requested_at, registration_id
                        from meeting_email_request where organisation_id = ? and token = ?""" + lock)
                .params(org.value(), token)
                .query((rs, i) -> new Stored(
                        new Request(
                                rs.getObject("token", UUID.class),
                                rs.getLong("meeting_id"),
                                rs.getString("name"),
                                rs.getString("email"),
                                rs.getTimestamp("requested_at").toInstant(),
                                rs.getObject("registration_id", Long.class)),
                        rs.getString("answers"),
                        rs.getString("locale"),
                        rs.getString("site_url")))
                .optional();
    }

    /**
     * Turns the request into a registration: a place, else the waiting list, with the usual mails. A second
     * confirmation gives the same registration; an expired link or a closed meeting is refused.
     */
    @Transactional
    public Registration confirm(OrganisationId org, UUID token) {
        Stored stored = stored(org, token, " for update").orElseThrow(MeetingNotFoundException::new);
        Request request = stored.request();
        if (request.registrationId() != null) {
            return meetings.registrationById(org, request.registrationId()).orElseThrow(MeetingNotFoundException::new);
        }
        if (request.expired(Instant.now())) {
            throw new InvalidMeetingException(new FieldErrors().reject("register", "meeting.error.linkExpired"));
        }
        Map<String, String> answers = json.readValue(stored.answers(), new TypeReference<>() {});
        Registration registration = meetings.register(
                org,
                request.meetingId(),
                new Registrant(null, request.name(), request.email(), false),
                answers,
                stored.locale(),
                stored.siteUrl());
        jdbc.sql("update meeting_email_request set registration_id = ? where organisation_id = ? and token = ?")
                .params(registration.id(), org.value(), token)
                .update();
        return registration;
    }

    /** Deletes requests nobody confirmed in time: a name and address kept for nothing. */
    @Transactional
    public int forgetUnconfirmed() {
        return jdbc.sql("delete from meeting_email_request where registration_id is null and requested_at < ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(VALID_FOR)))
                .update();
    }
}
