package nl.plein.survey.analysis;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** A subset of the responses of one table (row numbers in ascending order). */
public final class Selection {

    private final ResponseTable table;
    private final int[] rows;

    private Selection(ResponseTable table, int[] rows) {
        this.table = table;
        this.rows = rows;
    }

    /** Every response. */
    public static Selection all(ResponseTable table) {
        int[] rows = new int[table.size()];
        Arrays.setAll(rows, i -> i);
        return new Selection(table, rows);
    }

    /** The responses that pass the filter. */
    public static Selection of(ResponseTable table, Filter filter) {
        if (filter.isAll()) {
            return all(table);
        }
        return where(table, row -> filter.test(table, row));
    }

    /** The responses whose row number passes the predicate (read the row with the table's accessors). */
    public static Selection where(ResponseTable table, IntPredicate row) {
        int[] rows = new int[table.size()];
        int k = 0;
        for (int r = 0; r < table.size(); r++) {
            if (row.test(r)) {
                rows[k++] = r;
            }
        }
        return new Selection(table, Arrays.copyOf(rows, k));
    }

    static Selection ofRows(ResponseTable table, int[] ascendingRows) {
        return new Selection(table, ascendingRows);
    }

    public ResponseTable table() {
        return table;
    }

    public int size() {
        return rows.length;
    }

    /** The row at position i of this selection. */
    public int row(int i) {
        return rows[i];
    }

    int[] rows() {
        return rows;
    }
}
