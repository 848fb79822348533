package nl.plein.training;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.mail.MailOutbox;
import nl.plein.meeting.Meeting;
import nl.plein.meeting.MeetingForm;
import nl.plein.meeting.MeetingManagement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import nl.plein.tenancy.Organisations;
import nl.plein.training.Training.Course;
import nl.plein.training.Training.Kind;
import nl.plein.training.Training.Module;
import nl.plein.training.Training.Progress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The training programme's use cases. Coordinators (organisation admins) make courses, modules and
 * sessions, follow progress and send reminders; every staff member enrols and marks modules done.
 * Every query is scoped to the organisation.
 */
@Service
public class TrainingProgramme {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 50_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingManagement meetings;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Organisations organisations;

    TrainingProgramme(
            JdbcClient jdbc,
            AuditLog audit,
            MeetingManagement meetings,
            MailOutbox outbox,
            MessageSource messages,
            Organisations organisations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.meetings = meetings;
        this.outbox = outbox;
        this.messages = messages;
        this.organisations = organisations;
    }

    /** Coordinators are organisation admins: they already manage the organisation's staff. */
    public static boolean coordinator(PleinPrincipal person) {
        return person != null && person.has(StaffRole.ORGANISATION_ADMIN);
    }

    // ---- queries

    private static final String COURSE = """
            select c.id, c.title, c.description,
              (select count(*) from training_module m where m.organisation_id = c.organisation_id and m.course_id = c.id) as modules,
              (select count(*) from training_enrolment e where e.organisation_id = c.organisation_id and e.course_id = c.id) as enrolled
            from training_course c
            """;

    public List<Course> courses(OrganisationId org) {
        return jdbc.sql(COURSE + " where c.organisation_id = ? order by c.created_at, c.id")
                .param(org.value())
                .query(TrainingProgramme::course)
                .list();
    }

    public Optional<Course> course(OrganisationId org, long id) {
        return jdbc.sql(COURSE + " where c.organisation_id = ? and c.id = ?")
                .params(org.value(), id)
                .query(TrainingProgramme::course)
                .optional();
    }

    public List<Module> modules(OrganisationId org, long courseId) {
        return jdbc.sql("""
                        select * from training_module where organisation_id = ? and course_id = ? order by position, id""")
                .params(org.value(), courseId)
                .query(TrainingProgramme::module)
                .list();
    }

    public Optional<Module> module(OrganisationId org, long courseId, long moduleId) {
        return jdbc.sql("select * from training_module where organisation_id = ? and course_id = ? and id = ?")
                .params(org.value(), courseId, moduleId)
                .query(TrainingProgramme::module)
                .optional();
    }

    /** The course's sessions: meetings for staff only, soonest first. */
    public List<Meeting> sessions(OrganisationId org, long courseId) {
        return jdbc
                .sql("select meeting_id from training_session where organisation_id = ? and course_id = ?")
                .params(org.value(), courseId)
                .query(Long.class)
                .list()
                .stream()
                .flatMap(id -> meetings.meeting(org, id).stream())
                .sorted((a, b) -> a.startsAt().compareTo(b.startsAt()))
                .toList();
    }

    public boolean enrolled(OrganisationId org, long courseId, long accountId) {
        return jdbc.sql(
                                "select count(*) from training_enrolment where organisation_id = ? and course_id = ? and account_id = ?")
                        .params(org.value(), courseId, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The courses this person is enrolled in. */
    public Set<Long> enrolments(OrganisationId org, long accountId) {
        return new HashSet<>(
                jdbc.sql("select course_id from training_enrolment where organisation_id = ? and account_id = ?")
                        .params(org.value(), accountId)
                        .query(Long.class)
                        .list());
    }

    public Set<Long> completed(OrganisationId org, long accountId) {
        return new HashSet<>(
                jdbc.sql("select module_id from training_completion where organisation_id = ? and account_id = ?")
                        .params(org.value(), accountId)
                        .query(Long.class)
                        .list());
    }

    /** Everyone enrolled in the course and what they completed; for coordinators. */
    public List<Progress> progress(OrganisationId org, long courseId) {
        Map<Long, Set<Long>> done = new HashMap<>();
        jdbc.sql("""
                        select c.account_id, c.module_id from training_completion c
                        join training_module m on m.organisation_id = c.organisation_id and m.id = c.module_id
                        where c.organisation_id = ? and m.course_id = ?""")
                .params(org.value(), courseId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e ->
                        done.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return jdbc.sql("""
                        select account_id, name, email, enrolled_at, reminded_at from training_enrolment
                        where organisation_id = ? and course_id = ? order by name""")
                .params(org.value(), courseId)
                .query((rs, i) -> {
                    var reminded = rs.getTimestamp(5);
                    return new Progress(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            Set.copyOf(done.getOrDefault(rs.getLong(1), Set.of())),
                            reminded == null ? null : reminded.toInstant());
                })
                .list();
    }

    // ---- coordinators

    @Transactional
    public long createCourse(
            OrganisationId org, PleinPrincipal person, String title, String description, String requestKey) {
        requireCoordinator(person);
        String t = strip(title);
        String d = strip(description);
        var errors = new FieldErrors()
                .rejectIf(t.isEmpty(), "title", "training.error.title")
                .rejectIf(t.length() > MAX_TITLE, "title", "training.error.tooLong")
                .rejectIf(d.length() > MAX_TEXT, "description", "training.error.tooLong");
        if (!errors.isEmpty()) {
            throw new InvalidTrainingException(errors);
        }
        UUID key = RequestKey.parse(requestKey);
        if (key != null) {
            Optional<Long> existing = jdbc.sql(
                            "select id from training_course where organisation_id = ? and request_key = ?")
                    .params(org.value(), key)
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        long id = jdbc.sql("""
                        insert into training_course (organisation_id, title, description, request_key)
                        values (?, ?, ?, ?) returning id""").params(org.value(), t, d, key).query(Long.class).single();
        audit.record(org, Actor.of(person), "training.courseCreated", String.valueOf(id), t);
        return id;
    }

    @Transactional
    public long addModule(
            OrganisationId org,
            PleinPrincipal person,
            long courseId,
            String title,
            String kind,
            String body,
            String videoUrl) {
        requireCoordinator(person);
        lockCourse(org, courseId);
        String t = strip(title);
        String b = strip(body);
        String v = strip(videoUrl);
        Kind k = kind(kind);
        var errors = new FieldErrors()
                .rejectIf(t.isEmpty(), "moduleTitle", "training.error.title")
                .rejectIf(t.length() > MAX_TITLE, "moduleTitle", "training.error.tooLong")
                .rejectIf(k == null, "kind", "training.error.kind")
                .rejectIf(b.length() > MAX_TEXT, "body", "training.error.tooLong")
                .rejectIf(k != Kind.VIDEO && b.isEmpty(), "body", "training.error.body")
                .rejectIf(k == Kind.VIDEO && !httpLink(v), "videoUrl", "training.error.videoUrl");
        if (!errors.isEmpty()) {
            throw new InvalidTrainingException(errors);
        }
        int position = jdbc.sql(
                        "select coalesce(max(position), 0) + 1 from training_module where organisation_id = ? and course_id = ?")
                .params(org.value(), courseId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        insert into training_module (organisation_id, course_id, position, title, kind, body, video_url)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org.value(), courseId, position, t, k.name(), b, k == Kind.VIDEO ? v : "")
                .query(Long.class)
                .single();
        audit.record(org, Actor.of(person), "training.moduleAdded", String.valueOf(courseId), t);
        return id;
    }

    /** A session is a meeting for staff only; colleagues register for it on the meeting's page. */
    @Transactional
    public long addSession(OrganisationId org, PleinPrincipal person, long courseId, MeetingForm form) {
        requireCoordinator(person);
        lockCourse(org, courseId);
        long meetingId = meetings.create(org, person, form, true);
        jdbc.sql("""
                        insert into training_session (organisation_id, course_id, meeting_id) values (?, ?, ?)
                        on conflict do nothing""").params(org.value(), courseId, meetingId).update();
        audit.record(org, Actor.of(person), "training.sessionAdded", String.valueOf(courseId), form.title());
        return meetingId;
    }

    /**
     * Mails everyone enrolled who has not finished the course, with the modules still to do. Returns
     * how many were reminded.
     */
    @Transactional
    public int remind(OrganisationId org, PleinPrincipal person, long courseId, String siteUrl) {
        requireCoordinator(person);
        Course course = lockCourse(org, courseId);
        List<Module> modules = modules(org, courseId);
        Locale locale = LocaleContextHolder.getLocale();
        String organisation = organisations.byId(org).name();
        int reminded = 0;
        for (Progress p : progress(org, courseId)) {
            List<String> todo = modules.stream()
                    .filter(m -> !p.done(m.id()))
                    .map(m -> "- " + m.title())
                    .toList();
            if (todo.isEmpty()) {
                continue;
            }
            Object[] args = {
                organisation,
                p.name(),
                course.title(),
                String.join("\n", todo),
                siteUrl + "/beheer/training/" + courseId
            };
            outbox.enqueue(
                    org,
                    p.email(),
                    messages.getMessage("training.mail.reminder.subject", args, locale),
                    messages.getMessage("training.mail.reminder.body", args, locale));
            jdbc.sql(
                            "update training_enrolment set reminded_at = now() where organisation_id = ? and course_id = ? and account_id = ?")
                    .params(org.value(), courseId, p.accountId())
                    .update();
            reminded++;
        }
        audit.record(
                org, Actor.of(person), "training.remindersSent", String.valueOf(courseId), String.valueOf(reminded));
        return reminded;
    }

    // ---- every staff member

    /** Enrols a staff member; enrolling twice changes nothing. */
    @Transactional
    public void enrol(OrganisationId org, PleinPrincipal person, long courseId) {
        requireStaff(person);
        lockCourse(org, courseId);
        jdbc.sql("""
                        insert into training_enrolment (organisation_id, course_id, account_id, name, email)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(org.value(), courseId, person.accountId(), person.displayName(), person.email())
                .update();
    }

    /** Marks a module done or not done for the person; only for those enrolled in the course. */
    @Transactional
    public void markDone(OrganisationId org, PleinPrincipal person, long courseId, long moduleId, boolean done) {
        requireStaff(person);
        module(org, courseId, moduleId).orElseThrow(TrainingNotFoundException::new);
        if (!enrolled(org, courseId, person.accountId())) {
            throw new InvalidTrainingException(new FieldErrors().reject("done", "training.error.notEnrolled"));
        }
        if (done) {
            jdbc.sql("""
                            insert into training_completion (organisation_id, module_id, account_id) values (?, ?, ?)
                            on conflict do nothing""").params(org.value(), moduleId, person.accountId()).update();
        } else {
            jdbc.sql("delete from training_completion where organisation_id = ? and module_id = ? and account_id = ?")
                    .params(org.value(), moduleId, person.accountId())
                    .update();
        }
    }

    // ---- helpers

    private Course lockCourse(OrganisationId org, long courseId) {
        jdbc.sql("select id from training_course where organisation_id = ? and id = ? for update")
                .params(org.value(), courseId)
                .query(Long.class)
                .optional()
                .orElseThrow(TrainingNotFoundException::new);
        return course(org, courseId).orElseThrow(TrainingNotFoundException::new);
    }

    private static void requireCoordinator(PleinPrincipal person) {
        if (!coordinator(person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static void requireStaff(PleinPrincipal person) {
        if (person == null || !person.isStaff()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static boolean httpLink(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Kind kind(String value) {
        for (Kind k : Kind.values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static Course course(ResultSet rs, int i) throws SQLException {
        return new Course(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5));
    }

    private static Module module(ResultSet rs, int i) throws SQLException {
        return new Module(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getInt("position"),
                rs.getString("title"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("body"),
                rs.getString("video_url"));
    }
}
