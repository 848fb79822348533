package nl.plein.shared;

/** What the CSV files staff download have in common. */
public final class CsvFiles {

    /**
     * The byte order mark that starts them. Without it, Excel reads UTF-8 as Windows-1252 and "Zeeën"
     * turns into "ZeeÃ«n"; R, pandas and LibreOffice skip it.
     */
    public static final String BOM = "\uFEFF";

    private CsvFiles() {}
}
