package org.cordon.bench.speed;

/**
 * Jaro-Winkler similarity of two strings (prefix scale 0.1, up to 4 prefix letters), as the OFAC
 * Sanctions List Search tool applies it to whole names. Allocation-free after warm-up.
 */
public final class JaroWinkler {
    private static final ThreadLocal<boolean[][]> FLAGS = ThreadLocal.withInitial(() -> new boolean[][]{new boolean[256], new boolean[256]});

    private JaroWinkler() {}

    public static double similarity(String a, String b) {
        int la = a.length(), lb = b.length();
        if (la == 0 || lb == 0) return la == lb ? 1.0 : 0.0;
        if (la > 255 || lb > 255) return a.equals(b) ? 1.0 : 0.0;
        boolean[][] f = FLAGS.get();
        boolean[] ma = f[0], mb = f[1];
        java.util.Arrays.fill(ma, 0, la, false);
        java.util.Arrays.fill(mb, 0, lb, false);
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            for (int j = Math.max(0, i - window), end = Math.min(lb, i + window + 1); j < end; j++) {
                if (!mb[j] && b.charAt(j) == c) {
                    ma[i] = mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int t = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (!ma[i]) continue;
            while (!mb[j]) j++;
            if (a.charAt(i) != b.charAt(j)) t++;
            j++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
