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
    }

    /** Plain tokens without kinds or keys, e.g. a name in its own script split into words or characters. */
    public static Tokens ofPlain(String[] text, boolean syllabic) {
        int n = text.length;
        String[] empty = new String[n];
        java.util.Arrays.fill(empty, "");
        return new Tokens(text, new byte[n], empty, text, new byte[n], false, false, false, syllabic);
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
