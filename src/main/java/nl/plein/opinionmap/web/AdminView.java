package nl.plein.opinionmap.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.opinionmap.Audience;
import nl.plein.opinionmap.ComponentLookup.MapInProject;
import nl.plein.opinionmap.MapSummary;
import nl.plein.opinionmap.OpinionMaps.Settings;
import nl.plein.opinionmap.Statement;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import org.springframework.context.i18n.LocaleContextHolder;

/** The staff page of one opinion map. */
public record AdminView(
        long id,
        String title,
        long projectId,
        String projectTitle,
        String phaseName,
        Settings settings,
        List<Audience> audiences,
        List<StatementRow> statements,
        List<StatementRow> pending,
        List<String> groupLetters,
        List<Integer> groupSizes,
        String computedAt,
        long millis,
        int participantsInMap,
        FieldErrors errors,
        String text,
        FieldErrors settingsErrors) {

    /** One statement with its counts over everyone and per group ({agree, disagree, pass}). */
    public record StatementRow(
            long id,
            String text,
            String status,
            String origin,
            int agree,
            int disagree,
            int pass,
            List<int[]> perGroup,
            boolean consensus) {

        public String statusKey() {
            return "opinionmap.status." + status;
        }
    }

    public static String audienceKey(Audience audience) {
        return "opinionmap.audience." + audience.value();
    }

    public static AdminView of(
            MapInProject map,
            Settings settings,
            List<Statement> statements,
            Map<Long, int[]> totals,
            MapSummary summary,
            FieldErrors errors,
            String text,
            FieldErrors settingsErrors) {
        Map<Long, int[][]> perGroup = new HashMap<>();
        Set<Long> consensus = new HashSet<>();
        List<String> letters = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        if (summary != null) {
            summary.counts().forEach(c -> perGroup.put(c.statementId(), c.counts()));
            summary.consensus().forEach(c -> consensus.add(c.statementId()));
            summary.groups().forEach(g -> {
                letters.add(g.letter());
                sizes.add(g.size());
            });
        }
        List<StatementRow> rows = new ArrayList<>();
        for (Statement s : statements) {
            int[] t = totals.getOrDefault(s.id(), new int[3]);
            List<int[]> groups = new ArrayList<>();
            int[][] counts = perGroup.get(s.id());
            for (int g = 0; g < letters.size(); g++) {
                groups.add(counts != null && g < counts.length ? counts[g] : new int[3]);
            }
            rows.add(new StatementRow(
                    s.id(), s.text(), s.status(), s.origin(), t[0], t[1], t[2], groups, consensus.contains(s.id())));
        }
        return new AdminView(
                map.component().id(),
                map.component().title(),
                map.project().id(),
                map.project().title(),
                map.phase().name(),
                settings,
                List.of(Audience.values()),
                rows.stream().filter(r -> !"pending".equals(r.status())).toList(),
                rows.stream().filter(r -> "pending".equals(r.status())).toList(),
                letters,
                sizes,
                summary == null
                        ? null
                        : Dates.moment(
                                summary.computedAt(),
                                LocaleContextHolder.getLocale().getLanguage()),
                summary == null ? 0 : summary.millis(),
                summary == null ? 0 : summary.participantsInMap(),
                errors,
                text,
                settingsErrors);
    }

    public String lastErrorAt() {
        return Dates.moment(
                settings.lastErrorAt(), LocaleContextHolder.getLocale().getLanguage());
    }
}
