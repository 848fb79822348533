package nl.plein.training;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.plein.shared.Markdown;

/** The records the training module hands out. */
public final class Training {

    private Training() {}

    public record Course(long id, String title, String description, int modules, long enrolled) {

        public String descriptionHtml() {
            return Markdown.toSafeHtml(description);
        }
    }

    public enum Kind {
        TEXT,
        VIDEO,
        ASSIGNMENT;

        public String messageKey() {
            return "training.module.kind." + name();
        }
    }

    public record Module(long id, long courseId, int position, String title, Kind kind, String body, String videoUrl) {

        public String bodyHtml() {
            return Markdown.toSafeHtml(body);
        }
    }

    /** One colleague's progress in a course: which modules they marked done. */
    public record Progress(
            long accountId, String name, String email, Instant enrolledAt, Set<Long> completed, Instant remindedAt) {

        public boolean done(long moduleId) {
            return completed.contains(moduleId);
        }

        public boolean finished(List<Module> modules) {
            return modules.stream().allMatch(m -> completed.contains(m.id()));
        }
    }
}
