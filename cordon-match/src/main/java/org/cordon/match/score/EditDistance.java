package org.cordon.match.score;

/**
 * Weighted optimal-string-alignment distance between name tokens, and the similarity curve the
 * scorer puts on it. Edits that spelling and transliteration make all the time cost less than a
 * full edit: letters that stand for the same sound in different romanisations (s/z, c/k, j/y, v/w,
 * i/y, f/v) and doubled letters or an added h ("Mohamed"/"Mohammed", "Walmart"/"Wallmart") cost
 * {@link #CHEAP}; one vowel for another costs {@link #VOWEL}; an adjacent transposition ("Anglea")
 * costs 1. Allocation-free after warm-up: each thread reuses its rows.
 */
public final class EditDistance {
    static final double CHEAP = 0.5, VOWEL = 0.8;
    /** What a cheap edit costs (a doubled letter, an h after a letter, s/z, c/k, ...), for code that walks the same table. */
    public static final double CHEAP_COST = CHEAP;
    /**
     * The least a substitution costs across the letter classes that put the cheap pairs together (one vowel for another;
     * every other pair of letters that is not a cheap pair costs 1), for code that bounds the distance from below.
     */
    public static final double VOWEL_COST = VOWEL;
    private static final int MAX = 64;
    private static final ThreadLocal<double[][]> ROWS = ThreadLocal.withInitial(EditDistance::newRows);

    private EditDistance() {}

    /**
     * Work rows for the {@code rows} variants: hot loops hold their own and pass them in, because a
     * thread-local lookup per call cost more than the distance itself (measured: docs/performance.md).
     */
    public static double[][] newRows() {
        return new double[4][MAX + 1];
    }

    /** Weighted OSA distance between a and b (strings longer than 64 chars are cut; names never are). */
    public static double distance(CharSequence a, CharSequence b) {
        return distance(a, b, ROWS.get());
    }

    /** {@link #distance(CharSequence, CharSequence)} with the caller's work rows (from {@link #newRows()}). */
    public static double distance(CharSequence a, CharSequence b, double[][] rows) {
        return distanceAtMost(a, b, Double.POSITIVE_INFINITY, rows);
    }

    /**
     * The same distance when it is at most {@code max}; otherwise some value above {@code max}, found
     * early: costs never fall, and each letter of length difference still to make up needs an insertion
     * or deletion (at least {@link #CHEAP}), so once a whole row exceeds {@code max} by that measure the end
     * cannot come back under it. The candidate index verifies its fuzzy term lookups with this, and the
     * scorer compares token pairs with it (most fail in two or three rows).
     */
    public static double distanceAtMost(CharSequence a, CharSequence b, double max) {
        return distanceAtMost(a, b, max, ROWS.get());
    }

    /** {@link #distanceAtMost(CharSequence, CharSequence, double)} with the caller's work rows. */
    public static double distanceAtMost(CharSequence a, CharSequence b, double max, double[][] rows) {
        int n = Math.min(a.length(), MAX), m = Math.min(b.length(), MAX);
        double[] prev2 = rows[0], prev = rows[1], cur = rows[2], indelB = rows[3];
        prev[0] = 0;
        // a row's least value plus CHEAP per letter of length difference left to make up from that cell
        double row0Min = CHEAP * Math.abs(n - m);
        for (int j = 1; j <= m; j++) {
            indelB[j - 1] = indel(b, j - 1);
            prev[j] = prev[j - 1] + indelB[j - 1];
            row0Min = Math.min(row0Min, prev[j] + CHEAP * Math.abs(n - m + j));
        }
        boolean prevOver = row0Min > max;
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            double delA = indel(a, i - 1);
            cur[0] = prev[0] + delA;
            int left = n - i - m; // the length difference left at column j is |left + j|
            double rowMin = cur[0] + CHEAP * Math.abs(left);
            char before = i > 1 ? a.charAt(i - 2) : 0;
            char cbPrev = 0;
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double v = Math.min(prev[j] + delA, cur[j - 1] + indelB[j - 1]);
                v = Math.min(v, prev[j - 1] + cost(ca, cb));
                if (i > 1 && j > 1 && ca == cbPrev && before == cb && ca != cb) v = Math.min(v, prev2[j - 2] + 1);
                cur[j] = v;
                double lower = v + CHEAP * Math.abs(left + j);
                if (lower < rowMin) rowMin = lower;
                cbPrev = cb;
            }
            // a transposition reads two rows back, so stop only when this row and the one before both exceed max
            boolean over = rowMin > max;
            if (over && prevOver) return rowMin;
            prevOver = over;
            double[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Substitution costs of ASCII letter pairs, looked up instead of tested pair by pair. */
    private static final double[] COSTS = new double[128 * 128];

    static {
        for (char x = 0; x < 128; x++) for (char y = 0; y < 128; y++) COSTS[x * 128 + y] = substitution(x, y);
    }

    private static double cost(char a, char b) {
        return (a | b) < 128 ? COSTS[a * 128 + b] : substitution(a, b);
    }

    /** What inserting or deleting {@code s[i]} costs (see {@link #indel}), for code that walks the same table. */
    public static double indelCost(CharSequence s, int i) {
        return indel(s, i);
    }

    /** Cost of inserting or deleting s[i]: cheap when it doubles its neighbour or is an h after a letter. */
    private static double indel(CharSequence s, int i) {
        char c = s.charAt(i);
        if (i > 0 && s.charAt(i - 1) == c) return CHEAP;
        if (i + 1 < s.length() && s.charAt(i + 1) == c) return CHEAP;
        if (c == 'h' && i > 0) return CHEAP;
        return 1.0;
    }

    /** What substituting one letter for another costs (0 when equal). */
    public static double substitutionCost(char a, char b) {
        return substitution(a, b);
    }

    static double substitution(char a, char b) {
        if (a == b) return 0;
        // every cheap pair and every vowel is an ASCII letter
        if ((a | b) >= 128) return 1.0;
        if (same(a, b, 's', 'z') || same(a, b, 'c', 'k') || same(a, b, 'k', 'q') || same(a, b, 'c', 's') || same(a, b, 'j', 'y')
                || same(a, b, 'i', 'y') || same(a, b, 'v', 'w') || same(a, b, 'f', 'v') || same(a, b, 'j', 'g')) {
            return CHEAP;
        }
        if (vowel(a) && vowel(b)) return VOWEL;
        return 1.0;
    }

    private static boolean same(char a, char b, char x, char y) {
        return (a == x && b == y) || (a == y && b == x);
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Similarity from an edit distance: one edit costs little in a long word and more in a short one,
     * and each further edit costs more than the one before, because a typo is one slip while two or
     * three changes usually make another name ("Pulin" ~ Putin, "Albano" is not Albanese). With d
     * edits in a word of L letters: {@code 1 - (d/L)(0.8 + 0.4(d-1))}; d=1 in 5 letters 0.84, d=2 in
     * 8 letters 0.70, d=3 in 10 letters 0.52 (tuned on name-pairs-dev.csv, see docs/matching.md).
     */
    public static double similarity(double d, int longer) {
        if (d <= 0) return 1.0;
        if (longer == 0) return 0.0;
        double s = 1.0 - (d / longer) * (0.8 + 0.4 * Math.max(0, d - 1));
        return s > 0 ? s : 0.0;
    }

    public static double similarity(String a, String b) {
        return similarity(distance(a, b), Math.max(a.length(), b.length()));
    }

    /** {@link #similarity(String, String)} with the caller's work rows. */
    public static double similarity(String a, String b, double[][] rows) {
        return similarity(distance(a, b, rows), Math.max(a.length(), b.length()));
    }

    /**
     * {@link #similarity(String, String, double[][])} when it is at least {@code minSim}, else 0: the distance gives up as
     * soon as it cannot reach it.
     */
    public static double similarityAtLeast(String a, String b, double minSim, double[][] rows) {
        int longer = Math.max(a.length(), b.length());
        if (longer > MAX) return similarity(a, b, rows);
        double most = maxDistance(longer, minSim);
        double d = distanceAtMost(a, b, most, rows);
        return d > most ? 0.0 : similarity(d, longer);
    }

    /**
     * The largest weighted distance at which two strings, the longer of length {@code longer}, are
     * still {@code minSim} similar (the inverse of {@link #similarity(double, int)}, with a hair of slack).
     */
    public static double maxDistance(int longer, double minSim) {
        double r = (1 - minSim) * longer;
        double d1 = r / 0.8;
        if (d1 <= 1) return d1 + 1e-9;
        return (-0.4 + Math.sqrt(0.16 + 1.6 * r)) / 0.8 + 1e-9;
    }

    /**
     * The most similar two words can be given their lengths and letter-class histograms
     * ({@link org.cordon.match.normalise.LetterClasses}): the distance is at least half the length
     * difference and at least 0.4 per unit of histogram difference.
     */
    public static double similarityBound(int lengthA, int lengthB, long histogramA, long histogramB) {
        int l1 = org.cordon.match.normalise.LetterClasses.difference(histogramA, histogramB), delta = Math.abs(lengthA - lengthB);
        // each insertion or deletion costs at least 0.5 and moves the histogram by at most 1, a substitution at least
        // 0.8 for at most 2: the length difference forces delta of the former
        double d = Math.max(0.5 * delta, 0.4 * l1 + 0.1 * Math.min(delta, l1));
        return similarity(d, Math.max(lengthA, lengthB));
    }
}
