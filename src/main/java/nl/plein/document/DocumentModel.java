package nl.plein.document;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The records the document module hands out; all read-only snapshots. */
public final class DocumentModel {

    private DocumentModel() {}

    /** Paragraphs are separated by a blank line; that is how residents point at one. */
    public static List<String> paragraphs(String body) {
        return Arrays.stream(body.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public record Document(
            long id, String title, String introduction, int latestVersion, Integer finalVersion, Instant createdAt) {

        public boolean published() {
            return finalVersion != null;
        }
    }

    public record Section(long id, int position, String heading, String body, int version) {}

    public record Writer(long accountId, String name, String email) {}

    public record Change(String sectionHeading, String changedBy, Instant changedAt, String kind) {

        public String messageKey() {
            return "document.change." + kind;
        }
    }

    public record Version(int number, String note, String madeBy, Instant madeAt, List<Change> changes) {}

    public record VersionSection(long sectionId, String heading, String body) {

        public List<String> paragraphs() {
            return DocumentModel.paragraphs(body);
        }
    }

    public record VersionText(int number, String note, String madeBy, Instant madeAt, List<VersionSection> sections) {}

    public record Comment(
            long id,
            int version,
            long sectionId,
            int paragraph,
            long accountId,
            String authorName,
            String text,
            Instant createdAt) {}

    public enum SuggestionStatus {
        OPEN,
        ACCEPTED,
        REJECTED;

        public String messageKey() {
            return "document.suggestion.status." + name();
        }
    }

    public record Suggestion(
            long id,
            int version,
            long sectionId,
            int paragraph,
            String original,
            String proposed,
            long accountId,
            String authorName,
            SuggestionStatus status,
            String reason,
            String decidedBy,
            Instant createdAt) {

        public List<WordDiff.Part> diff() {
            return WordDiff.diff(original, proposed);
        }

        public boolean open() {
            return status == SuggestionStatus.OPEN;
        }
    }

    /** One section in a comparison: its heading in each version and the word differences. */
    public record SectionComparison(String headingBefore, String headingAfter, List<WordDiff.Part> parts) {

        public boolean changed() {
            return parts.stream().anyMatch(p -> !p.same()) || !headingBefore.equals(headingAfter);
        }
    }
}
