package org.cordon.match.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.cordon.match.normalise.LetterClasses;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.score.EditDistance;
import org.cordon.match.score.NameScorer;
import org.cordon.model.Schema;
import org.cordon.match.normalise.TokenKind;
import org.cordon.match.normalise.Tokens;

/**
 * Candidate generation for screening: which list records can a query possibly match?
 *
 * <p><b>The guarantee, derived from the scorer.</b> {@code NameScorer} halves a name score unless
 * some query word or number is aligned with similarity at least {@value #STRONG} by a means other
 * than an initial ("strong name"), so a name score above 0.5 needs such a token pair. The pair is one
 * of: (a) query token and list token, exactly equal, or edit-similar at {@value #STRONG}, or with
 * equal Double Metaphone keys, or with consonant skeletons similar at {@value #STRONG}/0.95, or the
 * query's last two-letter token a prefix of the list token; (b) a query token against two adjacent
 * list tokens written together, or two adjacent query tokens against one list token, similar at
 * {@value #JOINED}, or a query token against three or four syllables of a name read from Han written together, or the
 * reverse, at {@link NameScorer#SYLLABLE_RUN_MIN}; (c) a query token of 2 to 5 letters spelling the initials of a run of list
 * tokens, or the reverse. This index holds a posting list for each of those relations over every
 * form of every list name (all romanisations and the original-script tokens), and returns every
 * list name having any such pair with the query. Names it leaves out cannot reach a name score above
 * 0.5, so for thresholds where the scan needs more than that (see {@code IndexedScreener}) the index
 * returns a superset of what the brute-force scan accepts. {@code IndexedScreenerTest} checks this on
 * thousands of generated queries; docs/performance.md gives the recall measured on the eval sets.
 *
 * <p>Hot path: postings are sorted {@code int[]} of record numbers, terms are interned in
 * open-addressing dictionaries, fuzzy term lookup goes through {@link FuzzyDictionary}, and the
 * postings a query token reaches are cached (bounded) because batch files repeat tokens ("john",
 * "smith", "trading"). Duplicates are removed with a per-probe stamp array, not a set.
 */
public final class CandidateIndex {
    /** Token similarity the scorer requires of at least one query token for a name score above 0.5. */
    public static final double STRONG = 0.7;
    /** Similarity at which the scorer aligns a token with two tokens written apart (or the reverse). */
    static final double JOINED = 0.8;
    /** The scorer discounts consonant-skeleton similarity by a factor of at most this (0.9 today; 0.95 leaves a margin). */
    static final double SKELETON_FACTOR = 0.95;
    /** Most tokens cached with their postings (in two generations of half as many: {@link RecentCache}). */
    static final int CACHE_ENTRIES = 1 << 16;

    private final int records;
    private final TermDictionary text;          // list tokens and adjacent pairs joined
    private final int[][] textPostings;
    private final FuzzyDictionary textFuzzy;
    /** Only real list tokens of four letters or more: what two query tokens written apart can meet. */
    private final FuzzyDictionary wordFuzzy;
    /** Only adjacent list tokens written together: what one query token written as one can meet. */
    private final FuzzyDictionary pairFuzzy;
    /**
     * Only runs of three or four syllables of a name read from Han written together: what one query word can meet as the
     * scorer meets them, at {@link NameScorer#SYLLABLE_RUN_MIN} within a letter of length and whatever their ends (the
     * pairs' look-up keeps one end and so could pass such a run over).
     */
    private final FuzzyDictionary runFuzzy;
    // The scorer compares sound-alike keys only when a side was transliterated, and consonant skeletons
    // only when exactly one side was read from an abjad (Arabic, Hebrew): each kept apart by that property.
    /** Sound-alike key -> ids of the list words (text terms) carrying it, kept apart for transliterated forms. */
    private final TermDictionary phonetic, phoneticTranslit;
    private final String[] textTerms;
    private final long[] textLetters;
    private final int[][] phoneticPostings, phoneticTranslitPostings;
    private final TermDictionary skeleton, skeletonAbjad;
    /** Their terms by id: how many consonants a skeleton has decides what the scorer counts of its similarity ({@link #skeletonFactor}). */
    private final String[] skeletonTerms, skeletonAbjadTerms;
    private final int[][] skeletonPostings, skeletonAbjadPostings;
    private final FuzzyDictionary skeletonFuzzy, skeletonAbjadFuzzy;
    private final TermDictionary acronym;       // initials of runs of 2..5 list tokens
    private final int[][] acronymPostings;
    /** List words the scorer may read as acronyms (2 to 5 letters, of kind name, in a form not transliterated). */
    private final TermDictionary acronymWord;
    private final int[][] acronymWordPostings;
    private final TermDictionary prefix;        // first two letters of list tokens of 4 letters or more
    private final int[][] prefixPostings;
    /** Query words' hits; each cache keeps the recently used ({@link RecentCache}: two generations of the bounds here). */
    private final RecentCache<String, Hits> tokenCache = new RecentCache<>(CACHE_ENTRIES / 2);
    /**
     * Adjacent query words written together, kept apart from single words: pairs (a given name and a family name)
     * seldom repeat, and in one cache they would flush the words, which do.
     */
    private final RecentCache<String, Hits> pairCache = new RecentCache<>(CACHE_ENTRIES / 2);
    /** The pairs' look-ups that found nothing, most of them, kept apart at a smaller cost a key ({@link EmptyLookups}). */
    private final EmptyLookups pairsWithoutHits = new EmptyLookups();
    static final int WEAK_CACHE_ENTRIES = 1 << 14;
    /**
     * Most postings the cached weak bands of one generation hold between them (MatchLoad's 2,000 queries: 3.0 million in
     * 3,674 bands; 12 bytes a posting, so some 50 MB a generation).
     */
    static final int WEAK_CACHE_POSTINGS = 1 << 22;
    /** Query words' weak bands, cached apart (smaller: a band holds more terms than a word's hits), bounded also by their postings. */
    private final RecentCache<String, Weak> weakCache = new RecentCache<>(WEAK_CACHE_ENTRIES, WEAK_CACHE_POSTINGS, w -> w.postings.length);
    static final int WEAK_TERMS_ENTRIES = 1 << 16;
    /**
     * The same bands as their terms alone ({@link TermsMet}), kept longer: a band is some 60 terms and 570 postings on
     * average (the real lists, 1,000 listed names and 1,000 customers), so at a tenth of the memory this cache holds the
     * bands of some 23,000 words a generation with a heap of 1 GB where {@link #weakCache} holds some 5,000. A word whose
     * postings left {@link #weakCache} is made again from its terms (copying its postings, some microseconds) instead of
     * looked up again at the alignment floor (some 900 us over the real lists): with 20,000 listed names screened first, a
     * listed name not met before took 1,325 us in-process, of which a fifth went to looking up again the bands of words
     * met before and dropped; with this cache, see docs/performance.md.
     */
    private final RecentCache<String, TermsMet> weakTermsCache =
            new RecentCache<>(WEAK_TERMS_ENTRIES, weakTermsPerGeneration(Runtime.getRuntime().maxMemory()), w -> w.terms.length);

    static final int SKELETON_LOOKUP_ENTRIES = 1 << 14;
    /** Most skeletons the cached look-ups of consonants of one generation hold between them (12 bytes each: some 12 MB). */
    static final int SKELETON_LOOKUP_TERMS = 1 << 20;
    /**
     * What a query word's consonants meet across an abjad, strongly ({@link #skeletonHits}) and at the weak band's floor
     * ({@link #weakTerms}), by the consonants looked up, the dictionary and the floor: the skeletons found, with their
     * similarities, in the look-up's order. Words new to the index share their consonants with words met before far more
     * often than their letters (of the skeletons looked up for the weak bands of 20,000 listed names and 3,000 generated
     * customers, half had been looked up before). The weak band's look-up, at some 0.5 over keys of two to five consonants,
     * passes most of the dictionary's short terms: 59 us of the 87 us a new Latin word's band took, 680 us an Arabic word's;
     * the strong one 23 us of a new Latin word's 470 us, 214 us of an Arabic word's 735 (in-process, twenty-eighth session).
     */
    private final RecentCache<String, TermsMet> skeletonLookUps =
            new RecentCache<>(SKELETON_LOOKUP_ENTRIES, SKELETON_LOOKUP_TERMS, b -> b.terms.length);

    /** Look-ups of words at the alignment floor for their weak bands, with the strong look-up or apart (tests). */
    private final LongAdder weakLookups = new LongAdder();

    long weakBandLookups() {
        return weakLookups.sum();
    }

    /** Look-ups of consonants cached ({@link #skeletonLookUps}; tests). */
    int skeletonLookUpsCached() {
        return skeletonLookUps.size();
    }

    /**
     * The kinds of dictionary scan a query's look-ups run when their answer is not cached, in {@link #lookUpStats}'s
     * order: a query word (at {@value #STRONG}, or at the alignment floor with its weak band when the probe asks for it),
     * two adjacent query words written together against list words by their ends, the two words' consonant skeletons
     * against the skeletons of the other side of an abjad, three or four syllables read from Han written together, and a
     * word's weak band made into postings (with its own look-up at the floor when the word's was not just made).
     */
    public static final List<String> SCAN_KINDS = List.of("query words", "two words written together",
            "their consonant skeletons", "runs of syllables", "weak bands");
    private static final int SCAN_WORD = 0, SCAN_JOINED = 1, SCAN_JOINED_SKELETONS = 2, SCAN_SYLLABLE_RUN = 3, SCAN_WEAK_BAND = 4;
    /** Per kind of {@link #SCAN_KINDS}: scans run, and the nanoseconds they took (look-ups answered from the caches not counted). */
    private final LongAdder[] scans = newAdders(SCAN_KINDS.size()), scanNanos = newAdders(SCAN_KINDS.size());

    private static LongAdder[] newAdders(int n) {
        LongAdder[] a = new LongAdder[n];
        for (int i = 0; i < n; i++) a[i] = new LongAdder();
        return a;
    }

    /** How many dictionary scans of one kind ran, and their time all told, since the index was built. */
    public record ScanCount(String kind, long scans, long nanos) {
    }

    /**
     * The dictionary scans run so far by kind ({@link #SCAN_KINDS}): where a batch's first sight of words and pairs goes
     * (cordon-bench's {@code BatchByScript} prints them after each pass). Counted only when a look-up misses its cache, so
     * the cached path pays nothing for it.
     */
    public List<ScanCount> lookUpStats() {
        List<ScanCount> out = new ArrayList<>(SCAN_KINDS.size());
        for (int k = 0; k < SCAN_KINDS.size(); k++) out.add(new ScanCount(SCAN_KINDS.get(k), scans[k].sum(), scanNanos[k].sum()));
        return out;
    }

    private void counted(int kind, long startedNanos) {
        scans[kind].increment();
        scanNanos[kind].add(System.nanoTime() - startedNanos);
    }

    /**
     * Terms a generation of {@link #weakTermsCache} holds with a heap of {@code maxHeap} bytes: some 12 bytes a term, both
     * generations in at most a 32nd of the heap (1.4 million terms a generation with 1 GB), at least 4,096 and at most 2
     * million. (A 64th, 700,000 with 1 GB, was too small to keep the bands of the 20,000 listed names {@code FirstSight}
     * screens first: its listed names' first sight was then that of no such cache.)
     */
    static long weakTermsPerGeneration(long maxHeap) {
        return Math.max(1 << 12, Math.min(1 << 21, maxHeap / 32 / 2 / 12));
    }
    // Set once by weigh(), before the index is published: what bounds a candidate name's score (see Probe#bound).
    private java.util.function.Function<Tokens, double[]> weightsOf;
    /** Parallel to textPostings: the share of the name's weight its occurrences of the word carry (most over its forms), 0 for non-words. */
    private double[][] textShare;
    /** Parallel to skeletonPostings and skeletonAbjadPostings: the same shares for consonant skeletons. */
    private double[][] skeletonShare, skeletonAbjadShare;
    /** Parallel to acronymWordPostings: the same shares for the words read as acronyms. */
    private double[][] acronymWordShare;
    /** Per name: the most coverage a form reaches with every name word met at just under STRONG and every other token fully. */
    private double[] baseCover;
    /** Per name: the most coverage a form reaches from its tokens other than name words alone (the weak band's base). */
    private double[] nonNameCover;
    /** Per name: a form the bound does not cover (one whose tokens weigh nothing). */
    private boolean[] unbounded;
    /**
     * Per name: a form read as syllables (Han, Hangul), against which the scorer weighs the query's tokens as syllables
     * too: a query initial then weighs as a syllable, which the probe's query side does not follow (see {@link Probe#boundAt}).
     */
    private boolean[] syllabicForm;
    /**
     * Per name: the letters of its initials (see {@link #letterBit}; 0 without one). An initial meets a word it begins
     * at {@code INITIAL_SIM} without an index hit.
     */
    private long[] initialLetters;
    /** Per name: the first letters of its name words (see {@link #letterBit}), which an initial of the query may meet. */
    private long[] wordLetters;
    /**
     * Per name: the largest share of its form's weight one name word carries (most over its forms). The scorer aligns an
     * initial with one word, so a query's k initials add at most k times this to the list side.
     */
    private double[] maxWordShare;
    /** Per name: the most initials a form of it has (each aligns with one query word). */
    private byte[] initialCount;
    /**
     * Per name, the same as {@link #baseCover}, {@link #nonNameCover} and {@link #maxWordShare} with the form's tokens
     * weighed as the scorer weighs them beside a query read as syllables (Han, Hangul), where an initial weighs as a
     * syllable; and the most a word's (or two adjacent words') share of the form's weight grows so (at least 1; with
     * today's weights exactly 1, since an initial read as a syllable weighs at least as much as a word of the lists' most
     * frequent, 0.45 against 0.35, but the bound does not rely on that). Only a name with initials weighs differently
     * there. Before the eleventh session such a name was left unbounded for every query read as syllables: over the real
     * lists 110-165 names a Korean or Chinese query, most of the names passed on to the scorer's bound.
     */
    private double[] syllableBase, syllableNonName, syllableMaxShare, syllableScale;
    /** TokenSimilarity.INITIAL_SIM less STRONG: what an initial may add over the bound's credit for a word met below STRONG. */
    static final double INITIAL_EXTRA = 0.8 - STRONG;
    /** What an initial meets a word it begins with (TokenSimilarity.INITIAL_SIM). */
    static final double INITIAL_SIM = 0.8;

    private CandidateIndex(int records, Terms text, boolean[] token, boolean[] word, boolean[] run, Terms phonetic, Terms phoneticTranslit,
                           Terms skeleton, Terms skeletonAbjad, Terms acronym, Terms acronymWord, Terms prefix) {
        this.records = records;
        this.text = text.dict;
        this.textPostings = text.postings();
        this.phonetic = phonetic.dict;
        this.phoneticPostings = sortedUnique(phonetic.postings());
        this.phoneticTranslit = phoneticTranslit.dict;
        this.phoneticTranslitPostings = sortedUnique(phoneticTranslit.postings());
        this.skeleton = skeleton.dict;
        this.skeletonPostings = skeleton.postings();
        this.skeletonAbjad = skeletonAbjad.dict;
        this.skeletonAbjadPostings = skeletonAbjad.postings();
        this.skeletonTerms = this.skeleton.terms();
        this.skeletonAbjadTerms = this.skeletonAbjad.terms();
        this.acronym = acronym.dict;
        this.acronymPostings = acronym.postings();
        this.acronymWord = acronymWord.dict;
        this.acronymWordPostings = acronymWord.postings();
        this.prefix = prefix.dict;
        this.prefixPostings = prefix.postings();
        String[] all = this.text.terms();
        this.textTerms = all;
        this.textLetters = new long[all.length];
        // the fuzzy dictionaries are independent of each other: built on two threads, in halves of about equal size (the
        // pairs 108,000 terms and the words 57,000, against the skeletons 113,000 and the longer words 53,000)
        FuzzyDictionary[] f = new FuzzyDictionary[6];
        TermDictionary sk = this.skeleton, ska = this.skeletonAbjad;
        long[] skEnds = skeleton.ends(), skaEnds = skeletonAbjad.ends();
        inParallel(() -> {
            f[0] = subset(all, token, 1, false);
            boolean[] pair = new boolean[all.length];
            for (int i = 0; i < all.length; i++) pair[i] = !token[i];
            // the two that joins are looked up in also index their terms by first and last letter
            f[2] = subset(all, pair, 1, true);
            f[4] = fuzzy(ska, skaEnds);
        }, () -> {
            f[1] = subset(all, word, 4, true);
            f[3] = fuzzy(sk, skEnds);
            f[5] = subset(all, run, 1, false);
            for (int i = 0; i < all.length; i++) textLetters[i] = LetterClasses.histogram(all[i]);
        });
        this.textFuzzy = f[0];
        this.wordFuzzy = f[1];
        this.pairFuzzy = f[2];
        this.skeletonFuzzy = f[3];
        this.skeletonAbjadFuzzy = f[4];
        this.runFuzzy = f[5];
    }

    /**
     * The weighed index as bytes (see {@link IndexBytes}), for the index snapshot: dictionaries with their postings, the
     * fuzzy dictionaries' arrays and what {@link #weigh} added, in the order {@link #read} takes them.
     *
     * @throws IllegalStateException when the index was not weighed yet
     */
    public byte[] toBytes() {
        if (weightsOf == null) throw new IllegalStateException("an index is written once weighed");
        IndexBytes.Writer out = new IndexBytes.Writer();
        out.i(records);
        text.write(out);
        out.intArrays(textPostings);
        phonetic.write(out);
        out.intArrays(phoneticPostings);
        phoneticTranslit.write(out);
        out.intArrays(phoneticTranslitPostings);
        skeleton.write(out);
        out.intArrays(skeletonPostings);
        skeletonAbjad.write(out);
        out.intArrays(skeletonAbjadPostings);
        acronym.write(out);
        out.intArrays(acronymPostings);
        acronymWord.write(out);
        out.intArrays(acronymWordPostings);
        prefix.write(out);
        out.intArrays(prefixPostings);
        out.longs(textLetters);
        for (FuzzyDictionary f : new FuzzyDictionary[] {textFuzzy, wordFuzzy, pairFuzzy, skeletonFuzzy, skeletonAbjadFuzzy, runFuzzy}) f.write(out);
        out.doubleArrays(textShare);
        out.doubleArrays(skeletonShare);
        out.doubleArrays(skeletonAbjadShare);
        out.doubleArrays(acronymWordShare);
        out.doubles(baseCover);
        out.doubles(nonNameCover);
        out.booleans(unbounded);
        out.longs(initialLetters);
        out.longs(wordLetters);
        out.doubles(maxWordShare);
        out.bytes(initialCount);
        out.doubles(syllableBase);
        out.doubles(syllableNonName);
        out.doubles(syllableMaxShare);
        out.doubles(syllableScale);
        out.booleans(syllabicForm);
        return out.toByteArray();
    }

    /**
     * The index {@link #toBytes} wrote over {@code names} list names. It still needs {@link #weighedBy} before a probe:
     * the shares it holds were weighed by the scorer's token weights, which the reader computes alongside.
     *
     * @throws IllegalArgumentException naming the part that does not hold together: another count of names, a length
     *                                  the bytes cannot hold, a posting or id out of range
     */
    public static CandidateIndex read(byte[] bytes, int offset, int length, int names) {
        IndexBytes.Reader in = new IndexBytes.Reader(bytes, offset, length);
        CandidateIndex index = new CandidateIndex(in, names);
        in.end();
        return index;
    }

    /**
     * Gives an index read by {@link #read} the function that weighs a form's tokens ({@link #weigh}'s), which must be the
     * one its shares were computed with: the snapshot that holds the index is keyed by the build and the list files, and
     * the weights are counted over those lists. Call once, before the index is shared between threads.
     */
    public void weighedBy(java.util.function.Function<Tokens, double[]> weightsOf) {
        if (textShare == null) throw new IllegalStateException("an index built here is weighed by weigh()");
        this.weightsOf = weightsOf;
    }

    private CandidateIndex(IndexBytes.Reader in, int names) {
        records = in.i();
        if (records != names) throw in.fault("an index of " + records + " names for " + names);
        in.where = "index, words";
        text = TermDictionary.read(in);
        textPostings = postings(in, text, records);
        in.where = "index, sound-alike keys";
        phonetic = TermDictionary.read(in);
        phoneticPostings = postings(in, phonetic, text.size());
        phoneticTranslit = TermDictionary.read(in);
        phoneticTranslitPostings = postings(in, phoneticTranslit, text.size());
        in.where = "index, consonant skeletons";
        skeleton = TermDictionary.read(in);
        skeletonPostings = postings(in, skeleton, records);
        skeletonAbjad = TermDictionary.read(in);
        skeletonAbjadPostings = postings(in, skeletonAbjad, records);
        skeletonTerms = skeleton.terms();
        skeletonAbjadTerms = skeletonAbjad.terms();
        in.where = "index, acronyms";
        acronym = TermDictionary.read(in);
        acronymPostings = postings(in, acronym, records);
        acronymWord = TermDictionary.read(in);
        acronymWordPostings = postings(in, acronymWord, records);
        in.where = "index, prefixes";
        prefix = TermDictionary.read(in);
        prefixPostings = postings(in, prefix, records);
        in.where = "index, fuzzy dictionaries";
        textTerms = text.terms();
        textLetters = in.longs(textTerms.length, "letter classes");
        textFuzzy = FuzzyDictionary.read(in, textTerms);
        wordFuzzy = FuzzyDictionary.read(in, textTerms);
        pairFuzzy = FuzzyDictionary.read(in, textTerms);
        skeletonFuzzy = FuzzyDictionary.read(in, skeleton.terms());
        skeletonAbjadFuzzy = FuzzyDictionary.read(in, skeletonAbjad.terms());
        runFuzzy = FuzzyDictionary.read(in, textTerms);
        in.where = "index, weights";
        textShare = in.doubleArrays("word shares", textPostings);
        skeletonShare = in.doubleArrays("skeleton shares", skeletonPostings);
        skeletonAbjadShare = in.doubleArrays("skeleton shares", skeletonAbjadPostings);
        acronymWordShare = in.doubleArrays("acronym shares", acronymWordPostings);
        baseCover = in.doubles(records, "base cover");
        nonNameCover = in.doubles(records, "cover without words");
        unbounded = in.booleans(records, "unbounded names");
        initialLetters = in.longs(records, "initials");
        wordLetters = in.longs(records, "first letters");
        maxWordShare = in.doubles(records, "largest word shares");
        initialCount = in.bytes(records, "initial counts");
        syllableBase = in.doubles(records, "base cover beside syllables");
        syllableNonName = in.doubles(records, "cover without words beside syllables");
        syllableMaxShare = in.doubles(records, "largest word shares beside syllables");
        syllableScale = in.doubles(records, "share growth beside syllables");
        syllabicForm = in.booleans(records, "names read as syllables");
    }

    /** A dictionary's postings, one array a term, each value in [0, bound). */
    private static int[][] postings(IndexBytes.Reader in, TermDictionary d, int bound) {
        int[][] p = in.intArrays("postings", bound);
        if (p.length != d.size()) throw in.fault(p.length + " posting lists for " + d.size() + " terms");
        return p;
    }

    private static FuzzyDictionary subset(String[] all, boolean[] keep, int minLength, boolean byEnds) {
        int n = 0;
        for (int i = 0; i < all.length; i++) if (i < keep.length && keep[i] && all[i].length() >= minLength) n++;
        String[] terms = new String[n];
        int[] ids = new int[n];
        for (int i = 0, w = 0; i < all.length; i++) {
            if (i < keep.length && keep[i] && all[i].length() >= minLength) {
                terms[w] = all[i];
                ids[w++] = i;
            }
        }
        return new FuzzyDictionary(terms, ids, byEnds);
    }

    private static int[][] sortedUnique(int[][] lists) {
        for (int i = 0; i < lists.length; i++) {
            int[] l = lists[i];
            Arrays.sort(l);
            int u = 0;
            for (int x = 0; x < l.length; x++) if (u == 0 || l[x] != l[u - 1]) l[u++] = l[x];
            lists[i] = u == l.length ? l : Arrays.copyOf(l, u);
        }
        return lists;
    }

    /** The fuzzy dictionary of {@code d}'s terms, also by the ends of the words they were read from ({@link Terms#ends}). */
    private static FuzzyDictionary fuzzy(TermDictionary d, long[] ends) {
        String[] t = d.terms();
        int[] ids = new int[t.length];
        for (int i = 0; i < ids.length; i++) ids[i] = i;
        return FuzzyDictionary.withKeyedEnds(t, ids, ends);
    }

    /** Builds the index over list names; postings and candidates are positions in {@code names}. */
    public static CandidateIndex build(List<NormalisedName> names) {
        Terms text = new Terms(1 << 17), phonetic = new Terms(1 << 14), phoneticTranslit = new Terms(1 << 14), skeleton = new Terms(1 << 16),
                skeletonAbjad = new Terms(1 << 14), acronym = new Terms(1 << 16), acronymWord = new Terms(1 << 12), prefix = new Terms(1 << 10);
        // the words (with their sound-alike keys, which point at words) on one thread, the other keys on another: two
        // passes over the names in the same order, so every dictionary is what one pass would build
        inParallel(() -> {
            for (int r = 0; r < names.size(); r++) {
                NormalisedName n = names.get(r);
                for (Tokens t : n.forms()) indexWords(r, t, text, t.transliterated() ? phoneticTranslit : phonetic);
                if (!n.scriptTokens().isEmpty()) indexWords(r, n.scriptForm(), text, phonetic);
            }
        }, () -> {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < names.size(); r++) {
                NormalisedName n = names.get(r);
                for (Tokens t : n.forms()) indexKeys(r, t, t.abjad() ? skeletonAbjad : skeleton, acronym, acronymWord, prefix, sb);
                if (!n.scriptTokens().isEmpty()) indexKeys(r, n.scriptForm(), skeleton, acronym, acronymWord, prefix, sb);
            }
        });
        return new CandidateIndex(names.size(), text, text.tokens(), text.words(), text.runs(), phonetic, phoneticTranslit, skeleton, skeletonAbjad,
                acronym, acronymWord, prefix);
    }

    /**
     * Adds what lets a probe bound each candidate's name score before it is scored: each list word's
     * share of its name's weight, and each name's coverage when its words meet at just under
     * {@value #STRONG}. {@code weightsOf} gives a form's token weights as the scorer weighs them (its
     * first {@code size()} entries). Call once, before the index is shared between threads.
     */
    public void weigh(List<NormalisedName> names, java.util.function.Function<Tokens, double[]> weightsOf) {
        double[][] share = new double[textPostings.length][];
        // -1: the name has the term only as words written together or a run of syllables, which the bound does not follow
        for (int i = 0; i < share.length; i++) Arrays.fill(share[i] = new double[textPostings[i].length], -1);
        double[][] skShare = new double[skeletonPostings.length][], skaShare = new double[skeletonAbjadPostings.length][];
        for (int i = 0; i < skShare.length; i++) Arrays.fill(skShare[i] = new double[skeletonPostings[i].length], -1);
        for (int i = 0; i < skaShare.length; i++) Arrays.fill(skaShare[i] = new double[skeletonAbjadPostings[i].length], -1);
        double[][] awShare = new double[acronymWordPostings.length][];
        for (int i = 0; i < awShare.length; i++) Arrays.fill(awShare[i] = new double[acronymWordPostings[i].length], -1);
        double[] base = new double[records], nonName = new double[records];
        boolean[] unb = new boolean[records], syllabic = new boolean[records];
        long[] initials = new long[records], words = new long[records];
        double[] maxShare = new double[records];
        byte[] initialsPerForm = new byte[records];
        double[] sylBase = new double[records], sylNonName = new double[records], sylMaxShare = new double[records], sylScale = new double[records];
        // each name writes only its own entries (its postings' positions, its slots): names are weighed in parallel
        java.util.stream.IntStream.range(0, records).parallel().forEach(r -> {
            NormalisedName n = names.get(r);
            List<Tokens> forms = new java.util.ArrayList<>(n.forms());
            if (!n.scriptTokens().isEmpty()) forms.add(n.scriptForm());
            for (Tokens t : forms) {
                int m = t.size();
                if (m == 0) continue;
                // a form read as syllables is weighed as the scorer weighs it against any other: as syllables (the second
                // half of its weights), and so is the query then, which the probe follows unless the query has initials
                boolean asSyllables = t.syllabic();
                if (asSyllables) syllabic[r] = true;
                int initialsHere = 0;
                for (int j = 0; j < m; j++) {
                    if (t.kind(j) == TokenKind.INITIAL) {
                        initials[r] |= letterBit(t.text(j).charAt(0));
                        initialsHere++;
                    } else if (t.kind(j) == TokenKind.NAME) {
                        words[r] |= letterBit(t.text(j).charAt(0));
                    }
                }
                initialsPerForm[r] = (byte) Math.max(initialsPerForm[r], Math.min(Byte.MAX_VALUE, initialsHere));
                double[] w = weightsOf.apply(t);
                if (asSyllables) w = Arrays.copyOfRange(w, m, 2 * m);
                double total = 0;
                for (int j = 0; j < m; j++) total += w[j];
                if (!(total > 0)) {
                    unb[r] = true;
                    continue;
                }
                double b = 0;
                for (int j = 0; j < m; j++) b += (t.kind(j) == TokenKind.NAME ? STRONG : 1.0) * w[j] / total;
                base[r] = Math.max(base[r], b);
                double nn = 0;
                for (int j = 0; j < m; j++) if (t.kind(j) != TokenKind.NAME) nn += w[j] / total;
                nonName[r] = Math.max(nonName[r], nn);
                if (asSyllables) {
                    // its syllable-weighed values are these
                    sylBase[r] = Math.max(sylBase[r], b);
                    sylNonName[r] = Math.max(sylNonName[r], nn);
                    sylScale[r] = Math.max(sylScale[r], 1.0);
                } else {
                    syllableWeights(t, w, total, r, sylBase, sylNonName, sylMaxShare, sylScale);
                }
                for (int j = 0; j < m; j++) {
                    int id = text.get(t.text(j));
                    if (id < 0) continue;
                    // a name word's share of the form's weight (all its occurrences); other tokens already count fully
                    double sh = 0;
                    if (t.kind(j) == TokenKind.NAME) {
                        for (int k = 0; k < m; k++) if (t.kind(k) == TokenKind.NAME && t.text(k).equals(t.text(j))) sh += w[k] / total;
                        maxShare[r] = Math.max(maxShare[r], sh);
                    }
                    int pos = Arrays.binarySearch(textPostings[id], r);
                    if (pos >= 0 && sh > share[id][pos]) share[id][pos] = sh;
                    int aid = readAsAcronym(t, j) ? acronymWord.get(t.text(j)) : -1;
                    int apos = aid < 0 ? -1 : Arrays.binarySearch(acronymWordPostings[aid], r);
                    if (apos >= 0 && sh > awShare[aid][apos]) awShare[aid][apos] = sh;
                    // the word's consonant skeleton (and its ta-marbuta variant) carries the same share
                    TermDictionary skd = t.abjad() ? skeletonAbjad : skeleton;
                    int[][] skp = t.abjad() ? skeletonAbjadPostings : skeletonPostings;
                    double[][] sks = t.abjad() ? skaShare : skShare;
                    String sk = t.kind(j) == TokenKind.NAME ? t.skeleton(j) : t.text(j);
                    String noH = t.kind(j) == TokenKind.NAME ? taMarbuta(t.text(j), sk) : null;
                    for (String key : noH == null ? new String[]{sk} : new String[]{sk, noH}) {
                        int sid = skd.get(key);
                        if (sid < 0) continue;
                        int spos = Arrays.binarySearch(skp[sid], r);
                        if (spos >= 0 && sh > sks[sid][spos]) sks[sid][spos] = sh;
                    }
                }
            }
            // Two adjacent words written together meet a query word as one key that covers both: the key carries the
            // pair's share, or a single word's of the same text if that is larger ("ali" + "hasan" may also be a word
            // "alihasan"; a skeleton join whose other half has no consonants, "sn" for "wei sun", is the other's key),
            // marked as a join (see joinShare: -2 - share, or WORD_AND_JOIN - share for a key that is also a word of the
            // name). The same for their consonant skeletons written together.
            for (Tokens t : forms) {
                TermDictionary skd = t.abjad() ? skeletonAbjad : skeleton;
                int[][] skp = t.abjad() ? skeletonAbjadPostings : skeletonPostings;
                double[][] sks = t.abjad() ? skaShare : skShare;
                // a form read as syllables weighs as syllables (the second half of its weights), as above
                double[] w = weightsOf.apply(t);
                int off = t.syllabic() ? t.size() : 0;
                if (off > 0) w = Arrays.copyOfRange(w, off, 2 * off);
                double total = 0;
                for (int j = 0; j < t.size(); j++) total += w[j];
                // runs of three or four syllables written together (a word meets them as one): marked as joins, carrying
                // the run's share
                for (int j = 0; t.syllabic() && j < t.size(); j++) {
                    for (int len = 3; len <= 4; len++) {
                        String run = syllableRun(t, j, len);
                        int id = run == null ? -1 : text.get(run);
                        int pos = id < 0 ? -1 : Arrays.binarySearch(textPostings[id], r);
                        if (pos < 0) continue;
                        double runShare = 0;
                        for (int k = j; k < j + len; k++) runShare += w[k];
                        runShare = total > 0 ? runShare / total : 1.0;
                        double was = share[id][pos];
                        boolean word = was >= 0 || was <= WORD_AND_JOIN;
                        share[id][pos] = (word ? WORD_AND_JOIN : -2) - Math.max(runShare, storedShare(was));
                    }
                }
                for (int j = 0; j + 1 < t.size(); j++) {
                    if (t.kind(j) == TokenKind.LEGAL_FORM || t.kind(j + 1) == TokenKind.LEGAL_FORM) continue;
                    double pair = total > 0 ? (w[j] + w[j + 1]) / total : 1.0;
                    int id = text.get(t.text(j) + t.text(j + 1));
                    int pos = id < 0 ? -1 : Arrays.binarySearch(textPostings[id], r);
                    if (pos >= 0) {
                        double was = share[id][pos];
                        boolean word = was >= 0 || was <= WORD_AND_JOIN;
                        share[id][pos] = (word ? WORD_AND_JOIN : -2) - Math.max(pair, storedShare(was));
                    }
                    // and their consonants written together, likewise (a key that is also a word's skeleton marked so, as for
                    // the words: a look-up of two query words written together passes over the keys that are only joins)
                    int sid = skd.get(t.skeleton(j) + t.skeleton(j + 1));
                    int spos = sid < 0 ? -1 : Arrays.binarySearch(skp[sid], r);
                    if (spos >= 0) {
                        double was = sks[sid][spos];
                        boolean word = was >= 0 || was <= WORD_AND_JOIN;
                        sks[sid][spos] = (word ? WORD_AND_JOIN : -2) - Math.max(pair, storedShare(was));
                    }
                }
            }
        });
        this.textShare = share;
        this.skeletonShare = skShare;
        this.skeletonAbjadShare = skaShare;
        this.acronymWordShare = awShare;
        this.baseCover = base;
        this.nonNameCover = nonName;
        this.unbounded = unb;
        this.syllabicForm = syllabic;
        this.initialLetters = initials;
        this.wordLetters = words;
        this.maxWordShare = maxShare;
        this.initialCount = initialsPerForm;
        this.syllableBase = sylBase;
        this.syllableNonName = sylNonName;
        this.syllableMaxShare = sylMaxShare;
        this.syllableScale = sylScale;
        this.weightsOf = weightsOf;
        tokenCache.clear();
        pairCache.clear();
        pairsWithoutHits.clear();
        weakCache.clear();
        weakTermsCache.clear();
    }

    /**
     * Drops every cached look-up (words' and pairs' hits, the pairs that found nothing, the weak bands and their terms): the
     * index then answers as on its first query, in a JVM that has compiled its code (benchmarks: {@code WarmBatch}).
     */
    public void forgetLookUps() {
        forgetAllButWeakBandTerms();
        weakTermsCache.clear();
        skeletonLookUps.clear();
    }

    /** Drops every word's and pair's hits and the weak bands' postings, keeping the bands' terms (tests). */
    void forgetAllButWeakBandTerms() {
        tokenCache.clear();
        pairCache.clear();
        pairsWithoutHits.clear();
        weakCache.clear();
    }

    /**
     * Name r's values for {@link #syllableBase} and the others from its form {@code t} (not itself syllables), whose
     * weights {@code w} the scorer gives as plain tokens (the first half, summing to {@code total}) and beside syllables
     * (the second half): the most over the forms, as the plain ones.
     */
    private static void syllableWeights(Tokens t, double[] w, double total, int r, double[] base, double[] nonName, double[] maxShare,
                                        double[] scale) {
        int m = t.size();
        double total2 = 0;
        for (int j = 0; j < m; j++) total2 += w[m + j];
        scale[r] = Math.max(scale[r], 1.0);
        if (!(total2 > 0)) {
            // no weight beside syllables: nothing of the form can be met there (the bound takes the plain values as well)
            return;
        }
        double b = 0, nn = 0;
        for (int j = 0; j < m; j++) {
            b += (t.kind(j) == TokenKind.NAME ? STRONG : 1.0) * w[m + j] / total2;
            if (t.kind(j) != TokenKind.NAME) nn += w[m + j] / total2;
        }
        base[r] = Math.max(base[r], b);
        nonName[r] = Math.max(nonName[r], nn);
        for (int j = 0; j < m; j++) {
            if (t.kind(j) != TokenKind.NAME) continue;
            double plain = 0, asSyllables = 0;
            for (int k = 0; k < m; k++) {
                if (t.kind(k) == TokenKind.NAME && t.text(k).equals(t.text(j))) {
                    plain += w[k] / total;
                    asSyllables += w[m + k] / total2;
                }
            }
            maxShare[r] = Math.max(maxShare[r], asSyllables);
            if (plain > 0) scale[r] = Math.max(scale[r], asSyllables / plain);
            else if (asSyllables > 0) scale[r] = Double.POSITIVE_INFINITY;
        }
        // two adjacent tokens written together carry their two shares (a join of an initial and a word among them)
        for (int j = 0; j + 1 < m; j++) {
            if (t.kind(j) == TokenKind.LEGAL_FORM || t.kind(j + 1) == TokenKind.LEGAL_FORM) continue;
            double plain = (w[j] + w[j + 1]) / total, asSyllables = (w[m + j] + w[m + j + 1]) / total2;
            if (plain > 0) scale[r] = Math.max(scale[r], asSyllables / plain);
            else if (asSyllables > 0) scale[r] = Double.POSITIVE_INFINITY;
        }
    }

    /** Indexes a form's words, adjacent words written together, runs of syllables, and the words' sound-alike keys. */
    private static void indexWords(int r, Tokens t, Terms text, Terms phonetic) {
        int n = t.size();
        for (int j = 0; j < n; j++) {
            String s = t.text(j);
            byte k = t.kind(j);
            text.add(s, r);
            text.markToken(s);
            if (k == TokenKind.NAME) text.markWord(s);
            // sound-alike keys lead to the list words that carry them (checked against the query word when probing)
            if (k == TokenKind.NAME && !t.phonetic(j).isEmpty()) phonetic.add(t.phonetic(j), text.dict.get(s));
            if (j + 1 < n && k != TokenKind.LEGAL_FORM && t.kind(j + 1) != TokenKind.LEGAL_FORM) text.add(s + t.text(j + 1), r);
            if (t.syllabic()) {
                // the scorer also meets a Latin word with three or four syllables read from Han written together
                String run = syllableRun(t, j, 3);
                if (run != null) {
                    text.add(run, r);
                    text.markRun(run);
                }
                run = syllableRun(t, j, 4);
                if (run != null) {
                    text.add(run, r);
                    text.markRun(run);
                }
            }
        }
    }

    /** Indexes a form's consonant skeletons, first two letters, words read as acronyms and initials of runs of words. */
    private static void indexKeys(int r, Tokens t, Terms skeleton, Terms acronym, Terms acronymWord, Terms prefix, StringBuilder sb) {
        int n = t.size();
        for (int j = 0; j < n; j++) {
            String s = t.text(j);
            byte k = t.kind(j);
            if (k == TokenKind.NAME && t.skeleton(j).length() >= 2) {
                skeleton.add(t.skeleton(j), r);
                // the scorer meets two words written together by their consonants only with a name word of four letters or
                // more whose first or last letter the join keeps (NameScorer.mayJoin): such a word's skeleton is looked up
                // by its word's ends
                if (s.length() >= 4) skeleton.addEnds(t.skeleton(j), s);
                String noH = taMarbuta(s, t.skeleton(j));
                if (noH != null) skeleton.add(noH, r);
            }
            if (k == TokenKind.PARTICLE && s.length() >= 2) skeleton.add(s, r);
            // across an abjad the scorer also meets a word with two written together by their consonants ("abdalrhmn" ~
            // "abdul rehman"): adjacent skeletons joined, found by the query word's skeleton lookup
            if (j + 1 < n && k != TokenKind.LEGAL_FORM && t.kind(j + 1) != TokenKind.LEGAL_FORM) {
                skeleton.add(t.skeleton(j) + t.skeleton(j + 1), r);
            }
            if (s.length() >= 4) prefix.add(s.substring(0, 2), r);
            if (readAsAcronym(t, j)) acronymWord.add(s, r);
            sb.setLength(0);
            for (int e = j; e < n && e - j < 5; e++) {
                byte ke = t.kind(e);
                if (ke != TokenKind.NAME && ke != TokenKind.INITIAL) break;
                sb.append(t.text(e).charAt(0));
                if (sb.length() >= 2) acronym.add(sb.toString(), r);
            }
        }
    }

    /**
     * Runs {@code a} on this thread and {@code b} on a thread of its own, and returns when both are done. Not the common
     * pool: on two cores it has one worker, and the index is built on that worker while the caller weighs tokens.
     */
    static void inParallel(Runnable a, Runnable b) {
        java.util.concurrent.FutureTask<Void> other = new java.util.concurrent.FutureTask<>(b, null);
        Thread thread = new Thread(other, "cordon-index-build");
        thread.setDaemon(true);
        thread.start();
        a.run();
        try {
            other.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the index", e);
        }
    }

    /** Word i of a query form as one bit; none past the 64th (such a word is never taken as met, which only loosens the bound). */
    static long wordBit(int i) {
        return i < 64 ? 1L << i : 0;
    }

    /** A letter as one bit of 64 (letters that share a bit only make the bound looser). */
    static long letterBit(char c) {
        return 1L << (c & 63);
    }

    /** Whether the scorer may read token j as an acronym (NameScorer.acronyms): a name word of 2 to 5 letters, not transliterated. */
    private static boolean readAsAcronym(Tokens t, int j) {
        int len = t.text(j).length();
        return t.kind(j) == TokenKind.NAME && len >= 2 && len <= 5 && !t.transliterated();
    }


    /**
     * The Latin skeleton without its final h where the scorer may drop it against a word read from
     * Arabic script (a final ta marbuta: "-ah", "-eh"), or null.
     */
    private static String taMarbuta(String latin, String skeleton) {
        if (latin.length() > 3 && (latin.endsWith("ah") || latin.endsWith("eh")) && skeleton.endsWith("h")) {
            return skeleton.substring(0, skeleton.length() - 1);
        }
        return null;
    }

    /** Tokens j..j+len-1 of a form read from Han written together, as the scorer joins them, or null. */
    private static String syllableRun(Tokens t, int j, int len) {
        if (j + len > t.size()) return null;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            byte kind = t.kind(j + k);
            if (kind == TokenKind.LEGAL_FORM || kind == TokenKind.NUMBER) return null;
            sb.append(t.text(j + k));
        }
        return sb.toString();
    }

    /** Number of list names indexed. */
    public int records() {
        return records;
    }

    /** Distinct terms over all relations, for reports. */
    public int terms() {
        return text.size() + phonetic.size() + phoneticTranslit.size() + skeleton.size() + skeletonAbjad.size() + acronym.size() + prefix.size();
    }

    /**
     * The share of a key stored negative: -1, a join of two words of unknown share (all of the name at most); -2 - s, a
     * key that is both a word of the name and a join of two of its words, s the larger of their shares.
     */
    static double joinShare(double stored) {
        return stored <= WORD_AND_JOIN ? WORD_AND_JOIN - stored : stored <= -2 ? -2 - stored : 1.0;
    }

    /**
     * A text key that is both a word of the name and two of its words written together is stored as this less its share;
     * a key that is only two words written together as -2 less it (see {@link #joinShare}).
     */
    static final double WORD_AND_JOIN = -4;

    /** The share a posting already carries for {@code weigh}'s joins: a word's, a join's (decoded), or none yet (-1: 0). */
    private static double storedShare(double stored) {
        return stored >= 0 ? stored : stored <= -2 ? joinShare(stored) : 0;
    }

    /** Whether a text posting's key is, in its name, only two words written together (not also a word of it). */
    private static boolean onlyJoined(double stored) {
        return stored <= -2 && stored > WORD_AND_JOIN;
    }

    /** The epoch after {@code epoch} for a stamp array, clearing the stamps when the counter wraps. */
    private static int nextEpoch(int epoch, int[] stamps) {
        if (++epoch != 0) return epoch;
        Arrays.fill(stamps, 0);
        return 1;
    }


    /**
     * Slots of a candidate name in {@code Probe.acc}. The first {@link #PER_FORM} hold what one query form's words add (see
     * {@code Probe.touch}); SAME_TEXT what the query's particles, initials and legal forms add to the list side; FORM the
     * query form the first slots are of, negative once an earlier form's values were folded into {@code Probe.folded}.
     */
    private static final int COVER_LIST = 0, COVER_QUERY = 1, MET_LIST = 2, MET_QUERY = 3, WEAK_LIST = 4, WEAK_QUERY = 5, PER_FORM = 6,
            SAME_TEXT = 6, FORM = 7, SLOTS = 8;

    /** Candidates a probe has room for before it grows its per-candidate arrays. */
    private static final int INITIAL_CANDIDATES = 1024;

    /** What the probe credits a relation the bound does not follow (words written together, acronyms...): no bound. */
    static final double UNBOUNDED = 1e6;

    /**
     * The list names one query word reaches, with, per name, what the word can add to the name's coverage
     * (the sum over the list words it meets of their share times the similarity above {@value #STRONG})
     * and the best similarity it meets any of them with; {@link #UNBOUNDED} where it meets them by a
     * relation the bound does not follow. Immutable once built; cached per query word.
     */
    static final class Hits {
        static final Hits NONE = new Hits(new int[0], new float[0], new float[0], new float[0], new float[0]);
        final int[] names;
        final float[] gain;
        final float[] best;
        /** Per name, the shares of the list words met (all of the name where unknown), for the weak band's bound. */
        final float[] met;
        /**
         * Per name, the list side of its bound were this hit all the query met it with: its base cover plus the gain
         * ({@link Probe#addHeldBack}), raised by {@link #WITH_INITIALS} for a name with initials and by {@link #SYLLABIC} for
         * one read as syllables, whose bound also depends on the query ({@link #aloneListSide}); infinite for a name the
         * bound does not follow.
         */
        final float[] alone;
        /**
         * What {@link #alone} adds for a name with initials (the query side of its bound gains what they may meet of the
         * query's words) and for a name read as syllables (unbounded against a query with initials): more than any list
         * side reaches (at most 2), so that a value under {@code WITH_INITIALS} is a plain name's, read as it is.
         */
        static final int WITH_INITIALS = 16, SYLLABIC = 32;

        Hits(int[] names, float[] gain, float[] best, float[] met, float[] alone) {
            this.names = names;
            this.gain = gain;
            this.best = best;
            this.met = met;
            this.alone = alone;
        }

        /**
         * {@code d} as a float no smaller than it. Every value a hit holds only ever raises a bound (the bound adds the gains
         * and the shares met, and the similarity above {@value #STRONG}), so values rounded up keep each bound above the
         * score; held in floats, a cached hit takes 20 bytes a name instead of 36 (twenty-ninth session: the server's cache
         * of words' hits held 150-220 MB of them after its warm-up).
         */
        static float up(double d) {
            float f = (float) d;
            return f < d ? Math.nextUp(f) : f;
        }
    }

    /**
     * The list side of name r's bound when a single hit, adding {@code gain}, is all a query meets it with, as
     * {@link Probe#boundAt} reads it (before what the query's other tokens and initials add), raised by
     * {@link Hits#WITH_INITIALS} for a name with initials and by {@link Hits#SYLLABIC} for one read as syllables (what
     * boundAt then reads depends on the query: {@link Probe#addHeldBack} reads those flags back); infinite where boundAt
     * does not bound the name (unbounded, or met by a relation the bound does not follow).
     *
     * <p>Until the thirty-fourth session a name with initials or read as syllables was infinite here, so every hit on one
     * made it a candidate: in one pass of the million generated names, 7.0 million of the hits Latin queries held back
     * were on such names, 6.4 million of them under the floor by the bound boundAt gives them (Han queries: 3.5 million
     * on names read as syllables, nearly all under it).
     */
    private double aloneListSide(int r, double gain) {
        // a gain the bound does not follow (UNBOUNDED) leaves the name unbounded in boundAt too; a side that could be read as
        // a flag is not judged either (none reaches it: a base cover of at most 1 and a gain of at most the share above 0.7)
        if (baseCover == null || unbounded[r] || gain >= UNBOUNDED / 2) return Double.POSITIVE_INFINITY;
        double side = baseCover[r] + gain;
        if (side >= Hits.WITH_INITIALS) return Double.POSITIVE_INFINITY;
        return side + (initialLetters[r] != 0 ? Hits.WITH_INITIALS : 0) + (syllabicForm[r] ? Hits.SYLLABIC : 0);
    }

    /**
     * The weak band of one query word: list words it meets at or above the scorer's alignment floor
     * ({@link NameScorer#MIN_CANDIDATE}) but below {@value #STRONG}, by edit similarity or (across an abjad) by
     * consonants, as posting lists with their shares and the similarity. Below a name floor of
     * {@value #WEAK_BAND_FLOOR} the probe credits an unmet list word with these instead of {@value #STRONG}.
     */
    static final class Weak {
        static final Weak NONE = new Weak(java.util.List.of(), java.util.List.of(), new double[0]);
        /**
         * The postings of every term of the band one after the other (term t's from {@code start[t]} to {@code start[t + 1]}),
         * with their shares: copies, read in one sweep by {@link Probe#addBands}. The index's own arrays, one per term,
         * lie all over a heap of 300 MB, and fetching a band's couple of hundred of them was most of that sweep: the copies
         * make a /match query 7-14 % faster in-process (ninth session).
         */
        final int[] postings;
        /**
         * The postings' shares, read: a key stored with a negative share (also two words written together) as
         * {@link #joinShare} reads it, and rounded up to a float, as {@link Hits} holds its values (a share only raises the
         * bound; 8 bytes a posting instead of 12).
         */
        final float[] shares;
        final int[] start;
        final double[] sim;

        Weak(java.util.List<int[]> postings, java.util.List<double[]> shares, double[] sim) {
            int n = 0;
            for (int[] p : postings) n += p.length;
            this.postings = new int[n];
            this.shares = new float[n];
            this.start = new int[postings.size() + 1];
            for (int t = 0, at = 0; t < postings.size(); t++) {
                int[] p = postings.get(t);
                double[] sh = shares.get(t);
                System.arraycopy(p, 0, this.postings, at, p.length);
                for (int k = 0; k < p.length; k++) this.shares[at + k] = Hits.up(sh[k] < 0 ? joinShare(sh[k]) : sh[k]);
                at += p.length;
                start[t + 1] = at;
            }
            this.sim = sim;
        }
    }

    /**
     * Terms a look-up found, with their similarities, in the look-up's order. As a weak band ({@link Weak}), its terms
     * and similarities alone, a tenth of its size: a term of the words' dictionary by its id, a skeleton (of the other
     * script's forms: see {@link #weakHits}) by its id's complement ({@link #skeleton}). As a look-up of consonants
     * ({@link #skeletonsMet}), the skeletons of one dictionary by their ids.
     */
    static final class TermsMet {
        final int[] terms;
        final double[] sims;

        private TermsMet(int[] terms, double[] sims) {
            this.terms = terms;
            this.sims = sims;
        }

        /** A skeleton's id as a band term, and back (its own inverse). */
        static int skeleton(int id) {
            return ~id;
        }

        static final class Builder {
            private int[] terms = new int[16];
            private double[] sims = new double[16];
            private int n;

            void add(int term, double sim) {
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, n * 2);
                    sims = Arrays.copyOf(sims, n * 2);
                }
                terms[n] = term;
                sims[n++] = sim;
            }

            TermsMet build() {
                return new TermsMet(Arrays.copyOf(terms, n), Arrays.copyOf(sims, n));
            }
        }
    }

    /** Below this name floor the probe looks the query words' weak band up ({@link Weak}); above it the band costs more than it saves. */
    public static final double WEAK_BAND_FLOOR = 0.7;

    /**
     * Per-thread scratch space for {@link #candidates}: a stamp per name, the output buffer, and per
     * candidate name what the query's words add to each side's coverage, from which {@link #bound}
     * gives an upper bound on the name score.
     */
    public final class Probe {
        /**
         * Per name, a bit: whether the current query met it (cleared name by name when the next query starts); and its
         * candidate number in the query, valid where the bit is set. The candidates' working values are kept by
         * candidate, in the order the query met them, not by name. By name they took {@link #SLOTS} doubles for each of
         * the 88,552 names (5.7 MB, beyond the core's cache), and the first touch of a candidate, a miss, was a sixth of
         * a /match query's time; by candidate they are the ~1,500 a query meets, which stay in cache. The bits (11 KB for
         * the real lists) stay in the fastest cache: a name met for the first time is known new without reading any
         * array by name, and a weak band's name that is no candidate is passed over the same way.
         */
        private final long[] met = new long[(records + 63) >>> 6];
        private final int[] slotOf = new int[records];
        /**
         * Per candidate, one after the other ({@link #SLOTS} a candidate, so that touching a name or bounding it reads one
         * cache line, not eight arrays): what the current query form's words add to each side's coverage (COVER_LIST,
         * COVER_QUERY), the weak band's bookkeeping below, and what the query's other tokens add (SAME_TEXT).
         */
        private double[] acc = new double[INITIAL_CANDIDATES * SLOTS];
        /**
         * Per candidate ({@link #PER_FORM} a candidate), the most each of the first slots of {@link #acc} reached over the query's
         * earlier forms (romanisations): the scorer compares one query form with one list form at a time, so a name's
         * bound is the best over the forms, not their sum. Summed, a Korean name read four ways ("i", "ri", "lee", "yi"
         * with "so yon") counted its other words four times and every name it met was bounded at 1. Written only for
         * names that more than one form meets; taking each slot's most (and not one form's slots) keeps the bound above
         * every form's, since it grows with each slot.
         */
        private double[] folded = new double[INITIAL_CANDIDATES * PER_FORM];
        /** The query form being probed (1, 2, ... within a query). */
        private int form;
        // the weak band's bound: shares of the words met strongly (list side, query side), and what the weak band adds
        // (MET_LIST, MET_QUERY, WEAK_LIST, WEAK_QUERY in acc; the best similarity one band met a name with, and the most it
        // added to the list side, in weakBest and weakListBest; per candidate)
        private int[] weakStamp = new int[INITIAL_CANDIDATES];
        private double[] weakBest = new double[INITIAL_CANDIDATES], weakListBest = new double[INITIAL_CANDIDATES];
        private int weakEpoch;
        /**
         * Whether this query's bound uses the weak band; the bands of the current form's words, added once every name the
         * form meets is known, with their query word's share.
         */
        private boolean weakBand;
        private final java.util.ArrayList<Weak> bands = new java.util.ArrayList<>();
        private double[] bandShares = new double[16];
        /** Per band, its query word's bit (see {@link #wordBit}). */
        private long[] bandWords = new long[16];
        /**
         * Per candidate, the words of the current form that met it at {@value #STRONG} or more, a bit each (see
         * {@link #wordBit}): such a word's weak band adds nothing to the query side.
         */
        private long[] wordsMet = new long[INITIAL_CANDIDATES];
        /** The query's coverage from its tokens other than name words (most over its forms). */
        private double nonNameQuery;
        /** The candidates' names, by candidate number. */
        private int[] out = new int[INITIAL_CANDIDATES];
        private int size;
        private final StringBuilder sb = new StringBuilder();
        /** Edit-distance work rows for the look-ups that compute a distance (see {@link #soundAlikes}). */
        private final double[][] rows = EditDistance.newRows();
        /**
         * The list words a query word's look-up at the alignment floor met below {@value #STRONG} (terms and similarities),
         * when {@link #tokenHits} looked it up there for its weak band too; for the word {@code bandWord} only (else null).
         */
        private String bandWord;
        private int bandTermCount;
        private int[] bandTerms = new int[64];
        private double[] bandSims = new double[64];

        private void bandTerm(int t, double sim) {
            if (bandTermCount == bandTerms.length) {
                bandTerms = java.util.Arrays.copyOf(bandTerms, bandTermCount * 2);
                bandSims = java.util.Arrays.copyOf(bandSims, bandTermCount * 2);
            }
            bandTerms[bandTermCount] = t;
            bandSims[bandTermCount++] = sim;
        }
        /** The query's coverage with every word met at just under STRONG (most over its forms). */
        private double baseQuery;
        /** Whether the bound applies to this query (weights known, no form read as syllables). */
        private boolean bounded;
        /** The letters of the query's initials, and the first letters of its name words (see {@link #letterBit}). */
        private long queryInitialLetters, queryWordLetters;
        /** The most initials a query form has, and the largest share of its form's weight a query name word carries (most over the forms). */
        private int queryInitials;
        private double queryMaxWordShare;
        /** Whether some, or every, query form is read as Han or Hangul syllables. */
        private boolean anySyllabic, allSyllabic;
        // building Hits for one query word: per name and per list word, stamped
        private final double[] gainOf = new double[records], bestOf = new double[records], metOf = new double[records];
        private final int[] hitStamp = new int[records];
        private int[] hitNames = new int[256];
        private int hitCount, hitEpoch;
        private final double[] termSim;
        /** Per term met, the best similarity by letters alone (exact or edit), without sound-alike keys. */
        private final double[] termEditSim;
        private final int[] termStamp;
        private int[] terms = new int[64];
        private int termCount, termEpoch;

        Probe() {
            int n = textPostings.length;
            termSim = new double[n];
            termEditSim = new double[n];
            termStamp = new int[n];
        }

        /** Name numbers found by the last call, in no particular order; valid up to {@link #size()}. */
        public int[] records() {
            return out;
        }

        public int size() {
            return size;
        }

        /**
         * An upper bound on the name score of a name found by the last call (by its number), for a scorer
         * that takes {@code alpha} as the least share of the heavier side's unmatched weight off the score;
         * infinite when the bound does not apply. Name words the query does not meet at {@value #STRONG} are
         * credited with {@value #STRONG}, or, with the weak band, with what the band met them at and else nothing;
         * the bound is loose, but it never falls below the score.
         */
        public double bound(int name, double alpha) {
            return boundAt(candidate(name), alpha);
        }

        /**
         * {@link #bound} of the {@code c}-th name found by the last call ({@code records()[c]}): by its place, the name's
         * candidate number, so that bounding every candidate in turn reads no array by name for it.
         */
        public double boundAt(int c, double alpha) {
            int name = out[c];
            int a = c * SLOTS;
            // a name met by several forms: their values were folded into these once every form was probed (foldForms)
            double coverList = acc[a + COVER_LIST], coverQuery = acc[a + COVER_QUERY], metList = acc[a + MET_LIST], metQuery = acc[a + MET_QUERY],
                    weakList = acc[a + WEAK_LIST], weakQuery = acc[a + WEAK_QUERY];
            if (!bounded || unbounded[name] || coverList >= UNBOUNDED / 2) return Double.POSITIVE_INFINITY;
            // against a name read as syllables the query's initials weigh as syllables, which its shares do not follow
            if (queryInitials > 0 && syllabicForm[name]) return Double.POSITIVE_INFINITY;
            // beside syllables a list initial weighs as a syllable: a name with initials is bounded by the larger of its
            // plain and its syllable-weighed values, and its words' shares grown as much as they may grow there (names
            // without initials weigh alike either way)
            double scale = 1, baseCover = CandidateIndex.this.baseCover[name], nonNameCover = CandidateIndex.this.nonNameCover[name],
                    maxWordShare = CandidateIndex.this.maxWordShare[name];
            if (anySyllabic && initialLetters[name] != 0) {
                scale = syllableScale[name];
                if (scale == Double.POSITIVE_INFINITY) return scale;
                baseCover = Math.max(baseCover, syllableBase[name]);
                nonNameCover = Math.max(nonNameCover, syllableNonName[name]);
                maxWordShare = Math.max(maxWordShare, syllableMaxShare[name]);
            }
            // the scorer takes at least EXTRA_SYLLABLE when a side is syllables: when every query form is, so may the bound
            if (allSyllabic) alpha = Math.max(alpha, NameScorer.EXTRA_SYLLABLE_SHARE);
            // an initial on one side may meet a word of the other that it begins at 0.8, without any index hit
            boolean listInitialMeets = (initialLetters[name] & queryWordLetters) != 0, queryInitialMeets = (wordLetters[name] & queryInitialLetters) != 0;
            // an initial aligns with one word of the other side: k initials meet at most k words, each carrying at most the
            // largest share a word of that side carries
            double listInitialShare = listInitialMeets ? Math.min(1.0, initialCount[name] * queryMaxWordShare) : 0;
            double queryInitialShare = queryInitialMeets ? Math.min(1.0, queryInitials * maxWordShare) : 0;
            double q, l;
            if (weakBand) {
                // every word met: what it was met with; every other name word: nothing (it is below the alignment floor);
                // an initial meeting unknown words: what the words it may meet carry, at 0.8
                q = nonNameQuery + coverQuery + STRONG * metQuery + weakQuery + INITIAL_SIM * listInitialShare;
                l = nonNameCover + scale * (coverList + STRONG * metList + weakList + acc[a + SAME_TEXT]) + INITIAL_SIM * queryInitialShare;
            } else {
                q = baseQuery + coverQuery + INITIAL_EXTRA * listInitialShare;
                l = baseCover + scale * (coverList + acc[a + SAME_TEXT]) + INITIAL_EXTRA * queryInitialShare;
            }
            return nameBound(q, l, alpha);
        }

        /**
         * The name score's bound from the two sides' coverage {@code q} and {@code l} (each at most 1): the scorer takes at
         * least {@code alpha} of the heavier side's unmatched share off, so no more than the larger of the two orders.
         */
        private static double nameBound(double q, double l, double alpha) {
            q = Math.min(1.0, q);
            l = Math.min(1.0, l);
            return Math.max(q * (1 - alpha * (1 - l)), l * (1 - alpha * (1 - q))) + 1e-9;
        }

        /**
         * {@link #boundAt} of every candidate of the last call, into {@code bounds[0..size())}, each multiplied by
         * {@code weakFactor} where {@code weak[name]} (a weak alias). The same values, computed in one loop with the query's
         * values read once: called for each candidate, boundAt was too large for the compiler to inline and read a dozen
         * fields each time; a query meets some 1,100 names at 0.8 (generated customers), and bounding them was a quarter of
         * a batch's time.
         */
        public void bounds(double alpha, boolean[] weak, double weakFactor, double[] bounds) {
            int n = size;
            if (!bounded) {
                Arrays.fill(bounds, 0, n, Double.POSITIVE_INFINITY);
                return;
            }
            // the same per candidate as in boundAt (see there for why each term is what it is)
            if (allSyllabic) alpha = Math.max(alpha, NameScorer.EXTRA_SYLLABLE_SHARE);
            CandidateIndex x = CandidateIndex.this;
            boolean[] unbounded = x.unbounded;
            double[] cover = weakBand ? x.nonNameCover : x.baseCover;
            long[] initialLetters = x.initialLetters, wordLetters = x.wordLetters;
            byte[] initialCount = x.initialCount;
            double[] maxWordShare = x.maxWordShare;
            double[] acc = this.acc;
            int[] out = this.out;
            boolean weakBand = this.weakBand, checkSyllabic = queryInitials > 0, anySyllabic = this.anySyllabic;
            boolean[] syllabicForm = x.syllabicForm;
            long queryWordLetters = this.queryWordLetters, queryInitialLetters = this.queryInitialLetters;
            double queryMaxWordShare = this.queryMaxWordShare, queryInitials = this.queryInitials;
            double queryBase = weakBand ? nonNameQuery : baseQuery;
            for (int c = 0; c < n; c++) {
                int name = out[c];
                int a = c * SLOTS;
                double coverList = acc[a + COVER_LIST], coverQuery = acc[a + COVER_QUERY], metList = acc[a + MET_LIST], metQuery = acc[a + MET_QUERY],
                        weakList = acc[a + WEAK_LIST], weakQuery = acc[a + WEAK_QUERY];
                long nameInitials = initialLetters[name];
                if (unbounded[name] || coverList >= UNBOUNDED / 2 || checkSyllabic && syllabicForm[name] || anySyllabic && nameInitials != 0) {
                    // the rare cases (unbounded, syllables) as boundAt takes them
                    bounds[c] = boundAt(c, alpha) * (weak[name] ? weakFactor : 1.0);
                    continue;
                }
                double listInitialShare = (nameInitials & queryWordLetters) != 0 ? Math.min(1.0, initialCount[name] * queryMaxWordShare) : 0;
                double queryInitialShare = (wordLetters[name] & queryInitialLetters) != 0 ? Math.min(1.0, queryInitials * maxWordShare[name]) : 0;
                double q, l;
                // the sums in boundAt's order, so that the values are the same to the last bit
                if (weakBand) {
                    q = queryBase + coverQuery + STRONG * metQuery + weakQuery + INITIAL_SIM * listInitialShare;
                    l = cover[name] + (coverList + STRONG * metList + weakList + acc[a + SAME_TEXT]) + INITIAL_SIM * queryInitialShare;
                } else {
                    q = queryBase + coverQuery + INITIAL_EXTRA * listInitialShare;
                    l = cover[name] + (coverList + acc[a + SAME_TEXT]) + INITIAL_EXTRA * queryInitialShare;
                }
                bounds[c] = nameBound(q, l, alpha) * (weak[name] ? weakFactor : 1.0);
            }
        }

        /**
         * Once every form of the query was probed: a candidate met by more than one form takes, slot by slot, the most any
         * form gave it ({@link #folded}), so that the bounds read one set of values.
         */
        private void foldForms() {
            for (int c = 0; c < size; c++) {
                int a = c * SLOTS;
                if (acc[a + FORM] >= 0) continue;
                int b = c * PER_FORM;
                for (int k = 0; k < PER_FORM; k++) acc[a + k] = Math.max(acc[a + k], folded[b + k]);
            }
        }

        private void start() {
            // the last query's names are no longer met (whole words of bits cleared: every bit set in them was a name met)
            for (int i = 0; i < size; i++) met[out[i] >>> 6] = 0;
            // and its same-text tokens' marks, set only when it pruned; hits a failed query held back are dropped
            if (pruning) for (Hits h : sameText) for (int r : h.names) sameTextMet[r >>> 6] = 0;
            held.clear();
            size = 0;
            baseQuery = 0;
            nonNameQuery = 0;
            bands.clear();
            sameText.clear();
            queryInitialLetters = 0;
            queryInitials = 0;
            queryMaxWordShare = 0;
            queryWordLetters = 0;
            anySyllabic = false;
            allSyllabic = true;
            bounded = weightsOf != null;
            pruning = false;
            form = 0;
        }

        /** The next query form's words are probed from now on. */
        private void nextForm() {
            form++;
        }

        /**
         * Makes name r a candidate met by the current query form: a name new to the query is given the next candidate
         * number and starts from nothing; a name met by an earlier form first has that form's values folded into
         * {@link #folded}. Returns the candidate's number.
         */
        private int touch(int r) {
            long bit = 1L << r;
            if ((met[r >>> 6] & bit) == 0) {
                met[r >>> 6] |= bit;
                int c = size;
                if (c == out.length) grow();
                slotOf[r] = c;
                out[size++] = r;
                int a = c * SLOTS;
                for (int k = 0; k < FORM; k++) acc[a + k] = 0;
                acc[a + FORM] = form;
                wordsMet[c] = 0;
                return c;
            }
            int c = slotOf[r], a = c * SLOTS;
            if (acc[a + FORM] != form && acc[a + FORM] != -form) {
                int b = c * PER_FORM;
                boolean first = acc[a + FORM] > 0;
                for (int k = 0; k < PER_FORM; k++) {
                    folded[b + k] = first ? acc[a + k] : Math.max(folded[b + k], acc[a + k]);
                    acc[a + k] = 0;
                }
                acc[a + FORM] = -form;
                wordsMet[c] = 0;
            }
            return c;
        }

        /** Room for twice as many candidates. */
        private void grow() {
            int n = out.length * 2;
            out = Arrays.copyOf(out, n);
            acc = Arrays.copyOf(acc, n * SLOTS);
            folded = Arrays.copyOf(folded, n * PER_FORM);
            wordsMet = Arrays.copyOf(wordsMet, n);
            weakStamp = Arrays.copyOf(weakStamp, n);
            weakBest = Arrays.copyOf(weakBest, n);
            weakListBest = Arrays.copyOf(weakListBest, n);
        }

        /** Name r's candidate number in this query, or -1 when the query has not met it. */
        private int candidate(int r) {
            return (met[r >>> 6] & 1L << r) != 0 ? slotOf[r] : -1;
        }

        /** Whether the current query form met candidate c (after every word of the form was looked up). */
        private boolean metByForm(int c) {
            double f = acc[c * SLOTS + FORM];
            return f == form || f == -form;
        }

        /** Names reached by a relation the bound does not follow. */
        private void addUnbounded(int[] postings) {
            for (int r : postings) acc[touch(r) * SLOTS + COVER_LIST] = UNBOUNDED;
        }

        /**
         * Names whose list word spells the initials of a run of query words: the word meets them at {@code sim}, adding
         * its share (unknown when {@code share} is null, unfollowed when negative) to the list side, {@code queryGain} to the query's.
         */
        private void addMet(int[] postings, double[] share, double sim, double queryGain, double queryMet) {
            double extra = Math.max(0, sim - STRONG);
            for (int k = 0; k < postings.length; k++) {
                int a = touch(postings[k]) * SLOTS;
                acc[a + COVER_LIST] += share == null ? extra : share[k] < 0 ? UNBOUNDED : share[k] * extra;
                acc[a + COVER_QUERY] += queryGain;
                acc[a + MET_LIST] += share == null || share[k] < 0 ? 1.0 : share[k];
                acc[a + MET_QUERY] += queryMet;
            }
        }

        /** Hits of the query's tokens other than words and numbers on list tokens of the same text. */
        private final java.util.ArrayList<Hits> sameText = new java.util.ArrayList<>();

        /**
         * Adds what list words of the same text as the query's particles, initials and legal forms carry to the names
         * already found (run once every candidate is known: such a token makes no name a candidate, since it is no strong
         * pair). The query side counts those tokens in full already. Summed over the query's forms, where the forms'
         * other words are not: such tokens are few, and mostly the same in every form.
         */
        private void addSameText() {
            for (Hits h : sameText) {
                for (int k = 0; k < h.names.length; k++) {
                    int c = candidate(h.names[k]);
                    if (c < 0) continue;
                    // what COVER_LIST and MET_LIST would add, as the bound reads them
                    acc[c * SLOTS + SAME_TEXT] += weakBand ? h.gain[k] + STRONG * h.met[k] : h.gain[k];
                }
            }
        }

        /**
         * Adds the weak bands of the current form's words to the names the form met (run once every word of the form was
         * looked up). A name the form did not meet has no strong pair with it, so the form scores it under the floor the
         * band serves whatever the band adds; another form's values are not this one's to raise.
         */
        private void addBands() {
            for (int b = 0; b < bands.size(); b++) {
                Weak w = bands.get(b);
                double qShare = bandShares[b];
                long word = bandWords[b];
                weakEpoch = nextEpoch(weakEpoch, weakStamp);
                int[] p = w.postings;
                float[] sh = w.shares;
                for (int t = 0; t < w.sim.length; t++) {
                    double v = w.sim[t];
                    for (int k = w.start[t], end = w.start[t + 1]; k < end; k++) {
                        int c = candidate(p[k]);
                        if (c < 0 || !metByForm(c)) continue; // not a candidate of this form
                        int a = c * SLOTS;
                        // a key that is also a join of two words (which alone would need 0.8) carries its share as read
                        double listGain = sh[k] * v;
                        // the query word meets one list word (or two written together) of a form: each side is credited
                        // the best the word meets the name with, not the sum over the words (of the name's forms) it meets
                        if (weakStamp[c] != weakEpoch) {
                            weakStamp[c] = weakEpoch;
                            weakBest[c] = 0;
                            weakListBest[c] = 0;
                        }
                        if (listGain > weakListBest[c]) {
                            acc[a + WEAK_LIST] += listGain - weakListBest[c];
                            weakListBest[c] = listGain;
                        }
                        // a word that met the name at STRONG or more is credited that on the query side already, which
                        // is more than any list word of its band could give it
                        if (v > weakBest[c] && (wordsMet[c] & word) == 0) {
                            acc[a + WEAK_QUERY] += qShare * (v - weakBest[c]);
                            weakBest[c] = v;
                        }
                    }
                }
            }
            bands.clear();
        }

        /** The weak band of the current form's word {@code i}, whose share of the form's weight is {@code share}. */
        private void addBand(Weak w, double share, int i) {
            if (w.sim.length == 0) return;
            if (bands.size() == bandShares.length) {
                bandShares = Arrays.copyOf(bandShares, bandShares.length * 2);
                bandWords = Arrays.copyOf(bandWords, bandShares.length);
            }
            bandShares[bands.size()] = share;
            bandWords[bands.size()] = wordBit(i);
            bands.add(w);
        }

        private double[] shares = new double[16];

        /** Scratch for a form's word shares. */
        private double[] share(int n) {
            if (shares.length < n) shares = new double[Math.max(n, shares.length * 2)];
            return shares;
        }

        /** Names reached by an exact number: numbers weigh fully on both sides already. */
        private void addPlain(int[] postings) {
            for (int r : postings) touch(r);
        }

        /**
         * Names reached by the current form's words {@code words} (a bit each, see {@link #wordBit}; two for two words
         * written together), whose share of the form's weight is {@code share}. While pruning, held back until the form's
         * every word was looked up ({@link #addHeldBack}).
         */
        private void add(Hits h, double share, long words) {
            if (h.names.length == 0) return;
            if (pruning) {
                held.add(new Held(h, share, words));
                return;
            }
            for (int k = 0; k < h.names.length; k++) addHit(h, k, share, words);
        }

        /** The k-th name of {@code h} made a candidate of the current form, credited what {@link #add} credits it. */
        private void addHit(Hits h, int k, double share, long words) {
            int c = touch(h.names[k]);
            int a = c * SLOTS;
            wordsMet[c] |= words;
            acc[a + COVER_LIST] += h.gain[k];
            acc[a + COVER_QUERY] += share * Math.max(0, h.best[k] - STRONG);
            acc[a + MET_LIST] += h.met[k];
            acc[a + MET_QUERY] += share;
        }

        // --- leaving out names met by one hit whose bound is under the floor ---

        /** Whether this query leaves such names out, below which name floor, for which alpha (see {@link #startPruning}). */
        private boolean pruning;
        private double pruneFloor, pruneAlpha;
        /** What a name met once may gain on the list side beyond its hit and its same-text tokens: the query's initials, at most. */
        private double aloneExtra;
        /**
         * Per name, a bit: whether a same-text token of the query met it (cleared when the next query starts); and, where the
         * bit is set, what those tokens add to its list side.
         */
        private final long[] sameTextMet = new long[(records + 63) >>> 6];
        private final double[] sameTextGain = new double[records];
        /** A hit held back ({@link #add}), with its words' share and bits. */
        private record Held(Hits hits, double share, long words) {
        }

        /** The current form's hits held back. */
        private final java.util.ArrayList<Held> held = new java.util.ArrayList<>();
        /** Per name, a bit: met by one held-back hit of the current form; by two or more. Cleared when the form is done. */
        private final long[] seenOnce = new long[(records + 63) >>> 6], seenTwice = new long[(records + 63) >>> 6];

        /**
         * Called once the query side of the bound is known (every form measured): from here on, with a floor and without
         * the weak band, hits are held back by form and a name met by a single hit whose bound alone is under the floor is
         * left out (see {@link #addHeldBack}).
         */
        private void startPruning(double floor, double alpha) {
            pruning = !weakBand && bounded && floor > 0;
            if (!pruning) return;
            pruneFloor = floor;
            pruneAlpha = alpha;
            // the list side of a name met once: besides its hit, what the query's initials may add (INITIAL_EXTRA times a share
            // of at most 1), and what its same-text tokens add to the name (as addSameText will add it)
            aloneExtra = queryInitialLetters != 0 ? INITIAL_EXTRA : 0;
            for (Hits h : sameText) {
                for (int k = 0; k < h.names.length; k++) {
                    int r = h.names[k];
                    long bit = 1L << r;
                    if ((sameTextMet[r >>> 6] & bit) == 0) {
                        sameTextMet[r >>> 6] |= bit;
                        sameTextGain[r] = 0;
                    }
                    sameTextGain[r] += h.gain[k];
                }
            }
        }

        /**
         * Adds the current form's held-back hits. A name met by one of them alone, by nothing else of the query so far and
         * by no other hit of the form, whose bound from that hit (the query side as {@link #boundAt} takes it, the list side
         * with what the query's same-text tokens add and the most its initials could) is under the floor, is no candidate:
         * its form scores under the floor, and any other form that meets it makes it a candidate by itself, whose bound is
         * still above what that form scores. Every other name is added as {@link #add} adds it.
         */
        private void addHeldBack() {
            // which names two or more held-back hits meet: such a name is added with each of them whatever its bounds
            int namesHeld = 0;
            for (int d = 0; d < held.size(); d++) {
                int[] names = held.get(d).hits.names;
                namesHeld += names.length;
                for (int r : names) {
                    int w = r >>> 6;
                    long bit = 1L << r;
                    if ((seenOnce[w] & bit) != 0) seenTwice[w] |= bit;
                    else seenOnce[w] |= bit;
                }
            }
            // then every hit in turn, its arrays read in order (until the twentieth session the names met once with a bound
            // under the floor were listed and looked at again after the first pass, reading the hits' arrays at random: that
            // second look was an eighth of a batch's time)
            double queryBase = baseQuery, extra = aloneExtra, floor = pruneFloor - 1e-9, alpha = pruneAlpha;
            boolean queryHasInitials = queryInitials > 0, anySyllabic = this.anySyllabic;
            for (int d = 0; d < held.size(); d++) {
                Hits h = held.get(d).hits;
                double share = held.get(d).share;
                long words = held.get(d).words;
                int[] names = h.names;
                float[] best = h.best, alone = h.alone;
                for (int k = 0; k < names.length; k++) {
                    int r = names[k], w = r >>> 6;
                    long bit = 1L << r;
                    // a candidate already (an earlier form, the query's other tokens), or met by another held-back hit
                    if (((met[w] | seenTwice[w]) & bit) != 0) {
                        addHit(h, k, share, words);
                        continue;
                    }
                    // met by this hit alone: the query side and the list side as boundAt reads them for such a name
                    double q = queryBase + share * Math.max(0, best[k] - STRONG);
                    double listSide = alone[k];
                    if (listSide >= Hits.WITH_INITIALS) {
                        // a name the bound does not follow (its alone infinite) is no name to judge: boundAt passes it
                        // whatever its values; nor is one it takes by its rare paths, as bounds() sends them there (read as
                        // syllables against a query with initials, which weigh as syllables; with initials beside a query
                        // read as syllables)
                        int flags = listSide == Double.POSITIVE_INFINITY ? -1 : (int) (listSide * (1.0 / Hits.WITH_INITIALS));
                        boolean withInitials = (flags & 1) != 0, syllabic = (flags & 2) != 0;
                        if (flags < 0 || syllabic && queryHasInitials) {
                            addHit(h, k, share, words);
                            continue;
                        }
                        listSide -= flags * Hits.WITH_INITIALS;
                        // its initials may meet query words they begin, at 0.8, each carrying at most the query's largest share
                        long initials = initialLetters[r];
                        if ((initials & queryWordLetters) != 0) q += INITIAL_EXTRA * Math.min(1.0, initialCount[r] * queryMaxWordShare);
                        if (withInitials && anySyllabic) {
                            // beside a query read as syllables a list initial weighs as a syllable: the list side as boundAt
                            // reads it there, the larger base and the hit's gain grown by the name's scale; a name whose
                            // shares may grow without bound is passed (until the thirty-seventh session every such name was:
                            // 8.0 million of a million customers' candidates, 96 % of them under the floor in the end)
                            double scale = syllableScale[r];
                            if (scale == Double.POSITIVE_INFINITY) {
                                addHit(h, k, share, words);
                                continue;
                            }
                            double sameText = (sameTextMet[w] & bit) != 0 ? sameTextGain[r] : 0;
                            double l = Math.max(baseCover[r], syllableBase[r]) + scale * (h.gain[k] + sameText) + extra;
                            if (nameBound(q, l, alpha) >= floor) addHit(h, k, share, words);
                            continue;
                        }
                    }
                    double l = listSide + extra + ((sameTextMet[w] & bit) != 0 ? sameTextGain[r] : 0);
                    if (nameBound(q, l, alpha) >= floor) addHit(h, k, share, words);
                }
            }
            if (namesHeld > seenOnce.length / 2) {
                Arrays.fill(seenOnce, 0);
                Arrays.fill(seenTwice, 0);
            } else {
                for (int d = 0; d < held.size(); d++) {
                    for (int r : held.get(d).hits.names) {
                        seenOnce[r >>> 6] = 0;
                        seenTwice[r >>> 6] = 0;
                    }
                }
            }
            held.clear();
        }

        // --- collecting one query word's hits ---

        private void startHits() {
            hitCount = 0;
            termCount = 0;
            hitEpoch = nextEpoch(hitEpoch, hitStamp);
            termEpoch = nextEpoch(termEpoch, termStamp);
        }

        private void hitName(int r) {
            if (hitStamp[r] == hitEpoch) return;
            hitStamp[r] = hitEpoch;
            gainOf[r] = 0;
            bestOf[r] = 0;
            metOf[r] = 0;
            if (hitCount == hitNames.length) hitNames = Arrays.copyOf(hitNames, hitCount * 2);
            hitNames[hitCount++] = r;
        }

        /** A list word met with similarity {@code sim} (kept at its best over the relations). */
        private void hitTerm(int t, double sim) {
            hitTerm(t, sim, true);
        }

        /** A list word met with similarity {@code sim} (kept at its best over the relations); {@code byLetters}: exact or edit. */
        private void hitTerm(int t, double sim, boolean byLetters) {
            if (termStamp[t] != termEpoch) {
                termStamp[t] = termEpoch;
                termSim[t] = sim;
                termEditSim[t] = byLetters ? sim : 0;
                if (termCount == terms.length) terms = Arrays.copyOf(terms, termCount * 2);
                terms[termCount++] = t;
            } else {
                if (sim > termSim[t]) termSim[t] = sim;
                if (byLetters && sim > termEditSim[t]) termEditSim[t] = sim;
            }
        }

        /**
         * Names whose word meets the query word at {@code sim} at most, the word carrying {@code share[k]} of its
         * name's weight; every share unknown (at most all) when {@code share} is null, and a negative share for a
         * name the bound does not follow there (the word only written together with another, or a run of syllables).
         */
        private void hitWords(int[] postings, double[] share, double sim) {
            hitWords(postings, share, sim, UNBOUNDED);
        }

        /**
         * {@link #hitWords(int[], double[], double)} where a negative share is a key of two adjacent words (a consonant
         * skeleton of two written together) that the scorer meets at {@code joinedSim} at most, their shares unknown.
         */
        private void hitWords(int[] postings, double[] share, double sim, double joinedSim) {
            hitWords(postings, share, sim, joinedSim, false);
        }

        /**
         * {@link #hitWords(int[], double[], double, double)}; with {@code singleWordsOnly} (for look-ups of two query words
         * written together, or a query's run of syllables) passing over the names where the key is only two of their words
         * written together: the scorer meets one word with two, never two with two.
         */
        private void hitWords(int[] postings, double[] share, double sim, double joinedSim, boolean singleWordsOnly) {
            double extra = Math.max(0, sim - STRONG);
            for (int k = 0; k < postings.length; k++) {
                if (singleWordsOnly && share != null && onlyJoined(share[k])) continue;
                int r = postings[k];
                hitName(r);
                boolean joined = share != null && share[k] < 0;
                double joinShare = joined ? joinShare(share[k]) : 0;
                gainOf[r] = Math.max(gainOf[r], share == null ? extra : joined ? (joinedSim >= UNBOUNDED ? UNBOUNDED : joinShare * Math.max(0, joinedSim - STRONG)) : share[k] * extra);
                metOf[r] = Math.max(metOf[r], share == null ? 1.0 : joined ? joinShare : share[k]);
                double met = joined && joinedSim < UNBOUNDED ? Math.max(sim, joinedSim) : sim;
                if (met > bestOf[r]) bestOf[r] = met;
            }
        }

        private Hits hits() {
            for (int x = 0; x < termCount; x++) {
                int t = terms[x];
                double sim = termSim[t];
                int[] p = textPostings[t];
                double[] share = textShare == null ? null : textShare[t];
                for (int k = 0; k < p.length; k++) {
                    int r = p[k];
                    // two words written together (and not a word of this name) meet a query word only by their letters,
                    // at JOINED or more (NameScorer.joined): not by sound-alike keys, not in between
                    if (share != null && onlyJoined(share[k]) && termEditSim[t] < JOINED) continue;
                    hitName(r);
                    // a negative share: the term is also two words written together, which the scorer meets at the same
                    // edit similarity; joinShare reads what they carry (all of the name where unknown)
                    if (share != null) {
                        double sh = share[k] < 0 ? joinShare(share[k]) : share[k];
                        gainOf[r] = Math.max(gainOf[r], sh * (sim - STRONG));
                        metOf[r] = Math.max(metOf[r], sh);
                    }
                    if (sim > bestOf[r]) bestOf[r] = sim;
                }
            }
            if (hitCount == 0) return Hits.NONE;
            int[] names = Arrays.copyOf(hitNames, hitCount);
            Arrays.sort(names);
            float[] gain = new float[hitCount], best = new float[hitCount], met = new float[hitCount], alone = new float[hitCount];
            for (int k = 0; k < hitCount; k++) {
                double g = gainOf[names[k]];
                gain[k] = Hits.up(g);
                best[k] = Hits.up(bestOf[names[k]]);
                met[k] = Hits.up(metOf[names[k]]);
                alone[k] = Hits.up(aloneListSide(names[k], g));
            }
            return new Hits(names, gain, best, met, alone);
        }
    }

    public Probe newProbe() {
        return new Probe();
    }

    /** Fills {@code probe} with every list name that has a strong token pair with any of the query names; returns the count. */
    public int candidates(List<NormalisedName> query, Probe probe) {
        return candidates(query, probe, false);
    }

    /**
     * {@link #candidates(List, Probe)}; with {@code weakBand} (for name floors below {@value #WEAK_BAND_FLOOR}) the
     * probe's bound credits list words met below {@value #STRONG} with their similarity and other name words with
     * nothing, at the cost of looking each query word up at the scorer's alignment floor.
     */
    public int candidates(List<NormalisedName> query, Probe probe, boolean weakBand) {
        return candidates(query, probe, weakBand, Double.NaN, 0);
    }

    /**
     * {@link #candidates(List, Probe, boolean)}, leaving out names that cannot reach the name floor {@code floor} (for a
     * scorer taking {@code alpha} of the heavier side's unmatched share, see {@link Probe#bound}) because the query meets
     * them by one hit alone (one word, or two written together) and that hit's bound is under the floor (without the weak
     * band only; no floor: NaN). Nine in ten of the ~1,100 names a generated customer's words meet are such names, and
     * making each a candidate to bound it later was a quarter of a batch's time.
     */
    public int candidates(List<NormalisedName> query, Probe probe, boolean weakBand, double floor, double alpha) {
        probe.start();
        probe.weakBand = weakBand && weightsOf != null;
        // the query's side of the bound first, over every form: a name met once is judged by the whole query's values
        for (NormalisedName n : query) {
            for (Tokens t : n.forms()) measureForm(t, probe);
            if (!n.scriptTokens().isEmpty()) measureForm(n.scriptForm(), probe);
        }
        probe.startPruning(floor, alpha);
        for (NormalisedName n : query) {
            // the scorer reads short words as acronyms by the query's schema: up to two letters for a person
            int acronyms = n.schema() == Schema.PERSON ? 2 : 5;
            for (Tokens t : n.forms()) probeForm(t, probe, acronyms);
            if (!n.scriptTokens().isEmpty()) probeForm(n.scriptForm(), probe, acronyms);
        }
        probe.addSameText();
        probe.foldForms();
        return probe.size;
    }

    /**
     * The query side of the bound from one query form: its coverage with every word met at just under STRONG, its
     * initials, its words' first letters; and the hits of its particles, initials and legal forms on list words of
     * the same text (added to the names found once all are known).
     */
    private void measureForm(Tokens t, Probe probe) {
        int n = t.size();
        if (n == 0) return;
        // beside syllables the scorer weighs one-letter tokens as syllables (the second half of the weights)
        double[] w = weightsOf == null ? null : weightsOf.apply(t);
        int off = t.syllabic() ? n : 0;
        double total = 0, base = 0;
        if (w != null) {
            for (int i = 0; i < n; i++) total += w[off + i];
            for (int i = 0; i < n; i++) base += (t.kind(i) == TokenKind.NAME ? STRONG : 1.0) * w[off + i];
        }
        if (w == null || !(total > 0)) {
            probe.bounded = false;
        } else {
            probe.baseQuery = Math.max(probe.baseQuery, base / total);
            double nn = 0;
            for (int i = 0; i < n; i++) if (t.kind(i) != TokenKind.NAME) nn += w[off + i];
            probe.nonNameQuery = Math.max(probe.nonNameQuery, nn / total);
        }
        probe.anySyllabic |= t.syllabic();
        probe.allSyllabic &= t.syllabic();
        // what the query's initials may meet, and what an initial of a list name may meet of the query (see Probe.bound)
        int initials = 0;
        for (int i = 0; i < n; i++) {
            byte k = t.kind(i);
            if (k == TokenKind.INITIAL) {
                probe.queryInitialLetters |= letterBit(t.text(i).charAt(0));
                initials++;
            } else if (k == TokenKind.NAME) {
                probe.queryWordLetters |= letterBit(t.text(i).charAt(0));
                if (w != null && total > 0) probe.queryMaxWordShare = Math.max(probe.queryMaxWordShare, w[off + i] / total);
            }
            if (k != TokenKind.NAME && k != TokenKind.NUMBER) {
                // a particle, initial or legal form meets a list word of the same text at 1, whatever its kind ("the" of
                // "Omar the Chechen" is a word where the query has a particle): credited to the names found, once known
                Hits h = sameTextHits(t.text(i), probe);
                if (h.names.length > 0) probe.sameText.add(h);
            }
        }
        probe.queryInitials = Math.max(probe.queryInitials, initials);
    }

    private void probeForm(Tokens t, Probe probe, int acronyms) {
        int n = t.size();
        if (n == 0) return;
        probe.nextForm();
        double[] w = weightsOf == null ? null : weightsOf.apply(t);
        int off = t.syllabic() ? n : 0;
        double total = 0;
        if (w != null) for (int i = 0; i < n; i++) total += w[off + i];
        StringBuilder sb = probe.sb;
        // each query word's share of its form's weight (unknown: all of it)
        double[] share = probe.share(n);
        for (int i = 0; i < n; i++) share[i] = w != null && total > 0 ? w[off + i] / total : 1.0;
        for (int i = 0; i < n; i++) {
            byte k = t.kind(i);
            String s = t.text(i);
            if (k == TokenKind.NAME) {
                Hits h = tokenHits(s, t.phonetic(i), t.skeleton(i), i == n - 1 && s.length() == 2, t.transliterated(), t.abjad(), acronyms, probe);
                probe.add(h, share[i], wordBit(i));
                if (probe.weakBand) probe.addBand(weakHits(s, t.skeleton(i), t.abjad(), probe), share[i], i);
            } else if (k == TokenKind.NUMBER) {
                int id = text.get(s);
                if (id >= 0) probe.addPlain(textPostings[id]);
            }
            if (i + 1 < n && k != TokenKind.LEGAL_FORM && t.kind(i + 1) != TokenKind.LEGAL_FORM) {
                String joined = s + t.text(i + 1);
                // the two query words and the list word meet at no more than 1
                // (their hits are met at 1, so the pair adds what a word carrying both shares adds)
                double pairShare = share[i] + share[i + 1];
                probe.add(joinedHits(joined, probe), pairShare, wordBit(i) | wordBit(i + 1));
                // and a list word read across an abjad meeting these two by their consonants
                probe.add(joinedSkeletonHits(s, t.text(i + 1), t.skeleton(i), t.skeleton(i + 1), t.abjad(), probe), pairShare, wordBit(i) | wordBit(i + 1));
            }
            if (t.syllabic()) {
                String run = syllableRun(t, i, 3);
                if (run != null) probe.addUnbounded(syllableRunHits(run, probe).names);
                run = syllableRun(t, i, 4);
                if (run != null) probe.addUnbounded(syllableRunHits(run, probe).names);
            }
            sb.setLength(0);
            double runGain = 0, runMet = 0;
            for (int e = i; e < n && e - i < 5; e++) {
                byte ke = t.kind(e);
                if (ke != TokenKind.NAME && ke != TokenKind.INITIAL) break;
                sb.append(t.text(e).charAt(0));
                if (sb.length() > acronyms) break;
                // a list word spelling the run's initials meets the word and each word of the run at ACRONYM_SIM
                runGain += share[e] * (ACRONYM_SIM - STRONG);
                runMet += share[e];
                if (sb.length() >= 2) {
                    int id = acronymWord.get(sb.toString());
                    if (id >= 0) {
                        probe.addMet(acronymWordPostings[id], acronymWordShare == null ? null : acronymWordShare[id], ACRONYM_SIM, runGain, runMet);
                    }
                }
            }
        }
        // every name this form meets is known: the hits held back can be judged, the words' weak bands added
        if (probe.pruning) probe.addHeldBack();
        if (probe.weakBand) probe.addBands();
    }

    /**
     * The names with a list token strongly similar to a query name token (relations (a) and (c) above), with
     * what the token adds to their coverage; cached.
     */
    private Hits tokenHits(String s, String ph, String sk, boolean lastTwoLetters, boolean transliterated, boolean abjad, int acronyms,
                           Probe probe) {
        String key = tokenKey(s, ph, sk, lastTwoLetters, transliterated, abjad, acronyms);
        probe.bandWord = null;
        Hits hit = tokenCache.get(key);
        if (hit != null) return hit;
        long started = System.nanoTime();
        probe.startHits();
        int id = text.get(s);
        if (id >= 0) probe.hitTerm(id, 1.0);
        String weakKey = probe.weakBand ? weakKey(s, sk, abjad) : null;
        if (weakKey != null && !weakCache.containsKey(weakKey) && !weakTermsCache.containsKey(weakKey)) {
            // The word's weak band (weakHits, next) needs a look-up at the alignment floor, whose terms at STRONG or more are
            // this look-up's: one scan over the dictionary instead of two (the similarities are exact in both, and the
            // terms come in the same order). Over the real lists the strong look-up of a new word takes some 240 us beside
            // the floor's 930 us (in-process, 2026-11-30).
            probe.bandTermCount = 0;
            weakLookups.increment();
            textFuzzy.lookup(s, NameScorer.MIN_CANDIDATE, Integer.MAX_VALUE / 2, (t, sim) -> {
                if (sim >= STRONG - 1e-9) probe.hitTerm(t, sim);
                if (sim < STRONG) probe.bandTerm(t, sim);
            });
            probe.bandWord = s;
        } else {
            textFuzzy.lookup(s, STRONG, Integer.MAX_VALUE / 2, probe::hitTerm);
        }
        // the scorer meets a query word with two list words written together only within two letters of length
        // two list words written together: each meets the query word at no more than 1, and together they weigh at most all
        if (s.length() >= 4) pairFuzzy.lookupEnds(s, s.charAt(0), s.charAt(s.length() - 1), JOINED, 2, t -> probe.hitWords(textPostings[t], textShare == null ? null : textShare[t], 1.0, 1.0));
        // a run of three or four syllables of a name read from Han written together, whatever its ends (NameScorer.syllableRuns)
        if (s.length() >= 4) runFuzzy.lookup(s, NameScorer.SYLLABLE_RUN_MIN, 1, t -> probe.hitWords(textPostings[t], textShare == null ? null : textShare[t], 1.0, 1.0));
        if (!ph.isEmpty()) {
            if ((id = phoneticTranslit.get(ph)) >= 0) soundAlikes(s, phoneticTranslitPostings[id], probe);
            if (transliterated && (id = phonetic.get(ph)) >= 0) soundAlikes(s, phoneticPostings[id], probe);
        }
        if (sk.length() >= 2) {
            // the scorer takes at most SKELETON_SIM of the skeletons' similarity
            // a word read from an abjad meets the other forms' skeletons, and the other way round
            skeletonHits(sk, s, abjad, probe);
            String noH = abjad ? null : taMarbuta(s, sk);
            if (noH != null && noH.length() >= 2) skeletonHits(noH, s, false, probe);
        }
        // the scorer takes a short word for an acronym only in a Latin-script form
        // (the run's words meet it at ACRONYM_SIM, a list word the query's last two letters begin at TRUNCATED_SIM)
        if (s.length() >= 2 && s.length() <= acronyms && !transliterated && (id = acronym.get(s)) >= 0) {
            probe.hitWords(acronymPostings[id], null, ACRONYM_SIM);
        }
        if (lastTwoLetters && (id = prefix.get(s)) >= 0) probe.hitWords(prefixPostings[id], null, TRUNCATED_SIM);
        hit = probe.hits();
        tokenCache.put(key, hit);
        counted(SCAN_WORD, started);
        return hit;
    }

    /** The names with a list token of text {@code s} (met at 1, with its share); cached with the words' hits. */
    private Hits sameTextHits(String s, Probe probe) {
        String key = "=" + s;
        Hits hit = tokenCache.get(key);
        if (hit != null) return hit;
        int id = text.get(s);
        if (id < 0) return Hits.NONE;
        probe.startHits();
        probe.hitTerm(id, 1.0);
        hit = probe.hits();
        tokenCache.put(key, hit);
        return hit;
    }

    /**
     * The weak band of a query word ({@link Weak}): list words edit-similar at the scorer's alignment floor but below
     * {@value #STRONG}, and, read across an abjad, skeletons similar enough for {@link #SKELETON_SIM} of their
     * similarity to reach the floor but not found by the strong look-up. The other ways the scorer meets two words
     * (sound-alike keys 0.8, a cut last word 0.75, initials 0.8, joins and acronyms at 0.8 and more) are strong or
     * bounded apart; the syllable and patronymic factors only lower a value. Cached.
     */
    private Weak weakHits(String s, String sk, boolean abjad, Probe probe) {
        String key = weakKey(s, sk, abjad);
        Weak hit = weakCache.get(key);
        if (hit != null) return hit;
        long started = System.nanoTime();
        TermsMet terms = weakTermsCache.get(key);
        if (terms == null) {
            terms = weakTerms(s, sk, abjad, probe);
            weakTermsCache.put(key, terms);
        }
        hit = terms.terms.length == 0 ? Weak.NONE : weakBand(terms, abjad);
        weakCache.put(key, hit);
        counted(SCAN_WEAK_BAND, started);
        return hit;
    }

    /** The terms of a query word's weak band ({@link #weakHits}), looked up. */
    private TermsMet weakTerms(String s, String sk, boolean abjad, Probe probe) {
        TermsMet.Builder band = new TermsMet.Builder();
        double floor = NameScorer.MIN_CANDIDATE;
        if (s.equals(probe.bandWord)) {
            // tokenHits looked the word up at the floor already
            for (int k = 0; k < probe.bandTermCount; k++) band.add(probe.bandTerms[k], probe.bandSims[k]);
        } else {
            weakLookups.increment();
            textFuzzy.lookup(s, floor, Integer.MAX_VALUE / 2, (t, sim) -> {
                if (sim < STRONG) band.add(t, sim);
            });
        }
        if (sk.length() >= 2) {
            FuzzyDictionary dict = abjad ? skeletonFuzzy : skeletonAbjadFuzzy;
            String[] terms = abjad ? skeletonTerms : skeletonAbjadTerms;
            String noH = abjad ? null : taMarbuta(s, sk);
            for (String k : noH == null || noH.length() < 2 ? new String[]{sk} : new String[]{sk, noH}) {
                TermsMet found = skeletonsMet(dict, abjad ? 'w' : 'W', k, floor / SKELETON_SIM);
                for (int x = 0; x < found.terms.length; x++) {
                    double sim = found.sims[x];
                    if (sim >= STRONG / SKELETON_FACTOR) continue; // the strong look-up found it
                    int t = found.terms[x];
                    // what the scorer counts of a single word's skeleton; a key of two words written together counts nothing
                    // this far below STRONG (a join needs 0.8), so any credit for it is more than the scorer gives
                    band.add(TermsMet.skeleton(t), skeletonFactor(k, terms[t], s, abjad) * sim);
                }
            }
        }
        return band.build();
    }

    /**
     * The skeletons {@code dict} holds at {@code minSim} or more to {@code key}, with their similarities, in the look-up's
     * order; cached ({@link #skeletonLookUps}) under {@code kind}, which says the dictionary and the floor (one of two a
     * dictionary: the strong look-up's and the weak band's).
     */
    private TermsMet skeletonsMet(FuzzyDictionary dict, char kind, String key, double minSim) {
        String cacheKey = kind + key;
        TermsMet found = skeletonLookUps.get(cacheKey);
        if (found != null) return found;
        TermsMet.Builder b = new TermsMet.Builder();
        dict.lookup(key, minSim, Integer.MAX_VALUE / 2, b::add);
        found = b.build();
        skeletonLookUps.put(cacheKey, found);
        return found;
    }

    /** A weak band with its postings, from its terms: the word's own, or the skeletons of the other script's forms. */
    private Weak weakBand(TermsMet band, boolean abjad) {
        int[][] sp = abjad ? skeletonPostings : skeletonAbjadPostings;
        double[][] ss = abjad ? skeletonShare : skeletonAbjadShare;
        java.util.List<int[]> postings = new java.util.ArrayList<>(band.terms.length);
        java.util.List<double[]> shares = new java.util.ArrayList<>(band.terms.length);
        for (int t : band.terms) {
            postings.add(t >= 0 ? textPostings[t] : sp[TermsMet.skeleton(t)]);
            shares.add(t >= 0 ? textShare[t] : ss[TermsMet.skeleton(t)]);
        }
        return new Weak(postings, shares, band.sims);
    }

    /** The token cache's key of a query word's {@link #tokenHits}. */
    private static String tokenKey(String s, String ph, String sk, boolean lastTwoLetters, boolean transliterated, boolean abjad, int acronyms) {
        return (char) ('A' + (lastTwoLetters ? 1 : 0) + (transliterated ? 2 : 0) + (abjad ? 4 : 0) + (acronyms == 2 ? 8 : 0)) + s
                + '\u0000' + ph + '\u0000' + sk;
    }

    /** The weak band cache's key of a query word. */
    private static String weakKey(String s, String sk, boolean abjad) {
        return (abjad ? 'a' : 'b') + s + '\u0000' + sk;
    }

    /**
     * The scorer lets equal sound-alike keys raise a pair (to {@code PHONETIC_SIM}, 0.8) only when the words are at
     * least 0.5 edit-similar and neither is more than twice the other's length: of the list words carrying the
     * query word's key, those that may qualify (letter-class bound) are met at 0.8.
     */
    private void soundAlikes(String s, int[] termIds, Probe probe) {
        long letters = LetterClasses.histogram(s);
        for (int t : termIds) {
            String term = textTerms[t];
            int a = s.length(), b = term.length();
            if (Math.min(a, b) * 2 <= Math.max(a, b)) continue;
            if (a <= 64 && b <= 64 && EditDistance.similarityBound(a, b, letters, textLetters[t]) < 0.5) continue;
            // the scorer lifts a pair to PHONETIC_SIM only from an edit similarity of 0.5: the bound from letters above
            // lets through common words that share a key and little else ("amwdy" and "ahmed", both AMT, 0.4), each
            // reaching thousands of names; the distance itself is computed once per query word (its hits are cached).
            // (A query word cut to two letters, which the scorer lifts to TRUNCATED_SIM first, fails the length test.)
            if (EditDistance.similarityAtLeast(s, term, 0.5, probe.rows) < 0.5) continue;
            probe.hitTerm(t, PHONETIC_SIM, false);
        }
    }

    /** The most of two skeletons' similarity the scorer counts (TokenSimilarity: 0.9 for skeletons of three or more letters, else 0.7). */
    static final double SKELETON_SIM = 0.9;
    /** The most of two skeletons' similarity the scorer counts when one word meets two written together across an abjad (NameScorer.joined). */
    static final double JOINED_SKELETON_SIM = 0.95;

    /**
     * Names with a skeleton (of the abjad forms' dictionary, or the others') similar to {@code sk}, met at
     * {@link #skeletonFactor} of it (a key that is two words' skeletons written together at {@link #JOINED_SKELETON_SIM}).
     */
    private void skeletonHits(String sk, String word, boolean abjadQuery, Probe probe) {
        boolean ofAbjadForms = !abjadQuery;
        FuzzyDictionary dict = ofAbjadForms ? skeletonAbjadFuzzy : skeletonFuzzy;
        int[][] postings = ofAbjadForms ? skeletonAbjadPostings : skeletonPostings;
        double[][] shares = ofAbjadForms ? skeletonAbjadShare : skeletonShare;
        String[] terms = ofAbjadForms ? skeletonAbjadTerms : skeletonTerms;
        // the skeletons met, cached by their key as the weak band's are (a new word's consonants were mostly met before)
        TermsMet found = skeletonsMet(dict, ofAbjadForms ? 'S' : 's', sk, STRONG / SKELETON_FACTOR);
        for (int x = 0; x < found.terms.length; x++) {
            int t = found.terms[x];
            double sim = found.sims[x];
            double credit = skeletonFactor(sk, terms[t], word, abjadQuery) * sim;
            probe.hitWords(postings[t], shares == null ? null : shares[t], credit, Math.min(1.0, JOINED_SKELETON_SIM * sim));
        }
    }

    /** What the scorer counts of two skeletons' similarity when one has two consonants (TokenSimilarity: "two consonants say little"). */
    static final double SHORT_SKELETON_SIM = 0.7;
    /** The same with a long vowel written in the word read from the script (TokenSimilarity.SHORT_SKELETON_VOWEL_FACTOR). */
    static final double SHORT_SKELETON_VOWEL_SIM = 0.8;

    /**
     * What the scorer counts of the similarity of two single words' skeletons: {@link #SKELETON_SIM} when both have three
     * consonants or more, else {@link #SHORT_SKELETON_SIM}. Crediting every skeleton 0.9 let the many two-consonant names
     * ("mr": Maria, Myra, Umar) through the bound of every Arabic query with such a word at 0.9 where the scorer gives 0.7.
     * A query word beginning with y or w is credited {@link #SKELETON_SIM} all the same: the scorer counts that first
     * consonant when the list word begins with it too (TokenSimilarity.firstSemivowel: يوسف "sf" ~ Yousef), and the
     * skeleton's term does not say which words begin so. Two consonants are credited {@link #SHORT_SKELETON_VOWEL_SIM}
     * where the word read from the script may write a long vowel (TokenSimilarity.skeletonFactor): a query read from it
     * that does, or any Latin query, since the term does not say which list words do.
     */
    private static double skeletonFactor(String key, String term, String queryWord, boolean abjadQuery) {
        int semivowel = org.cordon.match.score.TokenSimilarity.startsWithSemivowel(queryWord) ? 1 : 0;
        int consonants = Math.min(key.length(), term.length()) + semivowel;
        if (consonants >= 3) return SKELETON_SIM;
        boolean longVowel = !abjadQuery || org.cordon.match.score.TokenSimilarity.writesLongVowel(queryWord);
        return longVowel ? SHORT_SKELETON_VOWEL_SIM : SHORT_SKELETON_SIM;
    }

    /** Similarity the scorer gives two words with equal sound-alike keys (TokenSimilarity.PHONETIC_SIM). */
    static final double PHONETIC_SIM = 0.8;
    /** Similarity the scorer gives a short word and the run of words whose initials it spells (NameScorer.acronyms). */
    static final double ACRONYM_SIM = 0.9;
    /** Similarity the scorer gives the query's last word of two letters and a list word it begins (TokenSimilarity.TRUNCATED_SIM). */
    static final double TRUNCATED_SIM = 0.75;

    /**
     * Names with a list word, read across an abjad from the query form, whose consonants are similar at
     * {@value #JOINED} (before the scorer's skeleton factor) to two query tokens' consonants written together; the
     * list word meets them at no more than 1. A skeleton key that is, in a name, only two of its words written together
     * meets the two query words two with two, which the scorer never does: that name is passed over (since the eleventh
     * session; before, it was credited at 1 with the pair's share, which put "Abu Bakr" at a bound of 1 for every query
     * with "Abu Bakr" in it, and before that left unbounded, some 800 names of "Muhammad Abd al-Karim" at every query).
     * A key that is also a word of the name is credited at 1 with the larger of the pair's and the word's share.
     */
    private Hits joinedSkeletonHits(String firstWord, String secondWord, String first, String second, boolean abjad, Probe probe) {
        if (first.length() + second.length() < 2) return Hits.NONE;
        // the scorer joins the two only for a list word that begins like the first or ends like the second (mayJoin): the
        // look-up goes by those letters, which are part of the key
        char begins = firstWord.charAt(0), ends = secondWord.charAt(secondWord.length() - 1);
        String key = (abjad ? SKELETONS_FROM_ABJAD : SKELETONS) + String.valueOf(begins) + ends + first + second;
        return pairHits(key, SCAN_JOINED_SKELETONS, probe, () -> {
            String joined = key.substring(3);
            if (abjad) {
                skeletonFuzzy.lookup(joined, JOINED / SKELETON_FACTOR, Integer.MAX_VALUE / 2, begins, ends,
                        (t, sim) -> probe.hitWords(skeletonPostings[t], skeletonShare == null ? null : skeletonShare[t], 1.0, 1.0, true));
            } else {
                skeletonAbjadFuzzy.lookup(joined, JOINED / SKELETON_FACTOR, Integer.MAX_VALUE / 2, begins, ends,
                        (t, sim) -> probe.hitWords(skeletonAbjadPostings[t], skeletonAbjadShare == null ? null : skeletonAbjadShare[t], 1.0, 1.0, true));
            }
        });
    }

    /**
     * The hits {@code lookup} collects for an adjacent pair of query words, cached under {@code key} (in
     * {@link #pairsWithoutHits} when there are none).
     */
    private Hits pairHits(String key, int kind, Probe probe, Runnable lookup) {
        Hits hit = pairCache.get(key);
        if (hit != null) return hit;
        if (pairsWithoutHits.contains(key)) return Hits.NONE;
        long started = System.nanoTime();
        probe.startHits();
        lookup.run();
        hit = probe.hits();
        counted(kind, started);
        if (hit.names.length == 0) pairsWithoutHits.add(key);
        else pairCache.put(key, hit);
        return hit;
    }

    /**
     * The list words a run of the query's syllables written together meets: as the scorer meets them, a word within one
     * letter of the run's length at {@link NameScorer#SYLLABLE_RUN_MIN} or more (looked up with the limits of a pair
     * written together, two letters and 0.8, these look-ups walked 20,000 words each and were the batch's dearest).
     */
    private Hits syllableRunHits(String run, Probe probe) {
        return pairHits(SYLLABLE_RUN + run, SCAN_SYLLABLE_RUN, probe, () -> wordFuzzy.lookup(run, NameScorer.SYLLABLE_RUN_MIN, 1, FuzzyDictionary.NO_LETTER, FuzzyDictionary.NO_LETTER,
                (t, sim) -> probe.hitWords(textPostings[t], textShare == null ? null : textShare[t], 1.0, 1.0, true)));
    }

    /**
     * Names with a list word similar at {@value #JOINED} to two query tokens written together; it meets them at no more
     * than 1. Where the word is, in a name, only two of its words written together (a negative share: "alkarim" is a word
     * of some names and "al karim" of others), the name is passed over: the scorer meets one word with two, never two
     * with two (until the eleventh session such a name was credited at 1 with the pair's share, and before that left
     * unbounded, every "... al Karim" for a query with "Al-Karim"). The scorer joins two words only when the word begins
     * like the first or ends like the second: the look-up keeps one of the joined words' ends. Cached under the joined words
     * themselves (a key written out for each of them was 5 % of a batch's time).
     */
    private Hits joinedHits(String joined, Probe probe) {
        return pairHits(joined, SCAN_JOINED, probe, () -> wordFuzzy.lookup(joined, JOINED, 2, joined.charAt(0), joined.charAt(joined.length() - 1),
                (t, sim) -> probe.hitWords(textPostings[t], textShare == null ? null : textShare[t], 1.0, 1.0, true)));
    }

    /**
     * The pairs' caches' keys: two query words written together are their own key (letters and digits only); the other
     * look-ups of pairs and runs begin with a character no word has.
     */
    private static final char SKELETONS = '\u0001', SKELETONS_FROM_ABJAD = '\u0002', SYLLABLE_RUN = '\u0003';

    /** A term dictionary with growing posting lists, while building. */
    private static final class Terms {
        final TermDictionary dict;
        int[][] lists = new int[1024][];
        int[] sizes = new int[1024];

        Terms(int expected) {
            dict = new TermDictionary(expected);
        }

        /** Per term given {@link #addEnds}: its id, with the first and last letter of a word it was read from. */
        private long[] ends = new long[0];
        private int endCount;

        /** Records that (the interned) {@code term} was read from {@code word}: see {@link FuzzyDictionary#withKeyedEnds}. */
        void addEnds(String term, String word) {
            int id = dict.get(term);
            if (endCount == ends.length) ends = Arrays.copyOf(ends, Math.max(1024, endCount * 2));
            ends[endCount++] = (long) id << 32 | (long) word.charAt(0) << 16 | word.charAt(word.length() - 1);
        }

        /** The distinct ends recorded, sorted. */
        long[] ends() {
            long[] e = Arrays.copyOf(ends, endCount);
            Arrays.sort(e);
            int n = 0;
            for (int i = 0; i < e.length; i++) if (i == 0 || e[i] != e[i - 1]) e[n++] = e[i];
            return Arrays.copyOf(e, n);
        }

        void add(String term, int record) {
            int id = dict.intern(term);
            if (id >= lists.length) {
                lists = Arrays.copyOf(lists, lists.length * 2);
                sizes = Arrays.copyOf(sizes, sizes.length * 2);
            }
            int[] l = lists[id];
            int sz = sizes[id];
            if (l == null) lists[id] = l = new int[2];
            else if (l[sz - 1] == record) return; // records come in order: one posting per record
            if (sz == l.length) lists[id] = l = Arrays.copyOf(l, sz * 2);
            l[sz] = record;
            sizes[id] = sz + 1;
        }

        /** Which terms are real tokens, name words, and runs of syllables written together (by term id). */
        private boolean[] token = new boolean[1024], word = new boolean[1024], run = new boolean[1024];

        void markToken(String term) {
            token = mark(token, term);
        }

        void markWord(String term) {
            word = mark(word, term);
        }

        void markRun(String term) {
            run = mark(run, term);
        }

        boolean[] tokens() {
            return sized(token);
        }

        boolean[] words() {
            return sized(word);
        }

        boolean[] runs() {
            return sized(run);
        }

        /** {@code marks} with the (interned) term's entry set, grown to hold it. */
        private boolean[] mark(boolean[] marks, String term) {
            int id = dict.get(term);
            if (id >= marks.length) marks = Arrays.copyOf(marks, Math.max(id + 1, marks.length * 2));
            marks[id] = true;
            return marks;
        }

        /** A copy of {@code marks} with an entry for every term. */
        private boolean[] sized(boolean[] marks) {
            return Arrays.copyOf(marks, Math.max(marks.length, dict.size()));
        }

        int[][] postings() {
            int[][] out = new int[dict.size()][];
            for (int i = 0; i < out.length; i++) out[i] = Arrays.copyOf(lists[i], sizes[i]);
            return out;
        }
    }

    /** Terms per relation, for reports. */
    @Override
    public String toString() {
        return "CandidateIndex[records=" + records + ", text=" + text.size() + ", phonetic=" + (phonetic.size() + phoneticTranslit.size()) + ", skeleton="
                + (skeleton.size() + skeletonAbjad.size()) + ", acronym=" + acronym.size() + ", prefix=" + prefix.size() + "]";
    }
}
