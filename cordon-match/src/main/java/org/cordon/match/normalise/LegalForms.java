package org.cordon.match.normalise;

import java.util.HashMap;
import java.util.Map;

/**
 * Organisation legal forms in their many spellings ("OOO", "o.O.O.", "Limited Liability Company",
 * "Общество с ограниченной ответственностью") reduced to one canonical token each, and grouped into
 * families of forms that mean the same kind of company in different jurisdictions, so that
 * "OAO Gazprom" meets "Gazprom JSC". Legal forms are matched on romanised, lower-case tokens.
 */
public final class LegalForms {
    /** Longest phrase in the table, in tokens. */
    static final int MAX_PHRASE = 6;
    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, String> FAMILY = new HashMap<>();
    /** Spellings of {@value #FOLDED_MIN} letters or more by {@link #folded} key (see there). */
    private static final Map<String, String> FOLDED = new HashMap<>();
    private static final int FOLDED_MIN = 10;

    static {
        // canonical, family, spellings...
        String[][] rows = {
                {"llc", "llc", "llc", "limited liability company", "limited liability co", "ooo", "obshchestvo s ogranichennoy otvetstvennostyu",
                        "obshchestvo s ogranichennoi otvetstvennostiu", "obshestvo s ogranichennoy otvetstvennostyu", "tov", "too", "mchj",
                        "limited liability partnership company",
                        // Bulgarian, Ukrainian (romanised as Russian, and as Ukrainian writes it) and Belarusian, as the EU's
                        // file gives Russian and Belarusian companies' names
                        "druzhestvo s ogranichena otgovornost", "tovaristvo z obmezhenoyu vidpovidalnistyu",
                        "tovarystvo z obmezhenoyu vidpovidalnistyu", "taa", "tavarystva z abmezhavanay adkaznastsyu",
                        // Arabic and Persian, as read from the script: شركة ذات مسؤولية محدودة, ذ.م.م and ش.ذ.م.م, شرکت با مسئولیت محدود
                        "shrka dhat mswwlya mhdwda", "shrka zat mswwlya mhdwda", "dhat mswwlya mhdwda", "zat mswwlya mhdwda",
                        "al mhdwda al mswwlya", "dh mm", "zmm", "sh dh mm", "sh zmm", "shrkt bamsywlyt mhdwd", "shrkt ba mswwlyt mhdwd"},
                {"gmbh", "llc", "gmbh", "gesellschaft mit beschrankter haftung", "gesmbh"},
                {"srl", "llc", "srl", "sarl", "s a r l", "societatea cu raspundere limitata", "societa a responsabilita limitata",
                        "sociedad de responsabilidad limitada", "societe a responsabilite limitee", "ltda", "limitada", "sp z oo",
                        "spolka z ograniczona odpowiedzialnoscia", "sro", "spol s r o", "doo", "d o o", "kft", "eood", "ood", "bvba", "sprl",
                        "sl", "s l", "sociedad limitada", "slu", "sociedad limitada unipersonal", "sll", "sociedad limitada laboral", "eurl", "selarl",
                        // Turkish, Hungarian, Estonian (OÜ), Lithuanian, Danish and Portuguese forms (not the Latvian SIA, also
                        // a given name: "Sia Agha Sayeed" screened without a schema would read as a company's)
                        "limited sirketi", "ltd sti", "korlatolt felelossegu tarsasag", "ou", "uab", "aps", "lda"},
                {"bv", "llc", "bv", "besloten vennootschap"},
                {"jsc", "jsc", "jsc", "ao", "joint stock company", "joint-stock company", "aktsionernoe obshchestvo", "aktsionernoye obshchestvo",
                        "jscb", "joint stock commercial bank", "aktsionernyy kommercheskiy bank", "aktsionernyi kommercheskii bank",
                        "aktsionernyy bank", "aktsionernyi bank", "ad", "as", "a s", "asa", "ab", "aktiebolag", "oy", "oyj", "aktieselskab",
                        "aktsionerno druzhestvo", "ead", "ednolichno aktsionerno druzhestvo", "aktsionerne tovaristvo", "aktsionerne tovarystvo",
                        "aktsyyanernae tavarystva",
                        // Turkish, Hungarian and Croatian forms, as Turkish and Hungarian companies on the lists write them
                        "anonim sirketi", "zrt", "nyrt", "reszvenytarsasag", "zartkoruen mukodo reszvenytarsasag",
                        "nyilvanosan mukodo reszvenytarsasag", "dd", "d d",
                        // Persian سهامی خاص and سهامی عام (private and public joint-stock), as read and as spelt in Latin letters
                        "shamy khas", "shamy aam", "sahami khass", "sahami khas", "sahami aam", "sahami am"},
                {"ojsc", "jsc", "ojsc", "oao", "open joint stock company", "otkrytoe aktsionernoe obshchestvo", "otkrytoye aktsionernoye obshchestvo",
                        "otvoreno aktsionerno druzhestvo", "vidkrite aktsionerne tovaristvo", "vidkryte aktsionerne tovarystvo", "aat",
                        "adkrytae aktsyyanernae tavarystva"},
                {"cjsc", "jsc", "cjsc", "zao", "closed joint stock company", "zakrytoe aktsionernoe obshchestvo", "zakrytoye aktsionernoye obshchestvo",
                        "zakrito aktsionerno druzhestvo", "zakrite aktsionerne tovaristvo", "zakryte aktsionerne tovarystvo", "zaat",
                        "zakrytae aktsyyanernae tavarystva",
                        "privatne aktsionerne tovaristvo", "pryvatne aktsionerne tovarystvo"},
                {"pjsc", "jsc", "pjsc", "pao", "public joint stock company", "publichnoe aktsionernoe obshchestvo", "publichnoye aktsionernoye obshchestvo",
                        "publichno aktsionerno druzhestvo", "publichne aktsionerne tovaristvo", "publichne aktsionerne tovarystvo"},
                {"ag", "jsc", "ag", "aktiengesellschaft"},
                {"sa", "jsc", "sa", "s a", "societe anonyme", "sociedad anonima", "sa de cv", "sab de cv", "sapi de cv", "sae", "saa", "sas", "saic",
                        "sasu", "societe par actions simplifiee"},
                {"spa", "jsc", "spa", "societa per azioni"},
                {"nv", "jsc", "nv", "naamloze vennootschap"},
                {"plc", "ltd", "plc", "public limited company"},
                {"ltd", "ltd", "ltd", "limited", "ltd co", "co ltd", "company limited", "pte", "pte ltd", "pvt", "pvt ltd", "private limited",
                        "private limited company", "pty", "pty ltd", "proprietary limited", "bhd", "sdn bhd", "berhad", "sendirian berhad", "kk",
                        "kabushiki kaisha", "yk", "gk", "tbk", "pt",
                        // Arabic and Persian (المحدودة, محدود), as read from the script
                        "al mhdwda", "mhdwda", "mhdwd"},
                {"inc", "corp", "inc", "incorporated"},
                {"corp", "corp", "corp", "corporation", "korporatsiya", "korporatsii", "korporatsiia"},
                {"co", "corp", "co", "company", "cie", "compagnie", "compania", "cia", "kompaniya", "kompanii", "kompaniia", "kompaniyata",
                        // Arabic شركة and Persian شرکت, as read from the script and as the lists spell them in Latin letters
                        "shrka", "shrkt", "sherkat", "sherkate", "sherkat e", "shirkat", "sharikat", "sharikah", "sharekat"},
                {"lp", "lp", "lp", "limited partnership", "llp", "limited liability partnership", "kg", "gmbh co kg", "ohg", "scs", "snc"},
                {"fze", "llc", "fze", "fzco", "fzc", "fz llc", "free zone establishment", "free zone company"},
                {"na", "jsc", "na", "national association"},
                // a state's unitary enterprise (Russian ГУП, ФГУП; Belarusian РУП), as the lists give Russian and Belarusian ones
                // in English and in Russian spelt in Latin letters ("Federal State Unitary Enterprise", "FGUP", "Gosudarstvennoe
                // unitarnoe predpriyatie"); not "SUE", a given name too (ГУП, РУП and МУП: as written in Cyrillic, CYRILLIC_ONLY)
                {"sue", "sue", "fsue", "fgup", "state unitary enterprise", "federal state unitary enterprise", "unitary enterprise",
                        "republican unitary enterprise", "municipal unitary enterprise", "gosudarstvennoe unitarnoe predpriyatie",
                        "federalnoe gosudarstvennoe unitarnoe predpriyatie", "unitarnoe predpriyatie", "respublikanskoe unitarnoe predpriyatie",
                        "munitsipalnoe unitarnoe predpriyatie"},
                {"cv", "lp", "cv", "commanditaire vennootschap"},
                // French forms of a cooperative and of an economic interest grouping, as Datafaker's French companies and
                // French registers write them ("Interactive Sporting Goods SCOP" read SCOP as a word, and its initials
                // spelt the listed "ISGS")
                {"scop", "coop", "scop", "scic", "societe cooperative", "societe cooperative de production"},
                {"gie", "gie", "gie", "groupement d interet economique"},
        };
        for (String[] row : rows) {
            FAMILY.put(row[0], row[1]);
            for (int i = 2; i < row.length; i++) CANONICAL.put(row[i], row[0]);
        }
        for (Map.Entry<String, String> e : CANONICAL.entrySet()) {
            if (e.getKey().length() < FOLDED_MIN) continue;
            String key = folded(e.getKey()), before = FOLDED.putIfAbsent(key, e.getValue());
            if (before != null && !before.equals(e.getValue())) {
                throw new IllegalStateException("legal forms " + before + " and " + e.getValue() + " spelt alike: " + key);
            }
        }
    }

    /**
     * A spelling with the letters Latin transliterations of Cyrillic swap made one, for {@link #FOLDED}: shch, sch and shh
     * as sh, ts as c, y, j and i before a, e, o or u left out (ya, yu, ye, ia, iye, iya: a soft vowel's glide), any
     * other y or j as i, and doubled letters once. The lists spell a Russian form's words in Latin letters in several ways
     * ("Obshchestvo s Ogranichennoi Otvetstvennostyu", "OBSCHESTVO S OGRANICHENNOY OTVETSTVENNOSTJU", "Aktsionernoye",
     * "Akcionernoe"), and the most common of them, ICU's reading of the Russian, was in the table only in part: some 230
     * of the lists' names carried the words of an LLC as four name words.
     */
    static String folded(String spelling) {
        String s = spelling.replace("shch", "sh").replace("sch", "sh").replace("shh", "sh").replace("ts", "c");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (glide(c)) {
                int k = i + 1;
                while (k < s.length() && glide(s.charAt(k))) k++;
                char next = k < s.length() ? s.charAt(k) : 0;
                if (next == 'a' || next == 'e' || next == 'o' || next == 'u') {
                    i = k - 1;
                    continue;
                }
            }
            if (c == 'y' || c == 'j') c = 'i';
            if (!b.isEmpty() && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        return b.toString();
    }

    private static boolean glide(char c) {
        return c == 'y' || c == 'j' || c == 'i';
    }

    private LegalForms() {}

    /**
     * Russian and Ukrainian forms, as a name written in Cyrillic letters carries them (read "ip", "op", "nko", "tszh",
     * "fop"): in Latin letters they are names ("Ip" is a Cantonese family name), in Cyrillic they are no person's initials
     * ("ИП Роман", a sole trader, is not "Роман Игоревич Путин"). ИП and ФОП: a sole trader; ОП: a company's branch; НКО: a
     * non-profit organisation; ТСЖ: a homeowners' association; ГУП, РУП, МУП: a state's, a republic's or a town's unitary
     * enterprise (in Latin letters "Gup" and "Rup" are names); АКБ: a joint-stock commercial bank. АНО stays a word: the
     * lists write it ANO in Latin letters ("АНО Диалог", "ANO Dialog").
     */
    private static final Map<String, String> CYRILLIC_ONLY = Map.of("ip", "ip", "fop", "ip", "op", "op", "nko", "nko", "tszh", "tszh",
            "gup", "sue", "rup", "sue", "mup", "sue", "akb", "jsc");

    /** The canonical legal form for a phrase of lower-case ASCII tokens joined by single spaces, or null. */
    public static String canonical(String phrase) {
        String c = CANONICAL.get(phrase);
        return c != null || phrase.length() < FOLDED_MIN ? c : FOLDED.get(folded(phrase));
    }

    /** {@link #canonical(String)}, with the forms only a name written in Cyrillic letters carries when it is one. */
    static String canonical(String phrase, boolean cyrillic) {
        String c = canonical(phrase);
        return c != null || !cyrillic ? c : CYRILLIC_ONLY.get(phrase);
    }

    /** Family of a canonical form: llc, jsc, ltd, corp, lp. */
    public static String family(String canonical) {
        return FAMILY.getOrDefault(canonical, canonical);
    }

    /**
     * True for forms so short they are also ordinary words or initials ("sa", "as", "co", "pt"), written together or
     * letter by letter ("s a", "a s": "Ivanov S. A." is a person's name).
     */
    static boolean isShortForm(String phrase) {
        int letters = 0;
        for (int i = 0; i < phrase.length(); i++) if (phrase.charAt(i) != ' ') letters++;
        return letters <= 2;
    }
}
