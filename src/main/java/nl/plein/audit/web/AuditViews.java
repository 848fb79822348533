package nl.plein.audit.web;

import java.util.List;

/** The view records of AuditController's pages, apart from the controller so templates never depend on it. */
public final class AuditViews {

    private AuditViews() {}

    /** One line of the table, with the action already in the reader's language. */
    public record Row(String time, String actor, String action, String subject, String details) {}

    /** A page of the table and where the other pages are. */
    public record AuditPage(List<Row> rows, int number, int pages, long total) {
        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages;
        }
    }
}
