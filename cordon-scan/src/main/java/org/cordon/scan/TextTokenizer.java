package org.cordon.scan;

import java.util.ArrayList;
import java.util.List;
import org.cordon.match.normalise.LookAlikeLetters;

/**
 * Splits running text into {@link Word}s, keeping each word's offsets into the original.
 *
 * <p>Why not {@code split("\\W+")}: the offsets must survive so a mention can be highlighted, a word
 * hyphenated across a line break ("Pu-\ntin") must come back whole, an apostrophe ending ("Putin's",
 * "Kim Jong Un’s") must not hide the name, and a Hangul word is cut into syllables because Korean writes
 * a full name and its case particle as one word ("김정은이"). Hyphens inside a word ("Kim Jong-un",
 * "al-Baghdadi") separate tokens, as lists write those names both ways.
 */
public final class TextTokenizer {
    private TextTokenizer() {}

    public static List<Word> tokenize(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean pendingBreak = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                if (isSentenceEnd(text, i, out)) pendingBreak = true;
                if (cp == '\n' && paragraphBreak(text, i)) pendingBreak = true;
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            StringBuilder sb = new StringBuilder();
            int end = i;
            while (true) {
                while (end < n) {
                    int c = text.codePointAt(end);
                    // Soft hyphen, zero-width characters, direction marks, word joiner, BOM: invisible inside a
                    // word, so "Pu\u200Btin" is read as Putin rather than split in two.
                    if (isInvisible(c)) { end += Character.charCount(c); continue; }
                    if (!isWordChar(c)) break;
                    sb.appendCodePoint(c);
                    end += Character.charCount(c);
                }
                int join = lineBreakHyphenContinuation(text, end);
                if (join < 0) break;
                end = join;
            }
            emit(out, text, start, end, sb.toString(), pendingBreak);
            pendingBreak = false;
            i = end;
        }
        return out;
    }

    /** A word hyphenated at a line end continues on the next line in lower case: returns where, or -1. */
    private static int lineBreakHyphenContinuation(String text, int pos) {
        int n = text.length();
        if (pos >= n) return -1;
        char h = text.charAt(pos);
        if (h != '-' && h != '\u2010' && h != '\u00AD') return -1;
        int j = pos + 1;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
        if (j >= n || text.charAt(j) != '\n') return -1;
        j++;
        while (j < n && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') j++;
        if (j >= n) return -1;
        int c = text.codePointAt(j);
        return Character.isLowerCase(c) ? j : -1;
    }

    private static void emit(List<Word> out, String text, int start, int end, String letters, boolean breakBefore) {
        if (letters.isEmpty()) return;
        if (!isHangulWord(letters) || letters.codePointCount(0, letters.length()) == 1 || end - start != letters.length()) {
            // a word that mixes look-alike Latin and Cyrillic letters is read in one script ("НАМАS" is HAMAS); one letter
            // for one, so the offsets still mark what was written
            out.add(new Word(start, end, LookAlikeLetters.unmix(letters), breakBefore, false, true));
            return;
        }
        // A Hangul word: one token per syllable, each with its own offset, so "김정은이" lines up with 김 정 은.
        for (int k = 0; k < letters.length(); k++) {
            out.add(new Word(start + k, start + k + 1, letters.substring(k, k + 1), k == 0 && breakBefore, true, k == 0));
        }
    }

    private static boolean isHangulWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0xAC00 || c > 0xD7A3) return false;
        }
        return true;
    }

    /** Characters that render as nothing: format characters (Cf: ZWSP, ZWJ, LRM, RLO, word joiner, BOM...), soft hyphen, Mongolian vowel separator. */
    static boolean isInvisible(int cp) {
        return cp == '\u00AD' || cp == '\u180E' || Character.getType(cp) == Character.FORMAT;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** A full stop ends a sentence unless it follows a single letter (an initial: "V. Putin"). */
    private static boolean isSentenceEnd(String text, int i, List<Word> words) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == ';' || c == '\u3002' || c == '\u061F') return true;
        if (c != '.') return false;
        if (words.isEmpty()) return false;
        Word last = words.getLast();
        return last.end() != i || last.text().codePointCount(0, last.text().length()) > 1;
    }

    private static boolean paragraphBreak(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return false;
    }
}
