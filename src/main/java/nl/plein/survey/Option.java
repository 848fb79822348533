package nl.plein.survey;

/**
 * An answer option (or a matrix row): its code as stored in answers, and its label. A label that is
 * a message key (yes/no) has {@code translate} set.
 */
public record Option(int code, String label, boolean translate) {

    public static Option of(int code, String label) {
        return new Option(code, label, false);
    }
}
