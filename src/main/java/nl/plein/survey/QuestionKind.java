package nl.plein.survey;

/** The question types of the builder. */
public enum QuestionKind {
    SINGLE(true, false),
    MULTIPLE(true, false),
    SCALE5(false, false),
    SCALE10(false, false),
    GRADE(false, false),
    YES_NO(false, false),
    NUMBER(false, false),
    TEXT(false, false),
    RANKING(true, false),
    MATRIX(true, true),
    AREA(false, false);

    private final boolean ownOptions;
    private final boolean rows;

    QuestionKind(boolean ownOptions, boolean rows) {
        this.ownOptions = ownOptions;
        this.rows = rows;
    }

    /** Staff type the options (one per line); otherwise the type brings its own. */
    public boolean ownOptions() {
        return ownOptions;
    }

    public boolean hasRows() {
        return rows;
    }

    /** One answer from a fixed list: these can be the condition of a later question. */
    public boolean oneChoice() {
        return this == SINGLE || this == SCALE5 || this == SCALE10 || this == GRADE || this == YES_NO || this == AREA;
    }

    public boolean choice() {
        return oneChoice() || this == MULTIPLE;
    }

    public String messageKey() {
        return "survey.kind." + name();
    }
}
