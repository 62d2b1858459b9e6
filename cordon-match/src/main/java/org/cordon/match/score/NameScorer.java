package org.cordon.match.score;

import java.util.ArrayList;
import java.util.List;
import org.cordon.match.Explanation.NameRule;
import org.cordon.match.Explanation.TokenMatch;
import org.cordon.match.normalise.LetterClasses;
import org.cordon.match.normalise.LookAlikeLetters;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.normalise.RussianOrgWords;
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
    /** {@link #EXTRA_PERSON} and {@link #EXTRA_ORG}, for bounds computed outside the scorer. */
    public static final double EXTRA_PERSON_SHARE = EXTRA_PERSON, EXTRA_ORG_SHARE = EXTRA_ORG;
    /** {@link #EXTRA_SYLLABLE}, for bounds computed outside the scorer. */
    public static final double EXTRA_SYLLABLE_SHARE = 0.85;
    /**
     * A one-word name meeting a longer name is weak evidence; so is a name whose words all met one word of the
     * other side ("Abdul Samad" against "Abdulsamad Fathi": a given name against a full name).
     */
    static final double EXTRA_SINGLE = 0.55;
    /**
     * A Korean or Chinese name read from its script against a name with a syllable more or fewer: the
     * given name is two syllables, so "Kang Su" is not "Kang Chol Su" (false alerts on generated Korean
     * and Chinese names fell from 1.7 % and 0.7 % with 0.65; see docs/matching.md).
     */
    static final double EXTRA_SYLLABLE = EXTRA_SYLLABLE_SHARE;
    /**
     * A person name that meets the listed name only on words common in the lists, while one side has a
     * further name word the other lacks ("Abdulaziz Shawkat" vs the alias "Abdul Aziz"; "Abu Bakr al-Amoudi"
     * vs "Abu Bakr") or has only an initial for it ("Muhammed Kaya" vs the alias "Mohammed K"), scores at most
     * {@link #COMMON_CAP}, just under the default threshold: the shared
     * words are carried by thousands of people, and the extra word says the names differ. Common = weight
     * at most 0.8 in {@link TokenFrequencies}, i.e. in about 50 or more records. Generated Arabic names
     * raised 9.7 % alerts without this cap (docs/matching.md).
     */
    static final double COMMON = 0.8, COMMON_CAP = 0.79;
    static final double SWAP_PENALTY = 0.25, NASAB_PENALTY = 0.3;
    /** Both names carry an initial and they differ ("William G." vs "William W."). */
    static final double INITIAL_CONFLICT = 0.1;
    /** A listed Arabic name's own first word unmet while the query's first word met a later one ({@link #headOfChainUnmet}). */
    static final double HEAD_OF_CHAIN_UNMET = 0.1;
    /** Both organisation names carry a legal form and no form of one meets a form of the other (AG vs GmbH). */
    static final double LEGAL_FORM_CONFLICT = 0.12;
    public static final double MIN_CANDIDATE = 0.45;
    /** A short word met by the initials of a run of the other name's words ("PLA" ~ People's Liberation Army). */
    static final double ACRONYM = 0.9;
    /**
     * A listed organisation's acronym of three letters or fewer that is all its name says ({@link #acronymSimilarity}), met
     * by the initials of the query's words: any three words spell one of the lists' four hundred such acronyms now and then
     * ("Adams International Oil S.A." spells "AIO", the Aerospace Industries Organisation; "McLaughlin-Fritsch" spells
     * "MLF"): at 0.9, 145-168 of the quality report's 20,000 generated company names of two to six words alerted, nearly all
     * so, and 3-8 after (docs/matching.md). The evidence is shown (under the threshold), not alerted: where the list also
     * writes the name out, a customer of that name meets it written out. A query that is an acronym keeps {@link #ACRONYM}:
     * a customer or a payment writes "PLA" for the name, which no list can foresee.
     */
    static final double SHORT_LISTED_ACRONYM = 0.7;
    /** Least similarity of a Latin word and a run of Han syllables read together (within one letter of its length). */
    public static final double SYLLABLE_RUN_MIN = 0.85;

    private final TokenWeights weights;

    public NameScorer(TokenWeights weights) {
        this.weights = weights;
    }

    /** The outcome of comparing two names. */
    public record NameMatch(double score, List<TokenMatch> tokens, List<NameRule> rules) {
    }

    /** Score only, for the scan loop; allocation-free once the thread's work arrays are warm. */
    public double score(NormalisedName query, NormalisedName listed) {
        return scoreOnly(query, listed);
    }

    /** Score with the token alignment of the best pair of forms. */
    public NameMatch explain(NormalisedName query, NormalisedName listed) {
        return explain(query, listed, null);
    }

    /**
     * {@link #explain(NormalisedName, NormalisedName)} in the caller's work arrays (null: this thread's own): a screener
     * that scored the query in them explains its results with the token pairs it already compared, and a server's request
     * threads keep no work arrays of their own.
     */
    public NameMatch explain(NormalisedName query, NormalisedName listed, Scratch sc) {
        NameMatch m = compare(query, listed, true, sc == null ? SCRATCH.get() : sc);
        String queryRead = LookAlikeLetters.describe(query.original()), listRead = LookAlikeLetters.describe(listed.original());
        String queryEnglish = inEnglish(query, m, true), listEnglish = inEnglish(listed, m, false);
        if (queryRead == null && listRead == null && queryEnglish == null && listEnglish == null) return m;
        // how a word that mixes scripts was read changes no score by itself (the words met as read), but the analyst sees
        // that the query wrote "HAMAS" with Cyrillic letters
        List<NameRule> rules = new ArrayList<>(m.rules().size() + 2);
        if (queryRead != null) rules.add(new NameRule("lookAlikeLetters", 0.0, "query: " + queryRead));
        if (listRead != null) rules.add(new NameRule("lookAlikeLetters", 0.0, "listed name: " + listRead));
        if (queryEnglish != null) rules.add(new NameRule("wordsInEnglish", 0.0, "query: " + queryEnglish));
        if (listEnglish != null) rules.add(new NameRule("wordsInEnglish", 0.0, "listed name: " + listEnglish));
        rules.addAll(m.rules());
        return new NameMatch(m.score(), m.tokens(), rules);
    }

    /**
     * How an organisation's name in Cyrillic letters was read in English where the words so read met the other name
     * ({@link RussianOrgWords#describe}), or null: a word met as read from the name's first form is not said to be English.
     */
    private static String inEnglish(NormalisedName name, NameMatch m, boolean query) {
        if (name.script() != Character.UnicodeScript.CYRILLIC || name.schema() == Schema.PERSON || name.forms().isEmpty()) {
            return null;
        }
        Tokens first = name.forms().get(0);
        return RussianOrgWords.describe(name.original(), word -> {
            for (int i = 0; i < first.size(); i++) if (first.text(i).equals(word)) return false;
            for (TokenMatch t : m.tokens()) {
                String mine = query ? t.queryToken() : t.listToken(), other = query ? t.listToken() : t.queryToken();
                if (mine.equals(word) && !other.isEmpty()) return true;
            }
            return false;
        });
    }

    private NameMatch compare(NormalisedName query, NormalisedName listed, boolean explain, Scratch sc) {
        boolean person = personRules(query, listed);
        sc.querySchemaUnknown = query.schema() == null;
        sc.listedVessel = listed.schema() == Schema.VESSEL;
        if (sameScript(query, listed)) {
            Tokens q = query.scriptForm(), l = listed.scriptForm();
            double s = align(q, l, person, sc);
            return explain ? new NameMatch(s, explanation(q, l, sc), nameRules(q, l, sc)) : new NameMatch(s, List.of(), List.of());
        }
        double best = -1;
        Tokens bestQ = null, bestL = null;
        List<Tokens> qf = query.forms();
        for (int a = 0; a < qf.size(); a++) {
            if (!query.formMeets(a, listed.schema())) continue;
            Tokens q = qf.get(a);
            for (Tokens l : listed.forms()) {
                double s = align(q, l, person, sc);
                if (s > best) {
                    best = s;
                    bestQ = q;
                    bestL = l;
                }
            }
        }
        if (!explain) return new NameMatch(best, List.of(), List.of());
        align(bestQ, bestL, person, sc);
        return new NameMatch(best, explanation(bestQ, bestL, sc), nameRules(bestQ, bestL, sc));
    }

    /** Score only, without building a result object: the scan's inner loop. */
    public double scoreOnly(NormalisedName query, NormalisedName listed) {
        return score(query, listed, SCRATCH.get());
    }

    /** {@link #score(NormalisedName, NormalisedName)} in the caller's work arrays. */
    public double score(NormalisedName query, NormalisedName listed, Scratch sc) {
        boolean person = personRules(query, listed);
        sc.querySchemaUnknown = query.schema() == null;
        sc.listedVessel = listed.schema() == Schema.VESSEL;
        if (sameScript(query, listed)) return align(query.scriptForm(), listed.scriptForm(), person, sc);
        return bestOverForms(query, listed, person, sc, alignForms);
    }

    /**
     * A value never below {@link #score} for the same names, at a fraction of its cost: token pairs are
     * bounded by {@link TokenSimilarity#upperBound} instead of compared, tokens that could meet by being
     * written together or by initials are taken as fully matched, the alignment is not solved (each token
     * is credited with its best partner), and penalties and caps are left out. Every step can only raise
     * the value, because the score grows with both sides' coverage. The screener scores a candidate name
     * only when this bound reaches its floor.
     */
    public double upperBound(NormalisedName query, NormalisedName listed) {
        return upperBound(query, listed, SCRATCH.get());
    }

    /** {@link #upperBound(NormalisedName, NormalisedName)} in the caller's work arrays. */
    public double upperBound(NormalisedName query, NormalisedName listed, Scratch sc) {
        sc.querySchemaUnknown = query.schema() == null;
        sc.listedVessel = listed.schema() == Schema.VESSEL;
        // names in the same script are compared as written, and bounded so: an Arabic-script query meets thousands
        if (sameScript(query, listed)) return bound(query.scriptForm(), listed.scriptForm(), personRules(query, listed), sc);
        return bestOverForms(query, listed, personRules(query, listed), sc, boundForms);
    }

    /** One pair of forms compared: {@link #align} or {@link #bound}. */
    @FunctionalInterface
    private interface FormComparison {
        double of(Tokens q, Tokens l, boolean person, Scratch sc);
    }

    private final FormComparison alignForms = this::align, boundForms = this::bound;

    /** The best value of {@code compare} over every pair of the two names' forms (romanisations). */
    private static double bestOverForms(NormalisedName query, NormalisedName listed, boolean person, Scratch sc, FormComparison compare) {
        double best = 0;
        List<Tokens> qf = query.forms(), lf = listed.forms();
        for (int a = 0; a < qf.size(); a++) {
            if (!query.formMeets(a, listed.schema())) continue;
            for (int b = 0; b < lf.size(); b++) {
                double v = compare.of(qf.get(a), lf.get(b), person, sc);
                if (v > best) best = v;
            }
        }
        return best;
    }

    /** Person rules apply unless the query's schema, or failing it the listed one's, is an organisation or vessel. */
    private static boolean personRules(NormalisedName query, NormalisedName listed) {
        Schema schema = query.schema() != null ? query.schema() : listed.schema();
        return schema == null || schema == Schema.PERSON;
    }

    /**
     * Both names written in the same non-Latin script: they are compared as written, before transliteration merges
     * distinct letters (石 and 市 both read "shi").
     */
    private static boolean sameScript(NormalisedName query, NormalisedName listed) {
        return query.script() != Character.UnicodeScript.LATIN && query.script() == listed.script()
                && !query.scriptTokens().isEmpty() && !listed.scriptTokens().isEmpty();
    }

    private double bound(Tokens q, Tokens l, boolean person, Scratch sc) {
        int n = q.size(), m = l.size();
        if (n == 0 || m == 0) return 0.0;
        sc.reset(n, m);
        double[] uq = sc.qSim, ul = sc.lSim;
        java.util.Arrays.fill(uq, 0, n, 0.0);
        java.util.Arrays.fill(ul, 0, m, 0.0);
        boolean syllables = q.syllabic() || l.syllabic();
        double[] cq = q.weights(weights, weightsOf), cl = l.weights(weights, weightsOf);
        int offQ = syllables ? n : 0, offL = syllables ? m : 0;
        boolean strong = false;
        for (int i = 0; i < n; i++) {
            byte ki = q.kind(i);
            for (int j = 0; j < m; j++) {
                double u = TokenSimilarity.upperBound(q, i, l, j);
                if (u < MIN_CANDIDATE) continue;
                // a pair the letters do not rule out is compared exactly: most such pairs still fall short
                if (u < 1.0 && (u = similarity(q, i, l, j, sc)) < MIN_CANDIDATE) continue;
                if (u > uq[i]) uq[i] = u;
                if (u > ul[j]) ul[j] = u;
                // strong as the scorer counts it: a word or number met at 0.7 or more other than as an initial
                if (u >= 0.7 && (ki == TokenKind.NAME || ki == TokenKind.NUMBER)
                        && (l.kind(j) != TokenKind.INITIAL || q.text(i).equals(l.text(j)))) {
                    strong = true;
                }
            }
        }
        // tokens that may meet written together, as syllable runs or by initials: credited in full, and taken as strong
        if (joinable(q, l, uq, ul) | joinable(l, q, ul, uq) | acronymPossible(q, l, uq, ul, false, person)
                | (spellsListedAcronyms(q, sc) && acronymPossible(l, q, ul, uq, true, person))) {
            strong = true;
        }
        double totalQ = 0, totalL = 0, coveredQ = 0, coveredL = 0;
        for (int i = 0; i < n; i++) {
            totalQ += cq[offQ + i];
            coveredQ += cq[offQ + i] * uq[i];
        }
        for (int j = 0; j < m; j++) {
            totalL += cl[offL + j];
            coveredL += cl[offL + j] * ul[j];
        }
        double coverQ = coveredQ / totalQ, coverL = coveredL / totalL;
        boolean queryLighter = totalQ <= totalL;
        double small = queryLighter ? coverQ : coverL, big = queryLighter ? coverL : coverQ;
        double alpha = person ? EXTRA_PERSON : EXTRA_ORG; // as the scorer chooses it, from what the bound knows exactly
        if (countNames(queryLighter ? q : l) <= 1 && person) alpha = Math.max(alpha, EXTRA_SINGLE);
        if (syllables) alpha = Math.max(alpha, EXTRA_SYLLABLE);
        double score = small * (1.0 - alpha * (1.0 - big));
        if (!strong) score *= 0.5;
        return Math.max(0.0, Math.min(1.0, score));
    }

    /** Marks tokens of {@code a} and runs of {@code b} that {@link #joined} could align; whether any. */
    private static boolean joinable(Tokens a, Tokens b, double[] ua, double[] ub) {
        boolean any = false;
        for (int i = 0; i < a.size(); i++) {
            String t = a.text(i);
            if (a.kind(i) != TokenKind.NAME || t.length() < 4) continue;
            for (int j = 0; j + 1 < b.size(); j++) {
                // (an organisation's rules: a superset of the joins a person's allow)
                if (!mayJoin(a, i, b, j, false) || joinRuledOut(a, i, b, j)) continue;
                ua[i] = ub[j] = ub[j + 1] = 1.0;
                any = true;
            }
            if (b.syllabic() && !a.syllabic()) {
                for (int len = 3; len <= 4; len++) {
                    for (int j = 0; j + len <= b.size(); j++) {
                        int total = 0;
                        for (int k = 0; k < len; k++) total += b.text(j + k).length();
                        if (Math.abs(total - t.length()) > 1) continue;
                        long letters = 0;
                        for (int k = 0; k < len; k++) letters = LetterClasses.merge(letters, b.letters(j + k));
                        if (t.length() <= 64 && total <= 64
                                && EditDistance.similarityBound(t.length(), total, a.letters(i), letters) < SYLLABLE_RUN_MIN) {
                            continue;
                        }
                        ua[i] = 1.0;
                        for (int k = 0; k < len; k++) ub[j + k] = 1.0;
                        any = true;
                    }
                }
            }
        }
        return any;
    }

    /**
     * Whether the letters already rule out that word i of {@code a} meets words j and j + 1 of {@code b} written
     * together at 0.8, the least {@link #joined} counts: by their letter classes, and across an abjad by their
     * consonants' too.
     */
    private static boolean joinRuledOut(Tokens a, int i, Tokens b, int j) {
        int length = a.text(i).length(), joinedLength = b.text(j).length() + b.text(j + 1).length();
        return length <= 64 && joinedLength <= 64
                && EditDistance.similarityBound(length, joinedLength, a.letters(i), LetterClasses.merge(b.letters(j), b.letters(j + 1))) < 0.8
                && (a.abjad() == b.abjad() || 0.95 * EditDistance.similarityBound(a.skeleton(i).length(),
                b.skeleton(j).length() + b.skeleton(j + 1).length(), a.skeletonLetters(i),
                LetterClasses.merge(b.skeletonLetters(j), b.skeletonLetters(j + 1))) < 0.8);
    }

    /** Marks tokens that {@link #acronyms} could align (a short word of {@code a} and the run of {@code b} it spells); whether any. */
    private static boolean acronymPossible(Tokens a, Tokens b, double[] ua, double[] ub, boolean listed, boolean person) {
        int longest = person ? 2 : 5;
        boolean any = false;
        for (int i = 0; i < a.size(); i++) {
            String t = a.text(i);
            if (t.length() > longest || a.kind(i) != TokenKind.NAME || t.length() < 2 || !spellsInitials(a, i, person)) continue;
            for (int j = 0; j + t.length() <= b.size(); j++) {
                if (!spellsRun(t, b, j)) continue;
                double s = acronymSimilarity(a, i, null, listed, person);
                ua[i] = Math.max(ua[i], s);
                for (int k = 0; k < t.length(); k++) ub[j + k] = Math.max(ub[j + k], s);
                any = true;
            }
        }
        return any;
    }


    /**
     * The weights this scorer gives a form's tokens (the first {@code t.size()} entries; beside syllables they
     * differ, see {@link #align}). Cached on the form; do not modify.
     */
    public double[] tokenWeights(Tokens t) {
        return t.weights(weights, weightsOf);
    }

    /** Weights of a form's tokens, first as plain tokens, then as syllables (see {@link #align}); cached on the form. */
    private final java.util.function.Function<Tokens, double[]> weightsOf = t -> {
        int n = t.size();
        double[] w = new double[2 * n];
        for (int i = 0; i < n; i++) {
            byte kind = t.kind(i);
            // what the word weighs as a name (a name word always, an initial among syllables), looked up once for both
            double asName = kind == TokenKind.NAME || kind == TokenKind.INITIAL ? asName(t.text(i)) : 0;
            w[i] = weight(kind, asName, false);
            w[n + i] = weight(kind, asName, true);
        }
        return w;
    };

    private double asName(String word) {
        return W_NAME * weights.weight(word);
    }

    private static double weight(byte kind, double asName, boolean syllables) {
        return switch (kind) {
            case TokenKind.NAME -> asName;
            case TokenKind.INITIAL -> syllables ? asName : W_INITIAL;
            case TokenKind.PARTICLE -> W_PARTICLE;
            case TokenKind.LEGAL_FORM -> W_LEGAL;
            default -> W_NUMBER;
        };
    }

    /**
     * Work arrays, so that scoring a pair allocates nothing once warm: one per thread, or one per query where the
     * caller passes its own (the screener borrows one with its other working space, which spares a thread-local
     * look-up per candidate name and keeps as many as queries run at once, not one per server thread). One thread at
     * a time.
     */
    public static final class Scratch {
        public Scratch() {
        }

        double[] wq = new double[16], wl = new double[16], qSim = new double[16], lSim = new double[16];
        int[] qTo = new int[16], lTo = new int[16];
        byte[] qHow = new byte[16];
        int n, m;
        // candidates
        int[] cq = new int[64], cqn = new int[64], cl = new int[64], cln = new int[64], order = new int[64];
        double[] cs = new double[64];
        byte[] ch = new byte[64];
        boolean[] chosen = new boolean[64];
        // pairs the assignment passes over (kunyas not held)
        boolean[] banned = new boolean[64];
        int count;
        final byte[] how = new byte[1];
        // the last alignment's rules (RULE_*), the heavier side's unmet share and which side was lighter, for the explanation
        final double[] rules = new double[RULES];
        double unmetShare;
        boolean queryLighter;
        // the query of the names compared has no schema (then its words spell a listed acronym only if it reads as an organisation's)
        boolean querySchemaUnknown;
        // the listed name is a vessel's: its single letters are letters of the name ("Kira K"), not initials of words
        boolean listedVessel;
        final double[][] rows = EditDistance.newRows();
        final PairMemo memo = new PairMemo();

        void reset(int n, int m) {
            this.n = n;
            this.m = m;
            if (wq.length < n) {
                wq = new double[n];
                qSim = new double[n];
                qTo = new int[n];
                qHow = new byte[n];
            }
            if (wl.length < m) {
                wl = new double[m];
                lSim = new double[m];
                lTo = new int[m];
            }
            count = 0;
        }

        void add(int qi, int qn, int lj, int ln, double s, byte h) {
            if (count == cq.length) {
                int c = count * 2;
                cq = java.util.Arrays.copyOf(cq, c);
                cqn = java.util.Arrays.copyOf(cqn, c);
                cl = java.util.Arrays.copyOf(cl, c);
                cln = java.util.Arrays.copyOf(cln, c);
                order = java.util.Arrays.copyOf(order, c);
                cs = java.util.Arrays.copyOf(cs, c);
                ch = java.util.Arrays.copyOf(ch, c);
                chosen = java.util.Arrays.copyOf(chosen, c);
                banned = java.util.Arrays.copyOf(banned, c);
            }
            cq[count] = qi;
            cqn[count] = qn;
            cl[count] = lj;
            cln[count] = ln;
            cs[count] = s;
            ch[count] = h;
            chosen[count] = false;
            banned[count] = false;
            count++;
        }

        /** Candidate indexes by similarity, then by span, descending (insertion sort: lists are short). */
        void sort() {
            for (int i = 0; i < count; i++) order[i] = i;
            for (int i = 1; i < count; i++) {
                int x = order[i];
                int j = i - 1;
                while (j >= 0 && before(x, order[j])) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
        }

        private boolean before(int a, int b) {
            if (cs[a] != cs[b]) return cs[a] > cs[b];
            return cqn[a] + cln[a] > cqn[b] + cln[b];
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * {@link TokenSimilarity#similarity} of query token i and list token j as the scorer uses it (0 below
     * {@link #MIN_CANDIDATE}; how they met in {@code sc.how[0]}), remembered per query token and list word: a
     * query meets the same list words in hundreds of candidate names ("nikolai", "mohammed"). A list word's
     * similarity depends on its text (its sound key and consonants are read from it) and on what the
     * {@link #memoFlags flags} say of its form and role, so both are the key. Other kinds of token are cheap
     * to compare and not remembered.
     */
    private static double similarity(Tokens q, int i, Tokens l, int j, Scratch sc) {
        if (l.kind(j) != TokenKind.NAME) return TokenSimilarity.similarity(q, i, l, j, sc.how, MIN_CANDIDATE, sc.rows);
        PairMemo m = sc.memo;
        String text = l.text(j);
        byte flags = memoFlags(l, j);
        int slot = m.find(q, i, text, flags);
        if (slot >= 0) {
            sc.how[0] = m.how[slot];
            return m.value[slot];
        }
        double v = TokenSimilarity.similarity(q, i, l, j, sc.how, MIN_CANDIDATE, sc.rows);
        m.put(q, i, text, flags, v, sc.how[0]);
        return v;
    }

    /**
     * What {@link TokenSimilarity#similarity} reads of a list word besides its text: whether its form was read
     * from an abjad, transliterated or read as syllables, whether it is a patronymic, and whether it is marked the family
     * name (an initial of the query never stands for one). Without that last flag a query's initial met "melnik" as a
     * family name first (0) and then as a given name's neighbour in "Roman Ivanovich MELNIK" (0.8) with the first answer,
     * or the other way round, as far as the memo still held it: the index and the scan, which score names in different
     * orders, now and then disagreed ("M Romain Rivière" at 0.5, a failed CI run of the forty-eighth session).
     */
    private static byte memoFlags(Tokens l, int j) {
        return (byte) ((l.abjad() ? 1 : 0) | (l.transliterated() ? 2 : 0) | (l.syllabic() ? 4 : 0)
                | ((l.roles(j) & Tokens.PATRONYMIC) != 0 ? 8 : 0) | ((l.roles(j) & Tokens.FAMILY) != 0 ? 16 : 0));
    }

    /**
     * Open-addressing table (query form, token index, list word, flags) -> similarity; cleared wholesale when half full.
     * The query form is held by its {@link Tokens#serial() number}, not by reference: a thread's table outlives its
     * queries, and references to them would keep each finished query's tokens alive through young collections (copied,
     * then promoted, until the table is next cleared).
     */
    static final class PairMemo {
        private static final int SIZE = 1 << 14, MASK = SIZE - 1;
        final long[] query = new long[SIZE];
        final String[] text = new String[SIZE];
        final int[] index = new int[SIZE];
        final int[] stamp = new int[SIZE];
        final double[] value = new double[SIZE];
        final byte[] how = new byte[SIZE];
        final byte[] flags = new byte[SIZE];
        private int epoch = 1, filled;

        /**
         * The query form is in the hash: without it a list word met by every query ("mohammad") piles the entries
         * of all queries since the last clearing onto one run of slots.
         */
        private static int hash(long q, int i, String t, byte f) {
            int h = ((t.hashCode() * 31 + i) * 31 + f) * 31 + Long.hashCode(q * 0x9E3779B97F4A7C15L);
            return (h ^ (h >>> 15)) & MASK;
        }

        int find(Tokens q, int i, String t, byte f) {
            long id = q.serial();
            for (int s = hash(id, i, t, f); stamp[s] == epoch; s = (s + 1) & MASK) {
                if (query[s] == id && index[s] == i && flags[s] == f && t.equals(text[s])) return s;
            }
            return -1;
        }

        void put(Tokens q, int i, String t, byte f, double v, byte h) {
            if (filled >= SIZE / 2) {
                if (++epoch == 0) {
                    java.util.Arrays.fill(stamp, 0);
                    epoch = 1;
                }
                filled = 0;
            }
            long id = q.serial();
            int s = hash(id, i, t, f);
            while (stamp[s] == epoch) s = (s + 1) & MASK;
            stamp[s] = epoch;
            query[s] = id;
            index[s] = i;
            text[s] = t;
            flags[s] = f;
            value[s] = v;
            how[s] = h;
            filled++;
        }
    }

    private double align(Tokens q, Tokens l, boolean person, Scratch sc) {
        int n = q.size(), m = l.size();
        if (n == 0 || m == 0) {
            sc.reset(0, 0);
            java.util.Arrays.fill(sc.rules, 0.0);
            return 0.0;
        }
        sc.reset(n, m);
        double[] wq = sc.wq, wl = sc.wl, qSim = sc.qSim, lSim = sc.lSim;
        int[] qTo = sc.qTo, lTo = sc.lTo;
        double totalQ = 0, totalL = 0;
        // beside a name read from Han or Hangul, a one-letter Latin token is a syllable (Hyon U, Kon U), not an initial
        boolean syllables = q.syllabic() || l.syllabic();
        double[] cq = q.weights(weights, weightsOf), cl = l.weights(weights, weightsOf);
        int offQ = syllables ? n : 0, offL = syllables ? m : 0;
        for (int i = 0; i < n; i++) totalQ += wq[i] = cq[offQ + i];
        for (int j = 0; j < m; j++) totalL += wl[j] = cl[offL + j];

        byte[] how = sc.how;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (sc.listedVessel && l.kind(j) == TokenKind.INITIAL && q.kind(i) != TokenKind.INITIAL) continue;
                double s = similarity(q, i, l, j, sc);
                if (s >= MIN_CANDIDATE) sc.add(i, 1, j, 1, s, how[0]);
            }
        }
        joined(q, l, sc, false, person);
        joined(l, q, sc, true, person);
        acronyms(q, l, sc, false, person);
        if (spellsListedAcronyms(q, sc)) acronyms(l, q, sc, true, person);
        sc.sort();

        assign(n, m, sc);
        // a kunya met alone gives its words back to the other pairs that wanted them ("abu bkr" ~ Abubakar)
        if (kunyasUnheld(q, l, sc)) assign(n, m, sc);

        double coveredQ = 0, coveredL = 0;
        boolean strongName = false;
        for (int i = 0; i < n; i++) {
            if (qTo[i] < 0) continue;
            coveredQ += wq[i] * qSim[i];
            // in a person's name a two-letter word read as initials is initials: alone it carries nothing ("ag" in
            // "Bah Ag Moussa" is not Atul Gupta)
            if ((q.kind(i) == TokenKind.NAME || q.kind(i) == TokenKind.NUMBER) && qSim[i] >= 0.7
                    && sc.qHow[i] != TokenSimilarity.INITIAL && !(person && sc.qHow[i] == TokenSimilarity.ACRONYM)) {
                strongName = true;
            }
        }
        for (int j = 0; j < m; j++) if (lTo[j] >= 0) coveredL += wl[j] * lSim[j];
        double coverQ = coveredQ / totalQ, coverL = coveredL / totalL;
        boolean queryLighter = totalQ <= totalL;
        double small = queryLighter ? coverQ : coverL, big = queryLighter ? coverL : coverQ;
        // the lighter side's words counted as the other side met them: "Abdul Samad" met by the one word "Abdulsamad" is one word
        int smallNames = queryLighter ? nameUnits(q, qTo) : nameUnits(l, lTo);
        double alpha = person ? EXTRA_PERSON : EXTRA_ORG;
        if (smallNames <= 1 && person) alpha = Math.max(alpha, EXTRA_SINGLE);
        // a Korean or Chinese name has two or three syllables, each of which identifies: none is optional
        if (q.syllabic() || l.syllabic()) alpha = Math.max(alpha, EXTRA_SYLLABLE);
        double score = small * (1.0 - alpha * (1.0 - big));
        // what each rule takes, kept for the explanation: the lighter side's coverage plus these is the score
        double[] rule = sc.rules;
        sc.queryLighter = queryLighter;
        sc.unmetShare = 1.0 - big;
        rule[RULE_EXTRA_WORDS] = score - small;
        rule[RULE_ORDER] = person ? -orderPenalty(q, l, qTo, lTo) : 0;
        rule[RULE_INITIALS] = unmatched(q, qTo, TokenKind.INITIAL) && unmatched(l, lTo, TokenKind.INITIAL) ? -INITIAL_CONFLICT : 0;
        // a query word that met only a listed initial while a listed name word went unmet stands where the list names
        // someone else: "Mikheev Andrey" is not "MIKHEEV, Alexander A."
        rule[RULE_INITIAL_FOR_WORD] = person && metByInitial(q, qTo, sc.qHow) && unmatchedName(l, lTo) ? -INITIAL_CONFLICT : 0;
        rule[RULE_FIRST_NAME_UNMET] = person && headOfChainUnmet(q, l, qTo, lTo) ? -HEAD_OF_CHAIN_UNMET : 0;
        rule[RULE_LEGAL_FORMS] = !person && unmatched(q, qTo, TokenKind.LEGAL_FORM) && unmatched(l, lTo, TokenKind.LEGAL_FORM)
                && !matched(q, qTo, TokenKind.LEGAL_FORM) ? -LEGAL_FORM_CONFLICT : 0;
        score += rule[RULE_ORDER] + rule[RULE_INITIALS] + rule[RULE_INITIAL_FOR_WORD] + rule[RULE_FIRST_NAME_UNMET] + rule[RULE_LEGAL_FORMS];
        double before = score;
        if (!strongName) score *= 0.5;
        rule[RULE_WEAK_EVIDENCE] = score - before;
        before = score;
        if (person && commonOnly(l, lTo, wl) && (unmatchedName(q, qTo) || unmatchedName(l, lTo) || metByInitial(q, qTo, sc.qHow))) {
            score = Math.min(score, COMMON_CAP);
        }
        rule[RULE_COMMON_WORDS] = score - before;
        return Math.max(0.0, Math.min(1.0, score));
    }

    /**
     * Pairs of words taken best first, each word in one pair at most ({@link Scratch#qTo}, {@link Scratch#lTo}); a pair
     * {@link Scratch#banned} is passed over.
     */
    private static void assign(int n, int m, Scratch sc) {
        int[] qTo = sc.qTo, lTo = sc.lTo;
        java.util.Arrays.fill(qTo, 0, n, -1);
        java.util.Arrays.fill(lTo, 0, m, -1);
        for (int k = 0; k < sc.count; k++) {
            int c = sc.order[k];
            sc.chosen[c] = false;
            if (sc.banned[c]) continue;
            int qi = sc.cq[c], qn = sc.cqn[c], lj = sc.cl[c], ln = sc.cln[c];
            boolean free = true;
            for (int x = 0; x < qn && free; x++) free = qTo[qi + x] < 0;
            for (int x = 0; x < ln && free; x++) free = lTo[lj + x] < 0;
            if (!free) continue;
            for (int x = 0; x < qn; x++) {
                qTo[qi + x] = lj;
                sc.qSim[qi + x] = sc.cs[c];
                sc.qHow[qi + x] = sc.ch[c];
            }
            for (int x = 0; x < ln; x++) {
                lTo[lj + x] = qi;
                sc.lSim[lj + x] = sc.cs[c];
            }
            sc.chosen[c] = true;
        }
    }

    /** The kunya's first word, as {@link org.cordon.match.normalise.NameNormaliser} reads it from any script or spelling. */
    private static final String KUNYA = "abu";

    /**
     * A kunya is one name with the word after it: "Abu Khalid" (father of Khalid) names someone else than the Abu of "Abu
     * Fatma", so an "abu" that met the other side's "abu" stays met only if the names after them met each other too
     * (particles between left out: "Abu al-Qasim"): "فاطمة أبو خالد" (Fatma Abu Khalid) does not meet "Abu Fatma" so. Whether
     * a chosen pair of kunyas is not held; such pairs are {@link Scratch#banned}, for the words to be assigned again.
     */
    private static boolean kunyasUnheld(Tokens q, Tokens l, Scratch sc) {
        int n = q.size(), m = l.size();
        boolean unheld = false;
        for (int c = 0; c < sc.count; c++) {
            if (!sc.chosen[c] || sc.cqn[c] != 1 || sc.cln[c] != 1) continue;
            int i = sc.cq[c], j = sc.cl[c];
            if (!q.text(i).equals(KUNYA) || !l.text(j).equals(KUNYA)) continue;
            int qi = nextName(q, i), lj = nextName(l, j);
            if (qi == n && lj == m || qi < n && lj < m && sc.qTo[qi] == lj) continue;
            sc.banned[c] = true;
            unheld = true;
        }
        return unheld;
    }

    /** The index of the first word after {@code i} that is not a particle, or the name's size. */
    private static int nextName(Tokens t, int i) {
        int k = i + 1;
        while (k < t.size() && t.kind(k) == TokenKind.PARTICLE) k++;
        return k;
    }

    /** Indexes of {@link Scratch#rules}: what each rule of {@link #align} took from the score. */
    private static final int RULE_EXTRA_WORDS = 0, RULE_ORDER = 1, RULE_INITIALS = 2, RULE_INITIAL_FOR_WORD = 3,
            RULE_FIRST_NAME_UNMET = 4, RULE_LEGAL_FORMS = 5, RULE_WEAK_EVIDENCE = 6, RULE_COMMON_WORDS = 7, RULES = 8;

    /**
     * Every listed name word that met the query is common in the lists (weight at most {@link #COMMON}:
     * Abdul, Aziz, Abu, Bakr, Muhammad). With uniform weights nothing is common.
     */
    private static boolean commonOnly(Tokens l, int[] lTo, double[] wl) {
        int matched = 0;
        for (int j = 0; j < l.size(); j++) {
            if (l.kind(j) != TokenKind.NAME || lTo[j] < 0) continue;
            if (wl[j] / W_NAME > COMMON) return false; // a name word's weight is W_NAME times its rarity
            matched++;
        }
        return matched > 0;
    }

    /** A token of the query met the other side as an initial standing for a word ("Kaya" for the K of "Mohammed K"). */
    private static boolean metByInitial(Tokens q, int[] qTo, byte[] qHow) {
        for (int i = 0; i < q.size(); i++) if (qTo[i] >= 0 && qHow[i] == TokenSimilarity.INITIAL) return true;
        return false;
    }

    /**
     * In a listed Arabic name (in Arabic script, or with a nasab particle) the first word is the person's own name and
     * the rest are his father's, grandfather's and family's: whether that first word went unmet while the query's first
     * word met a later one ("أحمد الزهراني" Ahmad al-Zahrani names Faisal's father, not "فيصل احمد بن علي الزهراني").
     */
    private static boolean headOfChainUnmet(Tokens q, Tokens l, int[] qTo, int[] lTo) {
        boolean chain = l.abjad() || hasRole(l, Tokens.AFTER_NASAB)
                || l.size() > 0 && Character.UnicodeScript.of(l.text(0).codePointAt(0)) == Character.UnicodeScript.ARABIC;
        if (!chain) return false;
        int firstL = firstName(l, true), firstQ = firstName(q, true);
        return firstL >= 0 && firstQ >= 0 && lTo[firstL] < 0 && qTo[firstQ] > firstL;
    }

    /** A name word left unmatched, other than a patronymic (which lists often leave out). */
    private static boolean unmatchedName(Tokens t, int[] to) {
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == TokenKind.NAME && to[i] < 0 && (t.roles(i) & Tokens.PATRONYMIC) == 0) return true;
        }
        return false;
    }

    private static boolean unmatched(Tokens t, int[] to, byte kind) {
        for (int i = 0; i < t.size(); i++) if (t.kind(i) == kind && to[i] < 0) return true;
        return false;
    }

    private static boolean matched(Tokens t, int[] to, byte kind) {
        for (int i = 0; i < t.size(); i++) if (t.kind(i) == kind && to[i] >= 0) return true;
        return false;
    }

    /**
     * Name words of {@code t}, words that met one and the same word of the other side (written apart on one side,
     * together on the other: "Abdul Samad" / "Abdulsamad", "Hla Moe" / "Hlmy") counted once: one unit of the name.
     */
    private static int nameUnits(Tokens t, int[] to) {
        int units = 0, lastTo = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != TokenKind.NAME) continue;
            if (to[i] < 0 || to[i] != lastTo) units++;
            lastTo = to[i];
        }
        return units;
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
        if (mirroredRightToLeft(q, l, qTo)) return 0;
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
        // Customs that write the family name first (Korean, Chinese) appear in both orders on the lists
        if (surnameFirst(q) || surnameFirst(l)) return 0;
        int firstQ = firstName(q, true), lastQ = firstName(q, false);
        int firstL = firstName(l, true), lastL = firstName(l, false);
        if (firstQ < 0 || lastQ <= firstQ || firstL < 0 || lastL <= firstL) return 0;
        if (qTo[firstQ] == lastL && qTo[lastQ] == firstL) {
            // initials after the family name are how names are written with them: "Putin VV" is Vladimir Vladimirovich Putin
            if (metAsInitials(lastQ, qTo, lTo, l.size()) || metAsInitials(lastL, lTo, qTo, q.size())) return 0;
            // both names mark the word they share as the family name: "PUTIN Vladimir" is Vladimir PUTIN written family first
            if (bothMarkFamily(q, firstQ, l, lastL) || bothMarkFamily(q, lastQ, l, firstL)) return 0;
            // one name marks a swapped word as its family name and the other marks nothing: that one may write the family
            // name first as well as last ("Putin Vladimir", "PUTIN VLADIMIR" against the EU's Vladimir Vladimirovich PUTIN)
            boolean qMarks = marksFamily(q), lMarks = marksFamily(l);
            if (qMarks != lMarks && (qMarks ? marked(q, firstQ) || marked(q, lastQ) : marked(l, firstL) || marked(l, lastL))) {
                // a name read from Arabic or Hebrew script has no capitals to mark its family name with, and Persian names
                // are written family name first as often as last ("حیدری سلمان", the EU's Salman HEIDARI)
                return (qMarks ? l : q).abjad() ? 0 : SWAP_PENALTY / 2;
            }
            return SWAP_PENALTY;
        }
        return 0;
    }

    private static final byte FAMILY_MARKS = Tokens.FAMILY | Tokens.CASE_FAMILY;

    /**
     * Whether token i of the query and token j of the listed name, which met, are each marked the family name: by name
     * parts or by capitals among small letters ("PUTIN Vladimir", "Vladimir Vladimirovich PUTIN"). A name in one case
     * throughout marks nothing: against a marked one "Putin Vladimir" costs half the penalty, and where neither marks
     * all of it ("Hassan Ali" is not Ali Hassan).
     */
    private static boolean bothMarkFamily(Tokens q, int i, Tokens l, int j) {
        return (q.roles(i) & Tokens.CASE_FAMILY) != 0 && (l.roles(j) & FAMILY_MARKS) != 0
                || (l.roles(j) & Tokens.CASE_FAMILY) != 0 && (q.roles(i) & FAMILY_MARKS) != 0;
    }

    /** Whether the name marks a word as its family name, by name parts or by capitals. */
    private static boolean marksFamily(Tokens t) {
        for (int i = 0; i < t.size(); i++) if (marked(t, i)) return true;
        return false;
    }

    private static boolean marked(Tokens t, int i) {
        return (t.roles(i) & FAMILY_MARKS) != 0;
    }

    /**
     * Token i of one side met a run of two or more tokens of the other side (whose size is n): by their initials, or a word
     * by its parts written apart. The second is no initials, but a name so met is as often Persian written family name
     * first ("جعفری محمدعلی" ~ "Mohamed-Ali Jafari"): held to two letters, three such own-record names were lost for no
     * false alert fewer (fifty-third session).
     */
    private static boolean metAsInitials(int i, int[] to, int[] back, int n) {
        int j = to[i];
        return j >= 0 && j + 1 < n && back[j + 1] == i;
    }

    /**
     * A name of three words or more in a right-to-left script met word for word in the mirror order: the words of a
     * right-to-left name put out left to right, as a list's file sometimes gives them (the EU's alias "لادن بن محمد أسامة
     * حمزة" is "حمزة أسامة محمد بن لادن", Hamza bin Laden, read backwards). No naming custom reverses a whole chain.
     */
    private static boolean mirroredRightToLeft(Tokens q, Tokens l, int[] qTo) {
        int n = q.size();
        if (n < 3 || l.size() != n || !(rightToLeft(q) || rightToLeft(l))) return false;
        for (int i = 0; i < n; i++) if (qTo[i] != n - 1 - i) return false;
        return true;
    }

    private static boolean rightToLeft(Tokens t) {
        Character.UnicodeScript s = Character.UnicodeScript.of(t.text(0).codePointAt(0));
        return s == Character.UnicodeScript.ARABIC || s == Character.UnicodeScript.HEBREW;
    }

    /** Common Korean and Chinese family names, which lists write first or last as the source had them. */
    private static final java.util.Set<String> EAST_ASIAN_SURNAMES = java.util.Set.of(
            "kim", "ri", "lee", "yi", "pak", "park", "choe", "choi", "cho", "jo", "jong", "chong", "jung", "kang", "yun", "yoon",
            "jang", "chang", "rim", "lim", "im", "han", "o", "oh", "so", "seo", "sin", "shin", "kwon", "hwang", "an", "ahn", "song",
            "ryu", "yu", "hong", "jon", "chon", "ko", "mun", "moon", "son", "pae", "paek", "ro", "roh", "ju", "thae", "ku", "nam",
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he",
            "gao", "lin", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan");

    private static boolean surnameFirst(Tokens t) {
        int first = firstName(t, true), last = firstName(t, false);
        return first >= 0 && (EAST_ASIAN_SURNAMES.contains(t.text(first)) || EAST_ASIAN_SURNAMES.contains(t.text(last)));
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

    /**
     * Whether {@link #joined} compares token i of {@code a} with tokens j and j+1 of {@code b} written together: neither of
     * those is a legal form, the token does not run on past a particle, the join is within two letters of the token's length (unless one side was read from an
     * abjad: then the consonants are compared at any length, the letters still within two), and it keeps the token's
     * first or last letter. {@link #joinable} bounds the same pairs.
     */
    private static boolean mayJoin(Tokens a, int i, Tokens b, int j, boolean person) {
        String t = a.text(i), b1 = b.text(j), b2 = b.text(j + 1);
        if (b.kind(j) == TokenKind.LEGAL_FORM || b.kind(j + 1) == TokenKind.LEGAL_FORM) return false;
        // in a person's name an initial stands for a word of its own: "Viera S." is not Firas (فراس) written together, nor
        // "Aleksander A." Aleksandra (an organisation writes a letter onto a word: "Т-банк" is TBank)
        if (person && (b.kind(j) == TokenKind.INITIAL || b.kind(j + 1) == TokenKind.INITIAL)) return false;
        // a particle belongs to the word after it: "abd al-Baki" is not Abdallah (but "abd al" is Abdul)
        if (b.kind(j + 1) == TokenKind.PARTICLE && t.length() > b1.length() + b2.length()) return false;
        if (Math.abs(b1.length() + b2.length() - t.length()) > 2 && a.abjad() == b.abjad()) return false;
        // a join keeps one of the ends: a cheap test before building the joined string
        return b1.charAt(0) == t.charAt(0) || b2.charAt(b2.length() - 1) == t.charAt(t.length() - 1);
    }

    /**
     * The word's letters as read from the script: the kunya أبو is read "abu", as Latin lists write it, and its و is the
     * long vowel the Latin must write all the same ("أبو ياسين" is not Abbasin).
     */
    private static String scriptLetters(Tokens t, int j) {
        return t.abjad() && t.text(j).equals(KUNYA) ? "abw" : t.text(j);
    }

    /** One token of {@code a} against two adjacent tokens of {@code b} written apart ("patr ushev" vs "patrushev"). */
    private static void joined(Tokens a, Tokens b, Scratch sc, boolean reversed, boolean person) {
        // a syllable read from Han or Hangul is one syllable, never two words written together ("kwang" is not "Uk Wang")
        if (a.syllabic()) return;
        for (int i = 0; i < a.size(); i++) {
            String t = a.text(i);
            if (a.kind(i) != TokenKind.NAME || t.length() < 4) continue;
            for (int j = 0; j + 1 < b.size(); j++) {
                // most pairs fail on their letters, before the two words are written together and compared
                if (!mayJoin(a, i, b, j, person) || joinRuledOut(a, i, b, j)) continue;
                String ab = b.text(j) + b.text(j + 1);
                // only 0.8 counts: the distances give up below it. The letters count within two letters of length, across an
                // abjad too (where mayJoin lets the consonants further apart: a reading from Arabic leaves vowels out); the
                // index looks joins up by their letters only that far apart
                double s = Math.abs(ab.length() - t.length()) <= 2 ? EditDistance.similarityAtLeast(t, ab, 0.8, sc.rows) : 0;
                String joinedSkeleton = b.skeleton(j) + b.skeleton(j + 1);
                // (not beside syllables read from Han or Hangul: those write every vowel, and "so min" is not سيمون Simon)
                if (a.abjad() != b.abjad() && !b.syllabic() && a.skeleton(i).length() >= 2 && joinedSkeleton.length() >= 2) {
                    // read from Arabic or Hebrew: compare consonants ("abwbkr" ~ "abu bakr"); as for single words
                    // (TokenSimilarity), two consonants at least: "wayl" (وائل) and "wa l" both reduce to "l", which
                    // says nothing, and the index (which looks skeletons of two letters or more up) would not see it
                    // and, as for single words, the vowels the script writes must be in the Latin ("khwla ayd" is not Khalid)
                    // and two consonants count less, as for single words: "rwya ayd" (رؤية عيد) and Radio both reduce to "rd"
                    double factor = Math.min(a.skeleton(i).length(), joinedSkeleton.length()) >= 3 ? 0.95 : 0.7;
                    if (a.abjad() ? TokenSimilarity.vowelMissing(t, ab)
                            : TokenSimilarity.vowelMissing(scriptLetters(b, j) + b.text(j + 1), t)) {
                        factor *= TokenSimilarity.LONG_VOWEL_MISSING;
                    }
                    if (0.8 / factor <= 1.0) {
                        s = Math.max(s, factor * EditDistance.similarityAtLeast(a.skeleton(i), joinedSkeleton, 0.8 / factor, sc.rows));
                    }
                }
                // two syllables read from Han or Hangul are two names written together: a changed letter makes another
                // syllable, as for single syllables ("wei cheng" is not Weisheng)
                if (s < 1.0 && b.syllabic()) s *= TokenSimilarity.SYLLABLE_FACTOR;
                if (s < 0.8) continue;
                byte how = reversed ? TokenSimilarity.JOINED : TokenSimilarity.SPLIT;
                if (reversed) sc.add(j, 2, i, 1, s, how);
                else sc.add(i, 1, j, 2, s, how);
            }
            if (b.syllabic() && !a.syllabic()) syllableRuns(a, i, b, sc, reversed);
        }
    }

    /**
     * A Latin word against three or four adjacent syllables read from Han: Chinese writes foreign
     * names (Uyghur, Arabic) one syllable per character, so "阿不都" reads "a bu dou" for Abudu. The
     * joined reading must be within one slip of the word (0.85): nearer runs are too many to be evidence.
     */
    private static void syllableRuns(Tokens a, int i, Tokens b, Scratch sc, boolean reversed) {
        String t = a.text(i);
        for (int len = 3; len <= 4; len++) {
            for (int j = 0; j + len <= b.size(); j++) {
                int total = 0;
                boolean words = true;
                for (int k = 0; k < len && words; k++) {
                    byte kind = b.kind(j + k);
                    words = kind != TokenKind.LEGAL_FORM && kind != TokenKind.NUMBER;
                    total += b.text(j + k).length();
                }
                if (!words || Math.abs(total - t.length()) > 1) continue;
                StringBuilder run = new StringBuilder(total);
                for (int k = 0; k < len; k++) run.append(b.text(j + k));
                double s = EditDistance.similarity(t, run.toString(), sc.rows);
                if (s < SYLLABLE_RUN_MIN) continue;
                byte how = reversed ? TokenSimilarity.JOINED : TokenSimilarity.SPLIT;
                if (reversed) sc.add(j, len, i, 1, s, how);
                else sc.add(i, 1, j, len, s, how);
            }
        }
    }

    /**
     * Whether the query's words may spell a listed acronym: unless the query has no schema and reads as no organisation
     * (no legal form, no number). Any three words spell one of the lists' thousands of short aliases: screened without
     * a schema, "Alejandra Solorio Cruz" met the alias "ASC" at 0.84, and such names made a third of the alerts of
     * generated names screened so. A query that is an acronym still meets the name it abbreviates.
     */
    private static boolean spellsListedAcronyms(Tokens q, Scratch sc) {
        if (!sc.querySchemaUnknown) return true;
        for (int i = 0; i < q.size(); i++) {
            if (q.kind(i) == TokenKind.LEGAL_FORM || q.kind(i) == TokenKind.NUMBER) return true;
        }
        return false;
    }

    /**
     * Whether a short word of {@code a} may spell initials: acronyms are a Latin-script habit, and a short word read from
     * another script is a word; but a person's two initials written together after the family name in Cyrillic letters
     * are as in Latin ones ("Чемезов СВ" as "Chemezov SV"), each letter read as one Latin letter. Not before the name,
     * where Russian writes a business's form ("ИП Роман" is no Roman Igorevich Putin); not from an abjad or syllables. Nor
     * a word written with a capital and small letters ({@link Tokens#WORD_CASE}: "Koç", "Saiz", "Uz").
     */
    private static boolean spellsInitials(Tokens a, int i, boolean person) {
        if ((a.roles(i) & Tokens.WORD_CASE) != 0) return false;
        return !a.transliterated() || (person && a.text(i).length() == 2 && i > 0 && i == a.size() - 1 && !a.abjad() && !a.syllabic());
    }

    /**
     * Whether {@code t} spells the initials of the words of {@code b} from {@code j}: names and initials, no legal form,
     * number or particle, and no one-letter conjunction inside the run ({@link #conjunction}).
     */
    private static boolean spellsRun(String t, Tokens b, int j) {
        for (int k = 0; k < t.length(); k++) {
            byte kind = b.kind(j + k);
            if (kind != TokenKind.NAME && kind != TokenKind.INITIAL || b.text(j + k).charAt(0) != t.charAt(k)) return false;
            if (k > 0 && k < t.length() - 1 && conjunction(b.text(j + k))) return false;
        }
        return true;
    }

    /**
     * Whether a word inside a run of words is a one-letter conjunction ("Mota y Miranda", "Rossi e Bianchi"): acronyms leave
     * it out, and with it any three-word name of that kind spelled the lists' short aliases ("MYM", the Mujahideen Youth
     * Movement, at 0.84).
     */
    private static boolean conjunction(String word) {
        return word.length() == 1 && "yeiau".indexOf(word.charAt(0)) >= 0;
    }

    /** A short token of {@code a} spelling the initials of a run of tokens of {@code b} ("pla", "jc", "us"). */
    private static void acronyms(Tokens a, Tokens b, Scratch sc, boolean reversed, boolean person) {
        // people's initials run to two letters ("JC Juncker"); a longer short word in a person's name is a name
        // ("Joe" is not José Olivas Enríquez)
        int longest = person ? 2 : 5;
        // syllables read from Han or Hangul have no initials ("Yu" is not 류 우진, Yoo U-jin), and a Latin acronym does not
        // spell words read from another script ("IAP" is not ИП АстраханьПром)
        if (b.syllabic() || b.transliterated()) return;
        for (int i = 0; i < a.size(); i++) {
            String t = a.text(i);
            if (t.length() > longest) continue;
            if (a.kind(i) != TokenKind.NAME || t.length() < 2 || t.length() > 5 || !spellsInitials(a, i, person)) continue;
            for (int j = 0; j + t.length() <= b.size(); j++) {
                if (!spellsRun(t, b, j)) continue;
                double s = acronymSimilarity(a, i, reversed ? sc.wl : null, reversed, person);
                if (reversed) sc.add(j, t.length(), i, 1, s, TokenSimilarity.ACRONYM);
                else sc.add(i, 1, j, t.length(), s, TokenSimilarity.ACRONYM);
            }
        }
    }

    /**
     * What the short word {@code i} of {@code a} that spells a run of the other name's initials counts; {@code listed}: {@code
     * a} is the listed name. {@link #SHORT_LISTED_ACRONYM} where it is all the listed name says: its only word but legal
     * forms, particles and, given the listed name's weights {@code wa}, words common in the lists ("SES GROUP", "NAI
     * MANAGEMENT GMBH" spelt by "Secured Events Services Group" and "Nord Anastasiagrün Investment Management"). Beside a
     * rarer word or a number ("JSC UAP “Gidravlika”", "558 ARP", "KB “Mikrob”") the acronym of a Russian name spelt in Latin
     * letters ("Ufimskoye Agregatnoye Predpriyatiye Gidravlika") is how the list names the body, and the other word says the
     * rest. Without weights (the bound) only the kinds count, which gives the scorer's value or more.
     */
    private static double acronymSimilarity(Tokens a, int i, double[] wa, boolean listed, boolean person) {
        if (!listed || person || a.text(i).length() > 3) return ACRONYM;
        for (int k = 0; k < a.size(); k++) {
            if (k == i) continue;
            if (a.kind(k) == TokenKind.NUMBER || a.kind(k) == TokenKind.NAME && (wa == null || wa[k] / W_NAME > COMMON)) return ACRONYM;
        }
        return SHORT_LISTED_ACRONYM;
    }

    private static List<TokenMatch> explanation(Tokens q, Tokens l, Scratch sc) {
        List<TokenMatch> out = new ArrayList<>();
        List<Integer> picked = new ArrayList<>();
        for (int c = 0; c < sc.count; c++) if (sc.chosen[c]) picked.add(c);
        picked.sort((a, b) -> Integer.compare(sc.cq[a], sc.cq[b]));
        for (int c : picked) {
            int qi = sc.cq[c], qn = sc.cqn[c], lj = sc.cl[c], ln = sc.cln[c];
            StringBuilder qt = new StringBuilder(), lt = new StringBuilder();
            double w = 0;
            for (int k = 0; k < qn; k++) {
                if (k > 0) qt.append(' ');
                qt.append(q.text(qi + k));
                w += sc.wq[qi + k];
            }
            for (int k = 0; k < ln; k++) {
                if (k > 0) lt.append(' ');
                lt.append(l.text(lj + k));
            }
            out.add(new TokenMatch(qt.toString(), lt.toString(), TokenSimilarity.label(sc.ch[c]), round(sc.cs[c]), round(w)));
        }
        for (int i = 0; i < q.size(); i++) {
            if (sc.qTo[i] < 0) out.add(new TokenMatch(q.text(i), "", "unmatched", 0.0, round(sc.wq[i])));
        }
        for (int j = 0; j < l.size(); j++) {
            if (sc.lTo[j] < 0) out.add(new TokenMatch("", l.text(j), "unmatched", 0.0, round(sc.wl[j])));
        }
        return out;
    }

    /** The rules of the last {@link #align} of {@code q} and {@code l} that changed its score, in the order it applied them. */
    private static List<NameRule> nameRules(Tokens q, Tokens l, Scratch sc) {
        List<NameRule> out = new ArrayList<>();
        double[] rule = sc.rules;
        for (int r = 0; r < RULES; r++) {
            if (Math.abs(rule[r]) < 0.0005) continue;
            String name, detail;
            switch (r) {
                case RULE_EXTRA_WORDS -> {
                    name = "extraWords";
                    detail = String.format(java.util.Locale.ROOT, "%s met in part or not at all (%.0f %% of its weight)",
                            sc.queryLighter ? "words of the listed name" : "words of the query", 100 * sc.unmetShare);
                }
                case RULE_ORDER -> {
                    name = "order";
                    detail = hasRole(q, Tokens.AFTER_NASAB) && hasRole(l, Tokens.AFTER_NASAB)
                            ? "a father's name in the son's place around bin, ibn or bint"
                            : Math.abs(rule[r]) < SWAP_PENALTY - 0.001
                            ? "given and family names in reversed order, which only one name marks (half: the other may write the family name first)"
                            : "given and family names in reversed order, with no comma to mark the family name";
                }
                case RULE_INITIALS -> {
                    name = "initials";
                    detail = "both names carry an initial and the initials differ";
                }
                case RULE_INITIAL_FOR_WORD -> {
                    name = "initialForWord";
                    detail = "a query word met only a listed initial while a listed name word went unmet";
                }
                case RULE_FIRST_NAME_UNMET -> {
                    name = "firstNameUnmet";
                    detail = "the listed Arabic name's own first name unmet: the query's first name is a later name in its chain"
                            + " (a father's, a grandfather's or the family's)";
                }
                case RULE_LEGAL_FORMS -> {
                    name = "legalForms";
                    detail = "both names carry a legal form and the forms differ";
                }
                case RULE_WEAK_EVIDENCE -> {
                    name = "weakEvidence";
                    detail = "no name word met at 70 % or more (only initials, particles, legal forms or near misses), so the score is halved";
                }
                default -> {
                    name = "commonWords";
                    detail = String.format(java.util.Locale.ROOT, "only words common in the lists met while one name has a"
                            + " further name word, so the score is at most %.2f", COMMON_CAP);
                }
            }
            out.add(new NameRule(name, round(rule[r]), detail));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
