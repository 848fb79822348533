package nl.plein.panel;

import java.io.IOException;
import java.io.Reader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.AccountDeleted;
import nl.plein.identity.PleinPrincipal;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SecretTokens;
import nl.plein.shared.SignedInPerson;
import nl.plein.shared.Voter;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The panel's use cases; every query is scoped to one organisation. */
@Service
public class PanelManagement {

    /** What the survey module needs of a member to invite them: never more. */
    public record Invitee(long memberId, String email) {}

    /** What a response keeps of its respondent for weighting and filters. */
    public record RespondentProfile(Long areaId, Sex sex, AgeBand ageBand) {
        public static final RespondentProfile UNKNOWN = new RespondentProfile(null, null, null);
    }

    static final int MAX_IMPORT_LINES = 20_000;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PanelManagement(JdbcClient jdbc, Organisations organisations, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
    }

    /** A short fingerprint of the organisation's privacy text as it is now: the version a consent refers to. */
    public String privacyVersion(OrganisationId org) {
        return SecretTokens.hash(organisations.byId(org).privacyStatement()).substring(0, 12);
    }

    // ---- the member's own membership

    public Optional<PanelMember> memberOf(OrganisationId org, long accountId) {
        return jdbc.sql("""
                        select m.*,
                          exists (select 1 from panel_consent c where c.organisation_id = m.organisation_id
                                  and c.member_id = m.id and c.purpose = 'SURVEYS') as consent_surveys,
                          exists (select 1 from panel_consent c where c.organisation_id = m.organisation_id
                                  and c.member_id = m.id and c.purpose = 'FOLLOW_UP') as consent_follow_up,
                          (select c.privacy_version from panel_consent c where c.organisation_id = m.organisation_id
                                  and c.member_id = m.id and c.purpose = 'SURVEYS') as privacy_version
                        from panel_member m
                        where m.organisation_id = ? and m.account_id = ? and m.status <> 'LEFT'""")
                .params(org.value(), accountId)
                .query(PanelManagement::member)
                .optional();
    }

    private static PanelMember member(ResultSet rs, int i) throws SQLException {
        return new PanelMember(
                rs.getLong("id"),
                (Long) rs.getObject("account_id"),
                rs.getString("email"),
                (Integer) rs.getObject("birth_year"),
                rs.getString("sex") == null ? null : Sex.valueOf(rs.getString("sex")),
                rs.getString("postcode"),
                (Long) rs.getObject("area_id"),
                rs.getString("education"),
                rs.getString("household"),
                PanelMember.Status.valueOf(rs.getString("status")),
                rs.getObject("joined_on", LocalDate.class),
                rs.getBoolean("consent_surveys"),
                rs.getBoolean("consent_follow_up"),
                rs.getString("privacy_version"));
    }

    /**
     * Joins the panel. With a code from an invitation letter the code must be unused; it is used up in
     * the same transaction, so a code works once even when two people try it at the same moment. A code for
     * everyone keeps working.
     */
    @Transactional
    public FieldErrors join(PleinPrincipal person, ProfileForm form, boolean withCode) {
        OrganisationId org = person.organisationId();
        FieldErrors errors = form.check();
        Long areaId = area(org, form, errors);
        Optional<Boolean> codeForEveryone = Optional.empty();
        if (withCode) {
            if (form.code().isEmpty()) {
                errors.reject("code", "panel.error.code.required");
            } else if (errors.isEmpty()) {
                codeForEveryone = useCode(org, form.code());
                errors.rejectIf(codeForEveryone.isEmpty(), "code", "panel.error.code.invalid");
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (memberOf(org, person.accountId()).isPresent()) {
            return errors; // a second submit of the same form: already a member
        }
        // An imported member with this e-mail address becomes this account's membership.
        Optional<Long> imported = jdbc.sql("""
                        select id from panel_member where organisation_id = ? and lower(email) = lower(?)
                        and account_id is null and status <> 'LEFT'""")
                .params(org.value(), person.email())
                .query(Long.class)
                .optional();
        long id;
        if (imported.isPresent()) {
            id = imported.get();
            jdbc.sql("update panel_member set account_id = ? where organisation_id = ? and id = ?")
                    .params(person.accountId(), org.value(), id)
                    .update();
        } else {
            id = jdbc.sql("""
                            insert into panel_member (organisation_id, account_id, email, status, source, joined_on)
                            values (?, ?, ?, 'ACTIVE', ?, ?) returning id""")
                    .params(org.value(), person.accountId(), person.email(), withCode ? "CODE" : "OPEN", today())
                    .query(Long.class)
                    .single();
        }
        if (codeForEveryone.equals(Optional.of(false))) {
            jdbc.sql("update panel_member set letter_code_hash = ? where organisation_id = ? and id = ?")
                    .params(SecretTokens.hash(normaliseCode(form.code())), org.value(), id)
                    .update();
        }
        saveProfile(org, id, form, areaId);
        audit.record(org, Actor.of(person), "panel.joined", "", withCode ? "code" : "open");
        return errors;
    }

    @Transactional
    public FieldErrors updateProfile(PleinPrincipal person, ProfileForm form) {
        OrganisationId org = person.organisationId();
        PanelMember member = memberOf(org, person.accountId()).orElseThrow(PanelMemberNotFoundException::new);
        FieldErrors errors = form.check();
        Long areaId = area(org, form, errors);
        if (errors.isEmpty()) {
            saveProfile(org, member.id(), form, areaId);
            audit.record(org, Actor.of(person), "panel.profileChanged", "", "");
        }
        return errors;
    }

    private void saveProfile(OrganisationId org, long id, ProfileForm form, Long areaId) {
        jdbc.sql("""
                        update panel_member set birth_year = ?, sex = ?, postcode = ?, area_id = ?, education = ?, household = ?
                        where organisation_id = ? and id = ?""")
                .params(
                        Integer.valueOf(form.birthYear()),
                        Sex.parse(form.sex()).name(),
                        ProfileForm.normalisePostcode(form.postcode()),
                        areaId,
                        form.education().isEmpty() ? null : form.education(),
                        form.household().isEmpty() ? null : form.household(),
                        org.value(),
                        id)
                .update();
        String version = privacyVersion(org);
        consent(org, id, "SURVEYS", form.consentSurveys(), version);
        consent(org, id, "FOLLOW_UP", form.consentFollowUp(), version);
    }

    private void consent(OrganisationId org, long memberId, String purpose, boolean given, String version) {
        if (given) {
            // An unchanged consent keeps its date and version; a consent given anew records today's text.
            jdbc.sql("""
                            insert into panel_consent (organisation_id, member_id, purpose, privacy_version, given_at)
                            values (?, ?, ?, ?, now()) on conflict do nothing""").params(org.value(), memberId, purpose, version).update();
        } else {
            jdbc.sql("delete from panel_consent where organisation_id = ? and member_id = ? and purpose = ?")
                    .params(org.value(), memberId, purpose)
                    .update();
        }
    }

    /** The area from the postcode's mapping, else the one the resident chose. */
    private Long area(OrganisationId org, ProfileForm form, FieldErrors errors) {
        String postcode = ProfileForm.normalisePostcode(form.postcode());
        if (postcode != null) {
            Optional<Long> mapped = mappedArea(org, ProfileForm.postcode4(postcode));
            if (mapped.isPresent()) {
                return mapped.get();
            }
        }
        if (form.areaId().isEmpty()) {
            errors.reject("areaId", "panel.error.area.required");
            return null;
        }
        try {
            long id = Long.parseLong(form.areaId());
            if (organisations.areas(org).stream().anyMatch(a -> a.id() == id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        errors.reject("areaId", "panel.error.choice");
        return null;
    }

    public Optional<Long> mappedArea(OrganisationId org, int postcode4) {
        return jdbc.sql("select area_id from panel_postcode where organisation_id = ? and postcode4 = ?")
                .params(org.value(), postcode4)
                .query(Long.class)
                .optional();
    }

    /** Uses a code up (one for everyone keeps working); whether it was one for everyone, or empty if it does not work. */
    private Optional<Boolean> useCode(OrganisationId org, String code) {
        return jdbc.sql("""
                        update panel_code set used_at = coalesce(used_at, now()), uses = uses + 1
                        where organisation_id = ? and code_hash = ? and (used_at is null or for_everyone)
                        returning for_everyone""")
                .params(org.value(), SecretTokens.hash(normaliseCode(code)))
                .query(Boolean.class)
                .optional();
    }

    /**
     * Who a staff member enters input for, from what the resident shows: the e-mail address they are in the
     * panel with, or the code on their personal letter. A code someone joined the panel with means that
     * member; a code printed for everyone identifies nobody.
     */
    public Optional<Voter> identify(OrganisationId org, String emailOrCode) {
        String given = emailOrCode == null ? "" : emailOrCode.strip();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        record Member(long id, Long accountId) {
            Voter voter() {
                return accountId == null ? Voter.panelMember(id) : Voter.account(accountId);
            }
        }
        if (given.contains("@")) {
            return jdbc.sql("""
                            select id, account_id from panel_member
                            where organisation_id = ? and lower(email) = lower(?) and status <> 'LEFT'""")
                    .params(org.value(), given)
                    .query((rs, i) -> new Member(rs.getLong(1), rs.getObject(2, Long.class)).voter())
                    .optional();
        }
        String hash = SecretTokens.hash(normaliseCode(given));
        Optional<Voter> member = jdbc.sql(
                        "select id, account_id from panel_member where organisation_id = ? and letter_code_hash = ?")
                .params(org.value(), hash)
                .query((rs, i) -> new Member(rs.getLong(1), rs.getObject(2, Long.class)).voter())
                .optional();
        if (member.isPresent()) {
            return member;
        }
        return jdbc.sql("select 1 from panel_code where organisation_id = ? and code_hash = ? and not for_everyone")
                .params(org.value(), hash)
                .query(Integer.class)
                .optional()
                .map(found -> Voter.letter(hash));
    }

    static String normaliseCode(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    @Transactional
    public void pause(PleinPrincipal person, boolean paused) {
        OrganisationId org = person.organisationId();
        int changed = jdbc.sql("""
                        update panel_member set status = ? where organisation_id = ? and account_id = ? and status <> 'LEFT'""")
                .params(paused ? "PAUSED" : "ACTIVE", org.value(), person.accountId())
                .update();
        if (changed == 0) {
            throw new PanelMemberNotFoundException();
        }
        audit.record(org, Actor.of(person), paused ? "panel.paused" : "panel.resumed", "", "");
    }

    /** Leaves the panel: the personal data goes, the dates stay; answers given earlier stay, unlinked. */
    @Transactional
    public void leave(PleinPrincipal person) {
        Optional<PanelMember> member = memberOf(person.organisationId(), person.accountId());
        if (member.isPresent()) {
            forget(person.organisationId(), member.get().id());
            audit.record(person.organisationId(), Actor.of(person), "panel.left", "", "");
        }
    }

    /** A deleted account leaves the panel in the same transaction. */
    @EventListener
    void accountDeleted(AccountDeleted event) {
        jdbc.sql("select id from panel_member where organisation_id = ? and account_id = ? and status <> 'LEFT'")
                .params(event.organisationId().value(), event.accountId())
                .query(Long.class)
                .optional()
                .ifPresent(id -> forget(event.organisationId(), id));
    }

    private void forget(OrganisationId org, long memberId) {
        jdbc.sql("""
                        update panel_member set account_id = null, email = null, birth_year = null, sex = null,
                          postcode = null, area_id = null, education = null, household = null,
                          status = 'LEFT', left_on = ?
                        where organisation_id = ? and id = ?""").params(today(), org.value(), memberId).update();
        jdbc.sql("delete from panel_consent where organisation_id = ? and member_id = ?")
                .params(org.value(), memberId)
                .update();
        events.publishEvent(new PanelMemberLeft(org, memberId));
    }

    // ---- for the survey module

    /** Active members who consented to panel surveys: the ones a panel survey invites. */
    public List<Invitee> invitees(OrganisationId org) {
        return jdbc.sql("""
                        select m.id, m.email from panel_member m
                        join panel_consent c on c.organisation_id = m.organisation_id and c.member_id = m.id
                             and c.purpose = 'SURVEYS'
                        where m.organisation_id = ? and m.status = 'ACTIVE' and m.email is not null order by m.id""")
                .param(org.value())
                .query((rs, i) -> new Invitee(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The e-mail addresses of these members, where they are still members (for mails after a survey). */
    public Map<Long, String> emails(OrganisationId org, List<Long> memberIds) {
        Map<Long, String> emails = new HashMap<>();
        if (memberIds.isEmpty()) {
            return emails;
        }
        jdbc.sql("""
                        select id, email from panel_member where organisation_id = ? and id = any(?)
                        and status <> 'LEFT' and email is not null""")
                .params(org.value(), memberIds.toArray(Long[]::new))
                .query((rs, i) -> emails.put(rs.getLong(1), rs.getString(2)))
                .list();
        return emails;
    }

    public RespondentProfile profile(OrganisationId org, long memberId) {
        return jdbc.sql("select area_id, sex, birth_year from panel_member where organisation_id = ? and id = ?")
                .params(org.value(), memberId)
                .query((rs, i) -> new RespondentProfile(
                        (Long) rs.getObject(1),
                        Sex.parse(rs.getString(2)),
                        rs.getObject(3) == null ? null : AgeBand.ofBirthYear(rs.getInt(3))))
                .optional()
                .orElse(RespondentProfile.UNKNOWN);
    }

    public Optional<RespondentProfile> profileOfAccount(OrganisationId org, long accountId) {
        return memberOf(org, accountId)
                .filter(m -> m.status() != PanelMember.Status.LEFT)
                .map(m -> profile(org, m.id()));
    }

    // ---- staff

    /**
     * Adds codes, one per line; returns how many were new. A code from an invitation letter works once; one
     * {@code forEveryone} (printed in a village paper) works for everyone who has it.
     */
    @Transactional
    public int addCodes(OrganisationId org, SignedInPerson staff, Reader lines, boolean forEveryone)
            throws IOException {
        var reader = new java.io.BufferedReader(lines);
        int added = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            String code = normaliseCode(line.replace("\uFEFF", ""));
            if (code.length() >= 6 && code.length() <= 64) {
                added += jdbc.sql("""
                                insert into panel_code (organisation_id, code_hash, for_everyone) values (?, ?, ?)
                                on conflict do nothing""")
                        .params(org.value(), SecretTokens.hash(code), forEveryone)
                        .update();
            }
        }
        audit.record(
                org, Actor.of(staff), "panel.codesAdded", "", "added " + added + (forEveryone ? ", for everyone" : ""));
        return added;
    }

    /** Maps four-digit postcodes to area codes: lines "postcode4,area code". All or nothing. */
    @Transactional
    public CsvImport importPostcodes(OrganisationId org, SignedInPerson staff, Reader csv) throws IOException {
        Map<String, Long> areas = new HashMap<>();
        organisations.areas(org).forEach(a -> areas.put(a.code(), a.id()));
        List<CsvImport.LineError> errors = new ArrayList<>();
        Map<Integer, Long> rows = new HashMap<>();
        int line = 0;
        for (CSVRecord record : CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(csv)) {
            line = (int) record.getRecordNumber();
            if (record.size() < 2) {
                errors.add(CsvImport.LineError.of(line, "panel.import.columns", 2));
                continue;
            }
            Integer pc4 = parseInt(record.get(0).replace("\uFEFF", ""));
            if (pc4 == null || pc4 < 1000 || pc4 > 9999) {
                if (line > 1) {
                    errors.add(CsvImport.LineError.of(line, "panel.import.postcode4", record.get(0)));
                }
                continue; // the first line may be a header
            }
            Long area = areas.get(record.get(1));
            if (area == null) {
                errors.add(CsvImport.LineError.of(line, "panel.import.area", record.get(1)));
                continue;
            }
            rows.put(pc4, area);
        }
        if (!errors.isEmpty()) {
            return CsvImport.failed(errors);
        }
        rows.forEach((pc4, area) -> jdbc.sql("""
                        insert into panel_postcode (organisation_id, postcode4, area_id) values (?, ?, ?)
                        on conflict (organisation_id, postcode4) do update set area_id = excluded.area_id""").params(org.value(), pc4, area).update());
        audit.record(org, Actor.of(staff), "panel.postcodesImported", "", rows.size() + " postcodes");
        return new CsvImport(rows.size(), List.of());
    }

    /**
     * Imports an existing panel: columns email, birth_year, sex, postcode, consent_date and optionally
     * area (its code, for postcodes without a mapping). Every line is checked first; one bad line and
     * nothing is imported.
     */
    @Transactional
    public CsvImport importMembers(OrganisationId org, SignedInPerson staff, Reader csv) throws IOException {
        Map<String, Long> areas = new HashMap<>();
        organisations.areas(org).forEach(a -> areas.put(a.code().toLowerCase(Locale.ROOT), a.id()));
        Map<Integer, Long> postcodes = new HashMap<>();
        jdbc.sql("select postcode4, area_id from panel_postcode where organisation_id = ?")
                .param(org.value())
                .query((rs, i) -> postcodes.put(rs.getInt(1), rs.getLong(2)))
                .list();
        Set<String> existing = new HashSet<>(
                jdbc.sql("select lower(email) from panel_member where organisation_id = ? and email is not null")
                        .param(org.value())
                        .query(String.class)
                        .list());
        record Row(String email, int birthYear, Sex sex, String postcode, Long areaId, LocalDate consent) {}
        List<Row> rows = new ArrayList<>();
        List<CsvImport.LineError> errors = new ArrayList<>();
        var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .setAllowMissingColumnNames(true)
                .get()
                .parse(csv);
        List<String> header = parser.getHeaderNames().stream()
                .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String required : List.of("email", "birth_year", "sex", "postcode", "consent_date")) {
            if (!header.contains(required)) {
                errors.add(CsvImport.LineError.of(1, "panel.import.missingColumn", required));
            }
        }
        if (!errors.isEmpty()) {
            return CsvImport.failed(errors);
        }
        int thisYear = LocalDate.now(Dates.ZONE).getYear();
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : parser) {
            int line = (int) parser.getCurrentLineNumber();
            if (rows.size() + errors.size() >= MAX_IMPORT_LINES) {
                errors.add(CsvImport.LineError.of(line, "panel.import.tooMany", MAX_IMPORT_LINES));
                break;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < Math.min(header.size(), record.size()); c++) {
                values.put(header.get(c), record.get(c));
            }
            int before = errors.size();
            String email = values.getOrDefault("email", "");
            if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || email.length() > 254) {
                errors.add(CsvImport.LineError.of(line, "panel.import.email", email));
            } else if (existing.contains(email.toLowerCase(Locale.ROOT))) {
                errors.add(CsvImport.LineError.of(line, "panel.import.emailExists", email));
            } else if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                errors.add(CsvImport.LineError.of(line, "panel.import.emailTwice", email));
            }
            Integer year = ProfileForm.year(values.getOrDefault("birth_year", ""));
            if (year == null || year < thisYear - 110 || year > thisYear - AgeBand.MIN_AGE) {
                errors.add(CsvImport.LineError.of(line, "panel.import.birthYear", values.get("birth_year")));
            }
            Sex sex = Sex.parse(values.get("sex"));
            if (sex == null) {
                errors.add(CsvImport.LineError.of(line, "panel.import.sex", values.get("sex")));
            }
            String postcode = ProfileForm.normalisePostcode(values.get("postcode"));
            Long areaId = null;
            if (postcode == null) {
                errors.add(CsvImport.LineError.of(line, "panel.import.postcode", values.get("postcode")));
            } else {
                String areaCode = values.getOrDefault("area", "").toLowerCase(Locale.ROOT);
                areaId = areaCode.isEmpty() ? postcodes.get(ProfileForm.postcode4(postcode)) : areas.get(areaCode);
                if (areaId == null) {
                    errors.add(CsvImport.LineError.of(
                            line, "panel.import.noArea", areaCode.isEmpty() ? postcode : values.get("area")));
                }
            }
            LocalDate consent = null;
            try {
                consent = LocalDate.parse(values.getOrDefault("consent_date", ""));
                if (consent.isAfter(today())) {
                    errors.add(CsvImport.LineError.of(line, "panel.import.consentDate", consent));
                }
            } catch (DateTimeParseException e) {
                errors.add(CsvImport.LineError.of(line, "panel.import.consentDate", values.get("consent_date")));
            }
            if (errors.size() == before) {
                rows.add(new Row(email, year, sex, postcode, areaId, consent));
            }
        }
        if (!errors.isEmpty()) {
            return CsvImport.failed(errors);
        }
        for (Row row : rows) {
            long id = jdbc.sql("""
                            insert into panel_member (organisation_id, email, birth_year, sex, postcode, area_id,
                                                      status, source, joined_on)
                            values (?, ?, ?, ?, ?, ?, 'ACTIVE', 'IMPORT', ?) returning id""")
                    .params(
                            org.value(),
                            row.email(),
                            row.birthYear(),
                            row.sex().name(),
                            row.postcode(),
                            row.areaId(),
                            row.consent())
                    .query(Long.class)
                    .single();
            // The consent was given before, to a privacy text this installation never saw.
            jdbc.sql("""
                            insert into panel_consent (organisation_id, member_id, purpose, privacy_version, given_at)
                            values (?, ?, 'SURVEYS', 'import', ?)""")
                    .params(org.value(), id, Timestamp.valueOf(row.consent().atStartOfDay()))
                    .update();
        }
        audit.record(org, Actor.of(staff), "panel.imported", "", rows.size() + " members");
        return new CsvImport(rows.size(), List.of());
    }

    public PanelOverview overview(OrganisationId org) {
        List<Area> areas = organisations.areas(org);
        record Counted(Long areaId, String sex, Integer birthYear, long n) {}
        List<Counted> members = jdbc.sql("""
                        select area_id, sex, birth_year, count(*) from panel_member
                        where organisation_id = ? and status <> 'LEFT' group by area_id, sex, birth_year""")
                .param(org.value())
                .query((rs, i) ->
                        new Counted((Long) rs.getObject(1), rs.getString(2), (Integer) rs.getObject(3), rs.getLong(4)))
                .list();
        Map<Long, Long> byArea = new HashMap<>();
        Map<Sex, Long> bySex = new HashMap<>();
        Map<AgeBand, Long> byAge = new HashMap<>();
        for (Counted c : members) {
            if (c.areaId() != null) {
                byArea.merge(c.areaId(), c.n(), Long::sum);
            }
            if (c.sex() != null) {
                bySex.merge(Sex.valueOf(c.sex()), c.n(), Long::sum);
            }
            if (c.birthYear() != null) {
                byAge.merge(AgeBand.ofBirthYear(c.birthYear()), c.n(), Long::sum);
            }
        }
        List<PanelOverview.Month> months = jdbc.sql("""
                        select d::date as month_end,
                          (select count(*) from panel_member m where m.organisation_id = ? and m.joined_on <= d::date
                             and (m.left_on is null or m.left_on > d::date)) as members
                        from generate_series(date_trunc('month', ?::date) - interval '11 months', ?::date, interval '1 month') g,
                          lateral (select least((g + interval '1 month' - interval '1 day')::date, ?::date) as d) x
                        order by 1""")
                .params(org.value(), today(), today(), today())
                .query((rs, i) -> new PanelOverview.Month(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
        return PanelOverview.of(areas, byArea, bySex, byAge, months, activeMembers(org));
    }

    /** Members who receive invitations now (not paused, not left). */
    public long activeMembers(OrganisationId org) {
        return jdbc.sql("select count(*) from panel_member where organisation_id = ? and status = 'ACTIVE'")
                .param(org.value())
                .query(Long.class)
                .single();
    }

    // ---- helpers

    static LocalDate today() {
        return LocalDate.now(Dates.ZONE);
    }

    private static Integer parseInt(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
