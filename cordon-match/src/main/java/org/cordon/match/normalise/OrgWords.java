package org.cordon.match.normalise;

import java.util.HashMap;
import java.util.Map;

/**
 * The generic words of organisations' names that the lists write in English for one body and in its own language for
 * another, as one English word each: a Russian company's "Завод" (read "zavod") is the "Plant" of its English name, "Группа"
 * its "Group", "Центр" its "Centre"; an Arabic "مجموعة" its "Group", "شبكة" its "Network". The EU and UK give a Russian
 * company both ways ("АО “ЗАВОД ‘ПЛАСТМАСС’”" and "Joint Stock Company Plastmass Plant"), OFAC in English only, and a
 * customer's record holds whichever its country writes. Only words that name no person and no place, read from
 * organisations' names (a person's name keeps its words).
 */
final class OrgWords {
    private static final Map<String, String> ENGLISH = new HashMap<>();
    /**
     * Generic words read from Arabic or Persian script, in English. Not in place of the words: the lists write an Iranian
     * body's name in English ("Shahid Bagheri Industries Group") as often as spelt in Latin letters ("SANAYE HAFTOME TIR"),
     * and the reading meets the spelling by its consonants, not by the text ({@link #abjadInEnglish} adds a reading).
     */
    private static final Map<String, String> ABJAD = new HashMap<>();

    static {
        // English word, then the spellings read as it: Russian (ICU's reading and the spoken one), Bulgarian, Ukrainian and
        // Belarusian, Polish and Czech, German and Spanish, in the forms names carry them (a nominative, the plural, the
        // genitive of "named after" and Bulgarian's definite article). In place of the word: its Latin spelling is read so too
        // ("Zavod Legmash" and "Завод Легмаш" both "plant legmash")
        String[][] rows = {
                {"plant", "zavod", "zavoda", "zavody", "zavodi", "zavodat", "zavodu"},
                {"factory", "fabrika", "fabriki", "fabryka", "fabrikata"},
                {"group", "gruppa", "gruppy", "grupa", "grupata", "gruppe", "grupo", "hrupa"},
                {"centre", "center", "tsentr", "tsentra", "centr", "centrum", "tsentar", "tsentyr"},
                {"bureau", "byuro", "biuro"},
        };
        for (String[] row : rows) {
            for (int i = 1; i < row.length; i++) ENGLISH.put(row[i], row[0]);
        }
        // Arabic and Persian, as read from the script: مجموعة and گروه, شبكة, فرقة, صنایع, التجارية and للتجارة, بازرگانی,
        // بنك, مرکز
        String[][] abjad = {
                {"group", "mjmwa", "grwh"},
                {"network", "shbka", "shbkh"},
                {"division", "frqa", "frgha"},
                {"industries", "snay"},
                {"trading", "tjarya", "tjara", "ltjara", "lltjara", "bazrgany"},
                {"bank", "bnk"},
                {"centre", "mrkz"},
        };
        for (String[] row : abjad) {
            for (int i = 1; i < row.length; i++) ABJAD.put(row[i], row[0]);
        }
    }

    private OrgWords() {}

    /** The English word for a generic word of an organisation's name (lower-case ASCII), or the word itself. */
    static String english(String word) {
        return ENGLISH.getOrDefault(word, word);
    }

    /** A name read from Arabic or Persian script with {@link #ABJAD}'s words in English, or the reading itself. */
    static String abjadInEnglish(String reading) {
        String[] words = reading.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String e = ABJAD.get(words[i]);
            if (e != null) {
                words[i] = e;
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : reading;
    }

    /**
     * A Chinese company's form and generic words in English, as the lists write such companies' names (沈忠國際海運有限公司:
     * "SHEN ZHONG INTERNATIONAL SHIPPING"; 大连尤曼特贸易有限公司: "DALIAN YOUMANTE TRADING CO., LTD."), in simplified and
     * traditional characters, the longest first. By the characters, not their reading: read syllable by syllable, 科技
     * (technology) is "ke ji", as a person's 柯吉 is.
     */
    private static final String[][] HAN = {
            {"股份有限公司", "co ltd"}, {"有限责任公司", "co ltd"}, {"有限責任公司", "co ltd"}, {"有限公司", "co ltd"},
            {"进出口", "import export"}, {"進出口", "import export"}, {"机器人", "robotics"}, {"機器人", "robotics"},
            {"公司", "company"}, {"集团", "group"}, {"集團", "group"}, {"控股", "holdings"},
            {"科技", "technology"}, {"技术", "technology"}, {"技術", "technology"}, {"贸易", "trading"}, {"貿易", "trading"},
            {"国际", "international"}, {"國際", "international"}, {"机械", "machinery"}, {"機械", "machinery"},
            {"设备", "equipment"}, {"設備", "equipment"}, {"装备", "equipment"}, {"裝備", "equipment"},
            {"电子", "electronics"}, {"電子", "electronics"}, {"物流", "logistics"}, {"工业", "industrial"}, {"工業", "industrial"},
            {"实业", "industrial"}, {"實業", "industrial"}, {"航空", "aviation"}, {"动力", "power"}, {"動力", "power"},
            {"船务", "shipping"}, {"船務", "shipping"}, {"海运", "shipping"}, {"海運", "shipping"}, {"港务", "port"}, {"港務", "port"},
            {"石化", "petrochemical"}, {"信息", "information"}, {"精密", "precision"}, {"激光", "laser"}, {"数控", "cnc"},
            {"數控", "cnc"}, {"机床", "machine tool"}, {"機床", "machine tool"}, {"工程", "engineering"}, {"制造", "manufacturing"},
            {"製造", "manufacturing"}, {"香港", "hong kong"}, {"中国", "china"}, {"中國", "china"},
    };

    /**
     * A Korean (North Korean) body's generic words in English, as the lists write such names (조선남강무역회사: "Korea Namgang
     * Trading Company"; 조선국제전람사: "Korea International Exhibition Corporation"), the longest first.
     */
    private static final String[][] HANGUL = {
            {"총회사", "general corporation"}, {"주식회사", "co ltd"}, {"회사", "company"}, {"조선", "korea"}, {"국제", "international"},
            {"무역", "trading"}, {"은행", "bank"}, {"연구소", "research centre"}, {"원자력", "nuclear"}, {"인민", "people"},
    };

    /** Whether a name in Han characters carries a company's form (公司), and so is an organisation's whatever its schema. */
    static boolean hanCompany(String name) {
        return name.contains("公司") || name.contains("集团") || name.contains("集團");
    }

    /** Whether a name in Hangul carries a company's word (회사), and so is an organisation's whatever its schema. */
    static boolean hangulCompany(String name) {
        return name.contains("회사");
    }

    /** {@link #HAN}'s words of a name in Han characters, in English between spaces; the other characters as they are. */
    static String hanInEnglish(String name) {
        return inEnglish(name, HAN);
    }

    /** {@link #HANGUL}'s words of a name in Hangul, in English between spaces; the other syllables as they are. */
    static String hangulInEnglish(String name) {
        return inEnglish(name, HANGUL);
    }

    private static String inEnglish(String name, String[][] table) {
        String s = name;
        for (String[] p : table) {
            if (s.contains(p[0])) s = s.replace(p[0], " " + p[1] + " ");
        }
        return s;
    }
}
