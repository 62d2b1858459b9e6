package org.cordon.match.normalise;

import java.util.HashMap;
import java.util.Map;

/**
 * Words that mix Latin, Cyrillic and Greek letters which look alike, written in one script: "НАМАS" (a Cyrillic Н, А, М,
 * А and a Latin S) is HAMAS, "НIZВALLAН" Hizballah, and the EU's "ГOBOP" (a Cyrillic Г and Latin O, B, O, P) is ГОВОР.
 * Read letter by letter, such a word is neither name: Cyrillic Н is n, Р is r, В is v ("namas", "nizvallan", "gobop"). A
 * word that mixes scripts is a slip of copy and paste or a way to slip past a filter that compares letters, never how a
 * name is spelt, so it is read as the one script it can be: the script of the letters the others have no look-alike for
 * (Z, L, N are Latin only; Г, Л, Д Cyrillic only). A word whose every letter has a look-alike in each script present
 * ("НАМАS") takes the script of the name's other letters, and Latin when it stands alone. A word with letters only one
 * script has from two scripts ("ДR") is left as it is; so is a whole word in one script within a name in another ("ООО
 * ABC" keeps its Latin acronym).
 */
public final class LookAlikeLetters {
    private static final int LATIN = 0, CYRILLIC = 1, GREEK = 2, SCRIPTS = 3;
    /** A letter -> its look-alikes in each script (0 where that script has none), the letter's own script included. */
    private static final Map<Character, char[]> ALIKE = new HashMap<>();

    static {
        // each row: the Latin, Cyrillic and Greek letters that look alike, '-' where a script has none
        String[] rows = {
                "AАΑ", "BВΒ", "CСϹ", "EЕΕ", "HНΗ", "IІΙ", "JЈ-", "KКΚ", "MМΜ", "N-Ν", "OОΟ", "PРΡ", "SЅ-", "TТΤ", "XХΧ",
                "YУΥ", "Z-Ζ", "-ГΓ", "-ПΠ", "-ФΦ",
                "aа-", "cсϲ", "eе-", "iі-", "jј-", "oоο", "pрρ", "sѕ-", "xх-", "yу-", "hһ-", "dԁ-", "qԛ-", "wԝ-", "v-ν",
        };
        for (String row : rows) {
            char[] alike = new char[SCRIPTS];
            for (int s = 0; s < SCRIPTS; s++) alike[s] = row.charAt(s) == '-' ? 0 : row.charAt(s);
            for (char c : alike) if (c != 0) ALIKE.put(c, alike);
        }
    }

    private LookAlikeLetters() {}

    /**
     * The name with every word that mixes Latin, Cyrillic and Greek letters written in one of them, or the same string when
     * no word does (a name in one script costs one pass over its characters).
     */
    public static String unmix(String name) {
        int seen = 0;
        for (int i = 0; i < name.length(); i++) {
            int s = script(name.charAt(i));
            if (s >= 0) seen |= 1 << s;
        }
        if (Integer.bitCount(seen) < 2) return name;
        StringBuilder out = null;
        int i = 0, n = name.length();
        while (i < n) {
            if (!Character.isLetter(name.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(name.charAt(i)) || Character.getType(name.charAt(i)) == Character.NON_SPACING_MARK)) i++;
            int target = target(name, start, i);
            if (target < 0) continue;
            for (int k = start; k < i; k++) {
                char c = name.charAt(k);
                int s = script(c);
                if (s < 0 || s == target) continue;
                char[] alike = ALIKE.get(c);
                if (alike == null || alike[target] == 0) continue;
                if (out == null) out = new StringBuilder(name);
                out.setCharAt(k, alike[target]);
            }
        }
        return out == null ? name : out.toString();
    }

    /**
     * What the name's mixed words were read as, for the analyst ("НАМАS" read as "HAMAS": ...), or null when no word
     * mixes scripts.
     */
    public static String describe(String name) {
        String unmixed = unmix(name);
        if (unmixed.equals(name)) return null;
        StringBuilder sb = new StringBuilder();
        int i = 0, n = name.length();
        while (i < n) {
            if (Character.isWhitespace(name.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(name.charAt(i))) i++;
            String was = name.substring(start, i), is = unmixed.substring(start, i);
            if (was.equals(is)) continue;
            if (!sb.isEmpty()) sb.append(", ");
            sb.append('"').append(was).append("\" read as \"").append(is).append('"');
        }
        return sb.append(": letters of another script that look alike in one word").toString();
    }

    /**
     * The script the word {@code name[start, end)} is to be written in, or -1 when it is in one script already or letters
     * only one script has come from two.
     */
    private static int target(String name, int start, int end) {
        int present = 0;
        for (int k = start; k < end; k++) {
            int s = script(name.charAt(k));
            if (s >= 0) present |= 1 << s;
        }
        if (Integer.bitCount(present) < 2) return -1;
        int own = 0;
        for (int k = start; k < end; k++) {
            char c = name.charAt(k);
            int s = script(c);
            if (s < 0) continue;
            char[] alike = ALIKE.get(c);
            boolean alone = true;
            for (int t = 0; t < SCRIPTS && alone; t++) {
                if (t != s && (present & 1 << t) != 0 && alike != null && alike[t] != 0) alone = false;
            }
            if (alone) own |= 1 << s;
        }
        if (Integer.bitCount(own) == 1) return Integer.numberOfTrailingZeros(own);
        if (own != 0) return -1;
        // every letter could be either: the script of the name's other letters, Latin when there are none
        int[] count = new int[SCRIPTS];
        for (int k = 0; k < name.length(); k++) {
            int s = k >= start && k < end ? -1 : script(name.charAt(k));
            if (s >= 0) count[s]++;
        }
        int best = (present & 1 << LATIN) != 0 ? LATIN : Integer.numberOfTrailingZeros(present);
        for (int s = 0; s < SCRIPTS; s++) if ((present & 1 << s) != 0 && count[s] > count[best]) best = s;
        return best;
    }

    /** LATIN, CYRILLIC or GREEK for a letter of that script, -1 for anything else. */
    private static int script(char c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? LATIN : -1;
        if (c < 0x250) return c >= 0xC0 && Character.isLetter(c) ? LATIN : -1;
        if (c < 0x370) return -1;
        if (c < 0x400) return Character.isLetter(c) ? GREEK : -1;
        if (c < 0x530) return Character.isLetter(c) ? CYRILLIC : -1;
        if (c >= 0x1E00 && c < 0x1F00) return LATIN;
        if (c >= 0x1F00 && c < 0x2000) return Character.isLetter(c) ? GREEK : -1;
        return -1;
    }
}
