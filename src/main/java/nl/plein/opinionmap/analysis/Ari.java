package nl.plein.opinionmap.analysis;

import java.util.HashMap;
import java.util.Map;

/** The adjusted Rand index of two labellings of the same items: 1 is the same partition, about 0 is chance. */
public final class Ari {

    private Ari() {}

    public static double of(int[] a, int[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("labellings differ in length");
        Map<Long, Integer> pairs = new HashMap<>();
        Map<Integer, Integer> rowsA = new HashMap<>(), rowsB = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            pairs.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
            rowsA.merge(a[i], 1, Integer::sum);
            rowsB.merge(b[i], 1, Integer::sum);
        }
        double index = pairs.values().stream().mapToDouble(Ari::choose2).sum();
        double sumA = rowsA.values().stream().mapToDouble(Ari::choose2).sum();
        double sumB = rowsB.values().stream().mapToDouble(Ari::choose2).sum();
        double expected = sumA * sumB / choose2(a.length);
        double max = (sumA + sumB) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double choose2(int n) {
        return n * (n - 1) / 2.0;
    }
}
