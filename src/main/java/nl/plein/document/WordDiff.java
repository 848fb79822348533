package nl.plein.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts (Myers' O(ND) algorithm): the texts are split into words,
 * punctuation marks and the white space between them, and the shortest edit script says which words stay, which go and
 * which come. Neighbouring parts of the same kind are joined, so a changed phrase reads as one.
 */
public final class WordDiff {

    public enum Kind {
        SAME,
        DELETED,
        INSERTED
    }

    public record Part(Kind kind, String text) {

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean deleted() {
            return kind == Kind.DELETED;
        }

        public boolean inserted() {
            return kind == Kind.INSERTED;
        }
    }

    /** White space, a word (letters and digits, with inner apostrophes or hyphens), or one other character. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|\\S");

    private WordDiff() {}

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        var m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    public static List<Part> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        // Walk back through the saved frontiers to recover the edit script.
        List<Part> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] previous = trace.get(d);
            int k = x - y;
            boolean down = k == -d || (k != d && previous[offset + k - 1] < previous[offset + k + 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = previous[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(new Part(Kind.SAME, a.get(--x)));
                y--;
            }
            if (down) {
                reversed.add(new Part(Kind.INSERTED, b.get(--y)));
            } else {
                reversed.add(new Part(Kind.DELETED, a.get(--x)));
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Part(Kind.SAME, a.get(--x)));
            y--;
        }
        Collections.reverse(reversed);
        return join(reversed);
    }

    /** Joins neighbours of one kind; white space between two changed words joins the change. */
    private static List<Part> join(List<Part> parts) {
        List<Part> joined = new ArrayList<>();
        for (Part part : parts) {
            if (!joined.isEmpty() && joined.getLast().kind() == part.kind()) {
                Part last = joined.removeLast();
                joined.add(new Part(part.kind(), last.text() + part.text()));
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    /** The text before the change: what is the same plus what was deleted. */
    public static String before(List<Part> parts) {
        var text = new StringBuilder();
        parts.stream().filter(p -> !p.inserted()).forEach(p -> text.append(p.text()));
        return text.toString();
    }

    /** The text after the change: what is the same plus what was inserted. */
    public static String after(List<Part> parts) {
        var text = new StringBuilder();
        parts.stream().filter(p -> !p.deleted()).forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
