package nl.plein.project;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A period of a project, with its ladder level and its room for influence. {@code fixed} and
 * {@code open} hold one point per line; {@code timing} is relative to the day it was read.
 */
public record Phase(
        long id,
        long projectId,
        String name,
        String description,
        LadderLevel ladderLevel,
        LocalDate startsOn,
        LocalDate endsOn,
        String fixed,
        String open,
        String whoDecides,
        PhaseTiming timing,
        List<PhaseComponent> components) {

    public List<String> fixedPoints() {
        return lines(fixed);
    }

    public List<String> openPoints() {
        return lines(open);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static PhaseTiming timing(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (endsOn.isBefore(today)) {
            return PhaseTiming.PAST;
        }
        return startsOn.isAfter(today) ? PhaseTiming.COMING : PhaseTiming.CURRENT;
    }
}
