package nl.plein.survey.analysis;

import java.util.Objects;

/** An answer option (or a matrix row): its stable code and its label. */
public record Option(int code, String label) {
    public Option {
        Objects.requireNonNull(label, "label");
    }
}
