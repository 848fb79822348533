package nl.plein.opinionmap.analysis;

/** Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations. */
final class Jacobi {

    private Jacobi() {}

    /**
     * @param matrix n x n, row-major, symmetric (not changed)
     * @return [0] the eigenvalues in descending order, [1 + t] the unit eigenvector of value t
     */
    static double[][] symmetric(double[] matrix, int n) {
        double[] a = matrix.clone();
        double[] vectors = new double[n * n];
        for (int i = 0; i < n; i++) vectors[i * n + i] = 1;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
            }
            if (off < 1e-30) break;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p * n + q];
                    if (Math.abs(apq) < 1e-300) continue;
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k * n + p], akq = a[k * n + q];
                        a[k * n + p] = c * akp - s * akq;
                        a[k * n + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p * n + k], aqk = a[q * n + k];
                        a[p * n + k] = c * apk - s * aqk;
                        a[q * n + k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k * n + p], vkq = vectors[k * n + q];
                        vectors[k * n + p] = c * vkp - s * vkq;
                        vectors[k * n + q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        double[] diagonal = new double[n];
        for (int i = 0; i < n; i++) diagonal[i] = a[i * n + i];
        java.util.Arrays.sort(order, (x, y) -> Double.compare(diagonal[y], diagonal[x]));
        double[][] out = new double[n + 1][n];
        for (int t = 0; t < n; t++) {
            out[0][t] = diagonal[order[t]];
            for (int k = 0; k < n; k++) out[1 + t][k] = vectors[k * n + order[t]];
        }
        return out;
    }
}
