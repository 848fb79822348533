package nl.plein.survey.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All responses to one survey, stored by column in primitive arrays, so 100,000 responses x 20 questions
 * take a few megabytes (no object per response or answer). Built once with {@link #builder(Codebook, int)};
 * immutable afterwards and safe to share between threads.
 *
 * <p>How answers are stored: one-choice questions as the option's position (short, -1 = no answer);
 * multiple choice as a bit per option in a long (bit 63 = answered); numbers as double (NaN = no answer,
 * never exposed); open text as String (null = no answer); ranking as a rank byte per option (0 = not
 * ranked); a matrix as the option position per row (short, -1 = no answer).
 */
public final class ResponseTable {

    static final short NONE = -1;
    static final long ANSWERED = 1L << 63;

    private final Codebook codebook;
    private final int size;
    private final long[] ids;
    private final List<String> areaCodes;
    private final short[] area;
    private final byte[] sex;
    private final byte[] ageBand;
    private final byte[] channel;
    private final Object[] columns;

    private ResponseTable(Builder b) {
        this.codebook = b.codebook;
        this.size = b.size;
        this.ids = Arrays.copyOf(b.ids, size);
        this.areaCodes = List.copyOf(b.areaCodes);
        this.area = Arrays.copyOf(b.area, size);
        this.sex = Arrays.copyOf(b.sex, size);
        this.ageBand = Arrays.copyOf(b.ageBand, size);
        this.channel = Arrays.copyOf(b.channel, size);
        this.columns = new Object[b.columns.length];
        for (int q = 0; q < columns.length; q++) {
            Question question = codebook.questions().get(q);
            columns[q] = trim(b.columns[q], size * width(question));
        }
    }

    public static Builder builder(Codebook codebook, int expectedResponses) {
        return new Builder(codebook, expectedResponses);
    }

    public Codebook codebook() {
        return codebook;
    }

    /** The number of responses. */
    public int size() {
        return size;
    }

    /** The caller's id of the response (e.g. its database id), for exports. */
    public long id(int row) {
        return ids[row];
    }

    /** The area code of a response, or null when unknown. */
    public String area(int row) {
        return area[row] < 0 ? null : areaCodes.get(area[row]);
    }

    /** The distinct area codes that occur, in order of first appearance. */
    public List<String> areaCodes() {
        return areaCodes;
    }

    int areaIndex(int row) {
        return area[row];
    }

    public Sex sex(int row) {
        return Sex.values()[sex[row]];
    }

    /** The age band, or null when unknown. */
    public AgeBand ageBand(int row) {
        return ageBand[row] < 0 ? null : AgeBand.values()[ageBand[row]];
    }

    int ageBandOrdinal(int row) {
        return ageBand[row];
    }

    int sexOrdinal(int row) {
        return sex[row];
    }

    public Channel channel(int row) {
        return Channel.values()[channel[row]];
    }

    /** The chosen option code of a one-choice question, or null. */
    public Integer choice(int row, int question) {
        if (!codebook.questions().get(question).type().oneChoice()) {
            throw new IllegalArgumentException(
                    codebook.questions().get(question).code() + " is not a one-choice question");
        }
        short i = ((short[]) columns[question])[row];
        return i < 0
                ? null
                : codebook.questions().get(question).options().get(i).code();
    }

    /** The chosen option codes of a multiple choice question in codebook order, or null when not answered. */
    public int[] choices(int row, int question) {
        long bits = ((long[]) columns[question])[row];
        if ((bits & ANSWERED) == 0) {
            return null;
        }
        List<Option> options = codebook.questions().get(question).options();
        int[] codes = new int[Long.bitCount(bits & ~ANSWERED)];
        int k = 0;
        for (int i = 0; i < options.size(); i++) {
            if ((bits & (1L << i)) != 0) {
                codes[k++] = options.get(i).code();
            }
        }
        return codes;
    }

    /** The answer to a number question, or null. */
    public Double number(int row, int question) {
        double v = ((double[]) columns[question])[row];
        return Double.isNaN(v) ? null : v;
    }

    /** The answer to an open question, or null. */
    public String text(int row, int question) {
        return ((String[]) columns[question])[row];
    }

    /** The rank (1 = first) a response gave to the option at {@code optionIndex}, or 0 when not ranked. */
    public int rank(int row, int question, int optionIndex) {
        int k = codebook.questions().get(question).options().size();
        return ((byte[]) columns[question])[row * k + optionIndex];
    }

    /** The option code chosen in row {@code rowIndex} of a matrix, or null. */
    public Integer matrix(int row, int question, int rowIndex) {
        Question q = codebook.questions().get(question);
        short i = ((short[]) columns[question])[row * q.rows().size() + rowIndex];
        return i < 0 ? null : q.options().get(i).code();
    }

    Object rawColumn(int question) {
        return columns[question];
    }

    static int width(Question q) {
        return switch (q.type()) {
            case RANKING -> q.options().size();
            case MATRIX -> q.rows().size();
            default -> 1;
        };
    }

    private static Object trim(Object column, int length) {
        return switch (column) {
            case short[] a -> Arrays.copyOf(a, length);
            case long[] a -> Arrays.copyOf(a, length);
            case double[] a -> Arrays.copyOf(a, length);
            case byte[] a -> Arrays.copyOf(a, length);
            case String[] a -> Arrays.copyOf(a, length);
            default -> throw new IllegalStateException();
        };
    }

    /**
     * Fills a table one response at a time: {@code next(...)} starts a response, the answer methods fill
     * it. Unanswered questions need no call. Codes that are not in the codebook are refused with an
     * {@link IllegalArgumentException}, so the table never holds an answer it cannot label.
     */
    public static final class Builder {
        private final Codebook codebook;
        private final Map<String, Integer> questionIndex;
        private final Map<String, Short> areaIndex = new HashMap<>();
        private final List<String> areaCodes = new ArrayList<>();
        private int size;
        private int capacity;
        private long[] ids;
        private short[] area;
        private byte[] sex;
        private byte[] ageBand;
        private byte[] channel;
        private final Object[] columns;

        private Builder(Codebook codebook, int expectedResponses) {
            this.codebook = Objects.requireNonNull(codebook);
            this.questionIndex = codebook.index();
            this.capacity = Math.max(16, expectedResponses);
            ids = new long[capacity];
            area = new short[capacity];
            sex = new byte[capacity];
            ageBand = new byte[capacity];
            channel = new byte[capacity];
            columns = new Object[codebook.questions().size()];
            for (int q = 0; q < columns.length; q++) {
                columns[q] = newColumn(codebook.questions().get(q), capacity);
            }
        }

        private static Object newColumn(Question q, int capacity) {
            int length = capacity * width(q);
            return switch (q.type()) {
                case MULTIPLE_CHOICE -> new long[length];
                case NUMBER -> filled(new double[length]);
                case OPEN_TEXT -> new String[length];
                case RANKING -> new byte[length];
                default -> filled(new short[length]);
            };
        }

        private static double[] filled(double[] a) {
            Arrays.fill(a, Double.NaN);
            return a;
        }

        private static short[] filled(short[] a) {
            Arrays.fill(a, NONE);
            return a;
        }

        /**
         * Starts the next response. {@code areaCode} and {@code ageBand} may be null (unknown); a null
         * {@code sex} counts as {@link Sex#OTHER_UNKNOWN}.
         */
        public Builder next(long id, String areaCode, Sex sex, AgeBand ageBand, Channel channel) {
            Objects.requireNonNull(channel, "channel");
            if (size == capacity) {
                grow();
            }
            int row = size++;
            ids[row] = id;
            this.area[row] = areaCode == null ? NONE : areaIndex.computeIfAbsent(areaCode, this::newArea);
            this.sex[row] = (byte) (sex == null ? Sex.OTHER_UNKNOWN : sex).ordinal();
            this.ageBand[row] = (byte) (ageBand == null ? -1 : ageBand.ordinal());
            this.channel[row] = (byte) channel.ordinal();
            return this;
        }

        private Short newArea(String code) {
            if (areaCodes.size() == Short.MAX_VALUE) {
                throw new IllegalArgumentException("too many areas");
            }
            areaCodes.add(code);
            return (short) (areaCodes.size() - 1);
        }

        /** The answer to a single choice, scale, grade, yes/no or area question. */
        public Builder choice(String question, int optionCode) {
            int q = question(question);
            Question qu = expect(
                    q,
                    "choice",
                    QuestionType.SINGLE_CHOICE,
                    QuestionType.SCALE,
                    QuestionType.GRADE,
                    QuestionType.YES_NO,
                    QuestionType.AREA);
            ((short[]) columns[q])[current()] = (short) option(qu, optionCode);
            return this;
        }

        /** The options chosen in a multiple choice question (none chosen is an answer too). */
        public Builder choices(String question, int... optionCodes) {
            int q = question(question);
            Question qu = expect(q, "choices", QuestionType.MULTIPLE_CHOICE);
            long bits = ANSWERED;
            for (int code : optionCodes) {
                bits |= 1L << option(qu, code);
            }
            ((long[]) columns[q])[current()] = bits;
            return this;
        }

        /** The answer to a number question (a finite number). */
        public Builder number(String question, double value) {
            int q = question(question);
            expect(q, "number", QuestionType.NUMBER);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(question + ": a number answer must be finite");
            }
            ((double[]) columns[q])[current()] = value;
            return this;
        }

        /** The answer to an open question; blank counts as no answer. */
        public Builder text(String question, String value) {
            int q = question(question);
            expect(q, "text", QuestionType.OPEN_TEXT);
            ((String[]) columns[q])[current()] = value == null || value.isBlank() ? null : value;
            return this;
        }

        /** A ranking: option codes in order, the first is rank 1; options left out are not ranked. */
        public Builder ranking(String question, int... optionCodesInOrder) {
            int q = question(question);
            Question qu = expect(q, "ranking", QuestionType.RANKING);
            int k = qu.options().size();
            byte[] column = (byte[]) columns[q];
            int base = current() * k;
            Arrays.fill(column, base, base + k, (byte) 0);
            for (int r = 0; r < optionCodesInOrder.length; r++) {
                int i = option(qu, optionCodesInOrder[r]);
                if (column[base + i] != 0) {
                    throw new IllegalArgumentException(
                            question + ": option " + optionCodesInOrder[r] + " ranked twice");
                }
                column[base + i] = (byte) (r + 1);
            }
            return this;
        }

        /** The answer in one row of a matrix. */
        public Builder matrix(String question, int rowCode, int optionCode) {
            int q = question(question);
            Question qu = expect(q, "matrix", QuestionType.MATRIX);
            int r = qu.rowIndex(rowCode);
            if (r < 0) {
                throw new IllegalArgumentException(question + ": no row with code " + rowCode);
            }
            ((short[]) columns[q])[current() * qu.rows().size() + r] = (short) option(qu, optionCode);
            return this;
        }

        public int size() {
            return size;
        }

        public ResponseTable build() {
            return new ResponseTable(this);
        }

        private int current() {
            if (size == 0) {
                throw new IllegalStateException("call next(...) before adding answers");
            }
            return size - 1;
        }

        private int question(String code) {
            Integer q = questionIndex.get(code);
            if (q == null) {
                throw new IllegalArgumentException("no question with code " + code + " in the codebook");
            }
            return q;
        }

        private Question expect(int q, String what, QuestionType... types) {
            Question question = codebook.questions().get(q);
            for (QuestionType t : types) {
                if (question.type() == t) {
                    return question;
                }
            }
            throw new IllegalArgumentException(
                    question.code() + " is a " + question.type() + " question, not for " + what);
        }

        private static int option(Question q, int code) {
            int i = q.optionIndex(code);
            if (i < 0) {
                throw new IllegalArgumentException(q.code() + ": no option with code " + code + " in the codebook");
            }
            return i;
        }

        private void grow() {
            int newCapacity = capacity + (capacity >> 1) + 16;
            ids = Arrays.copyOf(ids, newCapacity);
            area = Arrays.copyOf(area, newCapacity);
            sex = Arrays.copyOf(sex, newCapacity);
            ageBand = Arrays.copyOf(ageBand, newCapacity);
            channel = Arrays.copyOf(channel, newCapacity);
            for (int q = 0; q < columns.length; q++) {
                Question question = codebook.questions().get(q);
                int length = newCapacity * width(question);
                Object grown = newColumn(question, newCapacity);
                System.arraycopy(columns[q], 0, grown, 0, capacity * width(question));
                columns[q] = grown;
                if (length < 0) {
                    throw new IllegalStateException("table too large");
                }
            }
            capacity = newCapacity;
        }
    }
}
