package org.cordon.match.normalise;

import java.util.Set;

/**
 * Titles and honorifics that lists and queries put before a person's name ("Mr.", "Dr.", "Shaikh",
 * "Präsident"). They say nothing about who is meant, so they are dropped from person names when
 * they lead the name and something follows. Suffixes after the name ("Jr.", "III", "MD") likewise, while two name words
 * remain. Titles that are as often a name are not among them: "He" (His Excellency written bare) is the Chinese family
 * name 何, which a Chinese name puts first ("He Jing" is OFAC's "HE, Jing"); "Sen" (Senator) the Turkish and Bengali family
 * name Şen, Sen; "Prince", "Princess", "King" and "Emir" given names and family names ("JOHNSON, Prince Yormie", "CHANDY,
 * King", "KHAMZAT, Emir"). Dropped, they left a one-word name that met every listed one-word alias ("Şen Hamza" the alias
 * "Hamza", "Don Johnson" the alias "JOHNSON, Prince").
 */
final class Honorifics {
    private static final Set<String> WORDS = Set.of(
            "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "hon",
            "honourable", "honorable", "rev", "reverend", "father", "sr", "jr", "esq", "shaikh", "sheikh", "shaykh", "sheik",
            "cheikh", "sayed", "sayyid", "seyed", "seyyed", "sayyed", "haji", "hajji", "hadji", "alhaj", "alhaji", "mullah", "mulla", "maulana", "maulvi", "mawlawi",
            "mawlavi", "moulvi", "qari", "imam", "ayatollah", "hojatoleslam", "president", "prasident", "presidente", "general",
            "gen", "colonel", "col", "lt", "lieutenant", "capt", "captain", "major", "maj", "admiral", "adm", "brigadier",
            "commander", "cmdr", "queen", "his", "her", "excellency", "minister",
            "senator", "judge", "herr", "hr", "frau", "fr", "monsieur", "mme", "mlle", "senor", "senora", "don", "dona", "gospodin",
            "engineer", "eng", "ing");

    private Honorifics() {}

    /**
     * Titles written in Arabic script ("السيد" Mr, "الدكتور" Dr, "الشيخ", "الحاج", Persian "حاجی"), and the ones Persian
     * and Dari write without the article ("سید" Seyyed, "شیخ" Sheikh, "حجت الاسلام" Hojatoleslam, "آیت الله" Ayatollah),
     * which the Latin titles above drop from the same names: kept, "سید محمد موسویان" met its own record "Seyyed Mohammad
     * MOUSVIAN" with a word unmet. They are dropped before reading the name, because the article on them ("al-sayyid")
     * would otherwise be read as a name's article and the word as a name.
     */
    private static final Set<String> ARABIC_SCRIPT = Set.of(
            "السيد", "السيدة", "الدكتور", "الدكتورة", "دكتور", "د", "الشيخ", "الحاج", "حاجي", "حاجی",
            "المهندس", "الأستاذ", "الاستاذ", "ملا", "مولوي", "مولوی", "الملا",
            "سيد", "سید", "شيخ", "شیخ", "حاج", "حجت الاسلام", "حجتالاسلام", "ایت الله", "ايت الله", "ایتالله", "ايتالله",
            "مولانا", "قاري", "قاری");

    /** The name without leading Arabic-script titles (of one word or two), as long as a word remains; marks (shadda) ignored. */
    static String withoutArabicTitle(String name) {
        String[] words = Chars.wordsBetweenSpaces(name);
        int k = 0;
        while (k < words.length - 1) {
            String bare = bare(words[k]);
            if (ARABIC_SCRIPT.contains(bare)) k++;
            else if (k < words.length - 2 && ARABIC_SCRIPT.contains(bare + " " + bare(words[k + 1]))) k += 2;
            else break;
        }
        return k == 0 ? name : String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }

    private static String bare(String word) {
        return Chars.withoutNonSpacingMarks(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)).replace('.', ' ').trim();
    }

    /** Generational and degree suffixes that follow a person's name: "Jr.", "III", "MD", "PhD". */
    private static final Set<String> SUFFIXES = Set.of(
            "jr", "sr", "ii", "iii", "iv", "md", "phd", "dds", "dvm", "esq", "mba", "cpa", "jnr", "snr");

    static boolean isSuffix(String token) {
        return SUFFIXES.contains(token);
    }

    static boolean isHonorific(String token) {
        return WORDS.contains(token);
    }
}
