package org.cordon.bench.quality;

import java.util.Map;

/**
 * A Korean name in Hangul spelt in the South's Revised Romanization, as a South Korean customer file or payment holds it:
 * the family name as its bearers most often write it (김 Kim, 이 Lee, 박 Park: the table below), the given name's syllables
 * joined by a hyphen ("김정은" Kim Jeong-eun, "조연준" Cho Yeon-jun). The quality report's queries for Korean names in
 * Latin letters, against lists that write North Korean names in the older manner (KIM JONG UN, CHO YON CHUN).
 */
public final class RevisedRomanization {
    private RevisedRomanization() {}

    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] VOWEL = {
            "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {
            "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    /** The spellings most bearers of the commonest family names use (Statistics Korea's most frequent surnames). */
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("김", "Kim"), Map.entry("이", "Lee"), Map.entry("리", "Ri"), Map.entry("박", "Park"), Map.entry("최", "Choi"),
            Map.entry("정", "Jung"), Map.entry("강", "Kang"), Map.entry("조", "Cho"), Map.entry("윤", "Yoon"), Map.entry("장", "Jang"),
            Map.entry("임", "Lim"), Map.entry("한", "Han"), Map.entry("오", "Oh"), Map.entry("신", "Shin"), Map.entry("권", "Kwon"),
            Map.entry("황", "Hwang"), Map.entry("안", "Ahn"), Map.entry("류", "Ryu"), Map.entry("유", "Yoo"), Map.entry("노", "Noh"),
            Map.entry("현", "Hyun"), Map.entry("방", "Bang"), Map.entry("문", "Moon"), Map.entry("홍", "Hong"), Map.entry("고", "Ko"));

    /** The name spelt so; a name not in Hangul is returned as it is. */
    public static String spell(String hangul) {
        String s = hangul.strip();
        int space = s.indexOf(' ');
        String family = space > 0 ? s.substring(0, space) : s.substring(0, Math.min(1, s.length()));
        String given = (space > 0 ? s.substring(space + 1) : s.substring(family.length())).replace(" ", "");
        String f = FAMILY.get(family);
        StringBuilder b = new StringBuilder(f != null ? f : capitalised(syllables(family, "")));
        if (!given.isEmpty()) b.append(' ').append(capitalised(syllables(given, "-")));
        return b.toString();
    }

    private static String syllables(String hangul, String between) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (c < 0xAC00 || c > 0xD7A3) {
                b.append(c);
                continue;
            }
            int index = c - 0xAC00;
            if (i > 0) b.append(between);
            b.append(INITIAL[index / (21 * 28)]).append(VOWEL[(index % (21 * 28)) / 28]).append(FINAL[index % 28]);
        }
        return b.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
