package nl.plein.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.EmailAddress;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;
import nl.plein.shared.OnBehalf;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import nl.plein.shared.SecretTokens;
import nl.plein.shared.SignedInPerson;
import nl.plein.shared.Voter;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meeting module's use cases. Registration takes the meeting's row lock, so places are counted
 * one registration at a time: never more people registered than the capacity, however many register
 * at once, and the waiting list keeps the order in which people arrived.
 */
@Service
public class MeetingManagement {

    /** Meetings happen in the Netherlands: dates and times staff enter are local there. */
    public static final int MAX_ANSWER = 1_000;

    public static final int MAX_PHONE = 30;

    static final Duration REMINDER_BEFORE = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingMails mails;
    private final Organisations organisations;
    /** Lazily: the project module needs every component type, the meeting's too, which needs this. */
    private final ObjectProvider<ProjectManagement> projects;

    private final JsonMapper json = JsonMapper.builder().build();

    MeetingManagement(
            JdbcClient jdbc,
            AuditLog audit,
            MeetingMails mails,
            Organisations organisations,
            ObjectProvider<ProjectManagement> projects) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.mails = mails;
        this.organisations = organisations;
        this.projects = projects;
    }

    // ---- queries

    private static final String SELECT = """
            select m.*,
              (select count(*) from meeting_registration r where r.organisation_id = m.organisation_id
                 and r.meeting_id = m.id and r.status = 'REGISTERED') as registered,
              (select count(*) from meeting_registration r where r.organisation_id = m.organisation_id
                 and r.meeting_id = m.id and r.status = 'WAITING') as waiting
            from meeting m""";

    public Optional<Meeting> meeting(OrganisationId org, long id) {
        return jdbc.sql(SELECT + " where m.organisation_id = ? and m.id = ?")
                .params(org.value(), id)
                .query(MeetingManagement::meeting)
                .optional();
    }

    /** Meetings residents see: never those for staff only. Soonest first. */
    public List<Meeting> publicMeetings(OrganisationId org) {
        return jdbc.sql(SELECT + " where m.organisation_id = ? and not m.staff_only order by m.starts_at limit 200")
                .param(org.value())
                .query(MeetingManagement::meeting)
                .list();
    }

    /** Public meetings whose title or description matches, the coming ones first, then the latest past ones. */
    public List<Meeting> search(OrganisationId org, String query, int limit) {
        return jdbc.sql(SELECT + " " + """
                        where m.organisation_id = ? and not m.staff_only
                          and to_tsvector('dutch', m.title || ' ' || m.description) @@ websearch_to_tsquery('dutch', ?)
                        order by m.starts_at < now(), abs(extract(epoch from m.starts_at - now())) limit ?""")
                .params(org.value(), query, limit)
                .query(MeetingManagement::meeting)
                .list();
    }

    /** Every meeting of the organisation for the back office, newest first. */
    public List<Meeting> allMeetings(OrganisationId org) {
        return jdbc.sql(SELECT + " where m.organisation_id = ? order by m.starts_at desc limit 500")
                .param(org.value())
                .query(MeetingManagement::meeting)
                .list();
    }

    public List<Meeting> meetingsOfProject(OrganisationId org, long projectId) {
        return jdbc.sql(SELECT + " where m.organisation_id = ? and m.project_id = ? and not m.staff_only"
                        + " order by m.starts_at")
                .params(org.value(), projectId)
                .query(MeetingManagement::meeting)
                .list();
    }

    /** Everyone who registered, with a place first, then the waiting list in order, then cancellations. */
    public List<Registration> registrations(OrganisationId org, long meetingId) {
        return jdbc.sql(REGISTRATION + """
                         where r.organisation_id = ? and r.meeting_id = ?
                         order by case r.status when 'REGISTERED' then 0 when 'WAITING' then 1 else 2 end, r.arrival""")
                .params(org.value(), meetingId)
                .query(this::registration)
                .list();
    }

    /** The person's registration that is not cancelled, if any. */
    public Optional<Registration> registrationOf(OrganisationId org, long meetingId, long accountId) {
        return jdbc.sql(REGISTRATION + """
                         where r.organisation_id = ? and r.meeting_id = ? and r.account_id = ? and r.status <> 'CANCELLED'""")
                .params(org.value(), meetingId, accountId)
                .query(this::registration)
                .optional();
    }

    /** The live registration without an account for this address, if any (addresses compare without case). */
    Optional<Registration> registrationOfAddress(OrganisationId org, long meetingId, String email) {
        return jdbc.sql(REGISTRATION + """
                         where r.organisation_id = ? and r.meeting_id = ? and r.account_id is null
                           and lower(r.email) = lower(?) and r.status <> 'CANCELLED'""")
                .params(org.value(), meetingId, email)
                .query(this::registration)
                .optional();
    }

    public Optional<Registration> registrationById(OrganisationId org, long id) {
        return jdbc.sql(REGISTRATION + " where r.organisation_id = ? and r.id = ?")
                .params(org.value(), id)
                .query(this::registration)
                .optional();
    }

    /** The registration a cancel link is for; the token is known only by its hash. */
    public Optional<Registration> registrationByToken(OrganisationId org, String token) {
        return jdbc.sql(REGISTRATION + """
                        where r.organisation_id = ? and r.id = (select t.registration_id from meeting_cancel_token t
                          where t.organisation_id = ? and t.token_hash = ?)""")
                .params(org.value(), org.value(), SecretTokens.hash(token))
                .query(this::registration)
                .optional();
    }

    private static final String REGISTRATION = """
            select r.*, case when r.status = 'WAITING' then (select count(*) from meeting_registration w
                where w.organisation_id = r.organisation_id and w.meeting_id = r.meeting_id and w.status = 'WAITING'
                and w.arrival <= r.arrival) else 0 end as waiting_position
            from meeting_registration r
            """;

    // ---- staff commands

    @Transactional
    public long create(OrganisationId org, SignedInPerson person, MeetingForm form, boolean staffOnly) {
        check(org, form);
        UUID requestKey = RequestKey.parse(form.requestKey());
        if (requestKey != null) {
            Optional<Long> existing = jdbc.sql("select id from meeting where organisation_id = ? and request_key = ?")
                    .params(org.value(), requestKey)
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        long id = jdbc.sql("""
                        insert into meeting (organisation_id, title, description, online, place, online_link, starts_at,
                          ends_at, capacity, questions, staff_only, worksheet, email_registration, project_id, uid,
                          request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        form.title(),
                        form.description(),
                        form.online(),
                        form.place(),
                        form.online() ? form.onlineLink() : "",
                        java.sql.Timestamp.from(form.startsAt()),
                        java.sql.Timestamp.from(form.endsAt()),
                        form.parseCapacity(),
                        form.questions(),
                        staffOnly,
                        form.worksheet(),
                        form.emailRegistration(),
                        form.project(),
                        UUID.randomUUID() + "@plein",
                        requestKey)
                .query(Long.class)
                .single();
        audit.record(org, Actor.of(person), "meeting.created", String.valueOf(id), form.title());
        return id;
    }

    /**
     * Saves changes. When time, place or link change, everyone with a place gets an update with the
     * same UID and a higher SEQUENCE; more places move people up from the waiting list.
     */
    @Transactional
    public void update(OrganisationId org, SignedInPerson person, long id, MeetingForm form) {
        Meeting before = lock(org, id);
        check(org, form);
        if (before.cancelled()) {
            throw new InvalidMeetingException(new FieldErrors().reject("title", "meeting.error.cancelled"));
        }
        if (form.version() != before.version()) {
            throw new InvalidMeetingException(new FieldErrors().reject("title", "meeting.error.changedMeanwhile"));
        }
        if (form.parseCapacity() < before.registered()) {
            throw new InvalidMeetingException(
                    new FieldErrors().reject("capacity", "meeting.error.capacityBelowRegistered"));
        }
        String link = form.online() ? form.onlineLink() : "";
        boolean calendarChange = !form.startsAt().equals(before.startsAt())
                || !form.endsAt().equals(before.endsAt())
                || form.online() != before.online()
                || !form.place().equals(before.place())
                || !link.equals(before.onlineLink())
                || !form.title().equals(before.title());
        jdbc.sql("""
                        update meeting set title = ?, description = ?, online = ?, place = ?, online_link = ?,
                          starts_at = ?, ends_at = ?, capacity = ?, questions = ?, worksheet = ?,
                          email_registration = ?, project_id = ?,
                          sequence = sequence + ?, version = version + 1
                        where organisation_id = ? and id = ?""")
                .params(
                        form.title(),
                        form.description(),
                        form.online(),
                        form.place(),
                        link,
                        java.sql.Timestamp.from(form.startsAt()),
                        java.sql.Timestamp.from(form.endsAt()),
                        form.parseCapacity(),
                        form.questions(),
                        form.worksheet(),
                        form.emailRegistration(),
                        form.project(),
                        calendarChange ? 1 : 0,
                        org.value(),
                        id)
                .update();
        Meeting after = meeting(org, id).orElseThrow();
        if (calendarChange) {
            for (Registration registration : withStatus(org, id, RegistrationStatus.REGISTERED)) {
                mails.updated(org, after, registration);
            }
        }
        moveUp(org, after);
        audit.record(org, Actor.of(person), "meeting.updated", String.valueOf(id), form.title());
    }

    /** Cancels the meeting: everyone with a place gets a cancellation for their calendar, everyone waiting a mail. */
    @Transactional
    public void cancelMeeting(OrganisationId org, SignedInPerson person, long id) {
        Meeting before = lock(org, id);
        if (before.cancelled()) {
            return;
        }
        jdbc.sql("""
                        update meeting set status = 'CANCELLED', sequence = sequence + 1, version = version + 1
                        where organisation_id = ? and id = ?""").params(org.value(), id).update();
        Meeting after = meeting(org, id).orElseThrow();
        for (Registration registration : registrations(org, id)) {
            if (registration.status() != RegistrationStatus.CANCELLED) {
                mails.meetingCancelled(org, after, registration);
            }
        }
        audit.record(org, Actor.of(person), "meeting.cancelled", String.valueOf(id), before.title());
    }

    /** Marks who came; registrations not in {@code present} are marked absent. */
    @Transactional
    public void recordAttendance(OrganisationId org, SignedInPerson person, long meetingId, Set<Long> present) {
        lock(org, meetingId);
        jdbc.sql("""
                        update meeting_registration set attended = (id = any(?))
                        where organisation_id = ? and meeting_id = ? and status = 'REGISTERED'""")
                .params(present.toArray(Long[]::new), org.value(), meetingId)
                .update();
        audit.record(org, Actor.of(person), "meeting.attendanceTaken", String.valueOf(meetingId), present.size() + "");
    }

    /** Saves the summary; {@code publish} shows it to residents on the meeting and project pages. */
    @Transactional
    public void saveSummary(
            OrganisationId org, SignedInPerson person, long meetingId, String summary, boolean publish) {
        lock(org, meetingId);
        String text = summary == null ? "" : summary.strip();
        if (text.length() > 50_000) {
            throw new InvalidMeetingException(new FieldErrors().reject("summary", "meeting.error.tooLong"));
        }
        if (publish && text.isEmpty()) {
            throw new InvalidMeetingException(new FieldErrors().reject("summary", "meeting.error.summary"));
        }
        jdbc.sql("""
                        update meeting set summary = ?, summary_published_at = case when ? then coalesce(summary_published_at, now()) else null end
                        where organisation_id = ? and id = ?""").params(text, publish, org.value(), meetingId).update();
        audit.record(
                org,
                Actor.of(person),
                publish ? "meeting.summaryPublished" : "meeting.summarySaved",
                String.valueOf(meetingId),
                "");
    }

    // ---- registration

    /**
     * Registers a person: a place while there is one, else the waiting list. Registering twice gives
     * the registration that exists. The meeting's row lock makes the count and the insert one step.
     */
    @Transactional
    public Registration register(OrganisationId org, long meetingId, Registrant who, Map<String, String> answers) {
        return register(org, meetingId, who, answers, language(), siteUrl(org));
    }

    /**
     * Registers a resident a staff member signs up (at a desk, by phone, from a paper slip). A resident known by
     * their panel membership or letter code holds one place; without an e-mail address no mail goes out, and
     * a phone number lets the organiser reach them. A double submit (same request key) registers once.
     */
    @Transactional
    public Registration register(
            OrganisationId org, long meetingId, OnBehalf behalf, String email, String phone, String requestKey) {
        String address = email == null ? "" : email.strip();
        String number = phone == null ? "" : phone.strip();
        var errors = new FieldErrors()
                .rejectIf(!address.isEmpty() && !EmailAddress.plausible(address), "email", "meeting.error.email")
                .rejectIf(number.length() > MAX_PHONE, "phone", "meeting.error.phone");
        if (!errors.isEmpty()) {
            throw new InvalidMeetingException(errors);
        }
        Voter voter = behalf.voter();
        var who = new Registrant(voter == null ? null : voter.accountId(), behalf.residentName(), address, false);
        Registration registration = register(
                org,
                meetingId,
                who,
                new Assisted(behalf, number, RequestKey.parse(requestKey)),
                Map.of(),
                language(),
                siteUrl(org));
        audit.record(
                org,
                Actor.of(behalf.staff()),
                "meeting.registeredForResident",
                "registration:" + registration.id(),
                behalf.channel().name());
        return registration;
    }

    /** What a registration staff entered carries besides the registrant. */
    private record Assisted(OnBehalf behalf, String phone, UUID requestKey) {

        String voterKey() {
            return behalf.voter() == null || behalf.voter().accountId() != null
                    ? null
                    : behalf.voter().key();
        }
    }

    /** As above, with the language and site address mails to this person use (an e-mail request keeps its own). */
    Registration register(
            OrganisationId org,
            long meetingId,
            Registrant who,
            Map<String, String> answers,
            String locale,
            String siteUrl) {
        return register(org, meetingId, who, null, answers, locale, siteUrl);
    }

    private Registration register(
            OrganisationId org,
            long meetingId,
            Registrant who,
            Assisted assisted,
            Map<String, String> answers,
            String locale,
            String siteUrl) {
        Meeting meeting = lock(org, meetingId);
        if (meeting.staffOnly() && !who.staff()) {
            throw new MeetingNotFoundException();
        }
        if (!meeting.open()) {
            throw new InvalidMeetingException(new FieldErrors().reject("register", "meeting.error.closed"));
        }
        var errors = new FieldErrors();
        Map<String, String> clean = answers(meeting, answers, errors);
        if (!errors.isEmpty()) {
            throw new InvalidMeetingException(errors);
        }
        Optional<Registration> existing = existing(org, meetingId, who, assisted);
        if (existing.isPresent()) {
            return existing.get();
        }
        long arrival =
                jdbc.sql("""
                        select coalesce(max(arrival), 0) + 1 from meeting_registration
                        where organisation_id = ? and meeting_id = ?""").params(org.value(), meetingId).query(Long.class).single();
        RegistrationStatus status =
                meeting.registered() < meeting.capacity() ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        long id = jdbc.sql("""
                        insert into meeting_registration (organisation_id, meeting_id, account_id, name, email, status,
                          arrival, answers, locale, site_url, channel, entered_by, phone, voter_key, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        meetingId,
                        who.accountId(),
                        who.name(),
                        who.email(),
                        status.name(),
                        arrival,
                        json.writeValueAsString(clean),
                        locale,
                        siteUrl,
                        assisted == null
                                ? InputChannel.ONLINE.name()
                                : assisted.behalf().channel().name(),
                        assisted == null ? null : assisted.behalf().staff().accountId(),
                        assisted == null ? "" : assisted.phone(),
                        assisted == null ? null : assisted.voterKey(),
                        assisted == null ? null : assisted.requestKey())
                .query(Long.class)
                .single();
        Registration registration = byId(org, id);
        if (registration.registered()) {
            mails.confirmed(org, meeting, registration);
        } else {
            mails.waiting(org, meeting, registration);
        }
        return registration;
    }

    /** The live registration of this person (or of this double submit), if any. */
    private Optional<Registration> existing(OrganisationId org, long meetingId, Registrant who, Assisted assisted) {
        if (assisted != null && assisted.requestKey() != null) {
            Optional<Registration> submitted = jdbc.sql(
                            REGISTRATION + " where r.organisation_id = ? and r.request_key = ?")
                    .params(org.value(), assisted.requestKey())
                    .query(this::registration)
                    .optional();
            if (submitted.isPresent()) {
                return submitted;
            }
        }
        if (who.accountId() != null) {
            return registrationOf(org, meetingId, who.accountId());
        }
        if (assisted != null && assisted.voterKey() != null) {
            Optional<Registration> byVoter = jdbc.sql(REGISTRATION + """
                             where r.organisation_id = ? and r.meeting_id = ? and r.voter_key = ?
                               and r.status <> 'CANCELLED'""")
                    .params(org.value(), meetingId, assisted.voterKey())
                    .query(this::registration)
                    .optional();
            if (byVoter.isPresent()) {
                return byVoter;
            }
        }
        // Without an account, an address is one person too (it is unique among live registrations).
        return who.email().isEmpty() ? Optional.empty() : registrationOfAddress(org, meetingId, who.email());
    }

    /** The answers to the meeting's questions by question, from the form's fields answer0, answer1, ... */
    static Map<String, String> answers(Meeting meeting, Map<String, String> fields, FieldErrors errors) {
        var clean = new LinkedHashMap<String, String>();
        List<String> questions = meeting.questionList();
        for (int i = 0; i < questions.size(); i++) {
            String answer = fields.getOrDefault("answer" + i, "").strip();
            errors.rejectIf(answer.length() > MAX_ANSWER, "answer" + i, "meeting.error.tooLong");
            clean.put(questions.get(i), answer);
        }
        return clean;
    }

    /**
     * Cancels a registration by its personal link. A freed place goes to the first person waiting,
     * who gets a confirmation. Cancelling twice changes nothing.
     */
    @Transactional
    public Optional<Registration> cancelRegistration(OrganisationId org, String token) {
        return registrationByToken(org, token).map(found -> cancel(org, found));
    }

    /** Cancels a signed-in resident's own registration for a meeting, if they have one. */
    @Transactional
    public Optional<Registration> cancelOwnRegistration(OrganisationId org, long meetingId, long accountId) {
        return registrationOf(org, meetingId, accountId).map(found -> cancel(org, found));
    }

    private Registration cancel(OrganisationId org, Registration found) {
        Meeting meeting = lock(org, found.meetingId());
        Registration registration = byId(org, found.id());
        if (registration.status() == RegistrationStatus.CANCELLED) {
            return registration;
        }
        jdbc.sql("update meeting_registration set status = 'CANCELLED' where organisation_id = ? and id = ?")
                .params(org.value(), registration.id())
                .update();
        if (registration.registered() && !meeting.cancelled()) {
            mails.registrationCancelled(org, meeting, registration);
        }
        moveUp(org, meeting(org, meeting.id()).orElseThrow());
        return byId(org, registration.id());
    }

    /** Fills free places from the waiting list, in order of arrival; the caller holds the meeting's lock. */
    private void moveUp(OrganisationId org, Meeting meeting) {
        if (meeting.cancelled() || !meeting.open()) {
            return;
        }
        long free = meeting.capacity() - meeting.registered();
        if (free <= 0) {
            return;
        }
        List<Long> promoted = jdbc.sql("""
                        update meeting_registration set status = 'REGISTERED'
                        where organisation_id = ? and id in (select id from meeting_registration
                          where organisation_id = ? and meeting_id = ? and status = 'WAITING' order by arrival limit ?)
                        returning id""")
                .params(org.value(), org.value(), meeting.id(), free)
                .query(Long.class)
                .list();
        for (long id : promoted) {
            mails.movedUp(org, meeting, byId(org, id));
        }
    }

    /**
     * Sends the reminder, with the calendar file again, to everyone with a place in a meeting that
     * starts within a day. Safe with several nodes: each row is taken by one.
     */
    @Transactional
    public int sendReminders() {
        record Due(long organisationId, long registrationId, long meetingId) {}
        List<Due> due = jdbc.sql("""
                        select r.organisation_id, r.id, r.meeting_id from meeting_registration r
                        join meeting m on m.organisation_id = r.organisation_id and m.id = r.meeting_id
                        where r.status = 'REGISTERED' and r.reminded_at is null and m.status = 'PLANNED'
                          and m.starts_at > now() and m.starts_at <= now() + ?::interval
                        order by r.organisation_id, r.id limit 500 for update of r skip locked""")
                .param(REMINDER_BEFORE.toHours() + " hours")
                .query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
        for (Due d : due) {
            OrganisationId org = new OrganisationId(d.organisationId());
            mails.reminder(org, meeting(org, d.meetingId()).orElseThrow(), byId(org, d.registrationId()));
            jdbc.sql("update meeting_registration set reminded_at = now() where organisation_id = ? and id = ?")
                    .params(d.organisationId(), d.registrationId())
                    .update();
        }
        return due.size();
    }

    // ---- helpers

    private void check(OrganisationId org, MeetingForm form) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty() && form.project() != null) {
            boolean exists = projects.getObject().project(org, form.project()).isPresent();
            errors.rejectIf(!exists, "projectId", "meeting.error.project");
        }
        if (!errors.isEmpty()) {
            throw new InvalidMeetingException(errors);
        }
    }

    /** The meeting, locked until the transaction ends: registrations and changes go one at a time. */
    private Meeting lock(OrganisationId org, long id) {
        jdbc.sql("select id from meeting where organisation_id = ? and id = ? for update")
                .params(org.value(), id)
                .query(Long.class)
                .optional()
                .orElseThrow(MeetingNotFoundException::new);
        return meeting(org, id).orElseThrow(MeetingNotFoundException::new);
    }

    private List<Registration> withStatus(OrganisationId org, long meetingId, RegistrationStatus status) {
        return registrations(org, meetingId).stream()
                .filter(r -> r.status() == status)
                .toList();
    }

    private Registration byId(OrganisationId org, long id) {
        return registrationById(org, id).orElseThrow();
    }

    /** The meeting as an .ics file for anyone's calendar (published meetings only; the caller checks). */
    public byte[] calendarFile(OrganisationId org, Meeting meeting) {
        return mails.calendarFile(org, meeting, siteUrl(org));
    }

    /** Links in mails point to the site the person used; outside a request, to the organisation's first hostname. */
    String siteUrl(OrganisationId org) {
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "https://" + organisations.hostnames(org).stream().findFirst().orElse("localhost");
    }

    /** The language the person uses now; Dutch outside a request (Dutch is the site's default). */
    static String language() {
        var context = LocaleContextHolder.getLocaleContext();
        return context != null
                        && context.getLocale() != null
                        && context.getLocale().getLanguage().equals("en")
                ? "en"
                : "nl";
    }

    private static Meeting meeting(ResultSet rs, int i) throws SQLException {
        long project = rs.getLong("project_id");
        boolean noProject = rs.wasNull();
        var published = rs.getTimestamp("summary_published_at");
        return new Meeting(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getBoolean("online"),
                rs.getString("place"),
                rs.getString("online_link"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("capacity"),
                rs.getString("questions"),
                rs.getBoolean("staff_only"),
                rs.getBoolean("worksheet"),
                rs.getBoolean("email_registration"),
                noProject ? null : project,
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getString("uid"),
                rs.getInt("sequence"),
                rs.getString("summary"),
                published == null ? null : published.toInstant(),
                rs.getInt("version"),
                rs.getLong("registered"),
                rs.getLong("waiting"));
    }

    private Registration registration(ResultSet rs, int i) throws SQLException {
        boolean attended = rs.getBoolean("attended");
        Boolean attendance = rs.wasNull() ? null : attended;
        Map<String, String> answers = json.readValue(rs.getString("answers"), new TypeReference<>() {});
        return new Registration(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getObject("account_id", Long.class),
                rs.getString("name"),
                rs.getString("email"),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getLong("arrival"),
                answers,
                attendance,
                rs.getTimestamp("registered_at").toInstant(),
                rs.getInt("waiting_position"),
                rs.getString("locale"),
                rs.getString("site_url"),
                InputChannel.valueOf(rs.getString("channel")),
                rs.getString("phone"));
    }

    static Instant now() {
        return Instant.now();
    }
}
