package org.cordon.match.score;

import java.util.ArrayList;
import java.util.List;
import org.cordon.match.Explanation.TokenMatch;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.normalise.TokenKind;
import org.cordon.match.normalise.Tokens;
import org.cordon.model.Schema;

/**
 * Similarity of two normalised names in [0,1], with the token alignment that explains it.
 *
 * <p>Tokens are aligned one-to-one regardless of order (lists and queries order names
 * differently), best pairs first; a token may also meet two adjacent tokens of the other side
 * written apart or together ("Patr ushev", "AlisherUsmanov") or a run of tokens by their initials
 * ("PLA", "JC"). Each side's coverage is the weight of its matched tokens, each counted by its
 * similarity, over the side's total weight; tokens weigh by kind (a legal form or particle little,
 * an initial less than a word) and by rarity. The score is the coverage of the lighter side,
 * lowered in proportion to what the heavier side leaves unmatched: a person named with fewer words
 * than the list gives still matches ("Boris Johnson" ~ "Alexandre Boris de Pfeffel Johnson") while
 * a company with an extra word is usually another company ("Deutsche Bank Trust Company").
 * Reversed given and family names, and a father's name swapped with the son's around "bin", cost.
 */
public final class NameScorer {
    static final double W_NAME = 1.0, W_INITIAL = 0.35, W_PARTICLE = 0.15, W_LEGAL = 0.15, W_NUMBER = 0.3;
    /** Share of the heavier side's unmatched weight taken off the score: persons, organisations. */
    static final double EXTRA_PERSON = 0.3, EXTRA_ORG = 0.65;
    /** A one-word name meeting a longer name is weak evidence. */
    static final double EXTRA_SINGLE = 0.55;
    static final double SWAP_PENALTY = 0.25, NASAB_PENALTY = 0.3;
    /** Both names carry an initial and they differ ("William G." vs "William W."). */
    static final double INITIAL_CONFLICT = 0.1;
    /** Both organisation names carry a legal form and no form of one meets a form of the other (AG vs GmbH). */
    static final double LEGAL_FORM_CONFLICT = 0.12;
    static final double MIN_CANDIDATE = 0.45;

    private final TokenWeights weights;

    public NameScorer(TokenWeights weights) {
        this.weights = weights;
    }

    /** The outcome of comparing two names. */
    public record NameMatch(double score, List<TokenMatch> tokens) {
    }

    /** Score only, for the scan loop. */
    public double score(NormalisedName query, NormalisedName listed) {
        return compare(query, listed, false).score();
    }

    /** Score with the token alignment of the best pair of forms. */
    public NameMatch explain(NormalisedName query, NormalisedName listed) {
        return compare(query, listed, true);
    }

    private NameMatch compare(NormalisedName query, NormalisedName listed, boolean explain) {
        Schema schema = query.schema() != null ? query.schema() : listed.schema();
        boolean person = schema == null || schema == Schema.PERSON;
        if (query.script() != Character.UnicodeScript.LATIN && query.script() == listed.script()
                && !query.scriptTokens().isEmpty() && !listed.scriptTokens().isEmpty()) {
            // Same script on both sides: compare as written, before transliteration merges distinct letters
            return align(scriptForm(query), scriptForm(listed), person, explain);
        }
        NameMatch best = null;
        for (Tokens q : query.forms()) {
            for (Tokens l : listed.forms()) {
                NameMatch m = align(q, l, person, explain);
                if (best == null || m.score() > best.score()) best = m;
            }
        }
        return best;
    }

    private static Tokens scriptForm(NormalisedName n) {
        return Tokens.ofPlain(n.scriptTokens().toArray(new String[0]));
    }

    private double weight(Tokens t, int i) {
        return switch (t.kind(i)) {
            case TokenKind.NAME -> W_NAME * weights.weight(t.text(i));
            case TokenKind.INITIAL -> W_INITIAL;
            case TokenKind.PARTICLE -> W_PARTICLE;
            case TokenKind.LEGAL_FORM -> W_LEGAL;
            default -> W_NUMBER;
        };
    }

    private NameMatch align(Tokens q, Tokens l, boolean person, boolean explain) {
        int n = q.size(), m = l.size();
        if (n == 0 || m == 0) return new NameMatch(0.0, List.of());
        double[] wq = new double[n], wl = new double[m];
        double totalQ = 0, totalL = 0;
        for (int i = 0; i < n; i++) totalQ += wq[i] = weight(q, i);
        for (int j = 0; j < m; j++) totalL += wl[j] = weight(l, j);

        // Candidates: (qStart, qLen, lStart, lLen, sim, how)
        List<double[]> cands = new ArrayList<>(n * m + 8);
        byte[] how = new byte[1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = TokenSimilarity.similarity(q, i, l, j, how);
                if (s >= MIN_CANDIDATE) cands.add(new double[]{i, 1, j, 1, s, how[0]});
            }
        }
        joined(q, l, cands, false);
        joined(l, q, cands, true);
        acronyms(q, l, cands, false);
        acronyms(l, q, cands, true);
        cands.sort((a, b) -> {
            int c = Double.compare(b[4], a[4]);
            if (c != 0) return c;
            return Double.compare(b[1] + b[3], a[1] + a[3]);
        });

        int[] qTo = new int[n], lTo = new int[m];
        java.util.Arrays.fill(qTo, -1);
        java.util.Arrays.fill(lTo, -1);
        double[] qSim = new double[n], lSim = new double[m];
        byte[] qHow = new byte[n];
        List<double[]> chosen = new ArrayList<>();
        for (double[] c : cands) {
            int qi = (int) c[0], qn = (int) c[1], lj = (int) c[2], ln = (int) c[3];
            boolean free = true;
            for (int k = 0; k < qn; k++) free &= qTo[qi + k] < 0;
            for (int k = 0; k < ln; k++) free &= lTo[lj + k] < 0;
            if (!free) continue;
            for (int k = 0; k < qn; k++) {
                qTo[qi + k] = lj;
                qSim[qi + k] = c[4];
                qHow[qi + k] = (byte) c[5];
            }
            for (int k = 0; k < ln; k++) {
                lTo[lj + k] = qi;
                lSim[lj + k] = c[4];
            }
            chosen.add(c);
        }

        double coveredQ = 0, coveredL = 0;
        boolean strongName = false;
        for (int i = 0; i < n; i++) {
            if (qTo[i] < 0) continue;
            coveredQ += wq[i] * qSim[i];
            if ((q.kind(i) == TokenKind.NAME || q.kind(i) == TokenKind.NUMBER) && qSim[i] >= 0.7 && qHow[i] != TokenSimilarity.INITIAL) {
                strongName = true;
            }
        }
        for (int j = 0; j < m; j++) if (lTo[j] >= 0) coveredL += wl[j] * lSim[j];
        double coverQ = coveredQ / totalQ, coverL = coveredL / totalL;
        boolean queryLighter = totalQ <= totalL;
        double small = queryLighter ? coverQ : coverL, big = queryLighter ? coverL : coverQ;
        int smallNames = countNames(queryLighter ? q : l);
        double alpha = person ? EXTRA_PERSON : EXTRA_ORG;
        if (smallNames <= 1 && person) alpha = Math.max(alpha, EXTRA_SINGLE);
        double score = small * (1.0 - alpha * (1.0 - big));

        double penalty = 0;
        if (person) penalty = orderPenalty(q, l, qTo, lTo);
        if (unmatched(q, qTo, TokenKind.INITIAL) && unmatched(l, lTo, TokenKind.INITIAL)) penalty += INITIAL_CONFLICT;
        if (!person && unmatched(q, qTo, TokenKind.LEGAL_FORM) && unmatched(l, lTo, TokenKind.LEGAL_FORM)
                && !matched(q, qTo, TokenKind.LEGAL_FORM)) {
            penalty += LEGAL_FORM_CONFLICT;
        }
        score -= penalty;
        if (!strongName) score *= 0.5;
        score = Math.max(0.0, Math.min(1.0, score));

        List<TokenMatch> tokens = List.of();
        if (explain) tokens = explanation(q, l, chosen, qTo, lTo, wq, wl);
        return new NameMatch(score, tokens);
    }

    private static boolean unmatched(Tokens t, int[] to, byte kind) {
        for (int i = 0; i < t.size(); i++) if (t.kind(i) == kind && to[i] < 0) return true;
        return false;
    }

    private static boolean matched(Tokens t, int[] to, byte kind) {
        for (int i = 0; i < t.size(); i++) if (t.kind(i) == kind && to[i] >= 0) return true;
        return false;
    }

    private static int countNames(Tokens t) {
        int c = 0;
        for (int i = 0; i < t.size(); i++) if (t.kind(i) == TokenKind.NAME) c++;
        return c;
    }

    /**
     * Given and family name reversed without a comma to say so ("Friedrich Hans" for Hans
     * Friedrich) costs {@link #SWAP_PENALTY}: in most naming customs the order carries meaning.
     * Names built with nasab particles take their structure from the particles instead, so there the
     * cost falls on a father's name put in the son's place ("Abdullah bin Omar" vs "Omar bin Abdullah").
     */
    private static double orderPenalty(Tokens q, Tokens l, int[] qTo, int[] lTo) {
        if (q.familyMarked() || l.familyMarked()) return 0;
        boolean nasabQ = hasRole(q, Tokens.AFTER_NASAB), nasabL = hasRole(l, Tokens.AFTER_NASAB);
        if (nasabQ && nasabL) {
            double p = 0;
            for (int i = 0; i < q.size(); i++) {
                int j = qTo[i];
                if (j < 0 || q.kind(i) != TokenKind.NAME) continue;
                boolean a = (q.roles(i) & Tokens.AFTER_NASAB) != 0, b = (l.roles(j) & Tokens.AFTER_NASAB) != 0;
                if (a != b) p += NASAB_PENALTY / 2;
            }
            return Math.min(p, NASAB_PENALTY);
        }
        if (nasabQ || nasabL) return 0;
        int firstQ = firstName(q, true), lastQ = firstName(q, false);
        int firstL = firstName(l, true), lastL = firstName(l, false);
        if (firstQ < 0 || lastQ <= firstQ || firstL < 0 || lastL <= firstL) return 0;
        if (qTo[firstQ] == lastL && qTo[lastQ] == firstL) return SWAP_PENALTY;
        return 0;
    }

    private static boolean hasRole(Tokens t, byte role) {
        for (int i = 0; i < t.size(); i++) if ((t.roles(i) & role) != 0) return true;
        return false;
    }

    private static int firstName(Tokens t, boolean first) {
        if (first) {
            for (int i = 0; i < t.size(); i++) if (t.kind(i) == TokenKind.NAME) return i;
        } else {
            for (int i = t.size() - 1; i >= 0; i--) if (t.kind(i) == TokenKind.NAME) return i;
        }
        return -1;
    }

    /** One token of {@code a} against two adjacent tokens of {@code b} written apart ("patr ushev" vs "patrushev"). */
    private static void joined(Tokens a, Tokens b, List<double[]> cands, boolean reversed) {
        for (int i = 0; i < a.size(); i++) {
            if (a.kind(i) != TokenKind.NAME || a.text(i).length() < 4) continue;
            for (int j = 0; j + 1 < b.size(); j++) {
                if (b.kind(j) == TokenKind.LEGAL_FORM || b.kind(j + 1) == TokenKind.LEGAL_FORM) continue;
                String ab = b.text(j) + b.text(j + 1);
                if (Math.abs(ab.length() - a.text(i).length()) > 2) continue;
                double s = EditDistance.similarity(a.text(i), ab);
                if (s < 0.8) continue;
                byte how = reversed ? TokenSimilarity.JOINED : TokenSimilarity.SPLIT;
                if (reversed) cands.add(new double[]{j, 2, i, 1, s, how});
                else cands.add(new double[]{i, 1, j, 2, s, how});
            }
        }
    }

    /** A short token of {@code a} spelling the initials of a run of tokens of {@code b} ("pla", "jc", "us"). */
    private static void acronyms(Tokens a, Tokens b, List<double[]> cands, boolean reversed) {
        for (int i = 0; i < a.size(); i++) {
            String t = a.text(i);
            if (a.kind(i) != TokenKind.NAME || t.length() < 2 || t.length() > 5) continue;
            for (int j = 0; j + t.length() <= b.size(); j++) {
                boolean ok = true;
                for (int k = 0; k < t.length() && ok; k++) {
                    byte kind = b.kind(j + k);
                    ok = (kind == TokenKind.NAME || kind == TokenKind.INITIAL) && b.text(j + k).charAt(0) == t.charAt(k);
                }
                if (!ok) continue;
                double s = 0.9;
                if (reversed) cands.add(new double[]{j, t.length(), i, 1, s, TokenSimilarity.ACRONYM});
                else cands.add(new double[]{i, 1, j, t.length(), s, TokenSimilarity.ACRONYM});
            }
        }
    }

    private static List<TokenMatch> explanation(Tokens q, Tokens l, List<double[]> chosen, int[] qTo, int[] lTo,
                                                double[] wq, double[] wl) {
        List<TokenMatch> out = new ArrayList<>();
        chosen.sort((a, b) -> Double.compare(a[0], b[0]));
        for (double[] c : chosen) {
            int qi = (int) c[0], qn = (int) c[1], lj = (int) c[2], ln = (int) c[3];
            StringBuilder qt = new StringBuilder(), lt = new StringBuilder();
            double w = 0;
            for (int k = 0; k < qn; k++) {
                if (k > 0) qt.append(' ');
                qt.append(q.text(qi + k));
                w += wq[qi + k];
            }
            for (int k = 0; k < ln; k++) {
                if (k > 0) lt.append(' ');
                lt.append(l.text(lj + k));
            }
            out.add(new TokenMatch(qt.toString(), lt.toString(), TokenSimilarity.label((byte) c[5]), round(c[4]), round(w)));
        }
        for (int i = 0; i < q.size(); i++) {
            if (qTo[i] < 0) out.add(new TokenMatch(q.text(i), "", "unmatched", 0.0, round(wq[i])));
        }
        for (int j = 0; j < l.size(); j++) {
            if (lTo[j] < 0) out.add(new TokenMatch("", l.text(j), "unmatched", 0.0, round(wl[j])));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
