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
 * distance the similarity allows cannot reach the minimum. A second, coarser histogram puts every vowel
 * with i y j g (a vowel for a vowel then moves nothing), and the two combine: every edit costs at least
 * 0.4 per fine unit plus 0.1 per coarse unit it moves, and an insertion or deletion at least 0.4 per fine
 * unit plus 0.1, so {@code distance >= 0.4 * L1 + 0.1 * max(coarse L1, |length difference|)}. Survivors are
 * checked by how many letters of each class the histograms let pair, with a deleted letter at its full cost
 * ({@link Scan#pairsTenths}), then against the same costs over the letters in order (a longest common subsequence of the letter classes, computed
 * bit-parallel: see {@link Scan#compare}), then by how its letters pair (below), then by the distance in whole tenths, which
 * gives up as soon as two rows exceed the bound and is exact within it (words of more than 64 letters, which names never
 * have, are measured by {@link EditDistance#distanceAtMost}).
 *
 * <p>The letters in order (eighth session) send 60-80 % fewer terms to the distance than the histograms alone, which
 * let through words of the same letters in another order (1,142 -> 247 a look-up at 0.7 over the real lists' 57,340
 * words, with the words of 3,000 generated customers; 247-249 -> 188-199 us a look-up, every look-up of those customers
 * 62-65 -> 51-52 us on average; see docs/performance.md).
 *
 * <p>Then by how the letters pair ({@link Scan#pairedTenths}, fifteenth session): the bounds above count a letter left out
 * at half an edit, since it may be a doubled letter's deletion or half a substitution; pairing the shorter side's letters
 * with the longer side's (equal letters, then letters of one class, then the rest) and counting the longer side's rest as
 * deletions at their own cost, and a pair within a class as the cheap edit it is at least, sends 76 % fewer terms to the
 * distance at the weak band's floor (1,777 -> 425 a look-up at 0.45, of which 45 reach it; 121 -> 30 at 0.7), over the
 * real lists' words with 1,000 listed names and 1,000 generated customers. First sight of a query in-process: at 0.5,
 * 2,194-2,454 -> 1,740-1,912 us a listed name, 2,479-2,854 -> 2,124-2,290 a generated customer; at 0.8, customers
 * 1,014-1,090 -> 868-927 us (two interleaved pairs; see docs/performance.md).
 *
 * <p>A term longer than the query deletes its extra letters, at 1 each unless doubled (or an h after a letter); within a
 * length the terms come by how many such cheap letters they have, most first, so that a look-up stops a length's terms
 * where too few remain ({@link #cheapCut}; a query longer than a length by more than its own cheap letters spare skips the
 * length). At the weak band's floor a third of the terms the runs' test let through were such terms; first sight at 0.5
 * in-process: 1,510-1,575 -> 1,210-1,354 us a listed name (3,000), 2,159-2,190 -> 1,828-1,859 a generated customer.
 *
 * <p>The combined bound sends 13 % fewer terms to the distance than the two apart (1,530 -> 1,330 a look-up
 * at 0.7 over the real lists' 57,340 words, with the 2,816 words of 3,000 generated customers; 310-333 ->
 * 284-311 us a look-up, in-process, 2026-11-29). A first pass over one mask per term, in a loop without
 * branches, before the full tests measured no faster.
 *
 * <p>Histograms are saturated at 3 per class (still a lower bound) and stored as three 32-bit
 * masks ("at least 1", "at least 2", "at least 3"), so the L1 distance is three XOR popcounts.
 * Terms are sorted by length so a lookup walks only the lengths the bound admits. Within a length every term's histograms
 * are tested, in chunks, by a loop without branches over three arrays of longs that the compiler runs on several terms at
 * once ({@link Scan#histogramTests}, thirty-first session); from the tenth to the thirtieth session the terms came in runs
 * of like histograms ({@link #clusterWithinRuns}) with the OR and AND of each run's masks, and a look-up passed over a run
 * those ruled out (tenth session: 268 -> 208 us a look-up at 0.7 over the real lists' 57,340 words; runs of 64 instead of
 * 8 in the twenty-sixth), but at the weak band's floor 86 % of the runs of 64 passed, and testing their terms one by one
 * with branches cost some 40 % of a look-up. The terms keep the runs' order, which still pays a little: in the
 * vocabulary's order the look-ups took 2-7 % longer (11-24 % before a chunk's survivors were compacted without a branch),
 * the survivors and their letters scattered.
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
    /** Per term, its classes present once or more (bits 0-31) and twice or more (32-63); three or more: {@link #threes}. */
    private final long[] masks12;
    /** The same over coarser classes, every vowel with i y j g (see {@link #VOWELS_TOGETHER}). */
    private final long[] coarse12;
    /**
     * Every term's letters, one after the other in term order (term i from {@code start[i]}, as long as the term), and
     * what inserting or deleting each costs in tenths, for {@link #tenthsAtMost}: two flat arrays, read in order by a
     * lookup, instead of two small arrays per term scattered over the heap.
     */
    private final char[] letters;
    private final byte[] indels;
    private final int[] start;
    /**
     * Every term's letters as their classes ({@link #bucket}, 'h' left out), one after the other in term order (term i
     * from {@code classStart[i]} to {@code classStart[i + 1]}), for the bound on the longest common subsequence in {@link Scan#compare}.
     */
    private final byte[] classes;
    private final int[] classStart;
    /** Term positions (ascending, so by length) per first letter and per last letter, for {@link #lookupEnds}; null when not asked for. */
    private final Ends withFirst, withLast;
    /**
     * Whether {@link #withFirst} and {@link #withLast} group the terms by letters given when the dictionary was built
     * ({@link #withKeyedEnds}) rather than by each term's own first and last letter: a term may then be in several groups,
     * and a look-up by ends may report it twice.
     */
    private final boolean keyedEnds;
    /**
     * Within each length the terms come by how many of their letters cost {@link EditDistance#CHEAP_COST} to insert or
     * delete (a doubled letter, an h after a letter; {@link #cheapGroup}), most first: a term longer than the query by
     * more than the distance allows unless some of its extra letters are cheap is passed over with the rest of its group
     * ({@link Scan#cheapNeeded}). Per length and group g, the first position of the length's terms in a group under g
     * ({@code cheapCut[len * CHEAP_GROUPS + g]}; g = 0: the length's end); derived from the terms, not stored.
     */
    private final int[] cheapCut;
    /**
     * Per term, its classed letters ('h' left out) that cost {@link EditDistance#CHEAP_COST} to insert or delete (doubled),
     * at most 127; derived from the terms, not stored: what {@link Scan#pairsTenths} and {@link Scan#pairedTenths} count
     * of a longer term's extra letters at that cost.
     */
    private final byte[] cheapClassed;
    /**
     * Per term, the masks of its classes present three times or more, fine (low half) and coarse (high half): with
     * {@link #masks12} and {@link #coarse12}, three arrays of one width that {@link Scan#histogramTests} reads side by side
     * (the snapshot stores its halves, as it did before there was this array).
     */
    private final long[] threes;

    FuzzyDictionary(String[] vocabulary, int[] vocabularyIds) {
        this(vocabulary, vocabularyIds, false);
    }

    /** {@code byEnds}: also index the terms by first and last letter, for {@link #lookupEnds}. */
    FuzzyDictionary(String[] vocabulary, int[] vocabularyIds, boolean byEnds) {
        this(vocabulary, vocabularyIds, byEnds, null);
    }

    /**
     * Terms indexed by the first and last letters of other words instead of their own ({@link #keyedEnds}): each of
     * {@code endKeys} is {@code vocabularyIndex << 32 | first << 16 | last}, and a term may have several (a consonant
     * skeleton is indexed by the ends of the words it was read from, which the scorer's join keeps); a term with none is
     * found by the plain look-ups only.
     */
    static FuzzyDictionary withKeyedEnds(String[] vocabulary, int[] vocabularyIds, long[] endKeys) {
        return new FuzzyDictionary(vocabulary, vocabularyIds, false, endKeys);
    }

    private FuzzyDictionary(String[] vocabulary, int[] vocabularyIds, boolean byEnds, long[] endKeys) {
        // sort by length, then by cheap letters, most first, without boxing: length and group in the high half, position in
        // the low half
        long[] keyed = new long[vocabulary.length];
        for (int i = 0; i < keyed.length; i++) keyed[i] = (long) runKey(vocabulary[i]) << 32 | i;
        Arrays.sort(keyed);
        int[] order = new int[keyed.length], runOf = new int[keyed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) keyed[i];
            runOf[i] = (int) (keyed[i] >>> 32);
        }
        clusterWithinRuns(vocabulary, order, runOf);
        terms = new String[order.length];
        ids = new int[order.length];
        masks12 = new long[order.length];
        int[] masks3 = new int[order.length];
        coarse12 = new long[order.length];
        int[] coarse3 = new int[order.length];
        int maxLen = 0;
        long[] h = new long[4];
        for (int i = 0; i < order.length; i++) {
            terms[i] = vocabulary[order[i]];
            ids[i] = vocabularyIds[order[i]];
            histograms(terms[i], h);
            masks12[i] = h[0];
            masks3[i] = (int) h[1];
            coarse12[i] = h[2];
            coarse3[i] = (int) h[3];
            maxLen = Math.max(maxLen, terms[i].length());
        }
        start = new int[order.length + 1];
        for (int i = 0; i < order.length; i++) start[i + 1] = start[i] + terms[i].length();
        letters = new char[start[order.length]];
        indels = new byte[start[order.length]];
        for (int i = 0; i < order.length; i++) {
            terms[i].getChars(0, terms[i].length(), letters, start[i]);
            for (int k = 0; k < terms[i].length(); k++) indels[start[i] + k] = tenths(EditDistance.indelCost(terms[i], k));
        }
        classStart = new int[order.length + 1];
        for (int i = 0; i < order.length; i++) classStart[i + 1] = classStart[i] + lettersWithClass(terms[i]);
        classes = new byte[classStart[order.length]];
        for (int i = 0; i < order.length; i++) {
            int w = classStart[i];
            for (int k = 0; k < terms[i].length(); k++) {
                int b = bucket(terms[i].charAt(k));
                if (b >= 0) classes[w++] = (byte) b;
            }
        }
        if (endKeys != null) {
            // by vocabulary index, the term's position
            int[] positionOf = new int[vocabulary.length];
            for (int i = 0; i < order.length; i++) positionOf[order[i]] = i;
            long[] firsts = new long[endKeys.length], lasts = new long[endKeys.length];
            for (int k = 0; k < endKeys.length; k++) {
                long position = positionOf[(int) (endKeys[k] >>> 32)];
                firsts[k] = (endKeys[k] >>> 16 & 0xffff) << 32 | position;
                lasts[k] = (endKeys[k] & 0xffff) << 32 | position;
            }
            withFirst = new Ends(terms, firsts);
            withLast = new Ends(terms, lasts);
        } else {
            withFirst = byEnds ? new Ends(terms, true) : null;
            withLast = byEnds ? new Ends(terms, false) : null;
        }
        keyedEnds = endKeys != null;
        byLength = new int[maxLen + 2];
        int t = 0;
        for (int len = 0; len <= maxLen + 1; len++) {
            while (t < terms.length && terms[t].length() < len) t++;
            byLength[len] = t;
        }
        cheapCut = cheapCuts(cheapGroups(indels, start), byLength);
        cheapClassed = cheapClassed(letters, indels, start);
        threes = threes(masks3, coarse3);
        packEnds();
    }

    private FuzzyDictionary(String[] terms, int[] ids, int[] byLength, long[] masks12, int[] masks3, long[] coarse12, int[] coarse3,
                            char[] letters, byte[] indels, int[] start, byte[] classes, int[] classStart, Ends withFirst, Ends withLast,
                            boolean keyedEnds) {
        this.terms = terms;
        this.ids = ids;
        this.byLength = byLength;
        this.masks12 = masks12;
        this.coarse12 = coarse12;
        this.letters = letters;
        this.indels = indels;
        this.start = start;
        this.classes = classes;
        this.classStart = classStart;
        this.withFirst = withFirst;
        this.withLast = withLast;
        this.keyedEnds = keyedEnds;
        this.cheapCut = cheapCuts(cheapGroups(indels, start), byLength);
        this.cheapClassed = cheapClassed(letters, indels, start);
        this.threes = threes(masks3, coarse3);
        packEnds();
    }

    /** {@link #cheapClassed} of the terms whose letters {@code letters} holds from {@code start}. */
    private static byte[] cheapClassed(char[] letters, byte[] indels, int[] start) {
        byte[] out = new byte[start.length - 1];
        for (int i = 0; i < out.length; i++) {
            int n = 0;
            for (int k = start[i]; k < start[i + 1]; k++) if (indels[k] == CHEAP_TENTHS && letters[k] != 'h') n++;
            out[i] = (byte) Math.min(n, Byte.MAX_VALUE);
        }
        return out;
    }

    /** How many groups of cheap letters the terms of a length are ordered by: 0, 1, 2 and 3 or more. */
    static final int CHEAP_GROUPS = 4;

    /** The letters of {@code t} that cost {@link EditDistance#CHEAP_COST} to insert or delete, up to {@code CHEAP_GROUPS - 1}. */
    static int cheapGroup(String t) {
        int n = 0;
        for (int k = 0; k < t.length() && n < CHEAP_GROUPS - 1; k++) if (EditDistance.indelCost(t, k) == EditDistance.CHEAP_COST) n++;
        return n;
    }

    /** The order of a term's run: by length, then by {@link #cheapGroup}, most first. */
    private static int runKey(String t) {
        return t.length() * CHEAP_GROUPS + (CHEAP_GROUPS - 1 - cheapGroup(t));
    }

    /**
     * Each term's {@link #cheapGroup}, read off the insertion and deletion costs kept for the distance (term i's at
     * {@code indels[start[i]..start[i + 1])}), without going over its letters again: a snapshot is read this way.
     */
    private static byte[] cheapGroups(byte[] indels, int[] start) {
        byte[] groups = new byte[start.length - 1];
        for (int i = 0; i < groups.length; i++) {
            int n = 0;
            for (int k = start[i]; k < start[i + 1] && n < CHEAP_GROUPS - 1; k++) if (indels[k] == CHEAP_TENTHS) n++;
            groups[i] = (byte) n;
        }
        return groups;
    }

    /** {@link #cheapCut} of terms in length order, and within a length in {@link #cheapGroup} order (given), most first. */
    private static int[] cheapCuts(byte[] groups, int[] byLength) {
        int lengths = byLength.length - 1;
        int[] cut = new int[lengths * CHEAP_GROUPS];
        for (int len = 0; len < lengths; len++) {
            int t = byLength[len], end = byLength[len + 1];
            cut[len * CHEAP_GROUPS] = end;
            for (int g = CHEAP_GROUPS - 1; g >= 1; g--) {
                while (t < end && groups[t] >= g) t++;
                cut[len * CHEAP_GROUPS + g] = t;
            }
        }
        return cut;
    }

    /** {@link #threes} of the masks given. */
    private static long[] threes(int[] masks3, int[] coarse3) {
        long[] out = new long[masks3.length];
        for (int i = 0; i < out.length; i++) out[i] = (masks3[i] & 0xffffffffL) | (long) coarse3[i] << 32;
        return out;
    }

    /** Gives the indexes by first and last letter their copies of the masks ({@link Ends#masks12}), where they are kept. */
    private void packEnds() {
        if (withFirst == null) return;
        withFirst.pack(masks12, coarse12, threes);
        withLast.pack(masks12, coarse12, threes);
    }

    /** Every array but the terms, which are the vocabulary's (see {@link #read}). */
    void write(IndexBytes.Writer out) {
        out.ints(ids);
        out.ints(byLength);
        int[] masks3 = new int[threes.length], coarse3 = new int[threes.length];
        for (int i = 0; i < threes.length; i++) {
            masks3[i] = (int) threes[i];
            coarse3[i] = (int) (threes[i] >>> 32);
        }
        out.longs(masks12);
        out.ints(masks3);
        out.longs(coarse12);
        out.ints(coarse3);
        out.chars(letters);
        out.bytes(indels);
        out.ints(start);
        out.bytes(classes);
        out.ints(classStart);
        out.bool(withFirst != null);
        if (withFirst != null) {
            out.bool(keyedEnds);
            withFirst.write(out);
            withLast.write(out);
        }
    }

    /**
     * What {@link #write} wrote, over the vocabulary it was built from ({@code vocabulary[id]} is the term of each id):
     * the terms' lengths and letters are checked against it, since a look-up walks them by those offsets.
     */
    static FuzzyDictionary read(IndexBytes.Reader in, String[] vocabulary) {
        int[] ids = in.ints();
        int n = ids.length;
        String[] terms = new String[n];
        for (int i = 0; i < n; i++) {
            if (ids[i] < 0 || ids[i] >= vocabulary.length) throw in.fault("term id " + ids[i] + " outside [0, " + vocabulary.length + ")");
            terms[i] = vocabulary[ids[i]];
            if (i > 0 && terms[i].length() < terms[i - 1].length()) throw in.fault("terms out of length order at " + i);
        }
        int[] byLength = in.ints();
        int maxLen = n == 0 ? 0 : terms[n - 1].length();
        if (byLength.length != maxLen + 2) throw in.fault(byLength.length + " length offsets for terms of up to " + maxLen + " letters");
        for (int len = 0; len < byLength.length; len++) {
            int t = byLength[len];
            if (t < 0 || t > n || t < n && terms[t].length() < len || t > 0 && terms[t - 1].length() >= len) throw in.fault("length offset " + len);
        }
        long[] masks12 = in.longs(n, "masks");
        int[] masks3 = in.ints(n, "masks");
        long[] coarse12 = in.longs(n, "coarse masks");
        int[] coarse3 = in.ints(n, "coarse masks");
        char[] letters = in.chars();
        byte[] indels = in.bytes(letters.length, "indel costs");
        int[] start = in.ints(n + 1, "letter offsets");
        for (int i = 0; i < n; i++) {
            if (start[i] < 0 || start[i + 1] - start[i] != terms[i].length() || start[i + 1] > letters.length) throw in.fault("letter offset " + i);
        }
        if (start[n] != letters.length) throw in.fault("letter offsets end at " + start[n] + " of " + letters.length);
        // a look-up passes over a length's terms from the first with too few cheap letters on (cheapCut)
        byte[] groups = cheapGroups(indels, start);
        for (int i = 1; i < n; i++) {
            if (terms[i].length() == terms[i - 1].length() && groups[i] > groups[i - 1]) throw in.fault("terms out of cheap-letter order at " + i);
        }
        byte[] classes = in.bytes();
        for (byte b : classes) if (b < 0 || b >= BUCKETS) throw in.fault("letter class " + b + " outside [0, " + BUCKETS + ")");
        int[] classStart = in.ints(n + 1, "class offsets");
        for (int i = 0; i < n; i++) {
            if (classStart[i] < 0 || classStart[i + 1] < classStart[i] || classStart[i + 1] - classStart[i] > terms[i].length()) throw in.fault("class offset " + i);
        }
        if (classStart[n] != classes.length) throw in.fault("class offsets end at " + classStart[n] + " of " + classes.length);
        Ends first = null, last = null;
        boolean keyed = false;
        if (in.bool()) {
            keyed = in.bool();
            first = Ends.read(in, terms, keyed);
            last = Ends.read(in, terms, keyed);
            if (!keyed) {
                // a term's own letters: the look-up by ends tells the two groups apart by them
                for (int g = 0; g < first.letters.length; g++) {
                    for (int k = first.groupStart[g]; k < first.groupStart[g + 1]; k++) {
                        int p = first.positions[k];
                        if (start[p + 1] > start[p] && letters[start[p]] != first.letters[g]) throw in.fault("term " + p + " in the group of another first letter");
                    }
                }
            }
        }
        return new FuzzyDictionary(terms, ids, byLength, masks12, masks3, coarse12, coarse3, letters, indels, start, classes, classStart, first, last, keyed);
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
        lookup(q, minSim, maxLengthDiff, NO_LETTER, NO_LETTER, hit);
    }

    /** No constraint on a term's first or last letter. */
    static final int NO_LETTER = -1;

    /**
     * {@link #lookup(String, double, int, Hit)} over the terms that begin with {@code first} or end with {@code last}
     * (the scorer meets a word with two written together only when the join keeps one of the ends).
     */
    void lookupEnds(String q, char first, char last, double minSim, int maxLengthDiff, IntConsumer hit) {
        lookup(q, minSim, maxLengthDiff, first, last, (id, similarity) -> hit.accept(id));
    }

    void lookup(String q, double minSim, int maxLengthDiff, int first, int last, Hit hit) {
        int la = q.length();
        if (la == 0 || terms.length == 0) return;
        Scan scan = new Scan(q, hit);
        int maxLen = byLength.length - 2;
        if (first != NO_LETTER && withFirst == null) throw new IllegalStateException("built without the index by first and last letter");
        int firstGroup = first == NO_LETTER ? -1 : withFirst.group((char) first);
        int lastGroup = first == NO_LETTER ? -1 : withLast.group((char) last);
        for (int lb = Math.max(1, la - maxLengthDiff); lb <= Math.min(maxLen, la + maxLengthDiff); lb++) {
            if (!scan.length(lb, minSim)) continue;
            // the terms with fewer cheap letters than a term this much longer needs come last in the length: left out
            int need = scan.cheapNeeded(), cut = cheapCut[lb * CHEAP_GROUPS + need];
            if (first == NO_LETTER) {
                scan.terms(byLength[lb], cut);
                continue;
            }
            // the terms of this length that begin with first, then those that end with last and do not begin with it
            if (firstGroup >= 0) scan.terms(withFirst, firstGroup, lb, cut, NO_LETTER);
            // a term that begins with first was tested above (by keyed ends it may be again: reported twice at most)
            if (lastGroup >= 0) scan.terms(withLast, lastGroup, lb, cut, keyedEnds ? NO_LETTER : first);
        }
    }

    /** The first index in {@code p[from..to)}, ascending, whose value is {@code value} or more; {@code to} when none is. */
    static int firstAtLeast(int[] p, int from, int to, int value) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Term positions grouped by a letter (the first or the last of the term, or letters given for it: see
     * {@link #withKeyedEnds}, where a term may be in several groups), ascending within a group: one sorted
     * array of positions and, per letter, where its group starts; and per group, where each length begins in it (the
     * terms are sorted by length), derived from the terms, not stored.
     */
    private static final class Ends {
        private final char[] letters;
        private final int[] groupStart;
        final int[] positions;
        /**
         * Per group, where its table begins in {@link #lengthAt}: for each length from 0 to the group's longest plus one, the
         * index in {@link #positions} of the group's first term of that length or longer. Two binary searches per length of a
         * look-up took 9 % of a batch's time before (tenth session).
         */
        private final int[] tableStart;
        private final int[] lengthAt;
        /**
         * The histogram masks of the term at each of {@link #positions}, in the positions' order (as the dictionary's
         * {@link FuzzyDictionary#masks12}, {@link FuzzyDictionary#coarse12} and {@link FuzzyDictionary#threes} by term),
         * derived, not stored: a look-up by ends tests the terms of a group one after the other, and read by position the
         * masks were arrays read all over, most tests a miss in the processor's cache.
         */
        long[] masks12, coarse12, threes;

        Ends(String[] terms, boolean first) {
            this(terms, ownEnds(terms, first));
        }

        private static long[] ownEnds(String[] terms, boolean first) {
            long[] keyed = new long[terms.length];
            for (int i = 0; i < terms.length; i++) {
                String t = terms[i];
                char c = t.isEmpty() ? 0 : t.charAt(first ? 0 : t.length() - 1);
                keyed[i] = ((long) c << 32) | i;
            }
            return keyed;
        }

        /** Grouped by the letters {@code keys} give (each {@code letter << 32 | position}; a pair given twice counts once). */
        Ends(String[] terms, long[] keys) {
            long[] keyed = keys.clone();
            Arrays.sort(keyed);
            int distinct = 0;
            for (int i = 0; i < keyed.length; i++) if (i == 0 || keyed[i] != keyed[i - 1]) keyed[distinct++] = keyed[i];
            keyed = Arrays.copyOf(keyed, distinct);
            positions = new int[keyed.length];
            int groups = 0;
            for (int i = 0; i < keyed.length; i++) if (i == 0 || (keyed[i] >>> 32) != (keyed[i - 1] >>> 32)) groups++;
            letters = new char[groups];
            groupStart = new int[groups + 1];
            for (int i = 0, g = -1; i < keyed.length; i++) {
                if (i == 0 || (keyed[i] >>> 32) != (keyed[i - 1] >>> 32)) {
                    letters[++g] = (char) (keyed[i] >>> 32);
                    groupStart[g] = i;
                }
                positions[i] = (int) keyed[i];
            }
            groupStart[groups] = keyed.length;
            tableStart = new int[groups + 1];
            lengthAt = lengthTables(terms, groupStart, positions, tableStart);
            tableGroups();
        }

        private Ends(char[] letters, int[] groupStart, int[] positions, String[] terms) {
            this.letters = letters;
            this.groupStart = groupStart;
            this.positions = positions;
            this.tableStart = new int[letters.length + 1];
            this.lengthAt = lengthTables(terms, groupStart, positions, tableStart);
            tableGroups();
        }

        /** Fills {@code tableStart} and returns the tables it points into (see {@link #tableStart}). */
        private static int[] lengthTables(String[] terms, int[] groupStart, int[] positions, int[] tableStart) {
            int groups = groupStart.length - 1, size = 0;
            for (int g = 0; g < groups; g++) {
                tableStart[g] = size;
                if (groupStart[g + 1] > groupStart[g]) size += terms[positions[groupStart[g + 1] - 1]].length() + 2;
            }
            tableStart[groups] = size;
            int[] at = new int[size];
            for (int g = 0; g < groups; g++) {
                int k = groupStart[g];
                for (int len = 0, t = tableStart[g]; t < tableStart[g + 1]; len++, t++) {
                    while (k < groupStart[g + 1] && terms[positions[k]].length() < len) k++;
                    at[t] = k;
                }
            }
            return at;
        }

        /**
         * The group of the terms with letter {@code c}, or -1 when there are none: from a table of every letter of the
         * Basic Multilingual Plane (128 KB). Searched always, the groups' letters (thousands: every Han character that
         * begins a word is one) were missed in the processor's cache at every step, and the searches took 5 % of a batch's
         * time (two a pair of query words written together, twelfth session); with a table for the letters below U+0600
         * (Latin and Cyrillic) and the search above, the searches were still 2.6 % of the million names' samples
         * (thirty-first session: Arabic, Han and Hangul query words written together).
         */
        int group(char c) {
            if (groupOf != null) return groupOf[c] - 1;
            int g = Arrays.binarySearch(letters, c);
            return g < 0 ? -1 : g;
        }

        /** Per letter, its group plus one (0: none); null when the groups are too many to number in a char. */
        private char[] groupOf;

        private void tableGroups() {
            if (letters.length >= Character.MAX_VALUE) return;
            groupOf = new char[Character.MAX_VALUE + 1];
            for (int g = 0; g < letters.length; g++) groupOf[letters[g]] = (char) (g + 1);
        }

        /** Fills {@link #masks12}, {@link #coarse12} and {@link #threes} from the dictionary's, by term position. */
        void pack(long[] byTerm12, long[] byTermCoarse12, long[] byTermThrees) {
            masks12 = new long[positions.length];
            coarse12 = new long[positions.length];
            threes = new long[positions.length];
            for (int k = 0; k < positions.length; k++) {
                int i = positions[k];
                masks12[k] = byTerm12[i];
                coarse12[k] = byTermCoarse12[i];
                threes[k] = byTermThrees[i];
            }
        }

        /** Index in {@link #positions} of group {@code g}'s first term of length {@code len} or longer. */
        int at(int g, int len) {
            int t = tableStart[g], size = tableStart[g + 1] - t;
            return len >= size ? groupStart[g + 1] : lengthAt[t + len];
        }

        void write(IndexBytes.Writer out) {
            out.chars(letters);
            out.ints(groupStart);
            out.ints(positions);
        }

        /** What {@link #write} wrote; {@code keyed}: by letters given at build, any number of positions (else one a term). */
        static Ends read(IndexBytes.Reader in, String[] termsInOrder, boolean keyed) {
            int terms = termsInOrder.length;
            char[] letters = in.chars();
            int[] groupStart = in.ints(letters.length + 1, "letter groups");
            int[] positions = keyed ? in.ints() : in.ints(terms, "positions by letter");
            for (int g = 0; g < letters.length; g++) {
                if (groupStart[g] < 0 || groupStart[g + 1] < groupStart[g] || g > 0 && letters[g] <= letters[g - 1]) throw in.fault("letter group " + g);
            }
            if (letters.length > 0 && (groupStart[0] != 0 || groupStart[letters.length] != positions.length)) throw in.fault("letter groups do not cover the positions");
            if (letters.length == 0 && positions.length > 0) throw in.fault(positions.length + " positions in no letter group");
            for (int p : positions) if (p < 0 || p >= terms) throw in.fault("position " + p + " outside [0, " + terms + ")");
            for (int g = 0; g < letters.length; g++) {
                for (int k = groupStart[g] + 1; k < groupStart[g + 1]; k++) {
                    if (positions[k] <= positions[k - 1]) throw in.fault("positions of letter group " + g + " not ascending");
                }
            }
            return new Ends(letters, groupStart, positions, termsInOrder);
        }
    }

    /** One lookup's query and limits, and the test of one term against them, cheapest first. */
    private final class Scan {
        private final String q;
        private final int la;
        private final Hit hit;
        private final long qm, qc;
        private final int q3, qc3;
        private final char[] qa;
        private final byte[] qi;
        /**
         * Per letter class, the positions of the query's classed letters ('h' left out) in that class, and in the same
         * coarse class (vowels with i y j g): the match vectors of the bit-parallel longest common subsequence.
         */
        private final long[] fineAt = new long[BUCKETS], coarseAt = new long[BUCKETS];
        private final int classLength;
        private final long classMask;
        /**
         * Per letter, by its last five bits ({@link #LETTER_SLOTS}: the Latin and Cyrillic lowercase letters each have their
         * own), the positions of the query's classed letters that are in that slot: the match vectors of the letters' own
         * longest common subsequence, for {@link #pairedTenths}. Letters sharing a slot meet as if equal, which only lets more
         * terms through.
         */
        private final long[] letterAt = new long[LETTER_SLOTS];
        /** The query's classed letters that an insertion or deletion of costs {@link EditDistance#CHEAP_COST} (doubled). */
        private final int cheapLetters;
        /** The query's letters that an insertion or deletion of costs {@link EditDistance#CHEAP_COST}, h after a letter included. */
        private final int cheapIndels;
        /**
         * The classes, fine and coarse, of which the query has more than three letters (bit per class), and by how many: the
         * histograms count three at most, so a term's letters of such a class may pair with that many more of the query's
         * ({@link #pairsTenths}).
         */
        private final int fineOver, coarseOver;
        /** Null when the query has no class of more than three letters (most queries: made for each look-up). */
        private final int[] fineOverBy, coarseOverBy;
        /**
         * The distances' work rows, made when a term first gets that far: most look-ups send no term or a few to the
         * distance, and making them for every look-up (2.6 KB) was most of a look-up's set-up, 6 % of a batch's samples.
         * The rows in doubles serve only words of more than {@value #MAX} letters (the tenths are exact below).
         */
        private double[][] rows;
        private int[][] tenthRows;
        private double minSim, dmax;
        /** The current length's bounds; the combined test of the histograms in whole tenths, as the later tests are. */
        private int lb, max10, lengthDiff;

        Scan(String q, Hit hit) {
            this.q = q;
            this.la = q.length();
            this.hit = hit;
            // both histograms in one pass (masks and mask3 make all four for each one they return)
            long[] h = new long[4];
            histograms(q, h);
            qm = h[0];
            q3 = (int) h[1];
            qc = h[2];
            qc3 = (int) h[3];
            qa = q.toCharArray();
            qi = indelTenths(q);
            int n = 0, cheap = 0;
            // the query's letters by class, counted in the same pass (for the classes of more than three below)
            int[] counts = new int[BUCKETS];
            for (int k = 0; k < la; k++) {
                char c = q.charAt(k);
                int b = bucket(c);
                if (b < 0) continue;
                counts[b]++;
                if (n < 64) {
                    fineAt[b] |= 1L << n;
                    letterAt[c & LETTER_SLOTS - 1] |= 1L << n;
                }
                if (qi[k] == CHEAP_TENTHS) cheap++;
                n++;
            }
            cheapLetters = cheap;
            // a class of more than three letters has three or more: only those of q3 and qc3 are counted
            fineOverBy = beyondThree(counts, q3);
            // the coarse classes' counts: the fine ones, the vowels with i y j g together
            for (int b = 0; b < BUCKETS; b++) if (coarse(b) != b) counts[coarse(b)] += counts[b];
            coarseOverBy = beyondThree(counts, qc3);
            fineOver = classesOf(fineOverBy);
            coarseOver = classesOf(coarseOverBy);
            int indels = 0;
            for (byte t : qi) if (t == CHEAP_TENTHS) indels++;
            cheapIndels = indels;
            // the coarse classes differ from the fine ones only in putting the vowels with i y j g
            long vowels = 0;
            for (int c = 0; c < BUCKETS; c++) {
                coarseAt[c] = fineAt[c];
                if (coarse(c) == 1) vowels |= fineAt[c];
            }
            for (int c = 0; c < BUCKETS; c++) if (coarse(c) == 1) coarseAt[c] = vowels;
            classLength = n;
            classMask = n >= 64 ? -1L : (1L << n) - 1;
        }

        /**
         * The length of the longest common subsequence of the query's classed letters and term i's (of the current length),
         * letter for letter (letters of one {@link #letterAt} slot taken as equal: never shorter than it is).
         */
        private int commonLetters(int i) {
            long v = -1L;
            for (int k = start[i], end = start[i] + lb; k < end; k++) {
                char c = letters[k];
                if (c == 'h') continue; // the one letter without a class
                long u = v & letterAt[c & LETTER_SLOTS - 1];
                v = (v + u) | (v - u);
            }
            return Long.bitCount(~v & classMask);
        }

        /**
         * A lower bound of the distance to term i in tenths from the histograms alone, as {@link #pairedTenths} pairs the
         * letters but without their order: of an alignment's pairs, at most as many are of one class as the two histograms
         * share ({@code fine}: the sum over classes of the smaller count) and at most as many of one coarse class
         * ({@code coarse}); a pair across fine classes within a coarse one costs at least {@link EditDistance#VOWEL_COST} (one
         * vowel for another), a pair across coarse classes 1 (every substitution that is not a cheap pair or two vowels; a
         * transposition, 1, is two pairs, at most one of them not equal), and the longer side's extra letters are deleted,
         * at {@link EditDistance#CHEAP_COST} if doubled and 1 otherwise. Each pair costs at most the two deletions it spares,
         * so the least cost pairs every letter of the shorter side. The histograms' combined bound ({@link #histogramTests})
         * is this one with a deleted letter at half an edit and every pair across classes at 0.8. Over the real lists with
         * 3,000 generated customers' words (thirty-first session), of the 5,028 terms a look-up at the weak band's floor sent
         * to {@link #compare}, 2,879 are ruled out here before their letters are compared in order, and 627 instead of 1,226
         * pass the letters in order; the look-ups at 0.45 and 0.7 took a fifth less time (docs/performance.md).
         *
         * <p>A histogram counts a class three times at most; a class the query has more of is counted at the query's own
         * count where the term has three or more ({@link #fineOver}), so the shared counts are never below the true ones.
         */
        private int pairsTenths(int i, int termLength) {
            long m12 = masks12[i], c12 = coarse12[i], t = threes[i];
            int m3 = (int) t, c3 = (int) (t >>> 32);
            int fine = Long.bitCount(qm & m12) + Integer.bitCount(q3 & m3);
            for (int over = fineOver & m3; over != 0; over &= over - 1) fine += fineOverBy[Integer.numberOfTrailingZeros(over)];
            int coarse = Long.bitCount(qc & c12) + Integer.bitCount(qc3 & c3);
            for (int over = coarseOver & c3; over != 0; over &= over - 1) coarse += coarseOverBy[Integer.numberOfTrailingZeros(over)];
            int shorter = Math.min(classLength, termLength);
            fine = Math.min(fine, shorter);
            coarse = Math.min(Math.max(coarse, fine), shorter);
            return VOWEL_TENTHS * (coarse - fine) + FULL_TENTHS * (shorter - coarse) + extraTenths(i, termLength);
        }

        /** The least cost in tenths of deleting the longer side's classed letters beyond the shorter side's, term i's or the query's. */
        private int extraTenths(int i, int termLength) {
            int extra = Math.abs(classLength - termLength);
            if (extra == 0) return 0;
            int cheap = Math.min(extra, classLength > termLength ? cheapLetters : cheapClassed[i]);
            return CHEAP_TENTHS * cheap + FULL_TENTHS * (extra - cheap);
        }

        /**
         * A lower bound of the distance to term i in tenths, from how its classed letters pair with the query's: an
         * alignment pairs letters in order (equal, a substitution, or the two halves of a transposition) and inserts or
         * deletes the others. Of its pairs of one class, at most {@code common} (the classes' longest common subsequence),
         * of one coarse class at most {@code commonCoarse}, and of equal letters at most the letters' own; a pair of one
         * class that are not equal costs at least {@link EditDistance#CHEAP_COST}, a pair across classes within a coarse one
         * at least {@link EditDistance#VOWEL_COST} (one vowel for another), a pair across coarse classes 1 (a transposition,
         * 1, is one equal pair and one such); an insertion or deletion costs 1 unless its letter is doubled (h has no class:
         * its edits are left out). Each pair costs at most the two insertions or deletions it spares (1 against at least
         * 0.5 + 0.5), so the least such cost pairs every letter of the shorter side, equal letters first, then letters of
         * one class, then of one coarse class, and inserts or deletes the longer side's rest, its doubled letters first. The
         * bound on the classes alone ({@link #compare}) counts every letter left out at half an edit; this one counts a
         * deleted letter in full, and a letter paired within its class as an edit: together they leave some four in five of
         * the terms the bound on the classes lets through at the weak band's floor to the distance. The pairs across coarse
         * classes at 1 rather than 0.8 (thirty-first session) leave another tenth of them out.
         */
        private int pairedTenths(int i, int common, int commonCoarse) {
            int termLength = classStart[i + 1] - classStart[i];
            int equal = Math.min(common, commonLetters(i)); // equal letters are of one class
            int shorter = Math.min(classLength, termLength);
            int coarse = Math.min(Math.max(commonCoarse, common), shorter);
            return CHEAP_TENTHS * (common - equal) + VOWEL_TENTHS * (coarse - common) + FULL_TENTHS * (shorter - coarse) + extraTenths(i, termLength);
        }

        /**
         * The longest common subsequences of the query's classed letters and those at {@code classes[from..to)}, over the
         * fine classes (low half) and the coarse ones (high half), in one pass.
         */
        private long commonBoth(int from, int to) {
            long v = -1L, w = -1L;
            long[] fine = fineAt, coarse = coarseAt;
            for (int k = from; k < to; k++) {
                int c = classes[k];
                long u = v & fine[c], x = w & coarse[c];
                v = (v + u) | (v - u);
                w = (w + x) | (w - x);
            }
            return Long.bitCount(~v & classMask) | (long) Long.bitCount(~w & classMask) << 32;
        }

        /**
         * Sets the limits for terms of length {@code lb}; false when no term of that length can reach {@code minSim}: the
         * longer side's extra letters are deleted, each at {@link EditDistance#CHEAP_COST} if it is cheap and 1 otherwise,
         * so a query longer by more than its cheap letters spare reaches no term of that length.
         */
        boolean length(int lb, double minSim) {
            this.lb = lb;
            this.minSim = minSim;
            dmax = EditDistance.maxDistance(Math.max(la, lb), minSim);
            if (Math.abs(la - lb) * 0.5 > dmax) return false;
            if (la > lb && la <= MAX && extraLetters(la - lb, cheapIndels) > dmax) return false;
            max10 = (int) Math.floor(dmax * 10 + 1e-6);
            lengthDiff = Math.abs(la - lb);
            return true;
        }

        /** The least cost of deleting {@code extra} letters of a side with {@code cheap} letters that cost {@link EditDistance#CHEAP_COST}. */
        private static double extraLetters(int extra, int cheap) {
            int c = Math.min(extra, cheap);
            return EditDistance.CHEAP_COST * c + (extra - c);
        }

        /**
         * The {@link #cheapGroup} a term of the current length needs to reach the similarity (0: any), at most the last
         * group (which holds every term with that many cheap letters or more): a term longer than the query by {@code d}
         * letters deletes them at a cost of {@code d - 0.5 c} with {@code c} of them cheap, so it needs
         * {@code c >= 2 (d - dmax)}.
         */
        int cheapNeeded() {
            if (lb <= la || lb > MAX) return 0;
            int need = (int) Math.ceil(2 * (lb - la - dmax) - 1e-9);
            return need <= 0 ? 0 : Math.min(need, CHEAP_GROUPS - 1);
        }

        /** The chunk {@link #histogramTests} tested last: the offsets in it of the terms its histograms let through, first. */
        private int[] pass;

        /**
         * Tests the histograms of the terms whose masks {@code m12}, {@code c12} and {@code th} hold from {@code from} to
         * {@code to} ({@value #CHUNK} at most), of the current length; returns how many pass, whose offsets from {@code from}
         * it leaves at the front of {@link #pass}.
         *
         * <p>Every edit costs at least 0.4 per unit it moves the fine histogram plus 0.1 per unit it moves the coarse one (a
         * vowel for a vowel: 0.8 for two fine units, none coarse; another substitution: 1 for at most two of each; an
         * insertion or deletion: at least 0.5 for at most one of each; the cheap pairs, h and transpositions move neither),
         * and an insertion or deletion at least 0.4 per fine unit plus 0.1, of which the length difference needs that many:
         * distance >= 0.4 * L1 + 0.1 * max(coarse L1, length difference), in tenths 4 L1 + max(...); and distance >= 0.5 *
         * coarse L1 (see the class comment).
         *
         * <p>Without a branch, over three arrays of longs, so that the compiler runs it on several terms at once (C2 uses
         * AVX-512's population count on this machine's processors), and over every term of the lengths a look-up walks
         * (thirty-first session). It replaced runs of 64 terms with their masks' OR and AND, which the look-up tested
         * first to pass over a run at once, then each term of a run it did not pass over with a test that branched: at the
         * weak band's floor 86 % of the runs passed, and the terms' tests cost some 40 % of a look-up. Over the real lists,
         * `SideBySide --cases lookups`: words at 0.45 294.7 -> 235.1 us, at 0.7 83.9 -> 68.9 us, skeletons 3.5 -> 2.8 us,
         * the same terms found (docs/performance.md).
         */
        private int histogramTests(long[] m12, long[] c12, long[] th, int from, int to) {
            // a look-up by ends tests a few terms a group: its first chunk's size, and the whole chunk's if a later one is larger
            if (pass == null || pass.length < to - from) pass = new int[pass == null ? Math.max(to - from, 32) : CHUNK];
            int[] out = pass;
            long qm = this.qm, qc = this.qc, q3l = q3 & 0xffffffffL, qc3l = (long) qc3 << 32;
            int max10 = this.max10, ld = lengthDiff;
            for (int i = from; i < to; i++) {
                long t = th[i];
                int l1 = Long.bitCount(qm ^ m12[i]) + Long.bitCount((q3l ^ t) & 0xffffffffL);
                int c = Long.bitCount(qc ^ c12[i]) + Long.bitCount((qc3l ^ t) & 0xffffffff00000000L);
                out[i - from] = (max10 - 4 * l1 - Math.max(c, ld)) | (max10 - 5 * c);
            }
            // the survivors' offsets to the front, without a branch: a test per term whose outcome the processor cannot
            // foresee cost more than the tests themselves
            int n = 0;
            for (int k = 0, len = to - from; k < len; k++) {
                int v = out[k];
                out[n] = k;
                n += ~v >>> 31;
            }
            return n;
        }

        /** Tests the terms at positions {@code from} to {@code to} (of the current length) and reports those that reach the similarity. */
        void terms(int from, int to) {
            for (int base = from; base < to; base += CHUNK) {
                int end = Math.min(to, base + CHUNK);
                int n = histogramTests(masks12, coarse12, threes, base, end);
                for (int k = 0; k < n; k++) compare(base + pass[k]);
            }
        }

        /**
         * Tests the terms of group {@code g} of {@code ends} of the current length {@code lb} at positions below
         * {@code cut}, but those that begin with {@code skipFirst} ({@link #NO_LETTER}: none), and reports those that reach
         * the similarity.
         */
        void terms(Ends ends, int g, int lb, int cut, int skipFirst) {
            int[] p = ends.positions;
            int from = ends.at(g, lb), to = ends.at(g, lb + 1);
            // ascending positions: the group's terms of this length below the cut come first
            to = firstAtLeast(p, from, to, cut);
            for (int base = from; base < to; base += CHUNK) {
                int end = Math.min(to, base + CHUNK);
                int n = histogramTests(ends.masks12, ends.coarse12, ends.threes, base, end);
                for (int k = 0; k < n; k++) {
                    int i = p[base + pass[k]];
                    if (skipFirst == NO_LETTER || letters[start[i]] != skipFirst) compare(i);
                }
            }
        }

        /** Tests term i, whose histograms allow it, by the letters in order and then the distance; reports it when it reaches the similarity. */
        void compare(int i) {
            // The same costs over the letters in order: the fine classes' longest common subsequence leaves F letters of
            // the two sides unmatched and the coarse classes' C; an alignment's edits cost at least 0.4 per fine letter
            // unmatched plus 0.1 per coarse one (as above, an edit leaves unmatched what it moves the histograms by), so the
            // distance is at least 0.4 F + 0.1 C, in tenths 4 F + C. Both sequences come from one pass (commonBoth): until the
            // twenty-sixth session the coarse one was computed first, to reject on 5 C alone (implied by 4 F + C, as F >= C),
            // and the fine one after it; side by side the two chains cost little more than one (at 0.45, 450 -> 425 us a
            // look-up over the real lists, alternated in one JVM).
            if (classLength <= 64) {
                int from = classStart[i], to = classStart[i + 1];
                if (pairsTenths(i, to - from) > max10) return;
                long both = commonBoth(from, to);
                int common = (int) both, commonCoarse = (int) (both >>> 32);
                int unmatchedCoarse = classLength + (to - from) - 2 * commonCoarse;
                if (4 * (classLength + (to - from) - 2 * common) + unmatchedCoarse > max10) return;
                if (pairedTenths(i, common, commonCoarse) > max10) return;
            }
            // most terms that pass the letters fail here, in whole tenths, before the exact distance is computed
            if (tenthRows == null) tenthRows = new int[3][MAX + 1];
            double d;
            if (la <= MAX && lb <= MAX) {
                // exact in whole tenths: the distance itself, without a second pass over the letters in doubles
                int tenths = tenthsAtMost(qa, qi, letters, indels, start[i], lb, max10, tenthRows);
                if (tenths > max10) return;
                d = tenths / 10.0;
            } else {
                if (rows == null) rows = EditDistance.newRows();
                d = EditDistance.distanceAtMost(q, terms[i], dmax, rows);
                if (d > dmax) return;
            }
            double sim = EditDistance.similarity(d, Math.max(la, lb));
            if (sim >= minSim - 1e-9) hit.accept(ids[i], sim);
        }
    }

    private static final int MAX = 64;
    /** How many terms {@link Scan#histogramTests} tests at a time. */
    private static final int CHUNK = 256;
    /** How many slots {@link Scan#letterAt} puts letters in. */
    private static final int LETTER_SLOTS = 32;
    /** What the edits {@link Scan#pairedTenths} counts cost at least, in tenths. */
    private static final int CHEAP_TENTHS = tenths(EditDistance.CHEAP_COST), VOWEL_TENTHS = tenths(EditDistance.VOWEL_COST), FULL_TENTHS = 10;

    /** How far ahead {@link #clusterWithinRuns} looks for a run's terms, and how long a run is. */
    private static final int CLUSTER_WINDOW = 256, CLUSTER_RUN = 64;

    /**
     * Reorders {@code order} (vocabulary positions, sorted by {@link #runKey}: length, then cheap letters; {@code runOf} the
     * key at each position) within each length and group of cheap letters so that runs of {@value #CLUSTER_RUN} terms have
     * like histograms: by the fine histogram's classes present, then greedily, each run a first term and the
     * terms among the next {@value #CLUSTER_WINDOW} that add the fewest bits to the run's OR and differ least from the
     * first. Over the real lists' words a look-up at 0.7 then tests some 5,500 runs and 13,500 terms instead of 44,000
     * terms (0.45: 6,600 runs and 31,000 terms instead of 53,000).
     */
    private static void clusterWithinRuns(String[] vocabulary, int[] order, int[] runOf) {
        int n = order.length;
        long[] m12 = new long[n];
        int[] m3 = new int[n];
        long[] h = new long[4];
        for (int i = 0; i < n; i++) {
            histograms(vocabulary[order[i]], h);
            m12[i] = h[0];
            m3[i] = (int) h[1];
        }
        long[] keyed = new long[n];
        int[] position = new int[n];
        boolean[] taken = new boolean[n];
        for (int from = 0; from < n; ) {
            int to = from;
            while (to < n && runOf[to] == runOf[from]) to++;
            // by the classes present (bit-reversed, so the first classes lead), then by position
            for (int i = from; i < to; i++) keyed[i] = ((Long.reverse(m12[i] & 0xffffffffL) >>> 32) << 32) | (i - from);
            Arrays.sort(keyed, from, to);
            int w = from;
            int[] sorted = new int[to - from];
            for (int i = from; i < to; i++) sorted[i - from] = from + (int) (keyed[i] & 0xffffffffL);
            int first = 0;
            while (w < to) {
                while (taken[sorted[first]]) first++;
                int seed = sorted[first];
                taken[seed] = true;
                position[w++] = seed;
                long or12 = m12[seed];
                int or3 = m3[seed];
                for (int k = 1; k < CLUSTER_RUN && w < to; k++) {
                    int best = -1, bestCost = Integer.MAX_VALUE;
                    for (int j = first + 1, seen = 0; j < sorted.length && seen < CLUSTER_WINDOW; j++) {
                        int c = sorted[j];
                        if (taken[c]) continue;
                        seen++;
                        int cost = Long.bitCount(m12[c] & ~or12) + Integer.bitCount(m3[c] & ~or3) + Long.bitCount(m12[seed] ^ m12[c]);
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = c;
                        }
                    }
                    taken[best] = true;
                    position[w++] = best;
                    or12 |= m12[best];
                    or3 |= m3[best];
                }
            }
            from = to;
        }
        int[] reordered = new int[n];
        for (int i = 0; i < n; i++) reordered[i] = order[position[i]];
        System.arraycopy(reordered, 0, order, 0, n);
    }

    /** Every cost of {@link EditDistance} is a whole number of tenths: substitution costs of ASCII pairs in tenths. */
    private static final byte[] SUBSTITUTION_TENTHS = new byte[128 * 128];

    static {
        for (char x = 0; x < 128; x++) for (char y = 0; y < 128; y++) SUBSTITUTION_TENTHS[x * 128 + y] = tenths(EditDistance.substitutionCost(x, y));
    }

    private static byte tenths(double cost) {
        return (byte) Math.round(cost * 10);
    }

    static byte[] indelTenths(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = tenths(EditDistance.indelCost(s, i));
        return out;
    }

    /**
     * {@link EditDistance#distanceAtMost} in whole tenths (its costs are 0.5, 0.8 and 1, so this is exact, without
     * rounding), giving up earlier: a cell's value plus half a unit for each letter of length difference left to
     * make up (each needs an insertion or deletion, at least 0.5) is at most what a path through it costs, so once
     * two adjacent rows exceed {@code max10} by that measure the distance does (a transposition reads two rows back). Within
     * {@code max10} it is the distance, which a look-up takes as it is (tenths over ten: the distance in doubles adds 0.8s
     * and may differ from it in the last bit, never by the 1e-9 every comparison of similarities allows).
     */
    static int tenthsAtMost(char[] a, byte[] ia, char[] b, byte[] ib, int max10, int[][] rows) {
        return tenthsAtMost(a, ia, b, ib, 0, b.length, max10, rows);
    }

    /** {@link #tenthsAtMost(char[], byte[], char[], byte[], int, int[][])} against {@code b[from..from+m)}. */
    static int tenthsAtMost(char[] a, byte[] ia, char[] b, byte[] ib, int from, int m, int max10, int[][] rows) {
        int n = a.length;
        int[] prev2 = rows[0], prev = rows[1], cur = rows[2];
        prev[0] = 0;
        int row0Min = 5 * Math.abs(n - m);
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + ib[from + j - 1];
            row0Min = Math.min(row0Min, prev[j] + 5 * Math.abs(n - m + j));
        }
        boolean prevOver = row0Min > max10;
        for (int i = 1; i <= n; i++) {
            char ca = a[i - 1];
            int delA = ia[i - 1];
            char before = i > 1 ? a[i - 2] : 0;
            cur[0] = prev[0] + delA;
            int left = n - i - m; // remaining length difference at column j is |left + j|
            int rowMin = cur[0] + 5 * Math.abs(left);
            char cbPrev = 0;
            for (int j = 1; j <= m; j++) {
                char cb = b[from + j - 1];
                int v = Math.min(prev[j] + delA, cur[j - 1] + ib[from + j - 1]);
                int sub = (ca | cb) < 128 ? SUBSTITUTION_TENTHS[ca * 128 + cb] : tenths(EditDistance.substitutionCost(ca, cb));
                v = Math.min(v, prev[j - 1] + sub);
                if (i > 1 && j > 1 && ca == cbPrev && before == cb && ca != cb) v = Math.min(v, prev2[j - 2] + 10);
                cur[j] = v;
                int lower = v + 5 * Math.abs(left + j);
                if (lower < rowMin) rowMin = lower;
                cbPrev = cb;
            }
            boolean over = rowMin > max10;
            if (over && prevOver) return rowMin;
            prevOver = over;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** How many letter classes {@link #bucket} uses (0 to 27). */
    static final int BUCKETS = 28;

    /** The class of bucket {@code b} in the coarse histogram: every vowel with i y j g. */
    static int coarse(int b) {
        return b >= 24 && b <= 27 ? 1 : b;
    }

    /**
     * Per class of {@code classes} (a mask: a query's classes of three letters or more), how many letters of it the query
     * has beyond three, from its letters' {@code counts} by class (fine or coarse); null when it has no class of more than
     * three. Counted in the pass {@link Scan} makes over the query anyway: a pass over the query for each such class was
     * half of a look-up's set-up, a tenth of a look-up of two words written together (thirty-fifth session).
     */
    private static int[] beyondThree(int[] counts, int classes) {
        int[] by = null;
        for (int bits = classes; bits != 0; bits &= bits - 1) {
            int c = Integer.numberOfTrailingZeros(bits), count = counts[c];
            if (count <= 3) continue;
            if (by == null) by = new int[BUCKETS];
            by[c] = count - 3;
        }
        return by;
    }

    /** The mask of the classes {@code by} counts (0: null). */
    private static int classesOf(int[] by) {
        int mask = 0;
        if (by != null) for (int c = 0; c < by.length; c++) if (by[c] > 0) mask |= 1 << c;
        return mask;
    }

    /** The letters of {@code s} that have a class ('h' has none). */
    private static int lettersWithClass(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) if (bucket(s.charAt(k)) >= 0) n++;
        return n;
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

    /**
     * Coarser classes: a, e, o and u join i y j g. One vowel for another costs 0.8 and moves the fine histogram by
     * two (0.4 a unit); here it moves nothing, and what still moves it costs at least 0.5 a unit (a substitution
     * across classes 1 for two units, an insertion or deletion at least 0.5 for one), so {@code distance >= 0.5 * L1}.
     */
    static final boolean VOWELS_TOGETHER = true;

    /**
     * Both histograms of {@code s} in one pass: {@code out[0]} the classes present once or more (bits 0-31) and twice or
     * more (bits 32-63), {@code out[1]} three times or more; {@code out[2]} and {@code out[3]} the same with the vowels together.
     */
    static void histograms(String s, long[] out) {
        int one = 0, two = 0, three = 0, cOne = 0, cTwo = 0, cThree = 0;
        for (int i = 0; i < s.length(); i++) {
            int b = bucket(s.charAt(i));
            if (b < 0) continue;
            int bit = 1 << b;
            if ((one & bit) == 0) one |= bit;
            else if ((two & bit) == 0) two |= bit;
            else three |= bit;
            int cBit = 1 << coarse(b);
            if ((cOne & cBit) == 0) cOne |= cBit;
            else if ((cTwo & cBit) == 0) cTwo |= cBit;
            else cThree |= cBit;
        }
        out[0] = (one & 0xffffffffL) | ((long) two << 32);
        out[1] = three;
        out[2] = (cOne & 0xffffffffL) | ((long) cTwo << 32);
        out[3] = cThree;
    }

    private static long part(String s, int k) {
        long[] out = new long[4];
        histograms(s, out);
        return out[k];
    }

    static long masks(String s) {
        return masks(s, false);
    }

    static int mask3(String s) {
        return mask3(s, false);
    }

    /** Masks "count >= 1" (low 32 bits) and "count >= 2" (high 32 bits). */
    static long masks(String s, boolean vowelsTogether) {
        return part(s, vowelsTogether ? 2 : 0);
    }

    static int mask3(String s, boolean vowelsTogether) {
        return (int) part(s, vowelsTogether ? 3 : 1);
    }
}
