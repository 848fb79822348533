package nl.plein.survey.analysis;

/** The question types the analysis knows, and how their answers are stored and summarised. */
public enum QuestionType {
    /** One option code. */
    SINGLE_CHOICE(true, false),
    /** Any number of option codes (at most 63 options). */
    MULTIPLE_CHOICE(false, false),
    /** One option code; the code is the scale value (1-5 or 0-10), so mean and median apply. */
    SCALE(true, true),
    /** One option code 1-10; the code is the grade. */
    GRADE(true, true),
    /** One option code (the codebook says which code is yes and which is no). */
    YES_NO(true, false),
    /** One option code per area (the colleague's codebook maps areas to codes). */
    AREA(true, false),
    /** A number (double); mean and median. */
    NUMBER(false, true),
    /** Free text; listed and searchable, never counted. */
    OPEN_TEXT(false, false),
    /** Option codes in the order the respondent ranked them (first = rank 1). */
    RANKING(false, false),
    /** Per row one option code of a scale; the option codes are the scale values. */
    MATRIX(false, true);

    private final boolean oneChoice;
    private final boolean numeric;

    QuestionType(boolean oneChoice, boolean numeric) {
        this.oneChoice = oneChoice;
        this.numeric = numeric;
    }

    /** Stored as one option per response (single choice, scale, grade, yes/no, area). */
    public boolean oneChoice() {
        return oneChoice;
    }

    /** Values (or option codes) are numbers, so a mean and median make sense. */
    public boolean numeric() {
        return numeric;
    }
}
