package nl.plein.report;

/** Someone else saved this report section since the editor loaded it; nothing was saved. */
public class ReportConflictException extends RuntimeException {

    private final transient ReportText current;

    public ReportConflictException(ReportText current) {
        super("Report section " + current.section() + " changed to version " + current.version());
        this.current = current;
    }

    public ReportText current() {
        return current;
    }
}
