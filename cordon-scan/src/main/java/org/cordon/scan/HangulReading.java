package org.cordon.scan;

/**
 * Reads one Hangul syllable the two ways sanctions lists spell Korean names: the North-Korean /
 * McCune-Reischauer style without diacritics that UN, OFAC, EU and UK lists use ("김정은" = Kim Jong Un,
 * "최룡해" = Choe Ryong Hae, "박" = Pak) and Revised Romanization ("Gim Jeong Eun", "Bak"). Both are
 * kept because a text may follow either; the scorer decides between them.
 */
final class HangulReading {
    private HangulReading() {}

    // Initial consonants in jamo order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
    private static final String[] INITIAL_NK = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"};
    private static final String[] INITIAL_RR = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    // Vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
    private static final String[] VOWEL_NK = {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"};
    private static final String[] VOWEL_RR = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    // Final consonants: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
    private static final String[] FINAL_NK = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "h"};
    private static final String[] FINAL_RR = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    static boolean isSyllable(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /** The list-style reading of a syllable: 김 -> kim, 정 -> jong, 은 -> un, 철 -> chol, 리 -> ri. */
    static String northKorean(char c) {
        int s = c - 0xAC00;
        String v = VOWEL_NK[(s % 588) / 28];
        return INITIAL_NK[s / 588] + v + FINAL_NK[s % 28];
    }

    /** The Revised Romanization reading: 김 -> gim, 정 -> jeong, 은 -> eun. */
    static String revised(char c) {
        int s = c - 0xAC00;
        return INITIAL_RR[s / 588] + VOWEL_RR[(s % 588) / 28] + FINAL_RR[s % 28];
    }
}
