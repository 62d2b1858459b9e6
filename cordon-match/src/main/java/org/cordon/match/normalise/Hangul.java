package org.cordon.match.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Hangul the way sanctions lists spell Korean names: McCune-Reischauer without breves, in the
 * DPRK style the UN and OFAC use ("김정은" -> "kim jong un", "최룡해" -> "choe ryong hae"), one token per
 * syllable because lists write "Kim Jong Un" or "Kim Jong-un". ICU's Hangul-Latin gives Revised
 * Romanization ("gimjeong-eun") joined into one word, which no list writes; a person's given name is also read, syllable by
 * syllable, as South Korea spells it and in Revised Romanization ({@link #givenNamesSpelt}), as the lists write some North
 * Koreans ("PARK Young Han", "SHIN Geum Cheol").
 */
final class Hangul {
    private static final int BASE = 0xAC00, LAST = 0xD7A3;
    private static final String[] INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] VOWEL = {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    /** Revised Romanization's initials and vowels (its finals are McCune-Reischauer's). */
    private static final String[] RR_INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] RR_VOWEL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    /** Vowels' indexes: ㅓ, ㅕ, ㅡ, ㅢ; the initial ㅇ (none) and ㅎ; the final ㅇ. */
    private static final int EO = 4, YEO = 6, EU = 18, UI = 19, NO_INITIAL = 11, H = 18, FINAL_NG = 21;
    /**
     * Names of three syllables up to this many (a family name and a given name of two or three) are also read as South Korea
     * spells given names. Not two: its spelling writes ㅓ as ㅜ is written (건 and 군 both "kun"), which one given syllable
     * beside a common family name cannot outweigh ("김 건" met the listed "KIM, Kun": 9-20 of 100,000 generated names, the
     * generator's Korean names repeating).
     */
    private static final int PERSON_SYLLABLES = 4;

    /** Common surnames whose list spellings differ from the syllable reading. */
    private static final Map<String, String[]> SURNAMES = Map.ofEntries(
            Map.entry("i", new String[]{"ri", "lee", "yi"}), Map.entry("ri", new String[]{"lee", "yi"}),
            Map.entry("pak", new String[]{"park"}), Map.entry("choe", new String[]{"choi"}),
            Map.entry("jong", new String[]{"chong", "jung"}), Map.entry("jo", new String[]{"cho"}),
            Map.entry("yun", new String[]{"yoon"}), Map.entry("jang", new String[]{"chang"}),
            Map.entry("rim", new String[]{"lim", "im"}), Map.entry("im", new String[]{"rim", "lim"}),
            Map.entry("o", new String[]{"oh"}), Map.entry("so", new String[]{"seo"}), Map.entry("sin", new String[]{"shin"}),
            Map.entry("an", new String[]{"ahn"}), Map.entry("ryu", new String[]{"yu", "yoo"}), Map.entry("yu", new String[]{"ryu", "yoo"}),
            Map.entry("jon", new String[]{"jeon", "chon", "chun", "jun"}), Map.entry("ko", new String[]{"go"}), Map.entry("mun", new String[]{"moon"}),
            Map.entry("pae", new String[]{"bae"}), Map.entry("paek", new String[]{"baek"}), Map.entry("ro", new String[]{"roh", "no"}),
            Map.entry("no", new String[]{"ro", "roh"}), Map.entry("kang", new String[]{"gang"}), Map.entry("ku", new String[]{"koo"}));

    private Hangul() {}

    static boolean isSyllable(int cp) {
        return cp >= BASE && cp <= LAST;
    }

    /** One syllable in McCune-Reischauer (DPRK style), lower case. */
    static String syllable(int cp) {
        int s = cp - BASE;
        int ini = s / (21 * 28), vow = (s % (21 * 28)) / 28, fin = s % 28;
        String onset = INITIAL[ini];
        // DPRK spelling writes initial ㄹ as R (Ri, Ryong) and ㅈ as J (Jong); after a vowel-less onset keep it
        return onset + VOWEL[vow] + FINAL[fin];
    }

    /** Surname alternatives for a Korean name already read into Latin ("ri jong ho" -> also "lee jong ho"). */
    static List<String> readingsOfLatin(String latin) {
        List<String> out = new ArrayList<>(4);
        out.add(latin);
        int sp = latin.indexOf(' ');
        String first = sp < 0 ? latin : latin.substring(0, sp);
        String[] alts = SURNAMES.get(first);
        if (alts != null) {
            for (String a : alts) out.add(a + latin.substring(first.length()));
        }
        return out;
    }

    /**
     * Readings of a text that contains Hangul: the primary reading with one token per syllable, and
     * alternatives with list spellings of the first syllable when it is a common surname, the last syllable voiced
     * ({@link #lastSyllableVoiced}) and the given name as South Korea spells it ({@link #givenNamesSpelt}).
     */
    static List<String> readings(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 4);
        String firstSyllable = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSyllable(cp)) {
                String syl = syllable(cp);
                if (firstSyllable == null) firstSyllable = syl;
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                sb.append(syl).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String primary = Chars.collapseWhitespace(sb.toString());
        List<String> out = new ArrayList<>(5);
        out.add(primary);
        String[] alts = firstSyllable == null ? null : SURNAMES.get(firstSyllable);
        if (alts != null && primary.startsWith(firstSyllable)) {
            for (String a : alts) out.add(a + primary.substring(firstSyllable.length()));
        }
        String voiced = lastSyllableVoiced(text);
        if (voiced != null) out.add(voiced);
        if (firstSyllable != null) {
            for (int style = POPULAR; style <= REVISED; style++) {
                String given = givenNamesSpelt(text, style);
                if (given == null || out.contains(given)) continue;
                out.add(given);
                if (alts != null) for (String a : alts) out.add(a + given.substring(firstSyllable.length()));
            }
        }
        return out;
    }

    /** How a given name's syllables are spelt: South Korea's common spelling, or Revised Romanization. */
    private static final int POPULAR = 0, REVISED = 1;

    /**
     * A person's name (three to {@link #PERSON_SYLLABLES} syllables, nothing else) with its family name read as the primary
     * reading reads it and its given name as South Korea spells given names, which the lists copy for some North Koreans
     * too: "박영한" PARK Young Han, "최천식" CHOE Chun-Sik, "김성수" Sung Su KIM, "신금철" SHIN Geum Cheol. {@link #POPULAR}:
     * the vowels ㅓ and ㅕ before a final consonant u and yu (Chun, Sung, Chul, Kyung, Hyun; 영 Young), else eo and yeo; ㅡ
     * eu (Eun, Keum); 희 hee; the consonants McCune-Reischauer's. {@link #REVISED}: Revised Romanization (Geum, Cheol,
     * Yeong, Byeong). Null for other names, or when the reading is the primary one. A syllable spelt otherwise than the
     * list spells it is another syllable to the scorer, so a name that the primary reading misses by a vowel is missed
     * whole.
     */
    static String givenNamesSpelt(String text, int style) {
        int[] syllables = nameSyllables(text);
        if (syllables == null || syllables.length < 3 || syllables.length > PERSON_SYLLABLES) return null;
        StringBuilder sb = new StringBuilder(24);
        boolean changed = false;
        for (int k = 0; k < syllables.length; k++) {
            String mr = syllable(syllables[k]);
            String syl = k == 0 ? mr : style == POPULAR ? popular(syllables[k]) : revised(syllables[k]);
            changed |= !syl.equals(mr);
            if (k > 0) sb.append(' ');
            sb.append(syl);
        }
        return changed ? sb.toString() : null;
    }

    /** The syllables of a name written in Hangul alone (spaces and hyphens between them), or null when it has anything else. */
    private static int[] nameSyllables(String text) {
        int[] out = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSyllable(cp)) out[count++] = cp;
            else if (!Character.isWhitespace(cp) && cp != '-') return null;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static String popular(int cp) {
        int s = cp - BASE;
        int ini = s / (21 * 28), vow = (s % (21 * 28)) / 28, fin = s % 28;
        String vowel = switch (vow) {
            case EO -> fin != 0 ? "u" : "eo";
            case YEO -> ini == NO_INITIAL && fin == FINAL_NG ? "you" : fin != 0 ? "yu" : "yeo";
            case EU -> "eu";
            case UI -> ini == H ? "ee" : "ui";
            default -> VOWEL[vow];
        };
        return INITIAL[ini] + vowel + FINAL[fin];
    }

    private static String revised(int cp) {
        int s = cp - BASE;
        int ini = s / (21 * 28), vow = (s % (21 * 28)) / 28, fin = s % 28;
        return RR_INITIAL[ini] + RR_VOWEL[vow] + FINAL[fin];
    }

    /**
     * A person's name of three syllables (family name and two given) read with the last syllable's ㄱ, ㄷ or ㅂ voiced, g, d
     * or b, as McCune-Reischauer writes them between voiced sounds and lists often spell the given name ("김영복" KIM Yong
     * Bok, "김수길" Su Gil KIM, "박재경" Jae-gyong PAK); null for other names and other last syllables. The voiced
     * consonant is a changed letter in a syllable, which the scorer counts as another syllable.
     */
    static String lastSyllableVoiced(String text) {
        int[] syllables = nameSyllables(text);
        if (syllables == null || syllables.length != 3) return null;
        int ini = (syllables[2] - BASE) / (21 * 28);
        String voiced = ini == 0 ? "g" : ini == 3 ? "d" : ini == 7 ? "b" : null;
        if (voiced == null) return null;
        return syllable(syllables[0]) + ' ' + syllable(syllables[1]) + ' ' + voiced + syllable(syllables[2]).substring(1);
    }
}
