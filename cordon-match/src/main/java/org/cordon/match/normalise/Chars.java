package org.cordon.match.normalise;

import java.util.List;

/**
 * The character scans normalising a name needs, written out instead of regular expressions (issue 4: no per-query regex on
 * the hot path). Each does what the expression it replaces did, character for character ({@code CharsTest} holds each
 * against its expression on random strings); since the thirty-fifth session none is left on a query's way, the rare
 * shapes of names included (camel case, a possessive, dotted initials, a company's name after a comma, digits in a word).
 */
final class Chars {
    private Chars() {}

    /** {@code s.replaceAll("\\s+", " ").strip()}: runs of space, tab, line feed, vertical tab, form feed and carriage return as one space. */
    static String collapseWhitespace(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                if (sb != null) sb.append(c);
                continue;
            }
            int end = i + 1;
            while (end < n && isRegexSpace(s.charAt(end))) end++;
            if (sb == null) {
                // unchanged so far: copy only once a run differs from a single space
                if (c == ' ' && end == i + 1) continue;
                sb = new StringBuilder(n).append(s, 0, i);
            }
            sb.append(' ');
            i = end - 1;
        }
        return (sb == null ? s : sb.toString()).strip();
    }

    /** The characters {@code \s} matches in a Java regular expression without the Unicode flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code s.replaceAll("\\p{Mn}", "")}: without its non-spacing marks. */
    static String withoutNonSpacingMarks(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Adds the runs of {@code [a-z0-9]} in {@code s} to {@code out}, in order: the non-empty pieces of
     * {@code s.split("[^a-z0-9]+")}.
     */
    static void asciiWords(String s, List<String> out) {
        int n = s.length();
        for (int i = 0; i < n; ) {
            while (i < n && !isAsciiWordChar(s.charAt(i))) i++;
            int start = i;
            while (i < n && isAsciiWordChar(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** {@code s.split("\\s+")} after {@code trim()}: the words between runs of whitespace (as {@code \s} sees it). */
    static String[] wordsBetweenSpaces(String s) {
        String t = s.trim();
        if (t.isEmpty()) return new String[]{""};
        List<String> out = new java.util.ArrayList<>();
        int n = t.length();
        for (int i = 0; i < n; ) {
            int start = i;
            while (i < n && !isRegexSpace(t.charAt(i))) i++;
            out.add(t.substring(start, i));
            while (i < n && isRegexSpace(t.charAt(i))) i++;
        }
        return out.toArray(new String[0]);
    }

    /**
     * Whether {@code s} has a lowercase letter followed at once by an uppercase one (code points, general categories Ll and
     * Lu): without one, {@code (\p{Ll})(\p{Lu}\p{Ll})} cannot match.
     */
    static boolean hasLowerThenUpper(String s) {
        boolean lower = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (lower && type == Character.UPPERCASE_LETTER) return true;
            lower = type == Character.LOWERCASE_LETTER;
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * {@code Pattern.compile("(\\p{Ll})(\\p{Lu}\\p{Ll})").matcher(s).replaceAll("$1 $2")}: a space between a lowercase
     * letter and an uppercase one followed by a lowercase one ("McDonald" -> "Mc Donald"), the three taken together as the
     * expression's matches are (in "aBcDe" only the first).
     */
    static String splitCamel(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; ) {
            int a = s.codePointAt(i), ia = Character.charCount(a);
            if (Character.getType(a) == Character.LOWERCASE_LETTER && i + ia < n) {
                int b = s.codePointAt(i + ia), ib = Character.charCount(b);
                if (Character.getType(b) == Character.UPPERCASE_LETTER && i + ia + ib < n) {
                    int c = s.codePointAt(i + ia + ib);
                    if (Character.getType(c) == Character.LOWERCASE_LETTER) {
                        if (sb == null) sb = new StringBuilder(n + 4).append(s, 0, i);
                        int end = i + ia + ib + Character.charCount(c);
                        sb.append(s, i, i + ia).append(' ').append(s, i + ia, end);
                        i = end;
                        continue;
                    }
                }
            }
            if (sb != null) sb.append(s, i, i + ia);
            i += ia;
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * {@code Pattern.compile("['\u2019]s(?![\\p{L}\\p{N}])").matcher(s).replaceAll("")}: a possessive "'s" (or with a
     * typographic apostrophe) that ends a word, dropped ("McDonald's" -> "McDonald").
     */
    static String withoutPossessive(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c == '\'' || c == '\u2019') && i + 1 < n && s.charAt(i + 1) == 's' && (i + 2 == n || !isLetterOrNumber(s.codePointAt(i + 2)))) {
                if (sb == null) sb = new StringBuilder(n).append(s, 0, i);
                i++;
                continue;
            }
            if (sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * What {@code Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\.((?:\\p{L}\\.)*\\p{L})\\.?(?![\\p{L}\\p{N}])")} replaced
     * each match with (its two groups without their dots): letters written with dots between them, two or more, as one
     * word ("S.A.R.L." -> "SARL", "A.B.C" -> "ABC"). As the expression backtracks: the longest run of letter and dot that
     * is not followed by a letter or digit (with its last dot or without), else that run less its last letter.
     */
    static String undotted(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i), len = Character.charCount(cp);
            // the expression's look behind reads one char, not a code point: after a letter outside the basic plane (its low
            // surrogate, no letter) a run is taken as it takes it
            int end = Character.isLetter(cp) && (i == 0 || !isLetterOrNumber(s.charAt(i - 1))) ? dottedRunEnd(s, i) : -1;
            if (end < 0) {
                if (sb != null) sb.append(s, i, i + len);
                i += len;
                continue;
            }
            if (sb == null) sb = new StringBuilder(n).append(s, 0, i);
            for (int k = i; k < end; ) {
                int c = s.codePointAt(k);
                if (c != '.') sb.appendCodePoint(c);
                k += Character.charCount(c);
            }
            i = end;
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Where the dotted run that the expression of {@link #undotted} matches from the letter at {@code i} ends, or -1 when
     * it matches none there.
     */
    private static int dottedRunEnd(String s, int i) {
        int n = s.length();
        // the letters of the run, each followed by a dot but perhaps the last; where the last one and the one before it end
        int letters = 0, at = i, lastEnd = -1, previousEnd = -1;
        while (at < n) {
            int cp = s.codePointAt(at);
            if (!Character.isLetter(cp)) break;
            int afterLetter = at + Character.charCount(cp);
            previousEnd = lastEnd;
            lastEnd = afterLetter;
            letters++;
            if (afterLetter < n && s.charAt(afterLetter) == '.') at = afterLetter + 1;
            else break;
        }
        // a letter, a dot and a letter at least
        if (letters < 2) return -1;
        // the longest: its last letter's dot taken when one follows and nothing after it is a letter or digit; without the
        // dot when what follows the letter is no letter or digit
        if (lastEnd < n && s.charAt(lastEnd) == '.' && (lastEnd + 1 == n || !isLetterOrNumber(s.codePointAt(lastEnd + 1)))) return lastEnd + 1;
        if (lastEnd == n || !isLetterOrNumber(s.codePointAt(lastEnd))) return lastEnd;
        // else one letter less, ending before that letter's dot (which is no letter or digit): two letters at least
        return letters >= 3 ? previousEnd : -1;
    }

    /** What {@code [\\p{L}\\p{N}]} matches: a letter or a number of any kind (decimal, letter-like, other). */
    static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** {@code s.replaceAll("[^a-z0-9 ]", "")}: only its lowercase ASCII letters, digits and spaces. */
    static String onlyAsciiWordsAndSpaces(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = isAsciiWordChar(c) || c == ' ';
            if (!keep && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            else if (keep && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code w.matches("\\d+(st|nd|rd|th)")}: digits and an ordinal's ending ("1st", "22nd"). */
    static boolean isOrdinal(String w) {
        int d = leadingDigits(w, 0);
        if (d == 0 || w.length() != d + 2) return false;
        String end = w.substring(d);
        return end.equals("st") || end.equals("nd") || end.equals("rd") || end.equals("th");
    }

    /** {@code w.matches("\\d+[a-z]{3,}")}: digits, then three lowercase ASCII letters or more ("3percenters"). */
    static boolean isDigitsThenWord(String w) {
        int d = leadingDigits(w, 0);
        int l = leadingLetters(w, d);
        return d > 0 && l >= 3 && d + l == w.length();
    }

    /**
     * {@code w.matches("[a-z]+(\\d|11)[a-z]+((\\d|11)[a-z]+)?|[a-z]{2,}\\d")}: letters with one digit or two among them, each
     * between letters ("i9or", "l0nd0n"; "11" counts as one, the ll of "me11at"), or two letters or more and a digit at
     * the end ("ahl1").
     */
    static boolean isLettersAroundDigits(String w) {
        int n = w.length();
        int a = leadingLetters(w, 0);
        if (a == 0) return false;
        if (a >= 2 && a + 1 == n && isAsciiDigit(w.charAt(a))) return true;
        // one or two groups of a digit and letters after the first letters
        int at = a;
        for (int group = 0; group < 2; group++) {
            if (at >= n || !isAsciiDigit(w.charAt(at))) return false;
            int digits = at + 1 < n && w.charAt(at) == '1' && w.charAt(at + 1) == '1' ? 2 : 1;
            int l = leadingLetters(w, at + digits);
            if (l == 0) return false;
            at += digits + l;
            if (at == n) return true;
        }
        return false;
    }

    private static int leadingDigits(String w, int from) {
        int i = from;
        while (i < w.length() && isAsciiDigit(w.charAt(i))) i++;
        return i - from;
    }

    private static int leadingLetters(String w, int from) {
        int i = from;
        while (i < w.length() && w.charAt(i) >= 'a' && w.charAt(i) <= 'z') i++;
        return i - from;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
