package org.cordon.match.normalise;

import java.util.List;

/**
 * The character scans normalising a name needs on every query, written out instead of regular expressions (issue 4: no
 * per-query regex on the hot path). Each does what the expression it replaces did, character for character; the
 * expressions that remain run only on the few names a cheap test says they could change.
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
}
