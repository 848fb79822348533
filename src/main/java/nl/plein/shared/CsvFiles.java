package nl.plein.shared;

/** What the CSV files staff download have in common. */
public final class CsvFiles {

    /**
     * The byte order mark that starts them. Without it, Excel reads UTF-8 as Windows-1252 and "Zeeën"
     * turns into "ZeeÃ«n"; R, pandas and LibreOffice skip it.
     */
    public static final String BOM = "\uFEFF";

    private CsvFiles() {}

    /**
     * Text a spreadsheet would read as a formula (CSV injection: "=HYPERLINK(...)" typed by a resident) gets a
     * leading apostrophe, so it stays text. Every CSV export of residents' words goes through this.
     */
    public static String safe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
