package nl.plein.opinionmap.web;

import java.time.Instant;
import nl.plein.opinionmap.OpinionMaps.Progress;
import nl.plein.opinionmap.Statement;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import org.springframework.context.i18n.LocaleContextHolder;

/** The voting page: the next statement (null when all are done), progress and the statement form. */
public record VoteView(
        String projectTitle,
        String title,
        String path,
        String projectPath,
        String introductionHtml,
        boolean mayTakePart,
        boolean open,
        boolean panelOnly,
        Statement next,
        Progress progress,
        FieldErrors errors,
        String text,
        String requestKey,
        Instant computedAt) {

    public String computedAtText() {
        return Dates.moment(computedAt, LocaleContextHolder.getLocale().getLanguage());
    }
}
