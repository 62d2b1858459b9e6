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

    static {
        // English word, then the spellings read as it: Russian (ICU's reading and the spoken one), Bulgarian, Ukrainian and
        // Belarusian, Polish and Czech, German and Spanish, in the forms names carry them (a nominative, the plural, the
        // genitive of "named after" and Bulgarian's definite article); Arabic and Persian as read from the script
        String[][] rows = {
                {"plant", "zavod", "zavoda", "zavody", "zavodi", "zavodat", "zavodu"},
                {"factory", "fabrika", "fabriki", "fabryka", "fabrikata"},
                {"group", "gruppa", "gruppy", "grupa", "grupata", "gruppe", "grupo", "hrupa"},
                {"centre", "center", "tsentr", "tsentra", "centr", "centrum", "tsentar", "tsentyr"},
                {"bureau", "byuro", "biuro"},
                // Arabic and Persian, as read from the script: مجموعة and گروه, شبكة, فرقة, صنایع, التجارية and للتجارة,
                // بازرگانی, بنك, مرکز
                {"group", "mjmwa", "grwh"},
                {"network", "shbka", "shbkh"},
                {"division", "frqa", "frgha"},
                {"industries", "snay"},
                {"trading", "tjarya", "tjara", "ltjara", "lltjara", "bazrgany"},
                {"bank", "bnk"},
                {"centre", "mrkz"},
        };
        for (String[] row : rows) {
            for (int i = 1; i < row.length; i++) ENGLISH.put(row[i], row[0]);
        }
    }

    private OrgWords() {}

    /** The English word for a generic word of an organisation's name (lower-case ASCII), or the word itself. */
    static String english(String word) {
        return ENGLISH.getOrDefault(word, word);
    }
}
