package nl.plein.report;

public enum ReportStatus {
    DRAFT,
    PUBLISHED;

    public String messageKey() {
        return "report.status." + name();
    }
}
