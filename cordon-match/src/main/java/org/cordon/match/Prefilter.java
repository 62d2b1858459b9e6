package org.cordon.match;

import java.util.Arrays;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.normalise.TokenKind;
import org.cordon.match.normalise.Tokens;

/**
 * Cheap keys that any two names the scorer could call similar share at least one of: per name
 * word, its first three letters (and, for words of four to seven letters, the first three with one of them left out,
 * so that a slip among them still leaves a key), its last four letters (words of six or more), its Double Metaphone
 * key and the start of its consonant skeleton; for acronyms, every word of three to five letters and the
 * initials of every run of three to five words (so "PLA" meets "People's Liberation Army"); for words written together
 * (two adjacent words, or three and four syllables read from Han, as the scorer joins them), the same first and last
 * letters of the join where its first or last word alone is too short to carry them ("a bu dou ha ke" meets "Abudu
 * Hake"), and the start of two adjacent words' skeletons written together ("wly jan" meets "Walijan"); hashed to ints.
 * Initials, particles and legal forms give no key: they never carry a match alone. A pair sharing
 * no key cannot score above the lowest useful threshold, so the scan skips it. Keys cover every
 * romanisation and the original-script tokens.
 */
public final class Prefilter {
    private Prefilter() {}

    public static int[] keys(NormalisedName n) {
        int[] buf = new int[16];
        int size = 0;
        for (Tokens t : n.forms()) {
            for (int i = 0; i < t.size(); i++) {
                byte k = t.kind(i);
                if (k == TokenKind.LEGAL_FORM || k == TokenKind.PARTICLE || k == TokenKind.INITIAL) continue;
                String s = t.text(i);
                if (size + 8 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                buf[size++] = hash('p', s, 0, Math.min(3, s.length()));
                if (s.length() >= 4 && s.length() <= 7) {
                    // one of the first three letters left out: a slip there (a letter dropped, added or changed) leaves the
                    // two words a first three in common all the same ("viyaz" ~ "vityaz", "kaaran" ~ "katran"); longer words
                    // have their last four for that
                    char c0 = s.charAt(0), c1 = s.charAt(1), c2 = s.charAt(2), c3 = s.charAt(3);
                    buf[size++] = hash3('p', c1, c2, c3);
                    buf[size++] = hash3('p', c0, c2, c3);
                    buf[size++] = hash3('p', c0, c1, c3);
                }
                if (s.length() >= 6) buf[size++] = hash('s', s, s.length() - 4, s.length());
                String ph = t.phonetic(i);
                if (!ph.isEmpty()) buf[size++] = hash('m', ph, 0, ph.length());
                String sk = t.skeleton(i);
                if (sk.length() >= 2) buf[size++] = hash('k', sk, 0, Math.min(4, sk.length()));
            }
            // words written together: the scorer meets a word with two adjacent words written together, and a Latin word
            // with three or four syllables read from Han written together ("a bu dou" ~ "abudu"), whose first letters
            // or last four are the word's where the first or last of them alone is too short to say so
            int most = t.syllabic() ? 4 : 2;
            StringBuilder joined = new StringBuilder(), skeletons = new StringBuilder();
            for (int i = 0; i + 1 < t.size(); i++) {
                joined.setLength(0);
                skeletons.setLength(0);
                for (int j = i; j < t.size() && j - i < most; j++) {
                    byte k = t.kind(j);
                    if (k == TokenKind.LEGAL_FORM || k == TokenKind.NUMBER && t.syllabic()) break;
                    joined.append(t.text(j));
                    skeletons.append(t.skeleton(j));
                    if (j == i) continue;
                    if (size + 3 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                    if (t.text(i).length() < 3) buf[size++] = hash('p', joined, 0, Math.min(3, joined.length()));
                    if (joined.length() >= 6 && t.text(j).length() < 6) buf[size++] = hash('s', joined, joined.length() - 4, joined.length());
                    // and across an abjad by their consonants ("wly jan", ولی جان, ~ "walijan": "wl" + "jn" ~ "wljn")
                    if (j - i == 1 && t.skeleton(i).length() < 4 && skeletons.length() >= 2) {
                        buf[size++] = hash('k', skeletons, 0, Math.min(4, skeletons.length()));
                    }
                }
            }
            // acronyms: every run of 3 to 5 words by its initials, and every short word as a possible acronym (two-letter
            // ones such as "JC" would meet half the lists; such names meet by their other words)
            for (int i = 0; i < t.size(); i++) {
                if (t.kind(i) != TokenKind.NAME && t.kind(i) != TokenKind.INITIAL) continue;
                String w = t.text(i);
                if (w.length() >= 3 && w.length() <= 5 && t.kind(i) == TokenKind.NAME) {
                    if (size + 1 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                    buf[size++] = hash('a', w, 0, w.length());
                }
                StringBuilder run = new StringBuilder(5);
                for (int j = i; j < t.size() && run.length() < 5; j++) {
                    byte k = t.kind(j);
                    if (k != TokenKind.NAME && k != TokenKind.INITIAL) break;
                    run.append(t.text(j).charAt(0));
                    if (run.length() >= 3) {
                        if (size + 1 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                        buf[size++] = hash('a', run, 0, run.length());
                    }
                }
            }
        }
        for (String s : n.scriptTokens()) {
            if (size + 1 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            buf[size++] = hash('o', s, 0, Math.min(3, s.length()));
        }
        int[] out = Arrays.copyOf(buf, size);
        Arrays.sort(out);
        return dedupe(out);
    }

    /** Whether two sorted key arrays share a key. */
    public static boolean intersects(int[] a, int[] b) {
        return intersects(a, b, 0, b.length);
    }

    /** Whether a sorted key array shares a key with {@code b[from..to)}, sorted. */
    public static boolean intersects(int[] a, int[] b, int from, int to) {
        int i = 0, j = from;
        while (i < a.length && j < to) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    /** {@link #hash} of three letters. */
    private static int hash3(char tag, char a, char b, char c) {
        return ((tag * 31 + a) * 31 + b) * 31 + c;
    }

    private static int hash(char tag, CharSequence s, int from, int to) {
        int h = tag;
        for (int i = from; i < to; i++) h = h * 31 + s.charAt(i);
        return h;
    }

    private static int[] dedupe(int[] sorted) {
        if (sorted.length < 2) return sorted;
        int w = 1;
        for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[w - 1]) sorted[w++] = sorted[i];
        return Arrays.copyOf(sorted, w);
    }
}
