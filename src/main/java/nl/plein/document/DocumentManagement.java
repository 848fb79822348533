package nl.plein.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.audit.AuditLog;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.document.DocumentModel.Change;
import nl.plein.document.DocumentModel.Comment;
import nl.plein.document.DocumentModel.Document;
import nl.plein.document.DocumentModel.Section;
import nl.plein.document.DocumentModel.SectionComparison;
import nl.plein.document.DocumentModel.Suggestion;
import nl.plein.document.DocumentModel.SuggestionStatus;
import nl.plein.document.DocumentModel.Version;
import nl.plein.document.DocumentModel.VersionSection;
import nl.plein.document.DocumentModel.VersionText;
import nl.plein.document.DocumentModel.Writer;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Notice;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.RequestKey;
import nl.plein.shared.SignedInPerson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared document's use cases, each in one transaction with its audit entry and always scoped
 * to one organisation. Edits to a section carry the section's version: a save based on an older
 * version is refused with a {@link SectionConflictException}, so no one's text is lost.
 */
@Service
public class DocumentManagement {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 100_000;
    public static final int MAX_COMMENT = 5_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    /** Lazily: the project module's registry needs this module's component type first. */
    private final ObjectProvider<ProjectManagement> projects;

    DocumentManagement(
            JdbcClient jdbc,
            AuditLog audit,
            Accounts accounts,
            ApplicationEventPublisher events,
            ObjectProvider<ProjectManagement> projects) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
        this.events = events;
        this.projects = projects;
    }

    /**
     * The document as this reader may see it: residents and visitors only once a published project holds it;
     * its writers and staff always (they prepare it). Every public page of a document asks this.
     */
    public Optional<Document> readable(OrganisationId org, long id, PleinPrincipal reader) {
        return document(org, id)
                .filter(d -> (reader != null && (reader.isStaff() || isWriter(org, id, reader.accountId())))
                        || inPublishedProject(org, id));
    }

    private boolean inPublishedProject(OrganisationId org, long id) {
        return !projects.getObject()
                .publishedProjectsWith(org, DocumentComponent.KEY, DocumentComponent.DOCUMENT, String.valueOf(id))
                .isEmpty();
    }

    // ---- queries

    public Optional<Document> document(OrganisationId org, long id) {
        return jdbc.sql("select * from document where organisation_id = ? and id = ?")
                .params(org.value(), id)
                .query(DocumentManagement::document)
                .optional();
    }

    /** Documents whose title, introduction or shown version (final, else latest) matches, best first. */
    /** Documents residents may read (in a published project) whose text matches, best first. */
    public List<Document> search(OrganisationId org, String query, int limit) {
        return jdbc.sql("""
                        select d.* from document d
                        cross join websearch_to_tsquery('dutch', ?) q
                        cross join lateral (
                            select to_tsvector('dutch', d.title || ' ' || d.introduction || ' '
                                       || coalesce(string_agg(s.heading || ' ' || s.body, ' '), '')) as text
                            from document_version_section s
                            where s.organisation_id = d.organisation_id and s.document_id = d.id
                              and s.number = coalesce(d.final_version, d.latest_version)) t
                        where d.organisation_id = ? and t.text @@ q
                        order by ts_rank(t.text, q) desc, d.created_at desc limit ?""").params(query, org.value(), limit).query(DocumentManagement::document).stream()
                .filter(d -> inPublishedProject(org, d.id()))
                .toList();
    }

    public List<Document> documents(OrganisationId org) {
        return jdbc.sql("select * from document where organisation_id = ? order by created_at desc, id desc")
                .param(org.value())
                .query(DocumentManagement::document)
                .list();
    }

    public List<Section> draft(OrganisationId org, long documentId) {
        return jdbc.sql("""
                        select id, position, heading, body, version from document_section
                        where organisation_id = ? and document_id = ? order by position, id""")
                .params(org.value(), documentId)
                .query((rs, i) ->
                        new Section(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    public List<Writer> writers(OrganisationId org, long documentId) {
        return jdbc.sql("""
                        select account_id, name, email from document_writer
                        where organisation_id = ? and document_id = ? order by name""")
                .params(org.value(), documentId)
                .query((rs, i) -> new Writer(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public boolean isWriter(OrganisationId org, long documentId, long accountId) {
        return jdbc.sql(
                                "select count(*) from document_writer where organisation_id = ? and document_id = ? and account_id = ?")
                        .params(org.value(), documentId, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Every version, newest first, each with the changes that went into it. */
    public List<Version> versions(OrganisationId org, long documentId) {
        Map<Integer, List<Change>> changes = new LinkedHashMap<>();
        jdbc.sql("""
                        select in_version, section_heading, changed_by, changed_at, kind from document_change
                        where organisation_id = ? and document_id = ? and in_version is not null order by id""")
                .params(org.value(), documentId)
                .query((rs, i) -> Map.entry(
                        rs.getInt(1),
                        new Change(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant(),
                                rs.getString(5))))
                .list()
                .forEach(e -> changes.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return jdbc.sql("""
                        select number, note, made_by, made_at from document_version
                        where organisation_id = ? and document_id = ? order by number desc""")
                .params(org.value(), documentId)
                .query((rs, i) -> new Version(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        changes.getOrDefault(rs.getInt(1), List.of())))
                .list();
    }

    /** The changes in the draft that no version holds yet. */
    public List<Change> pendingChanges(OrganisationId org, long documentId) {
        return jdbc.sql("""
                        select section_heading, changed_by, changed_at, kind from document_change
                        where organisation_id = ? and document_id = ? and in_version is null order by id""")
                .params(org.value(), documentId)
                .query((rs, i) -> new Change(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    public Optional<VersionText> version(OrganisationId org, long documentId, int number) {
        return jdbc.sql("""
                        select number, note, made_by, made_at from document_version
                        where organisation_id = ? and document_id = ? and number = ?""")
                .params(org.value(), documentId, number)
                .query((rs, i) -> new VersionText(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        versionSections(org, documentId, number)))
                .optional();
    }

    private List<VersionSection> versionSections(OrganisationId org, long documentId, int number) {
        return jdbc.sql("""
                        select section_id, heading, body from document_version_section
                        where organisation_id = ? and document_id = ? and number = ? order by position, section_id""")
                .params(org.value(), documentId, number)
                .query((rs, i) -> new VersionSection(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public List<Comment> comments(OrganisationId org, long documentId, int version) {
        return jdbc.sql("""
                        select id, version_number, section_id, paragraph, account_id, author_name, text, created_at
                        from document_comment where organisation_id = ? and document_id = ? and version_number = ?
                        order by id""")
                .params(org.value(), documentId, version)
                .query(DocumentManagement::comment)
                .list();
    }

    public List<Comment> allComments(OrganisationId org, long documentId) {
        return jdbc.sql("""
                        select id, version_number, section_id, paragraph, account_id, author_name, text, created_at
                        from document_comment where organisation_id = ? and document_id = ? order by id""")
                .params(org.value(), documentId)
                .query(DocumentManagement::comment)
                .list();
    }

    /** Suggestions, open ones first and oldest first, so the writing group works through them in order. */
    public List<Suggestion> suggestions(OrganisationId org, long documentId) {
        return jdbc.sql("""
                        select * from document_suggestion where organisation_id = ? and document_id = ?
                        order by case status when 'OPEN' then 0 else 1 end, id""")
                .params(org.value(), documentId)
                .query(DocumentManagement::suggestion)
                .list();
    }

    /**
     * Compares two versions section by section (sections are matched by their identity, so a moved or
     * renamed section is compared with itself); a section only in one version shows as all deleted or
     * all inserted.
     */
    public Optional<List<SectionComparison>> compare(OrganisationId org, long documentId, int from, int to) {
        Optional<VersionText> a = version(org, documentId, from);
        Optional<VersionText> b = version(org, documentId, to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, VersionSection> before = new LinkedHashMap<>();
        a.get().sections().forEach(s -> before.put(s.sectionId(), s));
        List<SectionComparison> result = new ArrayList<>();
        for (VersionSection after : b.get().sections()) {
            VersionSection old = before.remove(after.sectionId());
            result.add(new SectionComparison(
                    old == null ? "" : old.heading(),
                    after.heading(),
                    WordDiff.diff(old == null ? "" : old.body(), after.body())));
        }
        before.values()
                .forEach(old -> result.add(new SectionComparison(old.heading(), "", WordDiff.diff(old.body(), ""))));
        return Optional.of(result);
    }

    // ---- staff

    @Transactional
    public long create(
            OrganisationId org, PleinPrincipal person, String title, String introduction, String requestKey) {
        String t = title == null ? "" : title.strip();
        String intro = introduction == null ? "" : introduction.strip();
        var errors = new FieldErrors()
                .rejectIf(t.isEmpty(), "title", "document.error.title")
                .rejectIf(t.length() > MAX_TITLE, "title", "document.error.tooLong")
                .rejectIf(intro.length() > MAX_TEXT, "introduction", "document.error.tooLong");
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        UUID key = RequestKey.parse(requestKey);
        if (key != null) {
            Optional<Long> existing = jdbc.sql("select id from document where organisation_id = ? and request_key = ?")
                    .params(org.value(), key)
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        long id = jdbc.sql("""
                        insert into document (organisation_id, title, introduction, request_key)
                        values (?, ?, ?, ?) returning id""")
                .params(org.value(), t, intro, key)
                .query(Long.class)
                .single();
        insertWriter(org, id, person.accountId(), person.displayName(), person.email());
        audit.record(org, Actor.of(person), "document.created", String.valueOf(id), t);
        return id;
    }

    /** Adds a resident or staff member of this organisation to the writing group, by e-mail address. */
    @Transactional
    public void addWriter(OrganisationId org, SignedInPerson person, long documentId, String email) {
        existing(org, documentId);
        String address = email == null ? "" : email.strip();
        Optional<PleinPrincipal> account = address.isEmpty() ? Optional.empty() : accounts.principal(org, address);
        if (account.isEmpty()) {
            throw new InvalidDocumentException(new FieldErrors().reject("email", "document.error.noAccount"));
        }
        if (!isWriter(org, documentId, account.get().accountId())) {
            insertWriter(
                    org,
                    documentId,
                    account.get().accountId(),
                    account.get().displayName(),
                    account.get().email());
            audit.record(org, Actor.of(person), "document.writerAdded", String.valueOf(documentId), address);
        }
    }

    @Transactional
    public void removeWriter(OrganisationId org, SignedInPerson person, long documentId, long accountId) {
        existing(org, documentId);
        int removed = jdbc.sql(
                        "delete from document_writer where organisation_id = ? and document_id = ? and account_id = ?")
                .params(org.value(), documentId, accountId)
                .update();
        if (removed > 0) {
            audit.record(
                    org,
                    Actor.of(person),
                    "document.writerRemoved",
                    String.valueOf(documentId),
                    String.valueOf(accountId));
        }
    }

    /** Publishes a version as the final text: a page and a PDF for everyone. */
    @Transactional
    public void publishFinal(OrganisationId org, SignedInPerson person, long documentId, int number) {
        existing(org, documentId);
        if (version(org, documentId, number).isEmpty()) {
            throw new InvalidDocumentException(new FieldErrors().reject("version", "document.error.noSuchVersion"));
        }
        jdbc.sql("update document set final_version = ? where organisation_id = ? and id = ?")
                .params(number, org.value(), documentId)
                .update();
        audit.record(org, Actor.of(person), "document.published", String.valueOf(documentId), "versie " + number);
    }

    // ---- writing group

    @Transactional
    public long addSection(OrganisationId org, SignedInPerson person, long documentId, String heading, String body) {
        lockAsWriter(org, person, documentId);
        String h = heading == null ? "" : heading.strip();
        String b = body == null ? "" : body.strip();
        checkSection(h, b, "newHeading", "newBody");
        int position = jdbc.sql(
                        "select coalesce(max(position), 0) + 1 from document_section where organisation_id = ? and document_id = ?")
                .params(org.value(), documentId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        insert into document_section (organisation_id, document_id, position, heading, body)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(org.value(), documentId, position, h, b)
                .query(Long.class)
                .single();
        change(org, documentId, id, h, person, "ADDED");
        audit.record(org, Actor.of(person), "document.sectionAdded", String.valueOf(documentId), h);
        return id;
    }

    /**
     * Saves a section if nobody saved it since {@code basedOnVersion}; otherwise throws with the section
     * as it is now and changes nothing.
     */
    @Transactional
    public void editSection(
            OrganisationId org,
            SignedInPerson person,
            long documentId,
            long sectionId,
            String heading,
            String body,
            int basedOnVersion) {
        assertWriter(org, person, documentId);
        String h = heading == null ? "" : heading.strip();
        String b = body == null ? "" : body.strip();
        checkSection(h, b, "heading", "body");
        int updated = jdbc.sql("""
                        update document_section set heading = ?, body = ?, version = version + 1
                        where organisation_id = ? and document_id = ? and id = ? and version = ?""")
                .params(h, b, org.value(), documentId, sectionId, basedOnVersion)
                .update();
        if (updated == 0) {
            Section current = section(org, documentId, sectionId).orElseThrow(DocumentNotFoundException::new);
            throw new SectionConflictException(current);
        }
        change(org, documentId, sectionId, h, person, "EDITED");
        audit.record(org, Actor.of(person), "document.sectionEdited", String.valueOf(documentId), h);
    }

    /** Fixes the draft as the next version; the changes since the last version go into it. */
    @Transactional
    public int makeVersion(OrganisationId org, SignedInPerson person, long documentId, String note) {
        Document document = lockAsWriter(org, person, documentId);
        String n = note == null ? "" : note.strip();
        var errors = new FieldErrors()
                .rejectIf(n.length() > MAX_COMMENT, "note", "document.error.tooLong")
                .rejectIf(draft(org, documentId).isEmpty(), "note", "document.error.noSections")
                .rejectIf(
                        document.latestVersion() > 0
                                && pendingChanges(org, documentId).isEmpty(),
                        "note",
                        "document.error.noChanges");
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        int number = document.latestVersion() + 1;
        jdbc.sql("""
                        insert into document_version (organisation_id, document_id, number, note, made_by)
                        values (?, ?, ?, ?, ?)""")
                .params(org.value(), documentId, number, n, person.displayName())
                .update();
        jdbc.sql("""
                        insert into document_version_section (organisation_id, document_id, number, section_id, position, heading, body)
                        select organisation_id, document_id, ?, id, position, heading, body from document_section
                        where organisation_id = ? and document_id = ?""").params(number, org.value(), documentId).update();
        jdbc.sql("""
                        update document_change set in_version = ?
                        where organisation_id = ? and document_id = ? and in_version is null""").params(number, org.value(), documentId).update();
        jdbc.sql("update document set latest_version = ? where organisation_id = ? and id = ?")
                .params(number, org.value(), documentId)
                .update();
        audit.record(org, Actor.of(person), "document.versionMade", String.valueOf(documentId), "versie " + number);
        return number;
    }

    /**
     * Accepts a suggestion: the paragraph in the draft gets the proposed wording. When the draft's
     * paragraph no longer reads as the suggestion's original, the writing group changes it by hand.
     */
    @Transactional
    public void accept(OrganisationId org, SignedInPerson person, long documentId, long suggestionId, String reason) {
        lockAsWriter(org, person, documentId);
        Suggestion suggestion = openSuggestion(org, documentId, suggestionId);
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_COMMENT) {
            throw new InvalidDocumentException(
                    new FieldErrors().reject("reason-" + suggestionId, "document.error.tooLong"));
        }
        Section section = section(org, documentId, suggestion.sectionId())
                .orElseThrow(() -> new InvalidDocumentException(
                        new FieldErrors().reject("reason-" + suggestionId, "document.error.suggestionOutdated")));
        List<String> paragraphs = new ArrayList<>(DocumentModel.paragraphs(section.body()));
        int at = paragraphs.indexOf(suggestion.original());
        if (at < 0) {
            throw new InvalidDocumentException(
                    new FieldErrors().reject("reason-" + suggestionId, "document.error.suggestionOutdated"));
        }
        paragraphs.set(at, suggestion.proposed());
        jdbc.sql("""
                        update document_section set body = ?, version = version + 1
                        where organisation_id = ? and document_id = ? and id = ?""")
                .params(String.join("\n\n", paragraphs), org.value(), documentId, section.id())
                .update();
        decide(org, person, suggestion, SuggestionStatus.ACCEPTED, why);
        change(org, documentId, section.id(), section.heading(), person, "SUGGESTION_ACCEPTED");
    }

    @Transactional
    public void reject(OrganisationId org, SignedInPerson person, long documentId, long suggestionId, String reason) {
        lockAsWriter(org, person, documentId);
        Suggestion suggestion = openSuggestion(org, documentId, suggestionId);
        String why = reason == null ? "" : reason.strip();
        var errors = new FieldErrors()
                .rejectIf(why.isEmpty(), "reason-" + suggestionId, "document.error.reason")
                .rejectIf(why.length() > MAX_COMMENT, "reason-" + suggestionId, "document.error.tooLong");
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        decide(org, person, suggestion, SuggestionStatus.REJECTED, why);
    }

    // ---- residents

    /** A comment on one paragraph of a version; the same request key twice gives one comment. */
    @Transactional
    public long comment(
            OrganisationId org,
            SignedInPerson person,
            long documentId,
            int version,
            long sectionId,
            int paragraph,
            String text,
            String requestKey) {
        paragraphText(org, documentId, version, sectionId, paragraph);
        String t = text == null ? "" : text.strip();
        var errors = new FieldErrors()
                .rejectIf(t.isEmpty(), "text", "document.error.comment")
                .rejectIf(t.length() > MAX_COMMENT, "text", "document.error.tooLong");
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        UUID key = RequestKey.parse(requestKey);
        Optional<Long> existing = key == null
                ? Optional.empty()
                : jdbc.sql("select id from document_comment where organisation_id = ? and request_key = ?")
                        .params(org.value(), key)
                        .query(Long.class)
                        .optional();
        return existing.orElseGet(() -> jdbc.sql("""
                        insert into document_comment (organisation_id, document_id, version_number, section_id, paragraph,
                          account_id, author_name, text, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        documentId,
                        version,
                        sectionId,
                        paragraph,
                        person.accountId(),
                        person.displayName(),
                        t,
                        key)
                .query(Long.class)
                .single());
    }

    /** Other wording for one paragraph of a version, for the writing group to accept or reject. */
    @Transactional
    public long suggest(
            OrganisationId org,
            SignedInPerson person,
            long documentId,
            int version,
            long sectionId,
            int paragraph,
            String proposed,
            String requestKey) {
        String original = paragraphText(org, documentId, version, sectionId, paragraph);
        String p = proposed == null
                ? ""
                : String.join("\n", proposed.strip().lines().map(String::strip).toList());
        var errors = new FieldErrors()
                .rejectIf(p.isEmpty(), "proposed", "document.error.proposed")
                .rejectIf(p.equals(original), "proposed", "document.error.proposedSame")
                .rejectIf(DocumentModel.paragraphs(p).size() > 1, "proposed", "document.error.proposedOneParagraph")
                .rejectIf(p.length() > MAX_COMMENT, "proposed", "document.error.tooLong");
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        UUID key = RequestKey.parse(requestKey);
        Optional<Long> existing = key == null
                ? Optional.empty()
                : jdbc.sql("select id from document_suggestion where organisation_id = ? and request_key = ?")
                        .params(org.value(), key)
                        .query(Long.class)
                        .optional();
        return existing.orElseGet(() -> jdbc.sql("""
                        insert into document_suggestion (organisation_id, document_id, version_number, section_id, paragraph,
                          original, proposed, account_id, author_name, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org.value(),
                        documentId,
                        version,
                        sectionId,
                        paragraph,
                        original,
                        p,
                        person.accountId(),
                        person.displayName(),
                        key)
                .query(Long.class)
                .single());
    }

    /** The text of one paragraph of a version, or 404 when there is no such paragraph. */
    public String paragraphText(OrganisationId org, long documentId, int version, long sectionId, int paragraph) {
        List<String> paragraphs = version(org, documentId, version).stream()
                .flatMap(v -> v.sections().stream())
                .filter(s -> s.sectionId() == sectionId)
                .findFirst()
                .map(VersionSection::paragraphs)
                .orElseThrow(DocumentNotFoundException::new);
        if (paragraph < 0 || paragraph >= paragraphs.size()) {
            throw new DocumentNotFoundException();
        }
        return paragraphs.get(paragraph);
    }

    // ---- helpers

    private void decide(
            OrganisationId org, SignedInPerson person, Suggestion suggestion, SuggestionStatus status, String reason) {
        jdbc.sql("""
                        update document_suggestion set status = ?, reason = ?, decided_by = ?, decided_at = now()
                        where organisation_id = ? and id = ?""")
                .params(status.name(), reason, person.displayName(), org.value(), suggestion.id())
                .update();
        Document document = existing(org, documentOf(org, suggestion.id()));
        audit.record(
                org,
                Actor.of(person),
                status == SuggestionStatus.ACCEPTED ? "document.suggestionAccepted" : "document.suggestionRejected",
                String.valueOf(document.id()),
                String.valueOf(suggestion.id()));
        // The resident who proposed the wording hears what the writing group decided, and why.
        events.publishEvent(new Notice(
                org,
                Notice.Kind.REPLY,
                Set.of(suggestion.accountId()),
                null,
                "document.notice." + status.name() + ".subject",
                "document.notice." + status.name() + ".text",
                List.of(document.title(), reason),
                "/documenten/" + document.id() + "/voorstellen/" + suggestion.id()));
    }

    private long documentOf(OrganisationId org, long suggestionId) {
        return jdbc.sql("select document_id from document_suggestion where organisation_id = ? and id = ?")
                .params(org.value(), suggestionId)
                .query(Long.class)
                .single();
    }

    private Suggestion openSuggestion(OrganisationId org, long documentId, long suggestionId) {
        Suggestion suggestion = jdbc.sql("""
                        select * from document_suggestion where organisation_id = ? and document_id = ? and id = ? for update""")
                .params(org.value(), documentId, suggestionId)
                .query(DocumentManagement::suggestion)
                .optional()
                .orElseThrow(DocumentNotFoundException::new);
        if (!suggestion.open()) {
            throw new InvalidDocumentException(
                    new FieldErrors().reject("reason-" + suggestionId, "document.error.alreadyDecided"));
        }
        return suggestion;
    }

    public Optional<Suggestion> suggestion(OrganisationId org, long documentId, long suggestionId) {
        return jdbc.sql("select * from document_suggestion where organisation_id = ? and document_id = ? and id = ?")
                .params(org.value(), documentId, suggestionId)
                .query(DocumentManagement::suggestion)
                .optional();
    }

    private Optional<Section> section(OrganisationId org, long documentId, long sectionId) {
        return jdbc.sql("""
                        select id, position, heading, body, version from document_section
                        where organisation_id = ? and document_id = ? and id = ?""")
                .params(org.value(), documentId, sectionId)
                .query((rs, i) ->
                        new Section(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .optional();
    }

    private static void checkSection(String heading, String body, String headingField, String bodyField) {
        var errors = new FieldErrors()
                .rejectIf(heading.isEmpty(), headingField, "document.error.heading")
                .rejectIf(heading.length() > MAX_TITLE, headingField, "document.error.tooLong")
                .rejectIf(body.length() > MAX_TEXT, bodyField, "document.error.tooLong");
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
    }

    private void change(
            OrganisationId org, long documentId, long sectionId, String heading, SignedInPerson person, String kind) {
        jdbc.sql("""
                        insert into document_change (organisation_id, document_id, section_id, section_heading, changed_by, kind)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(org.value(), documentId, sectionId, heading, person.displayName(), kind)
                .update();
    }

    private void insertWriter(OrganisationId org, long documentId, long accountId, String name, String email) {
        jdbc.sql("""
                        insert into document_writer (organisation_id, document_id, account_id, name, email)
                        values (?, ?, ?, ?, ?) on conflict do nothing""").params(org.value(), documentId, accountId, name, email).update();
    }

    private Document existing(OrganisationId org, long documentId) {
        return document(org, documentId).orElseThrow(DocumentNotFoundException::new);
    }

    private void assertWriter(OrganisationId org, SignedInPerson person, long documentId) {
        existing(org, documentId);
        if (!isWriter(org, documentId, person.accountId())) {
            throw new NotAWriterException();
        }
    }

    /** Versions and decisions on suggestions go one at a time per document. */
    private Document lockAsWriter(OrganisationId org, SignedInPerson person, long documentId) {
        jdbc.sql("select id from document where organisation_id = ? and id = ? for update")
                .params(org.value(), documentId)
                .query(Long.class)
                .optional()
                .orElseThrow(DocumentNotFoundException::new);
        assertWriter(org, person, documentId);
        return existing(org, documentId);
    }

    private static Document document(ResultSet rs, int i) throws SQLException {
        int finalVersion = rs.getInt("final_version");
        boolean noFinal = rs.wasNull();
        return new Document(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("introduction"),
                rs.getInt("latest_version"),
                noFinal ? null : finalVersion,
                rs.getTimestamp("created_at").toInstant());
    }

    private static Comment comment(ResultSet rs, int i) throws SQLException {
        return new Comment(
                rs.getLong(1),
                rs.getInt(2),
                rs.getLong(3),
                rs.getInt(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }

    private static Suggestion suggestion(ResultSet rs, int i) throws SQLException {
        return new Suggestion(
                rs.getLong("id"),
                rs.getInt("version_number"),
                rs.getLong("section_id"),
                rs.getInt("paragraph"),
                rs.getString("original"),
                rs.getString("proposed"),
                rs.getLong("account_id"),
                rs.getString("author_name"),
                SuggestionStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("decided_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
