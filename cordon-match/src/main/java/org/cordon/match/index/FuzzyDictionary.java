package org.cordon.match.index;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.cordon.match.score.EditDistance;

/**
 * Finds every term whose {@link EditDistance#similarity(String, String)} to a query string reaches a
 * minimum, without computing the distance to every term.
 *
 * <p>Why the filter is safe: the weighted distance costs at least 0.5 per inserted or deleted
 * letter, and at least 0.4 per unit of change in a histogram of letter classes, where the classes
 * put together every pair of letters that {@link EditDistance} substitutes cheaply (c k q s z;
 * i y j g; f v w) and ignore 'h' (cheap to add after a letter). A substitution across classes costs
 * 1 (0.8 between two vowels) and moves the histogram by 2, an insertion or deletion costs at least
 * 0.5 and moves it by 1, a transposition moves nothing. So {@code distance >= 0.4 * L1(histograms)}
 * and {@code distance >= 0.5 * |length difference|}; a term failing either bound for the largest
 * distance the similarity allows cannot reach the minimum. Survivors are verified with
 * {@link EditDistance#distanceAtMost}, which gives up as soon as a row exceeds the bound.
 *
 * <p>Histograms are saturated at 3 per class (still a lower bound) and stored as three 32-bit
 * masks ("at least 1", "at least 2", "at least 3"), so the L1 distance is three XOR popcounts.
 * Terms are sorted by length so a lookup walks only the lengths the bound admits.
 *
 * <p>This histogram is finer than {@link org.cordon.match.normalise.LetterClasses} (the scorer's, one
 * {@code long}: 21 classes, four of them for every non-Latin letter), on purpose: the look-up also runs
 * over words in Cyrillic, Arabic and Han script, where the finer classes reject more. Replacing it with
 * LetterClasses was measured 5 % slower on uncached look-ups (800 against 760 names per CPU-second,
 * 5,000 generated names, 2026-11-29).
 */
final class FuzzyDictionary {
    private final String[] terms;
    private final int[] ids;
    private final int[] byLength; // first index of each length; byLength[maxLen + 1] == terms.length
    private final long[] masks12;
    private final int[] masks3;

    FuzzyDictionary(String[] vocabulary, int[] vocabularyIds) {
        // sort by length without boxing: length in the high half, position in the low half
        long[] keyed = new long[vocabulary.length];
        for (int i = 0; i < keyed.length; i++) keyed[i] = ((long) vocabulary[i].length() << 32) | i;
        Arrays.sort(keyed);
        int[] order = new int[keyed.length];
        for (int i = 0; i < order.length; i++) order[i] = (int) keyed[i];
        terms = new String[order.length];
        ids = new int[order.length];
        masks12 = new long[order.length];
        masks3 = new int[order.length];
        int maxLen = 0;
        for (int i = 0; i < order.length; i++) {
            terms[i] = vocabulary[order[i]];
            ids[i] = vocabularyIds[order[i]];
            masks12[i] = masks(terms[i]);
            maxLen = Math.max(maxLen, terms[i].length());
        }
        for (int i = 0; i < order.length; i++) masks3[i] = mask3(terms[i]);
        byLength = new int[maxLen + 2];
        int t = 0;
        for (int len = 0; len <= maxLen + 1; len++) {
            while (t < terms.length && terms[t].length() < len) t++;
            byLength[len] = t;
        }
    }

    int size() {
        return terms.length;
    }

    /**
     * Calls {@code hit} with the id of every term whose similarity to {@code q} is at least
     * {@code minSim}, and whose length differs from q's by at most {@code maxLengthDiff}.
     */
    void lookup(String q, double minSim, int maxLengthDiff, IntConsumer hit) {
        lookup(q, minSim, maxLengthDiff, (id, similarity) -> hit.accept(id));
    }

    /** Receives a term found by a lookup with its edit similarity to the query. */
    @FunctionalInterface
    interface Hit {
        void accept(int id, double similarity);
    }

    /** {@link #lookup(String, double, int, IntConsumer)}, passing each term's similarity along. */
    void lookup(String q, double minSim, int maxLengthDiff, Hit hit) {
        int la = q.length();
        if (la == 0 || terms.length == 0) return;
        long qm = masks(q);
        int q3 = mask3(q);
        int maxLen = byLength.length - 2;
        double[][] rows = EditDistance.newRows();
        for (int lb = Math.max(1, la - maxLengthDiff); lb <= Math.min(maxLen, la + maxLengthDiff); lb++) {
            double dmax = EditDistance.maxDistance(Math.max(la, lb), minSim);
            if (Math.abs(la - lb) * 0.5 > dmax) continue;
            int maxL1 = (int) Math.floor(dmax / 0.4 + 1e-9);
            for (int i = byLength[lb], end = byLength[lb + 1]; i < end; i++) {
                long x = qm ^ masks12[i];
                int l1 = Long.bitCount(x) + Integer.bitCount(q3 ^ masks3[i]);
                if (l1 > maxL1) continue;
                // the length difference needs that many insertions or deletions, each moving the histogram by at most 1
                // at a cost of at least 0.5 (not 0.4): distance >= 0.4 * L1 + 0.1 * min(length difference, L1)
                if (0.4 * l1 + 0.1 * Math.min(Math.abs(la - lb), l1) > dmax) continue;
                double d = EditDistance.distanceAtMost(q, terms[i], dmax, rows);
                if (d > dmax) continue;
                double sim = EditDistance.similarity(d, Math.max(la, lb));
                if (sim >= minSim - 1e-9) hit.accept(ids[i], sim);
            }
        }
    }

    /** Letter class of a char for the histogram, or -1 for 'h' (see the class javadoc). */
    static int bucket(char c) {
        return switch (c) {
            case 'h' -> -1;
            case 'c', 'k', 'q', 's', 'z' -> 0;
            case 'i', 'y', 'j', 'g' -> 1;
            case 'a' -> 24;
            case 'e' -> 25;
            case 'o' -> 26;
            case 'u' -> 27;
            case 'f', 'v', 'w' -> 2;
            case 'b' -> 3;
            case 'd' -> 4;
            case 'l' -> 5;
            case 'm' -> 6;
            case 'n' -> 7;
            case 'p' -> 8;
            case 'r' -> 9;
            case 't' -> 10;
            case 'x' -> 11;
            default -> c >= '0' && c <= '9' ? 12 + (c - '0') % 4 : 16 + (c & 7);
        };
    }

    private static int[] counts(String s) {
        int[] counts = new int[32];
        for (int i = 0; i < s.length(); i++) {
            int b = bucket(s.charAt(i));
            if (b >= 0) counts[b]++;
        }
        return counts;
    }

    /** Masks "count >= 1" (low 32 bits) and "count >= 2" (high 32 bits). */
    static long masks(String s) {
        int[] c = counts(s);
        long m = 0;
        for (int b = 0; b < 32; b++) {
            if (c[b] >= 1) m |= 1L << b;
            if (c[b] >= 2) m |= 1L << (32 + b);
        }
        return m;
    }

    static int mask3(String s) {
        int[] c = counts(s);
        int m = 0;
        for (int b = 0; b < 32; b++) if (c[b] >= 3) m |= 1 << b;
        return m;
    }
}
