package org.cordon.scan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cordon.match.normalise.TransliteratorPool;

/**
 * The lookup forms of one token, shared by list names (when the dictionary is built) and text words
 * (when a text is scanned), so that both sides meet on the same strings:
 * <ul>
 *   <li>{@link #native_}: the token in its own script, case and diacritics folded ("путин", "김", "عبد");</li>
 *   <li>{@link #latin}: its Latin reading (BGN for Russian, list-style and Revised readings for Hangul,
 *       ICU Any-Latin otherwise), ASCII, lower case;</li>
 *   <li>{@link #loose}: the Latin reading with spelling differences between transliteration habits
 *       flattened (German w/sch/j against English v/sh/y: "Medwedew" = "Medvedev", "Schoigu" = "Shoigu").</li>
 * </ul>
 * These are lookup keys for finding candidates in text, not the matcher's name normalisation: the
 * matcher still scores what this finds.
 */
final class TokenForms {
    private TokenForms() {}

    /** Shared by the threads that scan ({@link TransliteratorPool}: a thread of its own each was dear on a server's threads). */
    private static final TransliteratorPool CYRILLIC = new TransliteratorPool("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final TransliteratorPool ANY = new TransliteratorPool("Any-Latin; Latin-ASCII");

    /** Case endings of German/English names and of Russian names in Latin letters ("Putins", "Putina", "Kim Jong Uns"). */
    private static final String[] LATIN_ENDINGS = {"s", "es", "n", "en", "a", "u", "e", "y", "i", "om", "ym", "im", "oy", "oj",
            "ogo", "ego", "omu", "emu", "ym", "oi"};
    /** Russian case endings ("Путина", "Путину", "Путиным", "Шойгу" stays). */
    private static final String[] CYRILLIC_ENDINGS = {"а", "я", "у", "ю", "е", "ы", "и", "ом", "ем", "ой", "ей", "ым", "им",
            "ого", "его", "ому", "ему", "ах", "ях", "ами"};
    /** Arabic one-letter proclitics (and, with, for, so, like) written joined to the next word. */
    private static final String ARABIC_PROCLITICS = "وبلفك";

    /** The token folded in its own script. */
    static String native_(String token) {
        if (isHangul(token)) return token;
        String s = Normalizer.normalize(token, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (hasArabic(s)) return foldArabic(s);
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) continue;
            if (c == 'ß') { sb.append("ss"); continue; }
            if (Character.isLetterOrDigit(c)) sb.append(c);
        }
        return sb.toString();
    }

    /** Latin readings: one for most tokens, two for a Hangul syllable (list style first). */
    static List<String> latin(String token) {
        if (isHangul(token)) {
            List<String> out = new ArrayList<>(2);
            StringBuilder nk = new StringBuilder();
            StringBuilder rr = new StringBuilder();
            for (int i = 0; i < token.length(); i++) {
                nk.append(HangulReading.northKorean(token.charAt(i)));
                rr.append(HangulReading.revised(token.charAt(i)));
            }
            out.add(nk.toString());
            if (!rr.toString().equals(nk.toString())) out.add(rr.toString());
            return out;
        }
        String n = native_(token);
        if (isAscii(n)) return List.of(n);
        String t = (hasCyrillic(n) ? CYRILLIC : ANY).transliterate(n);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) sb.append(c);
        }
        return List.of(sb.toString());
    }

    /** Spelling habits flattened; the order of the replacements matters ("tsch" before "sch" before "sh"). */
    static String loose(String latin) {
        String s = latin;
        s = s.replace("tsch", "ch").replace("sch", "sh").replace("zh", "sh").replace("kh", "h").replace("ph", "f")
                .replace("ck", "k").replace("ou", "u").replace('w', 'v').replace('j', 'y').replace('q', 'k').replace('y', 'i');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > 0 && c == s.charAt(i - 1)) continue; // doubled letters: "Moussa" = "Musa"
            sb.append(c);
        }
        if (sb.length() > 4 && sb.charAt(0) == 'i' && "aeou".indexOf(sb.charAt(1)) >= 0) sb.deleteCharAt(0); // Jewgeni = Evgeni
        return sb.toString();
    }

    /**
     * Stems a text word may be an inflected form of: the word minus a case ending (Latin or Cyrillic),
     * or minus a joined Arabic proclitic. Only stems of at least two letters are offered; the
     * dictionary decides whether any of them is a list token.
     */
    static List<String> stems(String folded) {
        List<String> out = new ArrayList<>(4);
        if (folded.isEmpty()) return out;
        char first = folded.charAt(0);
        if (first >= 'a' && first <= 'z') {
            for (String e : LATIN_ENDINGS) {
                if (folded.length() - e.length() >= 2 && folded.endsWith(e)) out.add(folded.substring(0, folded.length() - e.length()));
            }
        } else if (first >= '\u0400' && first <= '\u04FF') {
            for (String e : CYRILLIC_ENDINGS) {
                if (folded.length() - e.length() >= 3 && folded.endsWith(e)) out.add(folded.substring(0, folded.length() - e.length()));
            }
        } else if (first >= '\u0600' && first <= '\u06FF') {
            if (folded.length() > 3 && ARABIC_PROCLITICS.indexOf(first) >= 0) out.add(folded.substring(1));
        }
        return out;
    }

    static boolean isHangul(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!HangulReading.isSyllable(s.charAt(i))) return false;
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) return false;
        }
        return true;
    }

    private static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') return true;
        }
        return false;
    }

    private static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }

    /** Arabic letters written several ways (hamza seats, ta marbuta, Persian yeh and kaf) made one; vowel marks dropped. */
    private static String foldArabic(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') continue;
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
                case 'ة' -> sb.append('ه');
                case 'ى', 'ی' -> sb.append('ي');
                case 'ک' -> sb.append('ك');
                default -> { if (Character.isLetterOrDigit(c)) sb.append(c); }
            }
        }
        return sb.toString();
    }
}
