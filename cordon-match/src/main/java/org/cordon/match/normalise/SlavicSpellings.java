package org.cordon.match.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * A Russian (or Ukrainian, Belarusian) person's name spelt in Latin letters as German, Polish or French write Cyrillic,
 * read as English writes it, as the lists spell such names: "Jewgeni Prigoschin" as "yevgeni prigoshin", "Juri
 * Kowaltschuk" as "yuri kovalchuk", "Siergiej Ławrow" as "sergey lavrov", "Evgueni Prigojine" as "evgeni prigozhin",
 * "Sergueï Choïgou" as "sergey shoigu". Met by the letters alone, "Juri Kowaltschuk" met "Yuriy KOVALCHUK" at 0.63 and
 * "Evgueni Prigojine" "Yevgeniy PRIGOZHIN" at 0.12.
 *
 * <p>Only a name that shows the convention gets the reading: German and Polish by tsch, cz or sz, or by w, sch or a Slavic
 * j with a Slavic ending (Kowalow, Sergej, Medwedew); French by a Slavic ending (-ine, -ov, -ev) with ou, tch or gu before e
 * or i (Poutine, Evgueni), unless the name has letters only English writes (Zhukov, Shoigu, Yakovlev) or its patronymic's
 * -ich. A German "Hans Schmidt", a French "Jean Dupont", "Mohamed Farouk" or the English "Stanislav Chemezov" (ch and -ov,
 * but no ou, tch or gu) is read as it is.
 */
final class SlavicSpellings {
    private SlavicSpellings() {}

    private static final String[] CENTRAL_ENDINGS = {
            "ow", "ew", "owa", "ewa", "owna", "ewna", "ij", "ej", "oj", "yj", "itsch", "ski", "skij", "skaja", "in", "ina", "yn",
            "yna", "ko", "uk", "juk", "ienko", "jenko"};
    private static final String[] FRENCH_ENDINGS = {
            "ine", "ov", "ev", "ova", "eva", "ovna", "evna", "ovitch", "evitch", "tchouk", "enko", "ski", "skaia", "ei", "ii"};
    /** What English spellings of Russian names write and French ones do not (zh, sh for ж, ш; y for й and the iotated vowels). */
    private static final String[] ENGLISH_LETTERS = {"zh", "sh", "ya", "yu", "ye", "iy"};

    /** The name's English readings by the conventions it shows (none, one or two), each once and unlike the reading. */
    static List<String> inEnglish(String reading) {
        // most names have none of the letters either convention needs: no words split for them
        boolean central = reading.indexOf('w') >= 0 || reading.indexOf('j') >= 0 || reading.contains("sch")
                || reading.contains("cz") || reading.contains("sz");
        if (!central && !reading.contains("ou") && !reading.contains("tch") && !reading.contains("gu")) return List.of();
        List<String> words = new ArrayList<>();
        Chars.asciiWords(reading, words);
        if (words.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(2);
        if (central(words)) add(out, reading, words, false);
        if (french(words)) add(out, reading, words, true);
        return out;
    }

    private static void add(List<String> out, String reading, List<String> words, boolean french) {
        StringBuilder b = new StringBuilder(reading.length() + 8);
        for (String w : words) {
            if (!b.isEmpty()) b.append(' ');
            b.append(french ? fromFrench(w) : fromCentral(w));
        }
        String s = b.toString();
        if (!s.equals(reading) && !out.contains(s)) out.add(s);
    }

    /**
     * German or Polish: tsch, cz or sz, or w, sch or a j as Slavic names have it (Jewgeni, Juri, Sergej, Jurij: before a
     * vowel at a word's start, after one at its end), with a Slavic ending. Not "Miraj" or "Hajj": -aj is no Russian ending.
     */
    private static boolean central(List<String> words) {
        boolean letters = false, ending = false;
        for (String w : words) {
            if (w.contains("tsch") || w.contains("cz") || w.contains("sz")) return true;
            if (w.indexOf('w') >= 0 || w.contains("sch")) letters = true;
            int n = w.length();
            if (n > 2 && w.charAt(0) == 'j' && "aeou".indexOf(w.charAt(1)) >= 0) letters = true;
            if (n > 2 && w.charAt(n - 1) == 'j' && "eioy".indexOf(w.charAt(n - 2)) >= 0) letters = true;
            for (String e : CENTRAL_ENDINGS) if (n > e.length() + 1 && w.endsWith(e)) ending = true;
        }
        return letters && ending;
    }

    /**
     * French: ou, tch, gue or gui with a Slavic ending, and none of the letters only English spellings write, nor its
     * patronymic's -ich.
     */
    private static boolean french(List<String> words) {
        boolean letters = false, ending = false;
        for (String w : words) {
            for (String e : ENGLISH_LETTERS) if (w.contains(e)) return false;
            // -ich is the English patronymic (Vadimovich; French -ovitch): its ch is not the French sh
            if (w.endsWith("ich")) return false;
            if (w.contains("ou") || w.contains("tch") || w.contains("gue") || w.contains("gui")) letters = true;
            for (String e : FRENCH_ENDINGS) if (w.length() > e.length() + 1 && w.endsWith(e)) ending = true;
        }
        return letters && ending;
    }

    /** German and Polish: tsch and cz ch, sch and sz sh, their shch, ch kh, w v, j y, ie after a consonant e. */
    static String fromCentral(String w) {
        StringBuilder b = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; ) {
            if (w.startsWith("schtsch", i)) { b.append("shch"); i += 7; }
            else if (w.startsWith("szcz", i)) { b.append("shch"); i += 4; }
            else if (w.startsWith("tsch", i)) { b.append("ch"); i += 4; }
            else if (w.startsWith("sch", i)) { b.append("sh"); i += 3; }
            else if (w.startsWith("sz", i)) { b.append("sh"); i += 2; }
            else if (w.startsWith("cz", i)) { b.append("ch"); i += 2; }
            else if (w.startsWith("ch", i)) { b.append("kh"); i += 2; }
            else if (w.startsWith("ie", i) && i > 0 && !vowel(w.charAt(i - 1))) { b.append('e'); i += 2; }
            else {
                char c = w.charAt(i++);
                b.append(c == 'w' ? 'v' : c == 'j' ? 'y' : c);
            }
        }
        return b.toString();
    }

    /** French: tch ch, ch sh, chtch shch, ou u (iou yu), j zh, gue ge, a final -ine -in, a final -ei -ey. */
    static String fromFrench(String w) {
        StringBuilder b = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; ) {
            if (w.startsWith("chtch", i)) { b.append("shch"); i += 5; }
            else if (w.startsWith("tch", i)) { b.append("ch"); i += 3; }
            else if (w.startsWith("ch", i)) { b.append("sh"); i += 2; }
            else if (w.startsWith("iou", i)) { b.append("yu"); i += 3; }
            else if (w.startsWith("ou", i)) { b.append('u'); i += 2; }
            else if (w.startsWith("gu", i) && i + 2 < n && (w.charAt(i + 2) == 'e' || w.charAt(i + 2) == 'i')) { b.append('g'); i += 2; }
            else if (w.startsWith("ine", i) && i + 3 == n) { b.append("in"); i += 3; }
            else if (w.startsWith("ei", i) && i + 2 == n) { b.append("ey"); i += 2; }
            else {
                char c = w.charAt(i++);
                if (c == 'j') b.append("zh");
                else b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
