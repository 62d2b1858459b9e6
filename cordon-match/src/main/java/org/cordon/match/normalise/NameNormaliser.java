package org.cordon.match.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.cordon.model.Name;
import org.cordon.model.NamePart;
import org.cordon.model.Schema;

/**
 * Turns a name as written into tokens that compare well: removes invisible and direction characters
 * (so "Pu\u200Btin" is Putin), applies NFKC, reads other scripts in Latin, folds case and
 * diacritics, splits joined words written in camel case, reorders "Family, Given", drops leading
 * titles, reduces legal forms to canonical tokens, brings numbers to digits, and marks initials and
 * particles. Deterministic and thread-safe; the same function serves list names at build time and
 * queries at screening time, so both sides are treated alike.
 */
public final class NameNormaliser {
    /**
     * How long a sound-alike key may grow: the whole word. Cut at Double Metaphone's default of four, the key made words
     * that begin alike sound alike (Abdulwahab and Abdallah, Kovalev and Kovalevsky, Viktoriya and Viktorivna).
     */
    static final int PHONETIC_KEY_LENGTH = 32;
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    static {
        METAPHONE.setMaxCodeLen(PHONETIC_KEY_LENGTH);
    }
    /** A patronymic: three Latin letters or more and one of these endings ("ivanovich"), or one of the Turkic words alone. */
    private static final String[] PATRONYMIC_ENDINGS = {"ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ovna", "evna", "ovnа", "ichna", "yevna"};
    private static final java.util.Set<String> PATRONYMIC_WORDS = java.util.Set.of("ogly", "oglu", "kyzy", "qizi");

    private NameNormaliser() {}

    /**
     * Starts building ICU's transliterators on a thread of their own (a daemon), for a command about to screen many names
     * while it loads its index: the first build parses ICU's rules, and the screening threads, each building one at once
     * when the first name not in Latin script came, all parsed them side by side (some 0.5 s of CPU at the start of a
     * two-thread batch). It builds one for each core, as many as the screening threads use at once.
     */
    public static void prepareTransliteration() {
        int cores = Runtime.getRuntime().availableProcessors();
        Thread t = new Thread(() -> Romaniser.prepare(Math.min(cores, 8)), "cordon-transliterators");
        t.setDaemon(true);
        t.start();
    }

    /** Normalises a name for the given schema (null when unknown: both person and organisation rules apply). */
    public static NormalisedName normalise(String name, Schema schema) {
        return normalise(name, schema, List.of());
    }

    /** Normalises a list name, tagging tokens with the roles (given, family, patronymic) the source gives in its parts. */
    public static NormalisedName normalise(Name name, Schema schema) {
        return normalise(name.full(), schema, name.parts());
    }

    private static NormalisedName normalise(String name, Schema schema, List<NamePart> parts) {
        boolean personRules = schema == null || schema == Schema.PERSON || schema == Schema.LEGAL_ENTITY;
        boolean orgRules = schema != Schema.PERSON;
        String clean = clean(name);
        boolean familyMarked = false;
        String familyBeforeComma = null;
        if (personRules) {
            String reordered = reorderComma(clean, schema == Schema.PERSON);
            if (reordered != null) {
                familyBeforeComma = clean.substring(0, clean.indexOf(',')).strip();
                clean = reordered;
                familyMarked = true;
            }
        }
        // a lowercase letter before an uppercase one is rare: only such names are scanned for the split
        if (Chars.hasLowerThenUpper(clean)) clean = Chars.splitCamel(clean);
        Character.UnicodeScript script = org.cordon.model.Scripts.dominantNonLatin(clean);
        if (script == Character.UnicodeScript.ARABIC) clean = articleSpaced(clean);
        if (personRules && script == Character.UnicodeScript.ARABIC) clean = Honorifics.withoutArabicTitle(clean);
        List<String> readings = new ArrayList<>(Romaniser.readings(clean));
        // a Chinese or Korean company's form and generic words also in English, as the lists mostly write them (also: they
        // spell some in Latin letters, "Joson Paekho Muyok Hoesa"); a person's name keeps its characters. An Arabic or Persian
        // one's generic words too ("SANAYE HAFTOME TIR" and "Shahid Bagheri Industries Group")
        String inEnglish = null;
        if (orgRules && script == Character.UnicodeScript.HAN && (!personRules || OrgWords.hanCompany(clean))) {
            inEnglish = OrgWords.hanInEnglish(clean);
        } else if (orgRules && script == Character.UnicodeScript.HANGUL && (!personRules || OrgWords.hangulCompany(clean))) {
            inEnglish = OrgWords.hangulInEnglish(clean);
        }
        if (inEnglish != null && !inEnglish.equals(clean)) readings.add(Romaniser.readings(inEnglish).get(0));
        if (orgRules && script == Character.UnicodeScript.ARABIC) {
            for (int r = 0, n = readings.size(); r < n; r++) {
                String english = OrgWords.abjadInEnglish(readings.get(r));
                if (!readings.contains(english)) readings.add(english);
            }
        }
        if (orgRules && script == Character.UnicodeScript.CYRILLIC) {
            // a Russian body's descriptive words in English, as OFAC writes its name ("Самарский электромеханический завод",
            // "Samara Electromechanical Plant")
            String reading = readings.get(0), english = RussianOrgWords.inEnglish(reading, false);
            if (!readings.contains(english)) readings.add(english);
            if (reading.contains("nauchno")) {
                String scientific = RussianOrgWords.inEnglish(reading, true);
                if (!readings.contains(scientific)) readings.add(scientific);
            }
        } else if (orgRules && script == Character.UnicodeScript.LATIN) {
            // the same name spelt in Latin letters as Russian writes it ("OOO Samarskiy Elektromekhanicheskiy Zavod"), where
            // two of its words are Russian ones
            String reading = RussianOrgWords.withoutSigns(readings.get(0)), english = RussianOrgWords.inEnglish(reading, false, 2);
            if (english != reading) {
                readings.add(english);
                if (reading.contains("nauchno")) readings.add(RussianOrgWords.inEnglish(reading, true, 2));
            }
        }
        if (personRules && script == Character.UnicodeScript.LATIN) {
            // a Russian name as German, Polish or French spell Cyrillic, also as English does ("Juri Kowaltschuk", "Yuri Kovalchuk")
            for (String english : SlavicSpellings.inEnglish(readings.get(0))) if (!readings.contains(english)) readings.add(english);
        }
        String spacedOut = lettersJoined(clean);
        if (spacedOut != null) {
            // "P u t i n", "H I Z B A L L A H": a word written a letter at a time, to slip past a filter that compares words
            String reading = Romaniser.readings(spacedOut).get(0);
            if (!readings.contains(reading)) readings.add(reading);
        }
        String unabbreviated = withoutOwnAcronym(clean);
        if (unabbreviated != null) {
            // the name without its acronym, and the acronym alone, are both ways lists and queries write it
            readings.add(Romaniser.readings(unabbreviated).get(0));
            readings.add(Romaniser.readings(clean.substring(clean.lastIndexOf('(') + 1, clean.length() - 1).replace("-", "")).get(0));
        }
        boolean abjad = script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
        boolean cyrillic = script == Character.UnicodeScript.CYRILLIC;
        if (personRules && script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HANGUL) {
            for (int r = 0, n = readings.size(); r < n; r++) readings.addAll(compoundsJoined(readings.get(r), abjad));
        }
        List<String[]> roleParts = partTokens(parts, schema);
        if (parts.isEmpty() && familyBeforeComma != null) {
            // "FAMILY, Given" marks its family name as name parts do
            roleParts = new ArrayList<>();
            for (String w : readingsWords(familyBeforeComma)) roleParts.add(new String[]{w, Byte.toString(Tokens.FAMILY)});
        }
        if (personRules) {
            List<String> capitals = familyInCapitals(clean);
            if (!capitals.isEmpty()) {
                roleParts = new ArrayList<>(roleParts);
                for (String c : capitals) {
                    for (String w : readingsWords(c.toLowerCase(Locale.ROOT))) roleParts.add(new String[]{w, Byte.toString(Tokens.CASE_FAMILY)});
                }
            }
        }
        // only Latin letters write acronyms a word could be taken for (a word read from another script spells none, but for
        // a person's two Cyrillic initials, which stay so: "Чемезов Св")
        List<String> wordCase = script == Character.UnicodeScript.LATIN ? wordsInSmallLetters(clean) : List.of();
        if (!wordCase.isEmpty()) {
            roleParts = new ArrayList<>(roleParts);
            for (String w : wordCase) {
                for (String r : readingsWords(w.toLowerCase(Locale.ROOT))) roleParts.add(new String[]{r, Byte.toString(Tokens.WORD_CASE)});
            }
        }
        List<Tokens> forms = new ArrayList<>(readings.size());
        int personForms = 0;
        boolean syllabic = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL;
        // dotted runs ("S.A.R.L.") and Roman numerals ("Fund IV") are an organisation's way of writing; only Latin letters
        // write Roman numerals (a Cyrillic и is "and", в "in" or an initial, not 1 and 5)
        boolean roman = orgRules && script == Character.UnicodeScript.LATIN;
        java.util.Set<String> letterWords = cyrillic ? cyrillicLetterWords(clean) : java.util.Set.of();
        for (String reading : readings) {
            addForm(forms, tokenise(reading, personRules, orgRules, schema == Schema.PERSON, orgRules, roman, abjad, familyMarked,
                    roleParts, script != Character.UnicodeScript.LATIN, syllabic, cyrillic, letterWords));
            if (schema == null && (hasSingleLetter(reading) || shortFormAtEitherEnd(reading, cyrillic)
                    || !longInitials(reading, letterWords).isEmpty()) && forms.size() < 31) {
                // a name of no schema with a word of one letter, or two letters that spell a legal form at either end: read
                // as a person's as well, its letters initials ("Usmanov A.B.", "Ivanov S. A.", "Ivanov AO" are not the
                // companies AB, SA and AO), against persons' names only; against an organisation's it is read as one
                // ("Banco Santander S.A." is not "Banco Santander Mexico S A")
                int before = forms.size();
                addForm(forms, tokenise(reading, personRules, false, schema == Schema.PERSON, false, false, abjad, familyMarked,
                        roleParts, script != Character.UnicodeScript.LATIN, syllabic, cyrillic, letterWords));
                if (forms.size() > before) personForms |= 1 << before;
            }
            if (personRules && roman && hasLoneRomanLetter(reading)) {
                // a name of no known schema with a single I, V or X: a person's initial as well ("Putin V. V." is not
                // "Putin 5 5"), beside the organisation's or vessel's number ("Ocean V")
                addForm(forms, tokenise(reading, personRules, orgRules, schema == Schema.PERSON, false, false, abjad, familyMarked,
                        roleParts, script != Character.UnicodeScript.LATIN, syllabic, cyrillic, letterWords));
            }
        }
        List<String> scriptTokens = script == Character.UnicodeScript.LATIN ? List.of() : scriptTokens(clean, script);
        return new NormalisedName(name, schema, forms, script, scriptTokens, personForms);
    }

    private static void addForm(List<Tokens> forms, Tokens t) {
        for (Tokens f : forms) if (Arrays.equals(f.text, t.text) && Arrays.equals(f.kind, t.kind)) return;
        forms.add(t);
    }

    /**
     * A word of two letters closing a person's name of two words or more is no particle, which would belong to a word after
     * it, but a pair of initials: "Usmanov AB", "Ivanov DA" (Dmitry Aleksandrovich).
     */
    private static boolean initialsAtTheEnd(String w, int i, int count, boolean personRules, boolean abjad) {
        return personRules && !abjad && w.length() == 2 && i == count - 1 && count > 1;
    }

    /**
     * The Latin spellings of one Cyrillic letter that stand for it as an initial written with a dot: "Yu." (Yury, Юрий),
     * "Zh." (Zhanna), "Kh." (Khasan), "Shch.", "Ye." and the other letters Latin writes with two or more.
     */
    private static final java.util.Set<String> LETTER_SPELLINGS = java.util.Set.of(
            "yu", "ya", "yo", "ye", "yi", "iu", "ia", "zh", "kh", "ts", "ch", "sh", "shch", "dzh");

    /**
     * The words of a person's reading that are initials of more than one letter: a Latin spelling of one Cyrillic letter
     * followed by a dot ("Ivanov Yu.A.", as Russian names are abbreviated in Latin letters), and the words that were one
     * Cyrillic letter ({@code letterWords}: "Иванов Ю А"). Empty for most names.
     */
    static java.util.Set<String> longInitials(String reading, java.util.Set<String> letterWords) {
        java.util.Set<String> out = null;
        for (int dot = reading.indexOf('.'); dot >= 0; dot = reading.indexOf('.', dot + 1)) {
            int start = dot;
            while (start > 0 && reading.charAt(start - 1) >= 'a' && reading.charAt(start - 1) <= 'z') start--;
            String w = reading.substring(start, dot);
            if ((start == 0 || !Character.isLetterOrDigit(reading.charAt(start - 1))) && LETTER_SPELLINGS.contains(w)) {
                if (out == null) out = new java.util.HashSet<>();
                out.add(w);
            }
        }
        if (!letterWords.isEmpty()) {
            List<String> words = new ArrayList<>();
            Chars.asciiWords(reading, words);
            for (String w : words) {
                if (!letterWords.contains(w)) continue;
                if (out == null) out = new java.util.HashSet<>();
                out.add(w);
            }
        }
        return out == null ? java.util.Set.of() : out;
    }

    /** The Latin readings, of two letters or more, of the name's words that are a single Cyrillic letter ("Ю" -> "yu"). */
    static java.util.Set<String> cyrillicLetterWords(String clean) {
        java.util.Set<String> out = null;
        for (int i = 0, n = clean.length(); i < n; i++) {
            char c = clean.charAt(i);
            if (c < 0x400 || c >= 0x460 || !Character.isLetter(c)) continue;
            if ((i > 0 && Character.isLetter(clean.charAt(i - 1))) || (i + 1 < n && Character.isLetter(clean.charAt(i + 1)))) continue;
            for (String r : Romaniser.readings(String.valueOf(c))) {
                if (r.length() < 2) continue;
                if (out == null) out = new java.util.HashSet<>();
                out.add(r);
            }
        }
        return out == null ? java.util.Set.of() : out;
    }

    /** Whether the reading has a word of one letter, alone or in a dotted run ("a.b."). */
    static boolean hasSingleLetter(String reading) {
        for (int i = 0, n = reading.length(); i < n; i++) {
            if (Character.isLetter(reading.charAt(i)) && (i == 0 || !Character.isLetter(reading.charAt(i - 1)))
                    && (i + 1 == n || !Character.isLetter(reading.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first or last of two or more words of the reading is a legal form of two letters ("Ivanov AO"). */
    static boolean shortFormAtEitherEnd(String reading, boolean cyrillic) {
        List<String> words = new ArrayList<>();
        Chars.asciiWords(reading, words);
        if (words.size() < 2) return false;
        for (String w : List.of(words.get(0), words.get(words.size() - 1))) {
            if (w.length() == 2 && LegalForms.canonical(w, cyrillic) != null) return true;
        }
        return false;
    }

    /** Whether the reading has a word that is the single letter i, v or x. */
    static boolean hasLoneRomanLetter(String reading) {
        for (int i = 0, n = reading.length(); i < n; i++) {
            char c = reading.charAt(i);
            if ((c == 'i' || c == 'v' || c == 'x') && (i == 0 || !Character.isLetterOrDigit(reading.charAt(i - 1)))
                    && (i + 1 == n || !Character.isLetterOrDigit(reading.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a word that is the single letter i, v or x followed by a dot. */
    static boolean hasDottedLoneRomanLetter(String s) {
        for (int i = s.indexOf('.'); i > 0; i = s.indexOf('.', i + 1)) {
            char c = s.charAt(i - 1);
            if ((c == 'i' || c == 'v' || c == 'x') && (i == 1 || !Character.isLetterOrDigit(s.charAt(i - 2)))) return true;
        }
        return false;
    }

    /** The article of an Arabic compound name as Latin spellings write it, the sun letters' assimilated ones among them. */
    private static final java.util.Set<String> COMPOUND_ARTICLES = java.util.Set.of(
            "al", "el", "ul", "ud", "ad", "ed", "ur", "ar", "er", "as", "es", "ash", "an", "at", "az", "ez");
    /** The kunya's abu and the ذو (dhu, zu: "possessor of") of Zulfiqar, ذو الفقار. */
    private static final java.util.Set<String> COMPOUND_FIRST = java.util.Set.of("abu", "abou", "abw", "dhw", "dhu", "zw", "zu");
    private static final java.util.Set<String> COMPOUND_LAST = java.util.Set.of("din", "dine", "deen", "dyn", "islam", "aslam");
    private static final String[] COMPOUND_HINTS = {"ab", "din", "deen", "dyn", "islam", "aslam", "dhw", "dhu", "zw", "zu"};

    /**
     * Readings of a person's name with its Arabic compounds written as one word: "abu al X", "dhu al X", "X al din" and "X al islam"
     * (any spelling of the article: el, ul, ud, ad...), as the lists often write them (Abualfazl, SHAHABUDDIN, Ezzedine,
     * Saifulislam) where the name has them in three words ("Abu al-Fadl", "شهاب الدين"). The scorer joins two words into
     * one, not three: "شهاب الدين دلاور" met its own record's "SHAHABUDDIN DELAWAR" at 0.35. Read from Arabic script,
     * where the article before a sun letter is spoken as that letter (ad-din: Latin writes Nuruddin), the compound is also
     * given so, the letter written once (شمس الدين "shmsdyn", as the consonants of Shamsuddin). Not "abd al X": one word,
     * "abd al-rahman" weighed as a rare name where its parts are common, and "عبدالرحمن العديني" met the alias "AL-ADANI,
     * Abu 'Abd al-Rahman" (61 alerts more in four seeds for 59 own-record names). Empty when the name has none; the
     * name's other readings stay.
     */
    static List<String> compoundsJoined(String reading, boolean abjad) {
        boolean hint = false;
        for (String h : COMPOUND_HINTS) hint |= reading.contains(h);
        if (!hint) return List.of();
        List<String> w = new ArrayList<>();
        Chars.asciiWords(reading, w);
        StringBuilder asWritten = new StringBuilder(), assimilated = new StringBuilder();
        boolean found = false, sun = false;
        for (int i = 0; i < w.size(); i++) {
            if (!asWritten.isEmpty()) {
                asWritten.append(' ');
                assimilated.append(' ');
            }
            if (i + 2 < w.size() && COMPOUND_ARTICLES.contains(w.get(i + 1))
                    && (COMPOUND_FIRST.contains(w.get(i)) || COMPOUND_LAST.contains(w.get(i + 2))) && w.get(i + 2).length() >= 2) {
                String first = w.get(i), article = w.get(i + 1), last = w.get(i + 2);
                asWritten.append(first).append(article).append(last);
                boolean sunLetter = abjad && article.equals("al") && "tdrzsnl".indexOf(last.charAt(0)) >= 0;
                // the assimilated article is the sun letter doubled, which Latin writes twice and the consonant skeleton
                // takes as one; the script's reading keeps doubled letters apart (skeleton), so the letter is written once
                if (sunLetter) assimilated.append(first).append(last);
                else assimilated.append(first).append(article).append(last);
                sun |= sunLetter;
                found = true;
                i += 2;
            } else {
                asWritten.append(w.get(i));
                assimilated.append(w.get(i));
            }
        }
        if (!found) return List.of();
        return sun ? List.of(asWritten.toString(), assimilated.toString()) : List.of(asWritten.toString());
    }

    /**
     * Removes characters that are invisible yet split or disguise a name: zero-width space and
     * joiners, direction marks and embeddings, word joiner, BOM, soft hyphen, NUL and other controls;
     * then NFKC (full-width letters, ligatures), a word that mixes look-alike Latin, Cyrillic and Greek letters written in
     * one script ({@link LookAlikeLetters}: "НАМАS" is HAMAS) and whitespace collapsed.
     */
    public static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x00AD || c == 0x180E) {
                continue;
            }
            if (c < 0x20 || c == 0x7F) {
                if (c == '\t' || c == '\n' || c == '\r') sb.append(' ');
                continue;
            }
            sb.append(c);
        }
        String n = Normalizer.normalize(sb, Normalizer.Form.NFKC);
        return Chars.collapseWhitespace(LookAlikeLetters.unmix(n));
    }

    /** Runs of this many single letters or more are also read as one word ({@link #lettersJoined}). */
    static final int SPACED_LETTERS = 4;

    /**
     * The name with each run of {@value #SPACED_LETTERS} or more single letters of an alphabet, apart by spaces, dots or
     * hyphens, written as one word ("Vladimir P u t i n" -> "Vladimir Putin", "H.I.Z.B.A.L.L.A.H" -> "HIZBALLAH"), or null
     * when it has no such run. A person's initials come in twos and threes ("J. R. R. Tolkien" stays), and a run of Han or
     * Hangul characters apart is how those scripts write names already, so neither is joined.
     */
    static String lettersJoined(String s) {
        if (!hasSpacedLetters(s)) return null;
        String[] words = s.split("[\\s.\\-‐]+");
        StringBuilder out = new StringBuilder(s.length());
        boolean joined = false;
        for (int i = 0; i < words.length; ) {
            if (words[i].isEmpty()) {
                i++;
                continue;
            }
            int j = i;
            while (j < words.length && isSpacedLetter(words[j])) j++;
            if (!out.isEmpty()) out.append(' ');
            if (j - i >= SPACED_LETTERS) {
                for (int k = i; k < j; k++) out.append(words[k]);
                joined = true;
                i = j;
            } else {
                out.append(words[i]);
                i++;
            }
        }
        return joined ? out.toString() : null;
    }

    /** Whether the name has a run of {@value #SPACED_LETTERS} single letters apart (one pass, no allocation: every name comes here). */
    private static boolean hasSpacedLetters(String s) {
        int run = 0, letters = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isWhitespace(c) || c == '.' || c == '-' || c == '‐') {
                if (letters == 1) {
                    if (++run >= SPACED_LETTERS) return true;
                } else if (letters > 1) {
                    run = 0;
                }
                letters = 0;
            } else {
                letters++;
            }
        }
        return false;
    }

    private static boolean isSpacedLetter(String w) {
        if (w.codePointCount(0, w.length()) != 1 || !Character.isLetter(w.codePointAt(0))) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(w.codePointAt(0));
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.HIRAGANA && script != Character.UnicodeScript.KATAKANA;
    }

    /**
     * The name without a closing parenthesis that abbreviates it ("Doostan International Company (DICO)",
     * "Islamic International Brigade (IIB)"), or null. Lists give the acronym on one record and not on
     * another; it is kept as the primary reading and this one is added as an alternative. Only a single
     * word of 2 to 6 letters that begins with the name's first letter counts as the name's own acronym,
     * so qualifiers such as "(Asia)" or "(Hong Kong)" stay part of the name.
     */
    static String withoutOwnAcronym(String s) {
        if (!s.endsWith(")")) return null;
        int open = s.lastIndexOf('(');
        if (open <= 0) return null;
        String inside = s.substring(open + 1, s.length() - 1).replace("-", "").replace(".", "").strip();
        String before = s.substring(0, open).strip();
        if (inside.length() < 2 || inside.length() > 6 || before.isEmpty()) return null;
        for (int i = 0; i < inside.length(); i++) if (!Character.isLetter(inside.charAt(i))) return null;
        if (Character.toLowerCase(inside.charAt(0)) != Character.toLowerCase(before.charAt(0))) return null;
        return before;
    }

    /** "Putin, Vladimir" -> "Vladimir Putin"; null when the name is not in that form. */
    private static String reorderComma(String s, boolean surelyPerson) {
        int comma = s.indexOf(',');
        if (comma <= 0 || s.indexOf(',', comma + 1) >= 0) return null;
        String family = s.substring(0, comma).strip(), given = s.substring(comma + 1).strip();
        if (family.isEmpty() || given.isEmpty()) return null;
        int fw = family.split(" ").length, gw = given.split(" ").length;
        if (fw > 4 || gw > 5) return null;
        if (!surelyPerson) {
            // "Apple, Inc." must stay as written: only reorder when what follows the comma is no legal form
            String g = Chars.onlyAsciiWordsAndSpaces(Romaniser.word(given.toLowerCase(Locale.ROOT))).strip();
            if (LegalForms.canonical(g) != null) return null;
        }
        return given + " " + family;
    }

    /**
     * The words of a name written in capitals, three letters or more, where another word of it is written in small
     * letters: how the EU's and UK's lists and Russian documents mark the family name ("Vladimir PUTIN", "ПОНОМАРЕНКО
     * Александр"). Empty for a name all in capitals or all in small letters, which marks nothing.
     */
    static List<String> familyInCapitals(String clean) {
        List<String> capitals = null;
        boolean small = false;
        int n = clean.length();
        for (int start = 0; start < n; ) {
            int end = start, letters = 0, upper = 0, lower = 0;
            while (end < n && clean.charAt(end) != ' ' && clean.charAt(end) != ',') {
                int cp = clean.codePointAt(end);
                end += Character.charCount(cp);
                if (!Character.isLetter(cp)) continue;
                letters++;
                if (Character.isUpperCase(cp)) upper++;
                else if (Character.isLowerCase(cp)) lower++;
            }
            if (letters >= 2 && lower > 0) small = true;
            if (letters >= 3 && upper == letters) {
                if (capitals == null) capitals = new ArrayList<>(2);
                capitals.add(clean.substring(start, end));
            }
            start = end + 1;
        }
        return small && capitals != null ? capitals : List.of();
    }

    /**
     * The words of two letters or more that the name writes with a capital and small letters only ("Koç", "Saiz", "Uz"; not
     * "KfW", "SAIZ" or "saiz"), words and hyphenated parts alike: such a word is no acronym ({@link Tokens#WORD_CASE}).
     */
    static List<String> wordsInSmallLetters(String clean) {
        List<String> out = null;
        int n = clean.length();
        for (int start = 0; start < n; ) {
            int end = start, letters = 0, upper = 0, lower = 0;
            boolean firstUpper = false;
            while (end < n && clean.charAt(end) != ' ' && clean.charAt(end) != ',' && clean.charAt(end) != '-') {
                int cp = clean.codePointAt(end);
                end += Character.charCount(cp);
                if (!Character.isLetter(cp)) continue;
                if (letters == 0) firstUpper = Character.isUpperCase(cp);
                letters++;
                if (Character.isUpperCase(cp)) upper++;
                else if (Character.isLowerCase(cp)) lower++;
            }
            if (letters >= 2 && firstUpper && upper == 1 && lower == letters - 1) {
                if (out == null) out = new ArrayList<>(4);
                out.add(clean.substring(start, end));
            }
            start = end + 1;
        }
        return out == null ? List.of() : out;
    }

    private static List<String[]> partTokens(List<NamePart> parts, Schema schema) {
        if (parts.isEmpty()) return List.of();
        List<String[]> out = new ArrayList<>();
        for (NamePart p : parts) {
            byte role = switch (p.type()) {
                case GIVEN, MIDDLE -> Tokens.GIVEN;
                case FAMILY -> Tokens.FAMILY;
                case PATRONYMIC, MATRONYMIC -> Tokens.PATRONYMIC;
                default -> 0;
            };
            if (role == 0) continue;
            for (String w : readingsWords(clean(p.value()))) out.add(new String[]{w, Byte.toString(role)});
        }
        return out;
    }

    /**
     * The words of every reading of a part of a name, each once: a family name marks its words in each reading the name is
     * read ("ХАМИДОВ" as khamidov and, as Russian writes foreign names, hamidov).
     */
    private static List<String> readingsWords(String part) {
        List<String> words = new ArrayList<>();
        for (String reading : Romaniser.readings(part)) {
            List<String> some = new ArrayList<>();
            Chars.asciiWords(reading, some);
            for (String w : some) if (!words.contains(w)) words.add(w);
        }
        return words;
    }

    /**
     * @param orgLetters read dotted runs as one word ("S.A.R.L."), as organisations write them
     * @param roman      read Roman numerals ("Fund IV"), unless a single I, V or X carries a dot
     */
    private static Tokens tokenise(String reading, boolean personRules, boolean orgRules, boolean surelyPerson,
                                   boolean orgLetters, boolean roman, boolean abjad, boolean familyMarked,
                                   List<String[]> roleParts, boolean transliterated, boolean syllabic, boolean cyrillic,
                                   java.util.Set<String> letterWords) {
        String s = reading.replace("&", " and ").replace("%", "percent ").replace('’', '\'').replace('`', '\'')
                .replace('ʼ', '\'').replace('ʻ', '\'');
        // the possessive and the dotted runs only on names with an apostrophe or a dot (few): the rest they leave as they are
        if (s.indexOf('\'') >= 0) s = Chars.withoutPossessive(s);
        // "A.B.C." and "S.A.R.L." are one word written with dots; for persons "J. C." stay initials
        if (orgLetters && s.indexOf('.') >= 0) {
            // a single I, V or X with a dot is an initial, in an organisation's name too ("Plant named after V. I. Kozlov",
            // "V.I. Kozlov"): such a name is read without Roman numerals
            if (roman && hasDottedLoneRomanLetter(s)) roman = false;
            s = Chars.undotted(s);
        }
        s = s.replace("'", "");
        if (!abjad && !cyrillic && !syllabic && s.indexOf('-') > 0) s = assimilatedArticles(s);
        // in a person's reading, a Cyrillic letter Latin spells with two or more is an initial as one letter is
        java.util.Set<String> longInitials = personRules && !orgRules ? longInitials(s, letterWords) : java.util.Set.of();
        List<String> words = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        Chars.asciiWords(s, pieces);
        for (String w : pieces) splitMixed(w, words);
        if (abjad) abdWithItsArticle(words);
        else if (personRules) abdWithItsLatinArticle(words);
        long[] values = new long[words.size()];
        for (int i = 0; i < values.length; i++) values[i] = Numerals.value(words.get(i), roman);
        int count = Numerals.merge(words, values);

        // the tokens' texts and kinds (primitive, as the values: no boxing on a query's way)
        String[] text = new String[count];
        byte[] kinds = new byte[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            if (orgRules) {
                int len = legalFormAt(words, i, cyrillic);
                // a syllable read from Han or Hangul that spells a short form is a syllable of a person's name ("那彬" is
                // "na bin", not "N.A. Bin")
                if (len == 1 && syllabic && personRules && LegalForms.isShortForm(words.get(i))) len = 0;
                if (len > 0) {
                    String phrase = String.join(" ", words.subList(i, i + len));
                    text[size] = LegalForms.canonical(phrase, cyrillic);
                    kinds[size++] = TokenKind.LEGAL_FORM;
                    i += len - 1;
                    continue;
                }
            }
            String w = words.get(i);
            // أبو ("father of"), read "abw" from the script, is the kunya Latin lists write Abu (or Abou, French): read so,
            // and kept a name word, not the particle the Latin word is, because a kunya says who is meant (محمد أبو خالد,
            // Mohammad Abu Khalid, is not Mohammad Khaloudy; NameScorer holds it to the word after it)
            boolean kunya = abjad && w.equals("abw");
            boolean longInitial = longInitials.contains(w);
            w = Particles.spelling(w, abjad, personRules);
            long v = values[i];
            byte kind;
            if (v >= 0) {
                w = Long.toString(v);
                kind = TokenKind.NUMBER;
            } else if (syllabic && personRules) {
                // every syllable read from a Korean or Chinese person's name is part of the name: "a" (阿) is no
                // initial, "he" (何) no title, "bu" (不) no particle
                kind = TokenKind.NAME;
            } else if (w.length() == 1 || longInitial) {
                kind = TokenKind.INITIAL;
            } else if (!kunya && !initialsAtTheEnd(w, i, count, personRules, abjad)
                    && (Particles.isParticle(w, personRules && (surelyPerson || !orgRules))
                    || (!surelyPerson && Particles.isParticle(w, false) && count > 1)
                    // a name of no known schema may be a person's: "bin" and "van" are particles there too
                    || (personRules && orgRules && Particles.isParticle(w, true) && count > 1))) {
                kind = TokenKind.PARTICLE;
            } else {
                kind = TokenKind.NAME;
                // an organisation's generic word in English, as most of the lists' names write it (завод Plant, группа Group)
                if (orgRules && !abjad) w = OrgWords.english(w);
                if (!syllabic && w.indexOf('x', 1) > 0) w = ksForX(w);
                if (!syllabic && personRules) w = patronymicAsRussian(w);
            }
            text[size] = w;
            kinds[size++] = kind;
        }
        // Leading titles go while a name word remains after them; a name that is only a title keeps it. A name of no known
        // schema with a legal form is an organisation's and keeps its first word ("Hon Hai Precision Industry Co., Ltd.")
        int first = 0;
        boolean titled = personRules && !syllabic;
        for (int i = 0; i < size && titled && orgRules; i++) titled = kinds[i] != TokenKind.LEGAL_FORM;
        if (titled) {
            while (size - first > 1 && Honorifics.isHonorific(text[first]) && kinds[first] != TokenKind.LEGAL_FORM) {
                int names = 0;
                for (int i = first + 1; i < size; i++) if (kinds[i] == TokenKind.NAME) names++;
                if (names < 1) break;
                first++;
            }
        }
        if (titled) {
            // generational and degree suffixes ("Jr.", "III", "MD", "PhD") say nothing of who is meant either, and read as
            // initials or short names ("Hope Emmerich II" is not "HE, Yi"); they go while two name words remain
            int names = 0;
            for (int i = first; i < size; i++) if (kinds[i] == TokenKind.NAME) names++;
            int kept = first;
            for (int i = first; i < size; i++) {
                if (names > 2 && kinds[i] == TokenKind.NAME && Honorifics.isSuffix(text[i])) {
                    names--;
                    continue;
                }
                text[kept] = text[i];
                kinds[kept++] = kinds[i];
            }
            size = kept;
        }
        int n = size - first;
        String[] t = Arrays.copyOfRange(text, first, size);
        byte[] k = Arrays.copyOfRange(kinds, first, size);
        String[] ph = new String[n];
        String[] sk = new String[n];
        byte[] roles = new byte[n];
        for (int i = 0; i < n; i++) {
            ph[i] = k[i] == TokenKind.NAME && t[i].length() >= 2 ? phonetic(t[i]) : "";
            // a particle's consonants too: written together with the next word, "abu bakr" is "bbkr" as أبوبكر is, and
            // "al zahrani" "lzhrn" as الزهراني (the particle's own text left "abubkr" and "alzhrn", which met neither)
            sk[i] = k[i] == TokenKind.NAME || k[i] == TokenKind.PARTICLE ? skeleton(t[i], abjad) : t[i];
            if (i > 0 && k[i - 1] == TokenKind.PARTICLE && Particles.isNasab(t[i - 1])) roles[i] |= Tokens.AFTER_NASAB;
            if (personRules && k[i] == TokenKind.NAME && isPatronymic(t[i])) roles[i] |= Tokens.PATRONYMIC;
            if (k[i] == TokenKind.NAME && servantWithArticle(t[i])) roles[i] |= Tokens.SERVANT;
            for (String[] rp : roleParts) {
                if (rp[0].equals(t[i])) roles[i] |= Byte.parseByte(rp[1]);
            }
        }
        return new Tokens(t, k, ph, sk, roles, abjad, familyMarked, transliterated, syllabic);
    }

    /**
     * "abd al X" read from the script as "abdal X": the servant's word and its article are one word in every Latin spelling
     * (Abdel Kader, Abdul Rahman, Abd-al-Malik, Abdelmalek), and the scorer writes two words together, not three: "عبد
     * القادر لاغوب" met its own record's "ABDELKADER LAAGOUB" at 0.32, عبد and ال unmet. (Not "abd allh": الله is no
     * article, and "abd allh" meets Abdullah as two words.)
     */
    static void abdWithItsArticle(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).equals("abd") && words.get(i + 1).equals("al")) {
                words.set(i, "abdal");
                words.remove(i + 1);
            }
        }
    }

    /**
     * "Abd al-Rahman", "Abd el Kader", "Abd ar-Rahman" in Latin letters read as "abdal rahman", "abdel kader", "abdar rahman":
     * the servant's word and its article as one word, as a name read from the script has them ({@link #abdWithItsArticle})
     * and as most Latin spellings write them (Abdul Rahman, Abdelkader, Abdurrahman). The scorer writes two words together,
     * not three: "Abdulrahman Muhammad" met "Abd al-Rahman Muhammad" at 0.40, and "عبدالرحمن" met "Abd al-Rahman" not at all.
     */
    static void abdWithItsLatinArticle(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).equals("abd") && COMPOUND_ARTICLES.contains(words.get(i + 1))) {
                words.set(i, "abd" + words.get(i + 1));
                words.remove(i + 1);
            }
        }
    }

    /**
     * The Arabic article written as it is spoken before a sun letter, its l as the letter after it, read as the article:
     * "Aiman az-Zawahiri", "Abu Bakr as-Siddiq", "Abd ar-Rahman", "es-Salafia" are "al-Zawahiri", "al-Siddiq", "al-Rahman",
     * "al-Salafia", as other spellings of the same names write them (the two met at 0.80, "az" an unmet word); "Ahrar
     * ash-Sham" is "Ahrar al-Sham". Only joined by a hyphen to a word that begins with the same consonant: "An Nam-il" is a
     * Korean name. Not ud- and ur- (Ud-Din, Ur-Rehman): those are particles of their own, and the compounds are written with
     * them (Nuruddin, Abdurrahman).
     */
    static String assimilatedArticles(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i + 3 < n; i++) {
            char v = s.charAt(i);
            if ((v != 'a' && v != 'e') || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) continue;
            int c = i + 1, end = c + 1;
            if (end < n && s.charAt(end) == 'h' && "std".indexOf(s.charAt(c)) >= 0) end++;
            if ("dnrstz".indexOf(s.charAt(c)) < 0 || end + 1 >= n || s.charAt(end) != '-') continue;
            if (!s.startsWith(s.substring(c, end), end + 1)) continue;
            if (out == null) out = new StringBuilder(s);
            // the same length keeps the positions of later matches: "al" and a space for "ash" / "ath" / "adh"
            out.setCharAt(i, 'a');
            out.setCharAt(c, 'l');
            if (end - c == 2) out.setCharAt(c + 1, ' ');
            i = end;
        }
        return out == null ? s : out.toString();
    }

    /** Whether the word is the servant's word with its article, one word as both readings above write it ("abdal", "abdur"). */
    public static boolean servantWithArticle(String word) {
        return word.length() >= 5 && word.length() <= 6 && word.startsWith("abd") && COMPOUND_ARTICLES.contains(word.substring(3));
    }

    /**
     * Whether the name has a legal form of three letters or more ("OOO", "GmbH", "Limited", not "SA" or "AO", which are
     * also names, syllables and initials: "Na", "Ao", "Ivanov S.A."), or, written in Cyrillic letters, one of two letters
     * written as a word before the name ("АО Константин", "ОП Римма": no Russian name or syllable is spelled so; not ИП or
     * ФОП, a sole trader, who is a person, nor the initials "Иванов А.О." or "Иванов АО"): a name of no known schema with
     * one is an organisation's.
     */
    public static boolean hasOrganisationForm(String name) {
        List<String> words = new ArrayList<>();
        String clean = clean(name);
        boolean cyrillic = org.cordon.model.Scripts.dominantNonLatin(clean) == Character.UnicodeScript.CYRILLIC;
        String reading = Romaniser.readings(clean).get(0).replace("'", "");
        Chars.asciiWords(Chars.undotted(reading), words);
        for (int i = 0; i < words.size(); i++) {
            int len = legalFormAt(words, i, cyrillic);
            if (len == 0) continue;
            String phrase = String.join(" ", words.subList(i, i + len));
            if (!LegalForms.isShortForm(phrase) && !soleTrader(phrase, cyrillic)) return true;
        }
        if (cyrillic) {
            words.clear();
            Chars.asciiWords(reading, words);
            // before the name, where Russian writes a company's form; after it two letters are as often initials ("Иванов АО")
            if (!words.isEmpty() && legalFormAt(words, 0, true) == 1 && !soleTrader(words.get(0), true)) return true;
        }
        return false;
    }

    /** A sole trader's form (ИП, ФОП): a person doing business, whose name meets persons' names. */
    private static boolean soleTrader(String phrase, boolean cyrillic) {
        return "ip".equals(LegalForms.canonical(phrase, cyrillic));
    }

    /** Length in tokens of a legal-form phrase starting at i, or 0. Two-letter forms only at either end of the name. */
    private static int legalFormAt(List<String> words, int i, boolean cyrillic) {
        int max = Math.min(LegalForms.MAX_PHRASE, words.size() - i);
        for (int len = max; len >= 1; len--) {
            String phrase = len == 1 ? words.get(i) : String.join(" ", words.subList(i, i + len));
            if (LegalForms.canonical(phrase, cyrillic) == null) continue;
            if (len == 1 && LegalForms.isShortForm(phrase)) {
                boolean atEdge = i == 0 || i + 1 == words.size()
                        || (i + 2 == words.size() && LegalForms.canonical(words.get(i + 1), cyrillic) != null);
                if (!atEdge || words.size() == 1) continue;
            }
            if (len == words.size()) return 0; // a name that is nothing but a legal form stays a name
            return len;
        }
        return 0;
    }

    /**
     * Splits or repairs words mixing digits and letters: "3percenters" -> "3 percenters", "1st" stays,
     * and a digit standing between letters is read as the letter it imitates ("i9or" -> "igor").
     */
    private static void splitMixed(String w, List<String> out) {
        boolean hasDigit = false, hasLetter = false;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) hasDigit = true;
            else hasLetter = true;
        }
        if (!hasDigit || !hasLetter) {
            out.add(w);
            return;
        }
        if (Chars.isOrdinal(w)) {
            out.add(w);
            return;
        }
        if (Chars.isDigitsThenWord(w)) {
            int d = 0;
            while (Character.isDigit(w.charAt(d))) d++;
            out.add(w.substring(0, d));
            out.add(w.substring(d));
            return;
        }
        if (Chars.isLettersAroundDigits(w)) {
            StringBuilder sb = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                // "11" between letters is ll ("Me11at" Mellat, "A11ah"); one 1 is i ("H1zballah")
                boolean doubled = c == '1' && (i > 0 && w.charAt(i - 1) == '1' || i + 1 < w.length() && w.charAt(i + 1) == '1');
                sb.append(switch (c) {
                    case '0' -> 'o';
                    case '1' -> doubled ? 'l' : 'i';
                    case '3' -> 'e';
                    case '4' -> 'a';
                    case '5' -> 's';
                    case '7' -> 't';
                    case '8' -> 'b';
                    case '9' -> 'g';
                    default -> c;
                });
            }
            // "ahl1" keeps its digit: a trailing digit is usually a series number, not a disguised letter
            if (Character.isDigit(w.charAt(w.length() - 1))) out.add(w);
            else out.add(sb.toString());
            return;
        }
        out.add(w);
    }

    /**
     * Other spellings of a patronymic's ending and the Russian one they are written as: Ukrainian (Oleksandrivna,
     * Anatoliyivna, Oleksiyovych), Belarusian (Aliaksandravich, Mihaylavych, Uladzimiravitj, Yauhienavič, Mikhailavna,
     * Vasileuna, Chaslavauna; not -ovič, -evič, the endings of Serbian and Croatian surnames), Swedish (Borisovitj)
     * and German (Ivanovitsch). Longest first; a third element marks an ending that "slav" may end in as a name
     * (Yaroslavich, Yaroslavna), which is then left as it is.
     */
    private static final String[][] PATRONYMIC_SPELLINGS = {
            {"ovitsch", "ovich"}, {"evitsch", "evich"}, {"owitsch", "ovich"}, {"ewitsch", "evich"},
            {"yovych", "yevich"}, {"ovitj", "ovich"}, {"evitj", "evich"}, {"ovych", "ovich"}, {"evych", "evich"},
            {"yivna", "yevna"}, {"iivna", "ievna"}, {"ivna", "ovna"},
            {"avitj", "ovich", "slav"}, {"avych", "ovich", "slav"}, {"avich", "ovich", "slav"}, {"avic", "ovich", "slav"},
            {"avna", "ovna", "slav"}, {"auna", "ovna"}, {"euna", "evna"}};

    /**
     * A person's name word with a patronymic ending spelt another way than the Russian one written as that (the lists
     * give the Russian spelling mostly, the EU and UK the Ukrainian and Belarusian one beside it): "Oleksandrivna" is
     * "oleksandrovna", one vowel from Aleksandrovna, not two letters of its ending off (a Ukrainian name met its own
     * record's Russian spelling at 0.55). The stem keeps three letters at least.
     */
    static String patronymicAsRussian(String w) {
        int n = w.length();
        if (n < 7) return w;
        for (String[] e : PATRONYMIC_SPELLINGS) {
            if (!w.endsWith(e[0])) continue;
            int stem = n - e[0].length();
            if (stem < 3 || e.length > 2 && w.startsWith("sl", stem - 2)) return w;
            return w.substring(0, stem) + e[1];
        }
        return w;
    }

    /** Patronymic endings in Cyrillic letters (case folded, й and ё already read as и and е). */
    private static final String[] CYRILLIC_PATRONYMIC_ENDINGS = {"ович", "евич", "овна", "евна", "ична"};

    /** Whether a word in Cyrillic letters is a patronymic (Владимирович, Борисовна, Ильинична). */
    static boolean isCyrillicPatronymic(String w) {
        for (String ending : CYRILLIC_PATRONYMIC_ENDINGS) if (w.length() - ending.length() >= 3 && w.endsWith(ending)) return true;
        return false;
    }

    /** Whether a word is a patronymic ({@link #PATRONYMIC_ENDINGS}, {@link #PATRONYMIC_WORDS}). */
    static boolean isPatronymic(String w) {
        if (PATRONYMIC_WORDS.contains(w)) return true;
        for (String ending : PATRONYMIC_ENDINGS) {
            int stem = w.length() - ending.length();
            if (stem < 3 || !w.endsWith(ending)) continue;
            boolean latin = true;
            for (int i = 0; i < stem && latin; i++) latin = w.charAt(i) >= 'a' && w.charAt(i) <= 'z';
            if (latin) return true;
        }
        return false;
    }

    /**
     * Double Metaphone primary key, "" when none. Remembered per word (up to 200,000 words): a batch meets the same given
     * names and surnames again and again, and the key was the dearest part of splitting a name into tokens (3 % of a
     * million-name screen-file run's samples).
     */
    static String phonetic(String token) {
        return PHONETIC.of(token);
    }

    private static final WordMemo PHONETIC = new WordMemo(200_000, w -> {
        String k = METAPHONE.doubleMetaphone(w);
        return k == null ? "" : k;
    });

    /**
     * The word with an x inside it written ks, as the romanisations of Cyrillic and Greek write the sound: the lists give
     * Alexeyevich and Alekseevich, Maxim and Maksim, Oxana and Oksana for one name, and an x against ks is three edits
     * ("Vladimir Alekseevich CHIZHOV" met "Vladimir Alexeyevich CHIZHOV" at 0.60). Left as it is: a first x (Xenia,
     * Xavier, pinyin Xi), and pinyin's x inside a given name written in one word (Jianxin, Haixia, Weixing, Zhixiong,
     * Guoxu: after n or g, or before ia, io, iu, in or u), which must still meet the syllables read from Han script.
     */
    static String ksForX(String w) {
        StringBuilder b = null;
        int n = w.length();
        for (int i = 1; i < n; i++) {
            char c = w.charAt(i);
            if (c != 'x' || pinyinX(w, i)) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(n + 2).append(w, 0, i);
            b.append("ks");
        }
        return b == null ? w : b.toString();
    }

    private static boolean pinyinX(String w, int i) {
        char prev = w.charAt(i - 1);
        return prev == 'n' || prev == 'g' || w.startsWith("u", i + 1) || w.startsWith("ia", i + 1) || w.startsWith("io", i + 1)
                || w.startsWith("iu", i + 1) || w.startsWith("in", i + 1);
    }

    /** Arabic-script letters that do not join the letter after them. */
    private static final String NON_JOINING = "\u0627\u0623\u0625\u0622\u0671\u062F\u0630\u0631\u0632\u0648\u0624\u0629\u0649\u0621\u0698";

    /**
     * An Arabic-script name with a space put back before an article (ال) inside a word, after a letter that does not join
     * the letter after it (ا, د, ذ, ر, ز, و, ة, ى, ژ): such a letter leaves a gap on the screen whether a space was typed or
     * not, so names are entered without it, and the lists have some too: "بشارالاسد" is بشار الاسد, Bashar al-Assad, which
     * run together met the listed name at 0.00. At least two letters before the article and two after it; after a letter
     * that joins (ن, س, ت, ص) the word is read as the one word it is: "امانالله", "آبسالان" (Absalan), "متالوژی" stay, and so
     * does a compound name ({@link #compound}: "عبدالرحمن", "نصرالله").
     */
    static String articleSpaced(String s) {
        StringBuilder b = null;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = Character.isLetter(c);
            if (letter && c == '\u0627' && letters >= 2 && i + 3 < s.length() && s.charAt(i + 1) == '\u0644'
                    && NON_JOINING.indexOf(s.charAt(i - 1)) >= 0
                    && Character.isLetter(s.charAt(i + 2)) && Character.isLetter(s.charAt(i + 3)) && !compound(s, i - letters, i)) {
                if (b == null) b = new StringBuilder(s.length() + 4).append(s, 0, i);
                b.append(' ');
                letters = 0;
            }
            if (b != null) b.append(c);
            letters = letter ? letters + 1 : 0;
        }
        return b == null ? s : b.toString();
    }

    /** The first words of compound names that take the article: عبد (Abd al-), ابو and أبو (Abu al-), ذو (Dhu al-). */
    private static final List<String> COMPOUND_HEADS = List.of("\u0639\u0628\u062F", "\u0627\u0628\u0648", "\u0623\u0628\u0648",
            "\u0630\u0648");
    /** The last words of compound names: الله (-allah, -ullah), الدين and الدین (-al-Din, -uddin). */
    private static final List<String> COMPOUND_TAILS = List.of("\u0627\u0644\u0644\u0647", "\u0627\u0644\u0644\u06C1",
            "\u0627\u0644\u062F\u064A\u0646", "\u0627\u0644\u062F\u06CC\u0646");

    /**
     * Whether the word from {@code start} with an article at {@code i} is one compound name, not two words run together:
     * Abd al-Muhsin, Abu al-Fadl, Dhu al-Qadr, Abdullah, Nasrallah, Nur al-Din. Such a name is one given name however
     * it is written, and Latin spellings write it as one word as often as not (Abdulmohsen); split, its halves weighed as two
     * of the name's words, and "عبدالمحسن الأسمري" met the alias "Abd al-Muhsin" at 0.81.
     */
    private static boolean compound(String s, int start, int i) {
        String head = s.substring(start, i);
        if (COMPOUND_HEADS.contains(head)) return true;
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
        return COMPOUND_TAILS.contains(s.substring(i, end));
    }

    /**
     * Consonant skeleton: vowels and semivowels dropped, letters that transliterations swap merged
     * (c/k/q, p/b, v/f), doubles collapsed. "mohammed", "muhammad" and Arabic "mhmd" all give "mhmd".
     */
    static String skeleton(String token) {
        return skeleton(token, false);
    }

    /**
     * {@link #skeleton(String)} of a word read from Arabic or Hebrew script ({@code fromAbjad}) or written in Latin
     * letters. The scripts write a doubled consonant once (with a shadda, or not at all), so two equal letters read from
     * them are two consonants with a vowel between and stay two: مددی "mddy" is Madadi ("mdd"), شهاب "shhab" Shahab
     * ("shhb"), not "md" and "shb". Two l stay one l all the same: the article's lam before a word that begins with lam
     * (الله, اللطيف) is the doubled l Latin writes and collapses (Abdullah "bdlh", Abdellatif "bdltf"). In Latin letters
     * a dj is one consonant, French for ج (Djamel, Mouhadjir, Hadj), as the script's reading has it; a ch keeps its c, which
     * the distance swaps cheaply for the s of ش (French: Chaoui, Hamcho, Chaker) and the k of خ (German: Chosravi), and which
     * the script's reading of the Persian چ has (Chegini); a c before e, i or y is s, as French and English read it (Lounici,
     * Belkacem, Feliciano). Read k, "hamcho" met حمشو at 0.72 and "lounici" لونيسي at 0.66. A Latin ph is f, as French and
     * English write the ف of مصطفى (Mustapha, Mostapha: "mstbh" met "mstf" at 0.25) and Greek names (Joseph, Philippe).
     */
    static String skeleton(String token, boolean fromAbjad) {
        StringBuilder sb = new StringBuilder(token.length());
        char prev = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == 'd' && !fromAbjad && i + 1 < token.length() && token.charAt(i + 1) == 'j') continue;
            char next = i + 1 < token.length() ? token.charAt(i + 1) : 0;
            char m = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 0;
                case 'c' -> next == 'h' ? 'c' : !fromAbjad && (next == 'e' || next == 'i' || next == 'y') ? 's' : 'k';
                case 'q' -> 'k';
                case 'p' -> !fromAbjad && next == 'h' ? 'f' : 'b';
                case 'v' -> 'f';
                case 'j' -> 'g';
                default -> c;
            };
            if (m == 'f' && c == 'p') i++; // the h of a Latin ph, which is f
            if (m == 0 || m == prev && (!fromAbjad || m == 'l')) {
                if (m == 0) prev = 0;
                continue;
            }
            sb.append(m);
            prev = m;
        }
        return sb.toString();
    }

    /**
     * Arabic-script letters that spellings of one name swap, as one letter: the Persian (and Urdu) yeh, kaf and heh as the
     * Arabic ones (حسین, حسين), a final alif maqsura as yeh and ta marbuta as heh (Egyptian spelling writes مصطفي, فاطمه),
     * and the tatweel, which only stretches a word, left out.
     */
    static String arabicLettersFolded(String s) {
        return lettersFolded(s, false);
    }

    /**
     * {@link #arabicLettersFolded} and the Urdu letters ICU's Any-Latin does not read, as the Arabic letters of the sounds
     * Latin spellings give them: ٹ t, ڈ d, ڑ r, ں n, ے y. Unread, the letter split the word: ابراھیم came out "abra ym",
     * not Ibrahim. For reading a name in Latin letters (the script form keeps the Urdu letters).
     */
    static String arabicAndUrduLettersFolded(String s) {
        return lettersFolded(s, true);
    }

    private static String lettersFolded(String s, boolean urdu) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = switch (c) {
                case '\u06CC', '\u0649' -> '\u064A';
                case '\u06A9' -> '\u0643';
                case '\u06BE', '\u06C1', '\u06C0', '\u0629' -> '\u0647';
                case '\u0640' -> 0;
                case '\u0679' -> urdu ? '\u062A' : c;
                case '\u0688' -> urdu ? '\u062F' : c;
                case '\u0691' -> urdu ? '\u0631' : c;
                case '\u06BA' -> urdu ? '\u0646' : c;
                case '\u06D2' -> urdu ? '\u064A' : c;
                default -> c;
            };
            if (f == c && b == null) continue;
            if (b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (f != 0) b.append(f);
        }
        return b == null ? s : b.toString();
    }

    /** Tokens in the original script: case and accents folded; Han, Hangul and Kana split per character. */
    private static List<String> scriptTokens(String clean, Character.UnicodeScript script) {
        boolean perChar = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        boolean stripMarks = script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
        String s = clean.toLowerCase(Locale.ROOT);
        if (stripMarks) s = Chars.withoutNonSpacingMarks(Normalizer.normalize(s, Normalizer.Form.NFD));
        if (script == Character.UnicodeScript.ARABIC) s = arabicLettersFolded(s);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wordChar = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            if (!wordChar) {
                if (!cur.isEmpty()) out.add(cur.toString());
                cur.setLength(0);
            } else if (perChar && Character.isLetter(cp)) {
                if (!cur.isEmpty()) out.add(cur.toString());
                cur.setLength(0);
                out.add(new String(Character.toChars(cp)));
            } else {
                cur.appendCodePoint(cp);
            }
        }
        if (!cur.isEmpty()) out.add(cur.toString());
        return out;
    }
}
