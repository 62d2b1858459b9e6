package org.cordon.match.normalise;

import java.util.Arrays;

/**
 * One romanisation of a name as parallel primitive arrays, laid out for the scorer's inner loop:
 * token text, kind ({@link TokenKind}), phonetic key, consonant skeleton, and role flags.
 * Instances are immutable by convention (the arrays are never handed out for writing).
 */
public final class Tokens {
    /** Role flag: the token follows a nasab particle (bin, ibn, ben): it names the father. */
    public static final byte AFTER_NASAB = 1;
    /** Role flag: the source marked this token as (part of) the family name. */
    public static final byte FAMILY = 2;
    /** Role flag: the source marked this token as a given name. */
    public static final byte GIVEN = 4;
    /** Role flag: the source marked this token as a patronymic. */
    public static final byte PATRONYMIC = 8;
    /**
     * Role flag: the name writes this word in capitals and another in small letters, as the EU's and UK's lists and Russian
     * documents write the family name ("Vladimir PUTIN", "ПОНОМАРЕНКО Александр").
     */
    public static final byte CASE_FAMILY = 16;
    /**
     * Role flag: the name writes this word with a capital and small letters ("Koç", "Saiz", "Uz"): a word, not the initials of
     * several ("Koç Group" is no KINAHAN ORGANIZED CRIME GROUP, "Emin Uz" no U Zaw Min).
     */
    public static final byte WORD_CASE = 32;
    /**
     * Role flag: the servant's word with its article, one word ("abdal", "abdel", "abdur": {@link
     * NameNormaliser#servantWithArticle}), the beginning of a name and never a longer word cut short.
     */
    public static final byte SERVANT = 64;

    final String[] text;
    final byte[] kind;
    final String[] phonetic;
    final String[] skeleton;
    final byte[] roles;
    /** Whether the token came out of an abjad script (Arabic, Hebrew) that writes few vowels. */
    final boolean abjad;
    /** Whether the name was written family name first with a comma ("Putin, Vladimir"). */
    final boolean familyMarked;
    /** Whether the tokens were read from a non-Latin script (spellings then vary more). */
    final boolean transliterated;
    /** Whether each token is one syllable read from Han or Hangul: such tokens meet only by an accepted reading, not by edits. */
    final boolean syllabic;
    /** Each token's {@link LetterClasses} histogram: a cheap bound on how similar two tokens can be. */
    final long[] letters;
    /** Each token's consonant skeleton's {@link LetterClasses} histogram. */
    final long[] skeletonLetters;
    /**
     * A number no other form made by this process has: what a cache keyed by "this query form" holds instead of the
     * form itself, so that it keeps no finished query's tokens alive.
     */
    private final long serial = SERIALS.getAndIncrement();
    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();
    /** Weights of the tokens for the last weights asked for (see {@link #weights}); racy by design, each value immutable. */
    private WeightCache weightCache;

    private record WeightCache(Object owner, double[] values) {
    }

    Tokens(String[] text, byte[] kind, String[] phonetic, String[] skeleton, byte[] roles, boolean abjad, boolean familyMarked,
           boolean transliterated, boolean syllabic) {
        this.text = text;
        this.kind = kind;
        this.phonetic = phonetic;
        this.skeleton = skeleton;
        this.roles = roles;
        this.abjad = abjad;
        this.familyMarked = familyMarked;
        this.transliterated = transliterated;
        this.syllabic = syllabic;
        this.letters = new long[text.length];
        this.skeletonLetters = new long[text.length];
        for (int i = 0; i < text.length; i++) {
            letters[i] = LetterClasses.histogram(text[i]);
            skeletonLetters[i] = LetterClasses.histogram(skeleton[i]);
        }
    }

    /** This form's number, unique in the process (see {@link #serial}). */
    public long serial() {
        return serial;
    }

    /**
     * Per-token weights computed by {@code compute} for {@code owner} (the scorer's weights), cached on this
     * form: a list name is compared with thousands of queries and its weights never change. Safe for
     * concurrent use: a race computes the same values twice.
     */
    public double[] weights(Object owner, java.util.function.Function<Tokens, double[]> compute) {
        WeightCache c = weightCache;
        if (c != null && c.owner == owner) return c.values;
        double[] v = compute.apply(this);
        weightCache = new WeightCache(owner, v);
        return v;
    }

    /** Plain tokens without kinds or keys, e.g. a name in its own script split into words or characters. */
    public static Tokens ofPlain(String[] text, boolean syllabic) {
        return ofPlain(text, syllabic, new byte[text.length]);
    }

    /** {@link #ofPlain(String[], boolean)} with each token's role flags ({@link #PATRONYMIC}...). */
    public static Tokens ofPlain(String[] text, boolean syllabic, byte[] roles) {
        return ofPlain(text, syllabic, roles, new byte[text.length]);
    }

    /** {@link #ofPlain(String[], boolean, byte[])} with each token's kind ({@link TokenKind}). */
    static Tokens ofPlain(String[] text, boolean syllabic, byte[] roles, byte[] kinds) {
        int n = text.length;
        String[] empty = new String[n];
        java.util.Arrays.fill(empty, "");
        return new Tokens(text, kinds, empty, text, roles, false, false, false, syllabic);
    }

    /**
     * Tokens as written out earlier (an index snapshot): the arrays are taken as they are, so they must
     * have one entry per token each.
     */
    public static Tokens restore(String[] text, byte[] kind, String[] phonetic, String[] skeleton, byte[] roles, boolean abjad,
                                 boolean familyMarked, boolean transliterated, boolean syllabic) {
        int n = text.length;
        if (kind.length != n || phonetic.length != n || skeleton.length != n || roles.length != n) {
            throw new IllegalArgumentException("token arrays of different lengths");
        }
        return new Tokens(text, kind, phonetic, skeleton, roles, abjad, familyMarked, transliterated, syllabic);
    }

    public int size() { return text.length; }

    public String text(int i) { return text[i]; }

    public byte kind(int i) { return kind[i]; }

    public String phonetic(int i) { return phonetic[i]; }

    public String skeleton(int i) { return skeleton[i]; }

    public byte roles(int i) { return roles[i]; }

    /** The token's {@link LetterClasses} histogram. */
    public long letters(int i) { return letters[i]; }

    /** The {@link LetterClasses} histogram of the token's consonant skeleton. */
    public long skeletonLetters(int i) { return skeletonLetters[i]; }

    public boolean abjad() { return abjad; }

    public boolean familyMarked() { return familyMarked; }

    public boolean transliterated() { return transliterated; }

    public boolean syllabic() { return syllabic; }

    /** The tokens joined by single spaces, e.g. "kim jong un". */
    public String joined() { return String.join(" ", text); }

    @Override
    public String toString() {
        return Arrays.toString(text);
    }
}
