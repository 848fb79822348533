package nl.plein.accessibility;

import java.time.LocalDate;

/** A known failure of a success criterion, with what the register asks of each: cause, consequence, measure, date. */
public record Issue(
        long id,
        String criterion,
        String description,
        String cause,
        String consequence,
        String measure,
        LocalDate plannedFix,
        LocalDate fixedOn) {

    public boolean fixed() {
        return fixedOn != null;
    }

    /** Enough for status B: everything described, and a fix date still to come. */
    boolean complete(LocalDate today) {
        return !cause.isBlank()
                && !consequence.isBlank()
                && !measure.isBlank()
                && plannedFix != null
                && !plannedFix.isBefore(today);
    }
}
