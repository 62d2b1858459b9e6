package org.cordon.match.score;

import org.cordon.match.normalise.TokenKind;
import org.cordon.match.normalise.Tokens;

/**
 * Similarity of one query token and one list token, and how they met. Exact text first; then by
 * kind: an initial meets a word it begins, numbers and legal forms meet their equals (legal forms
 * also their family: OAO ~ JSC); words meet by edit distance, by sound (Double Metaphone) and, for
 * names read from Arabic or Hebrew script that write few vowels, by consonant skeleton.
 */
public final class TokenSimilarity {
    public static final byte EXACT = 0, FUZZY = 1, PHONETIC = 2, INITIAL = 3, TRANSLITERATION = 4, JOINED = 5, SPLIT = 6,
            ACRONYM = 7, NUMBER = 8, LEGAL_FORM = 9, TRUNCATED = 10;
    /** The query's last word is the start of the list word. */
    static final double TRUNCATED_SIM = 0.75;

    /** Floor for tokens that sound the same (Double Metaphone keys equal): "Selenskyj" ~ "Zelenskyy". */
    static final double PHONETIC_SIM = 0.8;
    /**
     * The least edit similarity at which equal sound-alike keys lift a pair to {@link #PHONETIC_SIM}; also where the edit
     * distance gives up. 0.4 would let Aleksandr meet Alexander (0.47, the same key), but the distance then gave up later
     * on every pair: the false-alert run's 100,000 names took 10.3 s against 7.9 s, one alert fewer.
     */
    static final double PHONETIC_MIN_EDIT = 0.5;
    /** Fuzzy matches between syllables read from Han or Hangul count this much. */
    static final double SYLLABLE_FACTOR = 0.7;
    /**
     * A word met by its feminine form or the other way round ({@link #feminineForm}), or by its nisba ({@link #nisbaForm}):
     * another person, most often.
     */
    static final double FEMININE_FORM = 0.8;
    /** Consonant skeletons that meet although the Latin word lacks a long vowel the script writes ({@link #vowelMissing}). */
    static final double LONG_VOWEL_MISSING = 0.8;
    /** Consonant skeletons across an abjad whose first consonants are not one letter's spellings. */
    static final double FIRST_CONSONANT_DIFFERS = 0.8;
    /** An initial standing for a word it begins. */
    static final double INITIAL_SIM = 0.8;

    private TokenSimilarity() {}

    public static String label(byte how) {
        return switch (how) {
            case EXACT -> "exact";
            case FUZZY -> "fuzzy";
            case PHONETIC -> "phonetic";
            case INITIAL -> "initial";
            case TRANSLITERATION -> "transliteration";
            case JOINED -> "joined";
            case SPLIT -> "split";
            case ACRONYM -> "initials";
            case NUMBER -> "number";
            case LEGAL_FORM -> "legal-form";
            case TRUNCATED -> "truncated";
            default -> "unknown";
        };
    }

    /** Similarity in [0,1]; writes how the tokens met into how[0]. */
    static double similarity(Tokens q, int i, Tokens l, int j, byte[] how) {
        return similarity(q, i, l, j, how, 0.0, EditDistance.newRows());
    }

    /**
     * Similarity in [0,1], or 0 for some pairs whose similarity is below {@code floor}: when the
     * tokens' lengths and letter classes ({@link EditDistance#similarityBound}) already rule out an
     * edit similarity of {@code floor}, the distance is not computed (most pairs of unrelated words).
     * The scorer passes the least similarity at which it aligns two tokens, so its results are the
     * same as with the exact value. Writes how the tokens met into how[0]; {@code rows} are the
     * caller's edit-distance work rows.
     */
    static double similarity(Tokens q, int i, Tokens l, int j, byte[] how, double floor, double[][] rows) {
        String a = q.text(i), b = l.text(j);
        byte ka = q.kind(i), kb = l.kind(j);
        if (a.equals(b)) {
            how[0] = ka == TokenKind.LEGAL_FORM ? LEGAL_FORM : ka == TokenKind.NUMBER ? NUMBER : EXACT;
            return 1.0;
        }
        if (ka == TokenKind.LEGAL_FORM || kb == TokenKind.LEGAL_FORM) {
            how[0] = LEGAL_FORM;
            if (ka == kb && org.cordon.match.normalise.LegalForms.family(a).equals(org.cordon.match.normalise.LegalForms.family(b))) return 0.9;
            return 0.0;
        }
        if (ka == TokenKind.NUMBER || kb == TokenKind.NUMBER) {
            how[0] = NUMBER;
            return 0.0;
        }
        if ((ka == TokenKind.PARTICLE) != (kb == TokenKind.PARTICLE)) {
            // a particle meets only particles: "Dal" is not "al" misspelt
            how[0] = FUZZY;
            return 0.0;
        }
        if (ka == TokenKind.INITIAL || kb == TokenKind.INITIAL) {
            how[0] = INITIAL;
            if (ka == TokenKind.INITIAL && kb == TokenKind.INITIAL) return 0.0;
            // an initial stands for a given name: not for the word a name marks as its family name ("M Tom Roux" is not
            // "MICHIELSEN, Tom R.D.")
            if (((ka == TokenKind.INITIAL ? l.roles(j) : q.roles(i)) & Tokens.FAMILY) != 0) return 0.0;
            return beginsWith(a, ka, b) ? INITIAL_SIM : 0.0;
        }
        how[0] = FUZZY;
        // Only the edit similarity, the truncation rule and consonant skeletons (one side read from an abjad) can
        // reach the floor; phonetic keys need an edit similarity of PHONETIC_MIN_EDIT and the other factors only lower a value.
        if (floor > 0 && q.abjad() == l.abjad() && a.length() <= 64 && b.length() <= 64
                && EditDistance.similarityBound(a.length(), b.length(), q.letters(i), l.letters(j)) < Math.min(floor, PHONETIC_MIN_EDIT)
                && !truncatable(q, i, a, b)) {
            return 0.0;
        }
        int longer = Math.max(a.length(), b.length());
        boolean acrossAbjad = q.abjad() != l.abjad();
        // whether the value may be short of the exact one (then only below the floor, and 0 is returned for it)
        boolean cut = false;
        double d;
        if (floor > 0 && longer <= 64) {
            // the same reasoning with the distance itself, given up as soon as it cannot reach the floor
            double most = EditDistance.maxDistance(longer, Math.min(floor, PHONETIC_MIN_EDIT));
            d = EditDistance.distanceAtMost(a, b, most, rows);
            if (d > most) {
                // across an abjad the consonants may still reach the floor
                if (!truncatable(q, i, a, b) && !acrossAbjad) return 0.0;
                cut = true;
            }
        } else {
            d = EditDistance.distance(a, b, rows);
        }
        double s = EditDistance.similarity(d, longer);
        if (!cut && s < 1.0) s = Math.min(s, stemSimilarity(a, b, rows));
        if (s < TRUNCATED_SIM && truncatable(q, i, a, b)) {
            // the query's last word cut to two letters, as fixed-width payment fields cut names ("... Belkassem Dr" for
            // Drissi); longer prefixes ("Lind" of Lindemann) are as often a different name, so fuzzy matching decides those
            s = TRUNCATED_SIM;
            how[0] = TRUNCATED;
        }
        String pa = q.phonetic(i), pb = l.phonetic(j);
        // Sound-alike keys only bridge romanisations: between two Latin spellings they equate too much (Albano, Albanese),
        // and across a reading from Arabic or Hebrew they must keep its consonants, but for an h (the keys make z s: زايد
        // Zayd is not Saeed; الفياض al-Fayyad is al-Fayyadh) and its vowels (خلود Khulud is not Khaled)
        if (s < PHONETIC_SIM && s >= PHONETIC_MIN_EDIT && (q.transliterated() || l.transliterated())
                && (q.abjad() == l.abjad() || sameButH(q.skeleton(i), l.skeleton(j)) && !(q.abjad() ? vowelMissing(a, b) : vowelMissing(b, a)))
                && !pa.isEmpty() && pa.equals(pb)
                && Math.min(a.length(), b.length()) * 2 > Math.max(a.length(), b.length())) {
            s = PHONETIC_SIM;
            how[0] = PHONETIC;
        }
        if (q.abjad() != l.abjad() && !q.syllabic() && !l.syllabic()) {
            // one side read from Arabic or Hebrew: vowels are guesses, compare consonants (not against syllables read from
            // Han or Hangul, which write every vowel: "min" is not "mwn")
            String sa = q.skeleton(i), sb = l.skeleton(j);
            // a final ta marbuta, read "a" from the script, is written "-ah"/"-eh" in Latin (Khilafah, Behineh)
            if (q.abjad()) sb = taMarbuta(a, b, sb);
            else sa = taMarbuta(b, a, sa);
            if (sa.length() >= 2 && sb.length() >= 2) {
                // two consonants say little ("mwdy" and "amadou" both reduce to "md"): short skeletons count less
                int consonants = Math.min(sa.length(), sb.length()) + firstSemivowel(a, b);
                double factor = skeletonFactor(consonants, q.abjad() ? a : b, q.abjad() ? b : a);
                if (q.abjad() ? vowelMissing(a, b) : vowelMissing(b, a)) factor *= LONG_VOWEL_MISSING;
                // consonants that begin otherwise begin another name: بامحمد Bamohammed is not Mohammad
                if (EditDistance.substitutionCost(sa.charAt(0), sb.charAt(0)) >= 1.0) factor *= FIRST_CONSONANT_DIFFERS;
                int longerSkeleton = Math.max(sa.length(), sb.length());
                double ss;
                if (floor > 0 && longerSkeleton <= 64) {
                    // only a skeleton similarity of floor / factor can lift the pair to the floor
                    double most = floor / factor > 1 ? -1 : EditDistance.maxDistance(longerSkeleton, floor / factor);
                    double ds = most < 0 ? Double.POSITIVE_INFINITY : EditDistance.distanceAtMost(sa, sb, most, rows);
                    ss = ds > most ? 0.0 : factor * EditDistance.similarity(ds, longerSkeleton);
                } else {
                    ss = factor * EditDistance.similarity(sa, sb, rows);
                }
                if (ss > s) {
                    s = ss;
                    how[0] = TRANSLITERATION;
                }
            }
        }
        // the letters' own similarity across a reading from Arabic script: an h of the Latin word the script would write, or
        // a word that ends in another consonant
        if (how[0] == FUZZY && s < 1.0 && acrossAbjad && !q.syllabic() && !l.syllabic()) {
            boolean otherEnd = q.abjad() ? lastConsonantsDiffer(a, q.skeleton(i), l.skeleton(j))
                    : lastConsonantsDiffer(b, l.skeleton(j), q.skeleton(i));
            if (otherEnd || (q.abjad() ? hUnwritten(a, b) : hUnwritten(b, a))) s *= LONG_VOWEL_MISSING;
        }
        if (cut && s < floor) return 0.0;
        if (s < 1.0 && (feminineForm(a, b) || nisbaForm(a, b))) s *= FEMININE_FORM;
        if (s < 1.0 && (q.syllabic() || l.syllabic())) {
            // g and j are one sound in Arabic names (Gamal, Jamal), never in Korean or Chinese ones (강 Gang, 장 Jang): there
            // the swap is a whole edit
            int swaps = gjSwaps(a, b);
            if (swaps > 0) s = Math.min(s, EditDistance.similarity(swaps, a.length()));
            // a changed letter in a Korean or Chinese syllable makes another syllable (chang, kang; jong, yong)
            s *= SYLLABLE_FACTOR;
        }
        if (s < 1.0 && ((q.roles(i) ^ l.roles(j)) & Tokens.PATRONYMIC) != 0) {
            // a patronymic is not a given name that looks like it (Alekseevich, Aleksandr; Oleksandrovych, Oleksandr)
            s *= 0.5;
        }
        if (s < 1.0 && ((q.roles(i) | l.roles(j)) & Tokens.SERVANT) != 0 && (servantBeginning(a, b) || servantBeginning(b, a))) {
            // "abd al" of "Abd al-Baki" is the beginning of a name, not Abdallah (عبدالله "abdallh") cut short
            s *= 0.5;
        }
        return s;
    }

    /** Whether {@code a} is the servant's word with its article ("abdal") and {@code b} a longer word it begins. */
    private static boolean servantBeginning(String a, String b) {
        return b.length() >= a.length() + 2 && b.startsWith(a) && org.cordon.match.normalise.NameNormaliser.servantWithArticle(a);
    }

    /**
     * Whether the word begins with the initial, one of {@code a} and {@code b} being an initial ({@code ka} is a's kind):
     * its letter, or its letters where Latin spells a Cyrillic one with two or more ("yu" of "Ivanov Yu.A." meets Yury, not
     * Yakov).
     */
    private static boolean beginsWith(String a, byte ka, String b) {
        return ka == TokenKind.INITIAL ? b.startsWith(a) : a.startsWith(b);
    }

    /**
     * A value never below {@link #similarity} for the same pair, computed without an edit distance:
     * the same rules, with the edit similarity (and the consonant-skeleton similarity) replaced by
     * their bounds from lengths and letter classes. Lets the screener skip names that cannot reach a
     * threshold. Keep in step with {@link #similarity}: a rule there that can raise a value needs its
     * bound here ({@code NameScorerBoundTest} checks the two on generated and evaluation pairs).
     */
    static double upperBound(Tokens q, int i, Tokens l, int j) {
        String a = q.text(i), b = l.text(j);
        byte ka = q.kind(i), kb = l.kind(j);
        if (a.equals(b)) return 1.0;
        if (ka == TokenKind.LEGAL_FORM || kb == TokenKind.LEGAL_FORM) return ka == kb ? 0.9 : 0.0;
        if (ka == TokenKind.NUMBER || kb == TokenKind.NUMBER) return 0.0;
        if ((ka == TokenKind.PARTICLE) != (kb == TokenKind.PARTICLE)) return 0.0;
        if (ka == TokenKind.INITIAL || kb == TokenKind.INITIAL) {
            if (ka == TokenKind.INITIAL && kb == TokenKind.INITIAL) return 0.0;
            return beginsWith(a, ka, b) ? INITIAL_SIM : 0.0;
        }
        if (a.length() > 64 || b.length() > 64) return 1.0; // the distance cuts such strings; no bound
        double s = EditDistance.similarityBound(a.length(), b.length(), q.letters(i), l.letters(j));
        if (s < TRUNCATED_SIM && truncatable(q, i, a, b)) s = TRUNCATED_SIM;
        if (s < PHONETIC_SIM && s >= PHONETIC_MIN_EDIT && !q.phonetic(i).isEmpty() && q.phonetic(i).equals(l.phonetic(j))) s = PHONETIC_SIM;
        if (q.abjad() != l.abjad()) {
            String sa = q.skeleton(i), sb = l.skeleton(j);
            int la = sa.length(), lb = sb.length();
            // a dropped final h (ta marbuta) shortens the Latin skeleton by one and leaves its histogram ('h' is not counted)
            if (q.abjad() && taMarbuta(a, b, sb) != sb) lb--;
            else if (!q.abjad() && taMarbuta(b, a, sa) != sa) la--;
            if (la >= 2 && lb >= 2) {
                double factor = skeletonFactor(Math.min(la, lb) + firstSemivowel(a, b), q.abjad() ? a : b, "");
                s = Math.max(s, factor * EditDistance.similarityBound(la, lb, q.skeletonLetters(i), l.skeletonLetters(j)));
            }
        }
        if (s < 1.0 && (q.syllabic() || l.syllabic())) s *= SYLLABLE_FACTOR;
        if (s < 1.0 && ((q.roles(i) ^ l.roles(j)) & Tokens.PATRONYMIC) != 0) s *= 0.5;
        return s;
    }

    /** Skeletons of three consonants or more count × 0.9 across an abjad. */
    static final double SKELETON_FACTOR = 0.9;
    /** Two consonants and a long vowel written between or after them (نوري Nouri, معين Moein, فوز Foz) count × 0.8. */
    static final double SHORT_SKELETON_VOWEL_FACTOR = 0.8;
    /** Two consonants alone say little (مدي "md": Madi, Mahdi, Muhammadi, Amadou) and count × 0.7. */
    static final double SHORT_SKELETON_FACTOR = 0.7;

    /**
     * What a skeleton similarity counts across an abjad, by the consonants the shorter skeleton has (with a shared first
     * semivowel, {@link #firstSemivowel}): three or more say who is meant; two say little, unless the word read from the
     * script writes a long vowel after its first letter (alif, و, ي, read a, w, y; not a final silent و), which the vowel rules
     * ({@link #vowelMissing}) then hold the Latin word to: نوري Nouri and معين Moein are more than "nr" and "mn", while
     * عمر Omar ("mr": Umar, Amir, Ammar, Maria) stays two consonants, and so does a word without ي against a Latin "ai"
     * inside it (عمار Ammar, العمري al-Umari against Omairi).
     */
    static double skeletonFactor(int consonants, String fromAbjad, String latin) {
        if (consonants >= 3) return SKELETON_FACTOR;
        return consonants == 2 && writesLongVowel(fromAbjad) && !(innerAi(latin) && !medialY(fromAbjad))
                ? SHORT_SKELETON_VOWEL_FACTOR : SHORT_SKELETON_FACTOR;
    }

    /** Whether the word read from Arabic script has a y neither first nor last (a nisba's final ي is not the ay of Omairi). */
    private static boolean medialY(String fromAbjad) {
        int k = fromAbjad.indexOf('y', 1);
        return k > 0 && k < fromAbjad.length() - 1;
    }

    /** Whether the Latin word has "ai" neither first nor last (Omairi; not Merai, whose final i is the nisba's or an ayin's). */
    private static boolean innerAi(String latin) {
        int k = latin.indexOf("ai", 1);
        return k > 0 && k + 2 < latin.length();
    }

    /**
     * Whether the word read from Arabic or Hebrew script has a long vowel's letter (a, w, y) after its first letter. A
     * final w after a consonant does not count: it is also the silent waw of عمرو Amr, which Latin writes Amr (and Ammar,
     * Maria, Umar are not Amr); حبو Habbo and دقو Daqqou stay two consonants with it.
     */
    public static boolean writesLongVowel(String fromAbjad) {
        int n = fromAbjad.length();
        for (int k = 1; k < n; k++) {
            char c = fromAbjad.charAt(k);
            if (c == 'a' || c == 'y' || c == 'w' && (k < n - 1 || isVowel(fromAbjad.charAt(k - 1)))) return true;
        }
        return false;
    }

    /**
     * 1 when both words begin with the same y or w, else 0. The skeleton drops y and w as the long vowels they are inside
     * a word, but a first one is a consonant, read from the script (يوسف, وليد) and written in Latin (Yousef, Walid): it
     * counts among the consonants that say how much two skeletons tell (يوسف Yousef and يعقوب Yaqoub are not two-consonant
     * "sf" and "kb"). A Latin Oualid, Jusuf or Iyad, without it, counts as before.
     */
    static int firstSemivowel(String a, String b) {
        return startsWithSemivowel(a) && !b.isEmpty() && b.charAt(0) == a.charAt(0) ? 1 : 0;
    }

    /** Whether the word begins with y or w, which {@link #firstSemivowel} may count as a consonant. */
    public static boolean startsWithSemivowel(String word) {
        return !word.isEmpty() && (word.charAt(0) == 'y' || word.charAt(0) == 'w');
    }

    /**
     * Whether the word read from Arabic or Hebrew script writes a long vowel inside it that the Latin word has no letter
     * for: a medial y (ي, long i or ay) with no i, e or y in the Latin word, a medial w (و, long u or o, v in Persian)
     * with no o, u, w or v. The script writes long vowels, so "Sharif" (شريف) is not "Sharrouf", nor "Qadri" (قادري)
     * "Qaddur", although their consonants are the same. First and last letters are left out: there y and w are
     * consonants (يوسف, Jusuf) or the final alif maqsura, read "y" and written "a" (مصطفى, Mustafa).
     */
    static boolean vowelMissing(String fromAbjad, String latin) {
        return initialVowelMissing(fromAbjad, latin) || longVowelMissing(fromAbjad, latin) || finalVowelMissing(fromAbjad, latin)
                || longVowelUnwritten(fromAbjad, latin) || hUnwritten(fromAbjad, latin);
    }

    /**
     * Whether the consonant skeletons of a word read from Arabic or Hebrew script and of a Latin word end in different
     * consonants: the letters' similarity counts the vowels the reading guesses, and a word that ends otherwise is another
     * name (باصهيب Basuhaib, "bashyb", is not Bashir). A final h is left out (the second letter of gh, kh, sh: اغ Ag is
     * "agh"; a ta marbuta's), and so is a Latin final t where the script's word ends in a (the ta marbuta of a construct:
     * عصبة Asbat); two final digraphs in h are one letter's spellings (ش sh is the French ch of Akkacha).
     */
    static boolean lastConsonantsDiffer(String fromAbjad, String abjadSkeleton, String latinSkeleton) {
        int na = abjadSkeleton.length(), nl = latinSkeleton.length();
        if (na > 1 && nl > 1 && abjadSkeleton.charAt(na - 1) == 'h' && latinSkeleton.charAt(nl - 1) == 'h') return false;
        if (na > 0 && abjadSkeleton.charAt(na - 1) == 'h') na--;
        if (nl > 0 && latinSkeleton.charAt(nl - 1) == 'h') nl--;
        if (nl > 0 && latinSkeleton.charAt(nl - 1) == 't' && fromAbjad.endsWith("a")) nl--;
        return na > 0 && nl > 0 && abjadSkeleton.charAt(na - 1) != latinSkeleton.charAt(nl - 1);
    }

    /**
     * Whether the Latin word has an h of its own (not the second letter of kh, sh, th, dh, gh, ch, zh, ph, nor a final h
     * after the a of a ta marbuta) and the word read from Arabic script none: Latin writes ح and ه so, and no other
     * letter, so زايد Zayid is not Zahid, nor عبدالصمد Abdulsamad Abdullah Samad, nor عمار Ammar Ahmad.
     */
    static boolean hUnwritten(String fromAbjad, String latin) {
        if (fromAbjad.indexOf('h') >= 0) return false;
        int n = latin.length();
        for (int k = 0; k < n; k++) {
            if (latin.charAt(k) != 'h') continue;
            if (k > 0 && "kstdgczp".indexOf(latin.charAt(k - 1)) >= 0) continue;
            if (k == n - 1 && k > 0 && fromAbjad.endsWith("a") && isVowel(latin.charAt(k - 1))) continue;
            return true;
        }
        return false;
    }

    /**
     * The other way round from {@link #longVowelMissing}: whether the Latin word writes a long vowel or a diphthong inside
     * it that Arabic script writes with و or ي ("aw", "ow", "oo", "ay", "ey", "ee", "ei") and the word read from the script has
     * no such letter inside it (the final letter of either is left out: a final -ey or -ay, and the final ي of a
     * nisba, say nothing of the inside): حسني Husni is not Hosseyni, nor الغامدي al-Ghamdi Mohammedawi. The French "ou",
     * which writes a short u as often as a long one (Mouhamad, Abdoulaye), is left out, so خالدي Khalidi still meets
     * Khaloudy; so are "ai", also a vowel after an ayin the reading leaves out (متعب Mutaib), and "au", as often two words
     * written together (Sanaullah, Ziaur) as a diphthong. Two consonants are held to "ai" all the same
     * ({@link #skeletonFactor}).
     */
    static boolean longVowelUnwritten(String fromAbjad, String latin) {
        boolean needY = false, needW = false;
        for (int k = 1; k + 2 < latin.length(); k++) {
            char c = latin.charAt(k), d = latin.charAt(k + 1);
            if ((c == 'a' || c == 'o') && d == 'w' || c == 'o' && d == 'o') needW = true;
            else if ((c == 'a' || c == 'e') && d == 'y' || c == 'e' && (d == 'e' || d == 'i')) needY = true;
        }
        if (!needY && !needW) return false;
        boolean y = false, w = false;
        for (int k = 1; k < fromAbjad.length() - 1; k++) {
            char c = fromAbjad.charAt(k);
            if (c == 'y') y = true;
            else if (c == 'w') w = true;
        }
        return needY && !y || needW && !w;
    }

    /**
     * Whether the word read from Arabic script ends in a written vowel after a consonant (ي, the -i of Husni, Khalidi,
     * Qadri, read "y") and the Latin word ends in a consonant: حسني Husni is not Hasan, nor خالدي Khalidi Khalid. A
     * final alif maqsura is read "y" too and written "a" in Latin (مصطفى Mustafa), so a final a counts as the vowel;
     * a final e only after another vowel (Majdee), not as the French mute e (Hassane). Likewise a final a after a
     * consonant (ta marbuta or alif) needs a Latin final vowel, h or t: خالدة Khalida is not Khaled. The other way
     * round, a Latin final a after a consonant needs a letter the script writes it with (alif, ta marbuta, alif maqsura
     * or ه, read a, y or h): السقاف al-Saqqaf is not Shava.
     */
    static boolean finalVowelMissing(String fromAbjad, String latin) {
        int n = fromAbjad.length();
        int m = latin.length();
        if (n >= 2 && m >= 3 && latin.charAt(m - 1) == 'a' && !isVowel(latin.charAt(m - 2))) {
            char last = fromAbjad.charAt(n - 1);
            if (!isVowel(last) && last != 'y' && last != 'w' && last != 'h') return true;
        }
        if (n < 3 || latin.isEmpty() || isVowel(fromAbjad.charAt(n - 2))) return false;
        char c = latin.charAt(m - 1);
        // a final a (ta marbuta, alif) after a consonant: Latin ends in a vowel, in the h of -ah, -eh, or in the t of the
        // construct state (Jamaat); خالدة Khalida is not Khaled
        if (fromAbjad.charAt(n - 1) == 'a') return !isVowel(c) && c != 'h' && c != 't' && c != 'y';
        if (fromAbjad.charAt(n - 1) != 'y') return false;
        // a single final e after a consonant is the French mute e (Hassane, Hissène for Hasan, Husayn), no vowel
        if (c == 'e') return m < 2 || !isVowel(latin.charAt(m - 2));
        return c != 'i' && c != 'y' && c != 'a';
    }

    /** Whether two consonant skeletons are the same letters once every h is left out of both. */
    static boolean sameButH(String a, String b) {
        int i = 0, j = 0;
        while (true) {
            while (i < a.length() && a.charAt(i) == 'h') i++;
            while (j < b.length() && b.charAt(j) == 'h') j++;
            if (i == a.length() || j == b.length()) return i == a.length() && j == b.length();
            if (a.charAt(i++) != b.charAt(j++)) return false;
        }
    }

    /** How many letters a and b differ in when they are as long and differ only where one has g and the other j; else 0. */
    static int gjSwaps(String a, String b) {
        if (a.length() != b.length()) return 0;
        int swaps = 0;
        for (int k = 0; k < a.length(); k++) {
            char x = a.charAt(k), y = b.charAt(k);
            if (x == y) continue;
            if (x == 'g' && y == 'j' || x == 'j' && y == 'g') swaps++;
            else return 0;
        }
        return swaps;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Whether the word read from Arabic script begins with a vowel (an alif or an ayin, read "a") and the Latin word
     * with a consonant, or the other way round: أحمد Ahmad is not Hamid, nor الأسمري al-Asmari Shammari, although their
     * consonants are the same.
     */
    static boolean initialVowelMissing(String fromAbjad, String latin) {
        if (fromAbjad.isEmpty() || latin.isEmpty()) return false;
        char first = fromAbjad.charAt(0);
        if (first == 'a') return !isVowel(latin.charAt(0));
        // the other way round: a Latin word that begins with a vowel begins with an alif or an ayin in Arabic script,
        // or with و or ي read as a vowel (ولد Ould); نصري Nasri is not Ansari
        return isVowel(latin.charAt(0)) && first != 'w' && first != 'y';
    }

    static boolean longVowelMissing(String fromAbjad, String latin) {
        boolean y = false, w = false;
        int n = fromAbjad.length();
        for (int k = 1; k < n - 1; k++) {
            char c = fromAbjad.charAt(k);
            if (c == 'y') y = true;
            else if (c == 'w') w = true;
        }
        if (!y && !w) return false;
        // a final ي after a consonant (a nisba's -i) writes the Latin word's final i, e or y itself, which then says nothing
        // of the medial one: الصعيدي al-Sa'idi is not al-Saudi
        int end = latin.length();
        if (n >= 3 && fromAbjad.charAt(n - 1) == 'y' && !isVowel(fromAbjad.charAt(n - 2)) && fromAbjad.charAt(n - 2) != 'y'
                && end > 1 && "iey".indexOf(latin.charAt(end - 1)) >= 0) {
            end--;
        }
        boolean iClass = false, uClass = false;
        for (int k = 0; k < end; k++) {
            char c = latin.charAt(k);
            if (c == 'i' || c == 'e' || c == 'y') iClass = true;
            else if (c == 'o' || c == 'u' || c == 'w' || c == 'v') uClass = true;
        }
        return (y && !iClass) || (w && !uClass);
    }

    /**
     * Whether one word is the other with a final a, the feminine form of a name in the Slavic languages (Sokolova,
     * Sokolov; Aleksandra, Aleksandr; Evgeniya, Evgeniy; in Cyrillic letters too) and in many others (Daniela, Martina):
     * the other word ends in a consonant and has four letters or more. In Arabic script, a final ta marbuta (ه once folded)
     * after a consonant of a word of three letters or more: خالدة, خالد.
     */
    static boolean feminineForm(String a, String b) {
        String shorter = a.length() < b.length() ? a : b, longer = shorter == a ? b : a;
        int n = shorter.length();
        if (n < 3 || longer.length() != n + 1 || !longer.startsWith(shorter)) return false;
        char end = longer.charAt(n), last = shorter.charAt(n - 1);
        // in Arabic script the feminine ends in ta marbuta, folded to ه in the script form (خالدة Khalida, خالد Khalid)
        if (end == '\u0647') return "\u0627\u0648\u064A\u0647".indexOf(last) < 0 && last >= '\u0621' && last <= '\u064A';
        return n >= 4 && (end == 'a' || end == '\u0430') && !isVowel(last) && "аеиоуыэюяё".indexOf(last) < 0;
    }

    /**
     * Whether one word in Arabic script is the other with a final ي, the nisba that makes a name of origin or descent of a
     * name (حسني Husni, حسن Hasan; خالدي Khalidi, خالد Khalid): another name, weighed as a feminine form is.
     */
    static boolean nisbaForm(String a, String b) {
        String shorter = a.length() < b.length() ? a : b, longer = shorter == a ? b : a;
        int n = shorter.length();
        if (n < 3 || longer.length() != n + 1 || longer.charAt(n) != '\u064A' || !longer.startsWith(shorter)) return false;
        char last = shorter.charAt(n - 1);
        return last >= '\u0621' && last <= '\u064A' && "\u0627\u0648\u064A".indexOf(last) < 0;
    }

    /**
     * Slavic surname and patronymic endings, longest first, in Latin and Cyrillic letters: they carry the name's form, not
     * who it is (Vadimovich and Vladimirovich are the sons of two fathers).
     */
    private static final String[] SURNAME_ENDINGS = {"ovich", "evich", "ovna", "evna", "enko", "ova", "eva", "ov", "ev",
            "ович", "евич", "овна", "евна", "енко", "ова", "ева", "ов", "ев"};

    /**
     * The edit similarity of two words that end alike in a Slavic surname ending ({@link #SURNAME_ENDINGS}), counted on
     * what comes before it: Zykov and Bykov differ in one letter of three, not of five, and Makarov and Zakharov are
     * further apart than their shared "-arov" makes them look. Never above the similarity of the whole words (the same
     * distance over fewer letters); 1 when the words do not end alike or a stem is shorter than three letters.
     */
    static double stemSimilarity(String a, String b, double[][] rows) {
        for (String ending : SURNAME_ENDINGS) {
            if (!a.endsWith(ending) || !b.endsWith(ending)) continue;
            int sa = a.length() - ending.length(), sb = b.length() - ending.length();
            if (sa < 3 || sb < 3) return 1.0;
            return EditDistance.similarity(a.substring(0, sa), b.substring(0, sb), rows);
        }
        return 1.0;
    }

    /** The query's last word, two letters long, begins the list word: it may be a cut name (see {@link #TRUNCATED}). */
    private static boolean truncatable(Tokens q, int i, String a, String b) {
        return a.length() == 2 && i == q.size() - 1 && b.length() > 3 && b.startsWith(a) && q.kind(i) == TokenKind.NAME;
    }

    /**
     * The Latin skeleton without its final h when the word read from Arabic script ends in the vowel a
     * ({@code Romaniser} reads a final ta marbuta so) and the Latin word ends in "ah" or "eh".
     */
    static String taMarbuta(String fromAbjad, String latin, String latinSkeleton) {
        if (fromAbjad.endsWith("a") && latin.length() > 3 && (latin.endsWith("ah") || latin.endsWith("eh"))
                && latinSkeleton.endsWith("h")) {
            return latinSkeleton.substring(0, latinSkeleton.length() - 1);
        }
        return latinSkeleton;
    }
}
