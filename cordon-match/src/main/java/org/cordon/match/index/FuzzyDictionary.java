package org.cordon.match.index;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.cordon.match.normalise.LetterClasses;
import org.cordon.match.score.EditDistance;

/**
 * Finds every term whose {@link EditDistance#similarity(String, String)} to a query string reaches a
 * minimum, without computing the distance to every term.
 *
 * <p>Why the filter is safe: the weighted distance costs at least 0.5 per inserted or deleted
 * letter, and at least 0.4 per unit of change in the letter-class histogram of
 * {@link LetterClasses} (which the scorer's own bounds use too), so
 * {@code distance >= max(0.5 * |length difference|, 0.4 * L1 + 0.1 * min(length difference, L1))};
 * a term failing that bound for the largest distance the similarity allows cannot reach the minimum.
 * Survivors are verified with {@link EditDistance#distanceAtMost}, which gives up as soon as a row
 * exceeds the bound. The histogram is one {@code long} per term, so the L1 distance is one XOR
 * popcount. Terms are sorted by length so a lookup walks only the lengths the bound admits.
 */
final class FuzzyDictionary {
    private final String[] terms;
    private final int[] ids;
    private final int[] byLength; // first index of each length; byLength[maxLen + 1] == terms.length
    private final long[] letters;

    FuzzyDictionary(String[] vocabulary, int[] vocabularyIds) {
        // sort by length without boxing: length in the high half, position in the low half
        long[] keyed = new long[vocabulary.length];
        for (int i = 0; i < keyed.length; i++) keyed[i] = ((long) vocabulary[i].length() << 32) | i;
        Arrays.sort(keyed);
        int[] order = new int[keyed.length];
        for (int i = 0; i < order.length; i++) order[i] = (int) keyed[i];
        terms = new String[order.length];
        ids = new int[order.length];
        letters = new long[order.length];
        int maxLen = 0;
        for (int i = 0; i < order.length; i++) {
            terms[i] = vocabulary[order[i]];
            ids[i] = vocabularyIds[order[i]];
            letters[i] = LetterClasses.histogram(terms[i]);
            maxLen = Math.max(maxLen, terms[i].length());
        }
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
        long qLetters = LetterClasses.histogram(q);
        int maxLen = byLength.length - 2;
        double[][] rows = EditDistance.newRows();
        for (int lb = Math.max(1, la - maxLengthDiff); lb <= Math.min(maxLen, la + maxLengthDiff); lb++) {
            double dmax = EditDistance.maxDistance(Math.max(la, lb), minSim);
            if (Math.abs(la - lb) * 0.5 > dmax) continue;
            int maxL1 = (int) Math.floor(dmax / 0.4 + 1e-9);
            for (int i = byLength[lb], end = byLength[lb + 1]; i < end; i++) {
                int l1 = LetterClasses.difference(qLetters, letters[i]);
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
}
