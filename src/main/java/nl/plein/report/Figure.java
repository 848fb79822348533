package nl.plein.report;

import nl.plein.project.Participation;

/**
 * One group of a breakdown in a report: how many took part (and gave input), and the population
 * where known. Groups under {@link Participation#SMALLEST_GROUP} are never shown with their number.
 */
public record Figure(Dimension dimension, String label, long participants, Long inputs, Long population) {

    public enum Dimension {
        CHANNEL,
        AREA,
        METHOD,
        COMPONENT;

        public String messageKey() {
            return "report.dimension." + name();
        }
    }

    /**
     * The words for this group in the reader's language, for a channel, which components name by a code ("in
     * person", "paper"); areas, methods and components carry their own names. Null when the label is the name.
     */
    public String labelKey() {
        return dimension == Dimension.CHANNEL ? "report.channel." + label.replace(' ', '-') : null;
    }

    public boolean suppressed() {
        return participants < Participation.SMALLEST_GROUP;
    }

    /** Participants per 1,000 residents, one decimal; null without a population or when suppressed. */
    public Double perThousand() {
        if (population == null || population <= 0 || suppressed()) {
            return null;
        }
        return Math.round(participants * 10_000.0 / population) / 10.0;
    }
}
