package nl.plein.shared;

import java.util.regex.Pattern;

/** The one check on what people type as an e-mail address: something@domain.tld, no spaces, at most 254 characters. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {}

    public static boolean plausible(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && PLAUSIBLE.matcher(address).matches();
    }
}
