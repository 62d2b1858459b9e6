package org.cordon.match.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes any script in lower-case ASCII Latin, keeping several readings where one script is read
 * more than one way. Cyrillic uses the BGN/PCGN-style spelling sanctions lists use ("Sergey
 * Viktorovich"), not ICU's ISO 9 ("Sergej Viktorovic"); Hangul and Hanja are read in the DPRK
 * McCune-Reischauer style ({@link Hangul}, {@link HanKorean}); every other script goes through
 * ICU's Any-Latin. ICU transliterators are slow to build and not thread-safe, so the threads share pools of them
 * ({@link TransliteratorPool}), and results are cached per word: list names repeat the same words many times.
 */
final class Romaniser {
    private static final TransliteratorPool ANY_LATIN = new TransliteratorPool("Any-Latin; Latin-ASCII");
    private static final TransliteratorPool HAN_LATIN = new TransliteratorPool("Han-Latin; Latin-ASCII");
    private static final TransliteratorPool TO_ASCII = new TransliteratorPool("Latin-ASCII");
    /** A word in each script other than Latin, Cyrillic, Hangul and Han that names come in, for {@link #prepare}. */
    private static final String[] OTHER_SCRIPTS = {"محمد", "پور", "שלום", "Ελλάδα", "საქართველო", "Հայաստան", "ไทย", "हिन्दी",
            "カタカナ", "ひらがな", "ܣܘܪܝܐ", "ދިވެހި", "ខ្មែរ", "ລາວ", "မြန်မာ", "አማርኛ"};
    /** Each word's romanisation, remembered (up to 500,000 words). */
    private static final WordMemo ROMANISED = new WordMemo(500_000, w -> romaniseWord(w).toLowerCase(java.util.Locale.ROOT));

    private static final String[] CYRILLIC = new String[0x460 - 0x400];

    static {
        String[][] table = {
                {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"}, {"з", "z"},
                {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"},
                {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"},
                {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"},
                {"і", "i"}, {"ї", "yi"}, {"є", "ye"}, {"ў", "u"}, {"ђ", "dj"}, {"ј", "j"}, {"љ", "lj"}, {"њ", "nj"},
                {"ћ", "c"}, {"џ", "dz"}, {"ѓ", "gj"}, {"ќ", "kj"}, {"ѕ", "dz"}};
        for (String[] row : table) {
            char lower = row[0].charAt(0);
            CYRILLIC[lower - 0x400] = row[1];
            char upper = Character.toUpperCase(lower);
            if (upper >= 0x400 && upper < 0x460) CYRILLIC[upper - 0x400] = row[1];
        }
    }

    private Romaniser() {}

    /**
     * Builds the transliterators {@code count} threads romanise with at once, each with its parts for the scripts names come
     * in: the first build in a JVM parses ICU's rules (some 340 ms on this machine), later ones take them from ICU's
     * registry (3-8 ms), and a transliterator's first word in a script builds that script's part (about 1 ms).
     */
    static void prepare(int count) {
        TO_ASCII.prepare(count, "é");
        HAN_LATIN.prepare(count, "习");
        ANY_LATIN.prepare(count, OTHER_SCRIPTS);
    }

    /**
     * Readings of a whole name in ASCII Latin (lower case; punctuation kept for the tokeniser).
     * The first reading is the primary one. A name already in ASCII comes back unchanged.
     */
    static List<String> readings(String name) {
        if (isAscii(name)) return List.of(name.toLowerCase(java.util.Locale.ROOT));
        List<String> out = new ArrayList<>(3);
        boolean hangul = false, han = false, hebrew = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Hangul.isSyllable(cp)) hangul = true;
            else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) han = true;
            else if (cp <= 0xFFFF && isHebrewLetter((char) cp)) hebrew = true;
        }
        if (hangul) {
            for (String r : Hangul.readings(name)) out.add(wordwise(r));
        }
        if (han) {
            String korean = HanKorean.read(name);
            // A Korean reading first when every character has one: lists of Korean entities spell them so
            if (korean != null) out.addAll(Hangul.readingsOfLatin(korean));
            out.add(hanToLatin(name));
        }
        if (out.isEmpty() && hebrew) {
            out.add(hebrewReading(name, false));
            out.add(hebrewReading(name, true));
        }
        if (out.isEmpty()) {
            out.add(wordwise(arabicWords(name)));
            String persian = persianReading(name);
            if (persian != name) out.add(wordwise(arabicWords(persian)));
            String urdu = urduReading(name);
            if (urdu != name) {
                String reading = wordwise(arabicWords(urdu));
                if (!out.contains(reading)) out.add(reading);
            }
            String spoken = cyrillicSpoken(name);
            if (spoken != null && !spoken.equals(out.get(0))) out.add(spoken);
            String foreign = cyrillicForeign(name);
            if (foreign != null && !out.contains(foreign)) out.add(foreign);
            String greek = greekSpoken(name, false);
            if (greek != null && !out.contains(greek)) out.add(greek);
            String greekH = greek == null ? null : greekSpoken(name, true);
            if (greekH != null && !out.contains(greekH)) out.add(greekH);
        }
        return out;
    }

    private static final String CYRILLIC_VOWELS = "аеёиоуыэюяіїє";

    /**
     * A name with Cyrillic letters in the other spelling lists give such names in Latin, or null when it has none: й as i
     * (Andrei, Sergei, Nikolai), a final ий, ый or ій as y (Dmitry, Vitaly), е as ye and ё as yo at the start of a word and
     * after a vowel or soft sign (Yevgeny, Nikolayevich, Yuryevich), ё after a consonant as yo too (Fyodorov, Tkachyov), я and ю
     * after a consonant as ia and iu (Natalia, Masliukov), ў as v (Bulavko, Masliukov); in a Ukrainian or Belarusian name (one
     * with і, ї, є, ґ or ў) г as h and и as y (Hennadiy, Mykhailo, Hulevich). The first reading writes the one spelling lists
     * use most (й y, е e, ё e, я ya), and three words each a letter or two apart missed the record's Latin name: "Евгений
     * Алексеевич ФЁДОРОВ" met "Yevgeny Alexeyevich FYODOROV" at 0.78, "Андрей Юрьевич Воробьев" "Andrei Yuryevich VOROBYOV"
     * at 0.79.
     */
    static String cyrillicSpoken(String name) {
        boolean cyrillic = false, ukrainian = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 0x400 && c < 0x460) cyrillic = true;
            if (c == 'і' || c == 'ї' || c == 'є' || c == 'ў' || c == 'ґ') ukrainian = true;
        }
        if (!cyrillic) return null;
        StringBuilder sb = new StringBuilder(name.length() * 2);
        int n = name.length();
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(name.charAt(i));
            char next = i + 1 < n ? Character.toLowerCase(name.charAt(i + 1)) : 0;
            boolean afterVowelOrSign = prev == 0 || !isCyrillicLetter(prev) || CYRILLIC_VOWELS.indexOf(prev) >= 0 || prev == 'ь' || prev == 'ъ';
            String r;
            if ((c == 'и' || c == 'ы' || c == 'і') && next == 'й' && (i + 2 >= n || !Character.isLetter(name.charAt(i + 2)))) {
                r = "y";
                i++;
            } else {
                r = switch (c) {
                    case 'й' -> "i";
                    case 'е' -> afterVowelOrSign ? "ye" : "e";
                    case 'ё' -> "yo";
                    case 'я' -> afterVowelOrSign ? "ya" : "ia";
                    case 'ю' -> afterVowelOrSign ? "yu" : "iu";
                    case 'ў' -> "v";
                    case 'г' -> ukrainian ? "h" : "g";
                    case 'и' -> ukrainian ? "y" : "i";
                    default -> {
                        String t = c >= 0x400 && c < 0x460 ? CYRILLIC[c - 0x400] : null;
                        yield t != null ? t : String.valueOf(c);
                    }
                };
            }
            sb.append(r);
            prev = c;
        }
        return asciiOnly(sb.toString()).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A name with Cyrillic letters as Russian writes foreign names and words, or null when it has no х and no дж: х as h, as it
     * writes the h of Arabic, Korean and English names and words (Хасан Hasan, Мухаммад Muhammad, Ханифа Hanifa, Иннохаб
     * Innohub), and дж as j (Джихад Jihad, Джахонгир Jahongir, Джон John); every other letter as the first reading has it.
     * Read kh and dzh, such words met their Latin spelling one or two edits apart, short ones below the threshold ("Хусан" ~
     * the alias "Husan" 0.71, "Хамас" ~ Hamas 0.79, "Джалолов Джахонгир Орифович" ~ "Jahongir Orifovich JALOLOV" 0.58).
     */
    static String cyrillicForeign(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.indexOf('х') < 0 && !lower.contains("дж")) return null;
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String t;
            if (c == 'х') {
                t = "h";
            } else if (c == 'д' && i + 1 < lower.length() && lower.charAt(i + 1) == 'ж') {
                t = "j";
                i++;
            } else {
                t = c >= 0x400 && c < 0x460 ? CYRILLIC[c - 0x400] : null;
            }
            sb.append(t != null ? t : String.valueOf(c));
        }
        return asciiOnly(sb.toString()).toLowerCase(java.util.Locale.ROOT);
    }

    /** Modern Greek's digraphs, as it writes foreign names and words, and its letters as spoken (ICU reads them classically). */
    private static final String[][] GREEK_DIGRAPHS = {{"ου", "u"}, {"αι", "e"}, {"ει", "i"}, {"οι", "i"}, {"υι", "i"}, {"αυ", "av"},
            {"ευ", "ev"}, {"μπ", "b"}, {"ντ", "d"}, {"γκ", "g"}, {"γγ", "ng"}, {"τσ", "ch"}, {"τς", "ch"}, {"τζ", "j"}};
    private static final String GREEK_LETTERS = "αβγδεζηθικλμνξοπρσςτυφχψω";
    private static final String[] GREEK_SPOKEN = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "ks", "o", "p",
            "r", "s", "s", "t", "i", "f", "kh", "ps", "o"};

    /**
     * A name with Greek letters as Modern Greek speaks them and writes foreign names with them, or null when it has none:
     * μπ b, ντ d, γκ g, τσ ch, τζ j, ου u, αι e, ει οι η υ i, β v, χ kh ("Βλαντιμίρ Πούτιν" Vladimir Putin, "Ρομάν Αμπράμοβιτς"
     * Roman Abramovich, "Ντονμπάς" Donbas); two vowels are one sound only where the first carries no accent and the second
     * no diaeresis ("Σεργκέι" is Sergei). ICU reads the letters classically (μπ mp, ντ nt, β b, η e, υ y), and "Σεργκέι
     * Λαβρόφ" met no Sergei Lavrov, "Βλαντιμίρ Πούτιν" Vladimir Putin at 0.65. With {@code hForChi}, χ is h: Greek has no
     * h and writes a foreign one with χ ("Χαμάς" Hamas, "Χεζμπολάχ" Hezbollah, "Χουσεΐν" Hussein), as it writes kh (Khamenei).
     */
    static String greekSpoken(String name, boolean hForChi) {
        String nfd = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD);
        boolean greek = false;
        for (int i = 0; i < nfd.length() && !greek; i++) greek = GREEK_LETTERS.indexOf(nfd.charAt(i)) >= 0;
        if (!greek) return null;
        // the letters without their marks, and per letter whether it carried an accent or a diaeresis
        StringBuilder letters = new StringBuilder(nfd.length());
        java.util.BitSet accented = new java.util.BitSet(), diaeresis = new java.util.BitSet();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (c >= 0x300 && c <= 0x36F) {
                if (letters.isEmpty()) continue;
                if (c == 0x308) diaeresis.set(letters.length() - 1);
                else accented.set(letters.length() - 1);
            } else {
                letters.append(c);
            }
        }
        StringBuilder sb = new StringBuilder(letters.length() + 8);
        for (int i = 0; i < letters.length(); ) {
            String digraph = null;
            if (i + 1 < letters.length()) {
                char a = letters.charAt(i), b = letters.charAt(i + 1);
                boolean vowels = "αεου".indexOf(a) >= 0;
                for (String[] d : GREEK_DIGRAPHS) {
                    if (d[0].charAt(0) == a && d[0].charAt(1) == b && !(vowels && (accented.get(i) || diaeresis.get(i + 1)))) {
                        digraph = d[1];
                        break;
                    }
                }
            }
            if (digraph != null) {
                sb.append(digraph);
                i += 2;
                continue;
            }
            char c = letters.charAt(i++);
            int k = GREEK_LETTERS.indexOf(c);
            sb.append(c == 'χ' && hForChi ? "h" : k >= 0 ? GREEK_SPOKEN[k] : String.valueOf(c));
        }
        return asciiOnly(sb.toString()).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isCyrillicLetter(char c) {
        return c >= 0x400 && c < 0x460;
    }

    /**
     * The name read as Persian and Dari write their names in Latin, or the name itself when that changes nothing: ق as gh
     * (غ; Bagheri, Moghaddam, Ghasemi), ض and ذ as z (Reza, Faiz, Nazir), ث as s, a final ه after a consonant as the
     * vowel lists write (جمعه Juma, as the Arabic ta marbuta), and each و that is the consonant v as ڤ (read "v"): at the
     * start of a word, after an alif inside one, and before an alif or a yeh. Any-Latin reads the letters as Arabic
     * does (q, d, dh, th), and reads و as w, a semivowel the consonant skeleton leaves out, so جواد ظریف (Javad Zarif),
     * وحیدی (Vahidi), محمد باقری (Mohammad Bagheri) and رضا (Reza) never met the lists' Latin spellings. Kept as a second
     * reading beside the first, because Arabic names read the letters so (Jawad, Baqir, Rida) and Persian ones read و as
     * a vowel elsewhere (محمود Mahmoud, روحانی Rouhani); a final و and the conjunction alone are always vowels. The yeh
     * is the Arabic or the Persian letter, not the alif maqsura, which writes a final a: سلوى is Salwa, not Selvi.
     */
    static String persianReading(String s) {
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case '\u0642' -> '\u063A';
                case '\u0636', '\u0630' -> '\u0632';
                case '\u062B' -> '\u0633';
                case '\u0648' -> consonantWaw(s, i) ? '\u06A4' : c;
                case '\u0647' -> vowelHeh(s, i) ? '\u0629' : c;
                default -> c;
            };
            if (r == c) continue;
            if (b == null) b = new StringBuilder(s);
            b.setCharAt(i, r);
        }
        return b == null ? s : b.toString();
    }

    /**
     * The name read as Urdu, Pashto and Dari names are written in Latin letters, or the name itself when that changes
     * nothing: ث as s and ذ and ض as z, as the Persian reading has them, but ق as q and و as w, as the Arabic one has them
     * (ثاقب Saqib, ذاكر Zakir, ضياء الحق Zia ul Haq, ذو الفقار Zulfiqar, وثيق Waseeq). Neither of the other readings met
     * such a name whole: "نور محمد ثاقب" missed its own record's NOOR MOHAMMAD SAQIB (0.70).
     */
    static String urduReading(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case '\u062B' -> '\u0633';
                case '\u0630', '\u0636' -> '\u0632';
                default -> c;
            };
            if (r == c) continue;
            if (b == null) b = new StringBuilder(s);
            b.setCharAt(i, r);
        }
        return b == null ? s : b.toString();
    }

    private static boolean consonantWaw(String s, int i) {
        boolean first = i == 0 || !Character.isLetter(s.charAt(i - 1));
        if (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1))) return false;
        char next = s.charAt(i + 1);
        boolean afterAlif = !first && isAlif(s.charAt(i - 1)) && i >= 2 && Character.isLetter(s.charAt(i - 2));
        return first || afterAlif || isAlif(next) || next == '\u064A' || next == '\u06CC';
    }

    /** A word's last letter ه after a consonant, in a word of three letters or more that does not end in الله. */
    private static boolean vowelHeh(String s, int i) {
        if (i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) return false;
        if (i < 2 || !Character.isLetter(s.charAt(i - 1)) || !Character.isLetter(s.charAt(i - 2))) return false;
        char prev = s.charAt(i - 1);
        if (isAlif(prev) || prev == '\u0648' || prev == '\u064A' || prev == '\u06CC' || prev == '\u0647') return false;
        return !(prev == '\u0644' && s.charAt(i - 2) == '\u0644');
    }

    private static boolean isAlif(char c) {
        return c == '\u0627' || c == '\u0622' || c == '\u0623' || c == '\u0625';
    }

    /**
     * Arabic spelling that Any-Latin reads unlike the lists: the definite article written onto the
     * word ("الكوني" -> "al kuni", lists write "Al Kuni" or "al-Kuni") is split off, and a final ta
     * marbuta, silent in names, is read as the vowel lists write ("أسامة" Osama, "حمزة" Hamza), not "t"; Persian and Urdu
     * letters are read as the Arabic ones ({@link NameNormaliser#arabicAndUrduLettersFolded}).
     */
    static String arabicWords(String name) {
        boolean arabic = false;
        for (int i = 0; i < name.length() && !arabic; i++) arabic = Character.UnicodeScript.of(name.charAt(i)) == Character.UnicodeScript.ARABIC;
        if (!arabic) return name;
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (String w : name.split(" ")) {
            if (!sb.isEmpty()) sb.append(' ');
            String word = w;
            if (word.endsWith("ة")) word = word.substring(0, word.length() - 1) + "ا";
            word = NameNormaliser.arabicAndUrduLettersFolded(word);
            if (word.length() > 3 && word.startsWith("ال") && !isAllah(word)) word = "ال " + word.substring(2);
            sb.append(word);
        }
        return sb.toString();
    }

    /**
     * Whether the word is or begins with الله (God; with or without the shadda), which begins with the letters of the
     * article and is not one: split, "عبد الله" (Abdullah) and "هدايت الله" (Hidayatullah) read "abd al lh", and no Latin
     * spelling met the lh; nor did "امن اللهي" (Amanollahi) or "اللهکرم" (Allahkaram).
     */
    private static boolean isAllah(String word) {
        return word.startsWith("الله") || word.startsWith("اللّه") || word.startsWith("الّله");
    }

    /** Each Han character as its own Mandarin syllable ("习近平" -> "xi jin ping"). */
    private static String hanToLatin(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                sb.append(' ').append(hanSyllable(cp)).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return wordwise(sb.toString());
    }

    /**
     * Mandarin readings of the basic-plane Han characters as ICU gives them, filled in as they are met: a Chinese name
     * is read character by character, and ICU's transliterator was the largest cost of normalising one. Racing
     * threads write the same immutable string.
     */
    private static final String[] HAN_SYLLABLES = new String[0x10000];

    private static String hanSyllable(int cp) {
        if (cp >= HAN_SYLLABLES.length) return HAN_LATIN.transliterate(new String(Character.toChars(cp)));
        String r = HAN_SYLLABLES[cp];
        if (r == null) HAN_SYLLABLES[cp] = r = HAN_LATIN.transliterate(String.valueOf((char) cp));
        return r;
    }

    /** Romanises word by word (split on spaces), each through the cache. */
    private static String wordwise(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    if (!sb.isEmpty()) sb.append(' ');
                    sb.append(word(text.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return sb.toString();
    }

    /** One word in lower-case ASCII. */
    static String word(String w) {
        if (isAscii(w)) return w.toLowerCase(java.util.Locale.ROOT);
        return ROMANISED.of(w);
    }

    private static String romaniseWord(String w) {
        boolean cyrillic = false, hebrew = false, other = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0x400 && c < 0x460) cyrillic = true;
            else if (c >= 0x5D0 && c <= 0x5EA) hebrew = true;
            else if (c > 0x24F && Character.isLetter(c)) other = true;
        }
        if (hebrew && !cyrillic && !other) return hebrewWord(w, false);
        if (cyrillic && !other) {
            StringBuilder sb = new StringBuilder(w.length() * 2);
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                String r = c >= 0x400 && c < 0x460 ? CYRILLIC[c - 0x400] : null;
                if (r != null) sb.append(r);
                else sb.append(c);
            }
            return TO_ASCII.transliterate(sb.toString());
        }
        if (!other) return TO_ASCII.transliterate(w);
        // ayin and hamza come out as apostrophes (sʿyd); lists drop them in Latin (Sa'id -> said), so drop them
        // here too rather than let the tokeniser split the word in two ("s yd")
        // A word-initial ayin always carries a vowel that the script leaves unwritten and lists write as a
        // (Ali, Abd, Adl, Aziz): read it "a" so that "علي" is "aly", not "ly"
        String r = ANY_LATIN.transliterate(w);
        if (r.startsWith("\u02BF")) r = "a" + r.substring(1);
        return r.replace("'", "").replace("\u02BF", "").replace("\u02BE", "");
    }

    /** A name with Hebrew letters read word by word, as {@link #hebrewWord} reads them. */
    private static String hebrewReading(String name, boolean spoken) {
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (String w : name.split(" ")) {
            if (w.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            boolean hebrew = false;
            for (int i = 0; i < w.length() && !hebrew; i++) hebrew = isHebrewLetter(w.charAt(i));
            sb.append(hebrew ? hebrewWord(w, spoken).toLowerCase(java.util.Locale.ROOT) : word(w));
        }
        return sb.toString();
    }

    /**
     * A Hebrew word in the letters Israeli names are written with in Latin, one of two ways. Both read ש sh (Moshe,
     * Sharvit), ק k, a final ה after a consonant as the vowel a (Nachala, Moshe), and leave out א and ע, which carry
     * vowels, but for a first one before a consonant, read a (Eden, Ettinger, Elisha: left out, the Latin word's first
     * vowel had nothing to meet, and "עדן לוי" met its own record's Eden Levi at 0.64); ו is the vowel letter w (as read
     * from Arabic: the consonant skeleton leaves it out), and ג׳ j, ז׳ zh, צ׳ ch. Written (not {@code spoken}), ב כ פ are
     * b k p, ח h, צ z and a first ו w (Libi, Gopstein, Weiss, Zion); spoken, as Hebrew says them inside a word, ב כ are
     * v ch there (Gvir, Mordechai), פ f everywhere (Yosef, and first in names from Yiddish and German: Federman), ח ch,
     * צ tz, and a first ו and one before a final י v (Nachala, Tzvi, Vered, Levi). ICU's Any-Latin read ש s and only the
     * first way: "שרביט" came out "srbyt" against Sharvit, "נחלה" "nhlh" against Nachala.
     */
    static String hebrewWord(String w, boolean spoken) {
        StringBuilder sb = new StringBuilder(w.length() + 4);
        int n = w.length();
        boolean start = true;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            boolean geresh = next == '\u05F3' || next == '\'';
            boolean last = i + 1 == n || !isHebrewLetter(next) && !geresh;
            String r = switch (c) {
                // a first א or ע before a consonant carries the vowel the script leaves unwritten (עדן Eden, אטינגר Ettinger)
                case '\u05D0', '\u05E2' -> start && isHebrewConsonant(next) ? "a" : "";
                case '\u05D1' -> spoken && !start ? "v" : "b";
                case '\u05D2' -> geresh ? "j" : "g";
                case '\u05D3' -> "d";
                case '\u05D4' -> last && i >= 2 && !start && isHebrewConsonant(w.charAt(i - 1)) ? "a" : "h";
                case '\u05D5' -> spoken && (start || next == '\u05D9' && i + 2 == n && i > 0) || next == '\u05D5' && i + 2 < n ? "v"
                        : (i > 0 && w.charAt(i - 1) == '\u05D5' ? "" : "w");
                case '\u05D6' -> geresh ? "zh" : "z";
                case '\u05D7' -> spoken ? "ch" : "h";
                case '\u05D8', '\u05EA' -> "t";
                case '\u05D9' -> "y";
                case '\u05DA' -> spoken ? "ch" : "k";
                case '\u05DB' -> spoken && !start ? "ch" : "k";
                case '\u05DC' -> "l";
                case '\u05DD', '\u05DE' -> "m";
                case '\u05DF', '\u05E0' -> "n";
                case '\u05E1' -> "s";
                case '\u05E3' -> spoken ? "f" : "p";
                case '\u05E4' -> spoken ? "f" : "p";
                case '\u05E5', '\u05E6' -> geresh ? "ch" : spoken ? "tz" : "z";
                case '\u05E7' -> "k";
                case '\u05E8' -> "r";
                case '\u05E9' -> "sh";
                case '\u05F3', '\'' -> "";
                default -> Character.getType(c) == Character.NON_SPACING_MARK ? "" : String.valueOf(c);
            };
            sb.append(r);
            if (isHebrewLetter(c)) start = false;
            else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u05F3' && c != '\'') start = true;
        }
        return asciiOnly(sb.toString());
    }

    /** The text in ASCII: through ICU's Latin-ASCII only when some letter is not (a reading of a name on every query's way). */
    private static String asciiOnly(String s) {
        return isAscii(s) ? s : TO_ASCII.transliterate(s);
    }

    private static boolean isHebrewLetter(char c) {
        return c >= 0x5D0 && c <= 0x5EA;
    }

    /** A Hebrew letter other than the ones that also write vowels (א ה ו י ע). */
    private static boolean isHebrewConsonant(char c) {
        return isHebrewLetter(c) && c != '\u05D0' && c != '\u05D4' && c != '\u05D5' && c != '\u05D9' && c != '\u05E2';
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
