package org.cordon.bench.quality;

import java.util.Locale;

/**
 * A Russian name in Cyrillic letters spelt as German (Duden), French or Polish newspapers and registers spell it: "Евгений
 * Пригожин" as Jewgeni Prigoschin, Evgueni Prigojine, Jewgienij Prigożin. The quality report's queries for names a
 * customer file in those languages holds, against lists that spell the same people as English does (Yevgeniy PRIGOZHIN).
 * Each is the common newspaper practice, not a standard's every detail.
 */
public enum WesternCyrillicSpellings {
    GERMAN, FRENCH, POLISH;

    private static final String VOWELS = "аеёиоуыэюяъь";

    /** The name spelt by this convention; letters other than Russian Cyrillic are kept as they are. */
    public String spell(String cyrillic) {
        String s = cyrillic.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean wordStart = !Character.isLetter(before);
            boolean afterVowel = wordStart || VOWELS.indexOf(before) >= 0;
            boolean wordEnd = !Character.isLetter(after);
            out.append(switch (this) {
                case GERMAN -> german(c, afterVowel, before, after);
                case FRENCH -> french(c, afterVowel, before, after, wordEnd, s, i);
                case POLISH -> polish(c, afterVowel, before, after);
            });
        }
        return capitalised(out.toString());
    }

    private static String german(char c, boolean afterVowel, char before, char after) {
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "w"; case 'г' -> "g"; case 'д' -> "d";
            case 'е' -> afterVowel ? "je" : "e";
            case 'ё' -> "жшчщ".indexOf(before) >= 0 ? "o" : "jo";
            case 'ж' -> "sch"; case 'з' -> "s"; case 'и' -> "i";
            // -ий and -ый end in i and y (Jewgeni, Juri), ей in j (Sergej), й after another vowel in i (Nikolai, Schoigu)
            case 'й' -> "иы".indexOf(before) >= 0 && !Character.isLetter(after) ? "" : before == 'е' || !(VOWELS.indexOf(before) >= 0) ? "j" : "i";
            case 'к' -> "k"; case 'л' -> "l";
            case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r";
            case 'с' -> VOWELS.indexOf(before) >= 0 && VOWELS.indexOf(after) >= 0 ? "ss" : "s";
            case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "ch"; case 'ц' -> "z"; case 'ч' -> "tsch";
            case 'ш' -> "sch"; case 'щ' -> "schtsch"; case 'ъ', 'ь' -> ""; case 'ы' -> "y"; case 'э' -> "e";
            case 'ю' -> "ju"; case 'я' -> "ja";
            case 'і' -> "i"; case 'ї' -> "ji"; case 'є' -> "je"; case 'ґ' -> "g";
            default -> String.valueOf(c);
        };
    }

    private static String french(char c, boolean afterVowel, char before, char after, boolean wordEnd, String s, int i) {
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v";
            case 'г' -> "еиэыё".indexOf(after) >= 0 ? "gu" : "g";
            case 'д' -> "d"; case 'е' -> afterVowel && i > 0 && Character.isLetter(before) ? "ie" : "e";
            case 'ё' -> "io"; case 'ж' -> "j"; case 'з' -> "z"; case 'и' -> "i";
            case 'й' -> (before == 'и' || before == 'ы') && wordEnd ? "" : "ï"; case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m";
            // -ин at a name's end is written -ine (Poutine, Prigojine)
            case 'н' -> wordEnd && before == 'и' ? "ne" : "n";
            case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r";
            case 'с' -> VOWELS.indexOf(before) >= 0 && VOWELS.indexOf(after) >= 0 ? "ss" : "s";
            case 'т' -> "t"; case 'у' -> "ou"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "tch";
            case 'ш' -> "ch"; case 'щ' -> "chtch"; case 'ъ', 'ь' -> ""; case 'ы' -> "y"; case 'э' -> "e";
            case 'ю' -> "iou"; case 'я' -> "ia";
            case 'і' -> "i"; case 'ї' -> "ï"; case 'є' -> "ie"; case 'ґ' -> "g";
            default -> String.valueOf(c);
        };
    }

    private static String polish(char c, boolean afterVowel, char before, char after) {
        boolean hard = "жшчщц".indexOf(before) >= 0;
        boolean soft = "еёиюяь".indexOf(after) >= 0;
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "w"; case 'г' -> "g"; case 'д' -> "d";
            case 'е' -> afterVowel ? "je" : hard || before == 'л' ? "e" : "ie";
            case 'ё' -> afterVowel ? "jo" : hard || before == 'л' ? "o" : "io";
            case 'ж' -> "ż"; case 'з' -> "z"; case 'и' -> hard ? "y" : "i"; case 'й' -> "j"; case 'к' -> "k";
            case 'л' -> soft ? "l" : "ł"; case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r";
            case 'с' -> "s"; case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "ch"; case 'ц' -> "c";
            case 'ч' -> "cz"; case 'ш' -> "sz"; case 'щ' -> "szcz"; case 'ъ', 'ь' -> ""; case 'ы' -> "y"; case 'э' -> "e";
            case 'ю' -> afterVowel ? "ju" : before == 'л' ? "u" : "iu";
            case 'я' -> afterVowel ? "ja" : before == 'л' ? "a" : "ia";
            case 'і' -> "i"; case 'ї' -> "ji"; case 'є' -> "je"; case 'ґ' -> "g";
            default -> String.valueOf(c);
        };
    }

    private static String capitalised(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            if (Character.isLetter(b.charAt(i)) && (i == 0 || !Character.isLetter(b.charAt(i - 1)))) b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
        }
        return b.toString();
    }
}
