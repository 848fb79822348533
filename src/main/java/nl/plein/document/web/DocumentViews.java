package nl.plein.document.web;

import java.util.List;
import java.util.Map;
import nl.plein.document.DocumentModel.Change;
import nl.plein.document.DocumentModel.Comment;
import nl.plein.document.DocumentModel.Document;
import nl.plein.document.DocumentModel.Section;
import nl.plein.document.DocumentModel.SectionComparison;
import nl.plein.document.DocumentModel.Suggestion;
import nl.plein.document.DocumentModel.Version;
import nl.plein.document.DocumentModel.VersionText;
import nl.plein.document.DocumentModel.Writer;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Markdown;

/** What the document pages show; public because the generated template classes live elsewhere. */
public final class DocumentViews {

    private DocumentViews() {}

    public static String introductionHtml(Document document) {
        return Markdown.toSafeHtml(document.introduction());
    }

    public record VersionPage(
            Document document,
            VersionText version,
            List<Version> versions,
            Map<String, List<Comment>> comments,
            boolean writer,
            long openSuggestions) {

        public List<Comment> commentsOn(long sectionId, int paragraph) {
            return comments.getOrDefault(sectionId + "-" + paragraph, List.of());
        }

        public boolean isFinal() {
            return document.published() && version != null && document.finalVersion() == version.number();
        }
    }

    public record ParagraphPage(
            Document document,
            int version,
            long sectionId,
            String heading,
            int paragraph,
            String text,
            List<Comment> comments,
            List<Suggestion> suggestions,
            boolean signedIn,
            FieldErrors errors,
            String commentText,
            String proposed,
            String commentKey,
            String suggestionKey,
            String notice) {

        public String base() {
            return "/documenten/" + document.id() + "/versies/" + version + "/alinea/" + sectionId + "/" + paragraph;
        }
    }

    public record ComparePage(
            Document document, List<Version> versions, int from, int to, List<SectionComparison> sections) {}

    public record DraftPage(
            Document document,
            List<Section> sections,
            List<Change> pending,
            FieldErrors errors,
            Long editedSection,
            Section conflict,
            String typedHeading,
            String typedBody,
            String newHeading,
            String newBody,
            String note,
            String notice) {

        public String headingOf(Section section) {
            return editedSection != null && editedSection == section.id() ? typedHeading : section.heading();
        }

        public String bodyOf(Section section) {
            return editedSection != null && editedSection == section.id() ? typedBody : section.body();
        }

        /** After a conflict the form carries the version now stored, so saving again is a deliberate choice. */
        public int versionOf(Section section) {
            return conflict != null && conflict.id() == section.id() ? conflict.version() : section.version();
        }

        public boolean conflictOn(Section section) {
            return conflict != null && conflict.id() == section.id();
        }

        public FieldErrors errorsOf(Section section) {
            return editedSection != null && editedSection == section.id() ? errors : new FieldErrors();
        }

        public FieldErrors newSectionErrors() {
            return editedSection == null ? errors : new FieldErrors();
        }
    }

    public record SuggestionsPage(
            Document document,
            List<Suggestion> suggestions,
            Map<Long, String> headings,
            boolean writer,
            FieldErrors errors,
            Map<String, String> typed,
            String notice) {

        public String heading(Suggestion suggestion) {
            return headings.getOrDefault(suggestion.sectionId(), "");
        }

        public String typedReason(Suggestion suggestion) {
            return typed.getOrDefault("reason-" + suggestion.id(), "");
        }

        public List<Suggestion> open() {
            return suggestions.stream().filter(Suggestion::open).toList();
        }

        public List<Suggestion> decided() {
            return suggestions.stream().filter(s -> !s.open()).toList();
        }
    }

    public record SuggestionPage(Document document, Suggestion suggestion, String heading) {}

    public record AdminListView(
            List<Document> documents, FieldErrors errors, String title, String introduction, String requestKey) {}

    public record AdminView(
            Document document,
            List<Writer> writers,
            List<Version> versions,
            FieldErrors errors,
            String email,
            String notice) {}
}
