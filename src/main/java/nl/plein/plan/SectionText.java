package nl.plein.plan;

import java.time.Instant;
import nl.plein.shared.Markdown;

/** The current text of one section with its own version (the lock two editors are checked against). */
public record SectionText(PlanSection section, String body, int version, String updatedBy, Instant updatedAt) {

    public String html() {
        return Markdown.toSafeHtml(body);
    }

    public boolean isEmpty() {
        return body.isBlank();
    }
}
