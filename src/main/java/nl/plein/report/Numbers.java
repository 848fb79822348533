package nl.plein.report;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the reader writes them: "12.400" and "1,5" in Dutch, "12,400" and "1.5" in English. */
public final class Numbers {

    private Numbers() {}

    public static String number(long n, String lang) {
        return NumberFormat.getIntegerInstance(Locale.of(lang)).format(n);
    }

    /** One decimal always ("1,0"), so a column of shares lines up; "-" where there is no figure. */
    public static String decimal(Double d, String lang) {
        if (d == null) {
            return "-";
        }
        var format = NumberFormat.getNumberInstance(Locale.of(lang));
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(d);
    }
}
