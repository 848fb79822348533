package nl.plein.survey.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One question of the codebook. {@code options} are the answer options (for a matrix: the scale points,
 * for a ranking: the things to rank); {@code rows} are the rows of a matrix and empty otherwise. Keep
 * options that were removed from a survey after responses came in, so old responses stay readable.
 */
public record Question(String code, String text, QuestionType type, List<Option> options, List<Option> rows) {

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        rows = List.copyOf(rows);
        if (code.isBlank()) {
            throw new IllegalArgumentException("question code must not be blank");
        }
        unique(code, options, "option");
        unique(code, rows, "row");
        switch (type) {
            case NUMBER, OPEN_TEXT -> {
                if (!options.isEmpty() || !rows.isEmpty()) {
                    throw new IllegalArgumentException(code + ": a " + type + " question has no options or rows");
                }
            }
            case MATRIX -> {
                if (options.isEmpty() || rows.isEmpty()) {
                    throw new IllegalArgumentException(code + ": a matrix needs rows and options");
                }
            }
            default -> {
                if (options.isEmpty() || !rows.isEmpty()) {
                    throw new IllegalArgumentException(code + ": a " + type + " question needs options and no rows");
                }
            }
        }
        if (type == QuestionType.MULTIPLE_CHOICE && options.size() > 63) {
            throw new IllegalArgumentException(code + ": at most 63 options in a multiple choice question");
        }
        if (type == QuestionType.RANKING && options.size() > 127) {
            throw new IllegalArgumentException(code + ": at most 127 options to rank");
        }
        if (options.size() > Short.MAX_VALUE) {
            throw new IllegalArgumentException(code + ": too many options");
        }
    }

    /** A question with options (single/multiple choice, scale, grade, yes/no, area, ranking). */
    public static Question withOptions(String code, String text, QuestionType type, List<Option> options) {
        return new Question(code, text, type, options, List.of());
    }

    /** A number or open text question. */
    public static Question open(String code, String text, QuestionType type) {
        return new Question(code, text, type, List.of(), List.of());
    }

    /** A matrix: rows, each answered on the same scale (option codes are the scale values). */
    public static Question matrix(String code, String text, List<Option> rows, List<Option> scale) {
        return new Question(code, text, QuestionType.MATRIX, scale, rows);
    }

    /** The position of an option code in {@link #options()}, or -1. */
    public int optionIndex(int optionCode) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).code() == optionCode) {
                return i;
            }
        }
        return -1;
    }

    /** The position of a row code in {@link #rows()}, or -1. */
    public int rowIndex(int rowCode) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code() == rowCode) {
                return i;
            }
        }
        return -1;
    }

    private static void unique(String question, List<Option> list, String what) {
        var seen = new HashSet<Integer>();
        for (Option o : list) {
            if (!seen.add(o.code())) {
                throw new IllegalArgumentException(question + ": " + what + " code " + o.code() + " appears twice");
            }
        }
    }
}
