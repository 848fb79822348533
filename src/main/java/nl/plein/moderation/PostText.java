package nl.plein.moderation;

import java.util.regex.Pattern;
import nl.plein.shared.FieldErrors;

/**
 * The rules every text residents post must meet, whatever module stores it: not empty, not too long,
 * and no markup that tries to run script. Texts are shown through Markdown.toSafeHtml anyway; refusing
 * script-laden posts tells the writer at once instead of silently showing mangled text.
 */
public final class PostText {

    private static final Pattern SCRIPT = Pattern.compile(
            "(?i)<\\s*/?\\s*(script|iframe|object|embed|style|svg|img|link|meta|form)\\b|javascript\\s*:|\\bon[a-z]+\\s*=\\s*[\"']?");

    private PostText() {}

    /** Adds at most one error for the field: required, too long, or script. */
    public static FieldErrors check(FieldErrors errors, String field, String text, int maxLength) {
        String value = text == null ? "" : text.strip();
        return errors.rejectIf(value.isEmpty(), field, "post.error.required")
                .rejectIf(value.length() > maxLength, field, "post.error.tooLong")
                .rejectIf(SCRIPT.matcher(value).find(), field, "post.error.script");
    }
}
