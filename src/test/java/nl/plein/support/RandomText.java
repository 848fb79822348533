package nl.plein.support;

import java.util.Random;

/** Random strings for property-style tests that run on many seeded cases, so a failure is reproducible. */
public final class RandomText {

    public static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private RandomText() {}

    /** A string of 0 to {@code maxLength} characters (code points) drawn from {@code alphabet}. */
    public static String of(Random random, int maxLength, String alphabet) {
        int[] chars = alphabet.codePoints().toArray();
        var text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(chars[random.nextInt(chars.length)]);
        }
        return text.toString();
    }
}
