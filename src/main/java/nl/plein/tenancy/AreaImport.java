package nl.plein.tenancy;

import java.util.List;

/**
 * The outcome of importing areas from a CBS file: either counts of areas added and updated, or every
 * bad line with its reason, in which case nothing was imported.
 */
public record AreaImport(int added, int updated, List<LineError> errors) implements java.io.Serializable {

    /**
     * One problem on one line of the file.
     *
     * @param line the line number in the file (the header is line 1, or later when preceded by a title)
     * @param messageKey the reason, a message in {@code i18n/tenancy}
     * @param args arguments of the message (column name, value, ...)
     */
    public record LineError(int line, String messageKey, List<Object> args) implements java.io.Serializable {

        public LineError {
            args = List.copyOf(args);
        }

        public static LineError of(int line, String messageKey, Object... args) {
            return new LineError(line, messageKey, List.of(args));
        }

        public Object[] argsArray() {
            return args.toArray();
        }
    }

    public AreaImport {
        errors = List.copyOf(errors);
    }

    public static AreaImport failed(List<LineError> errors) {
        return new AreaImport(0, 0, errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
