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
    /** Fuzzy matches between syllables read from Han or Hangul count this much. */
    static final double SYLLABLE_FACTOR = 0.7;
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
            return a.charAt(0) == b.charAt(0) ? INITIAL_SIM : 0.0;
        }
        double d = EditDistance.distance(a, b);
        double s = EditDistance.similarity(d, Math.max(a.length(), b.length()));
        how[0] = FUZZY;
        if (s < TRUNCATED_SIM && i == q.size() - 1 && a.length() == 2 && b.length() > a.length() + 1 && b.startsWith(a)
                && q.kind(i) == TokenKind.NAME) {
            // the query's last word cut to two letters, as fixed-width payment fields cut names ("... Belkassem Dr" for
            // Drissi); longer prefixes ("Lind" of Lindemann) are as often a different name, so fuzzy matching decides those
            s = TRUNCATED_SIM;
            how[0] = TRUNCATED;
        }
        String pa = q.phonetic(i), pb = l.phonetic(j);
        // Sound-alike keys only bridge romanisations: between two Latin spellings they equate too much (Albano, Albanese)
        if (s < PHONETIC_SIM && s >= 0.5 && (q.transliterated() || l.transliterated()) && !pa.isEmpty() && pa.equals(pb)
                && Math.min(a.length(), b.length()) * 2 > Math.max(a.length(), b.length())) {
            s = PHONETIC_SIM;
            how[0] = PHONETIC;
        }
        if (q.abjad() != l.abjad()) {
            // one side read from Arabic or Hebrew: vowels are guesses, compare consonants
            String sa = q.skeleton(i), sb = l.skeleton(j);
            // a final ta marbuta, read "a" from the script, is written "-ah"/"-eh" in Latin (Khilafah, Behineh)
            if (q.abjad()) sb = taMarbuta(a, b, sb);
            else sa = taMarbuta(b, a, sa);
            if (sa.length() >= 2 && sb.length() >= 2) {
                // two consonants say little ("mwdy" and "amadou" both reduce to "md"): short skeletons count less
                double factor = Math.min(sa.length(), sb.length()) >= 3 ? 0.9 : 0.7;
                double ss = factor * EditDistance.similarity(sa, sb);
                if (ss > s) {
                    s = ss;
                    how[0] = TRANSLITERATION;
                }
            }
        }
        if (s < 1.0 && (q.syllabic() || l.syllabic())) {
            // a changed letter in a Korean or Chinese syllable makes another syllable (chang, kang; jong, yong)
            s *= SYLLABLE_FACTOR;
        }
        if (s < 1.0 && ((q.roles(i) ^ l.roles(j)) & Tokens.PATRONYMIC) != 0) {
            // a patronymic is not a given name that looks like it (Alekseevich, Aleksandr; Oleksandrovych, Oleksandr)
            s *= 0.5;
        }
        return s;
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
