package nl.plein.panel;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a CSV import (panel members, paper responses): how many rows were imported, or every
 * bad line with its reason, in which case nothing was imported.
 */
public record CsvImport(int imported, List<LineError> errors) implements Serializable {

    /** One problem on one line; the header is line 1. The message key is in the importing module's bundle. */
    public record LineError(int line, String messageKey, List<String> args) implements Serializable {
        public LineError {
            args = List.copyOf(args);
        }

        public static LineError of(int line, String messageKey, Object... args) {
            return new LineError(
                    line,
                    messageKey,
                    java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        public Object[] argsArray() {
            return args.toArray();
        }
    }

    public CsvImport {
        errors = List.copyOf(errors);
    }

    public static CsvImport failed(List<LineError> errors) {
        return new CsvImport(0, errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
