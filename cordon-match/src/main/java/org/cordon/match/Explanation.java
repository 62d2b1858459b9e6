package org.cordon.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cordon.model.NameKind;

/**
 * Why a result scored what it did, in terms a reviewer can check: which query name met which list
 * name, token by token, and what each other piece of evidence added or took away.
 *
 * @param queryName  the query name that scored best
 * @param listName   the list name it was compared with, as published
 * @param nameKind   whether that list name is the primary name, an alias or a weak alias
 * @param nameScore  similarity of the two names in [0,1], before other evidence
 * @param tokens     token alignments
 * @param nameRules  what the name rules took from the name score beyond its tokens (names in reversed order, differing
 *                   initials, the fuller name's unmet words...): the tokens' coverage plus these effects is the name score
 * @param features   other evidence (birth date, country, identifier, schema, weak alias...) and its effect
 */
public record Explanation(String queryName, String listName, NameKind nameKind, double nameScore,
                          List<TokenMatch> tokens, List<NameRule> nameRules, List<Feature> features) {

    public Explanation {
        tokens = List.copyOf(tokens);
        nameRules = List.copyOf(nameRules);
        features = List.copyOf(features);
    }

    /** An explanation without name rules: a name scored by other means than the name scorer (text alignment, payments). */
    public Explanation(String queryName, String listName, NameKind nameKind, double nameScore, List<TokenMatch> tokens,
                       List<Feature> features) {
        this(queryName, listName, nameKind, nameScore, tokens, List.of(), features);
    }

    /**
     * One query token aligned with one list token.
     *
     * @param queryToken  normalised query token, or "" when the list token went unmatched
     * @param listToken   normalised list token, or "" when the query token went unmatched
     * @param how         exact, transliteration, fuzzy, phonetic, initial, joined, split, number, legal-form, unmatched
     * @param similarity  in [0,1]
     * @param weight      the token's weight in the name score (rare tokens weigh more)
     */
    public record TokenMatch(String queryToken, String listToken, String how, double similarity, double weight) {
    }

    /**
     * A rule of the name scorer that changed the name score beyond what its tokens met: the analyst sees why two names whose
     * words are all the same score less than 1.
     *
     * @param rule   extraWords, order, initials, initialForWord, firstNameUnmet, legalForms, weakEvidence, commonWords; and
     *               lookAlikeLetters (effect 0: a word of the query or the listed name mixed look-alike letters of two
     *               scripts, and how it was read)
     * @param effect added to the name score (negative: taken from it)
     * @param detail plain words, e.g. "given and family names in reversed order, no comma to mark the family name"
     */
    public record NameRule(String rule, double effect, String detail) {
    }

    /**
     * A piece of evidence other than the name.
     *
     * @param name   birthDate, country, gender, identifier, schema, weakAlias...
     * @param effect added to (positive) or taken from (negative) the score
     * @param detail plain words, e.g. "birth date 1952-10-07 equals 1952-10-07"
     */
    public record Feature(String name, double effect, String detail) {
    }

    /**
     * The explanation as JSON-ready maps, one shape for every output (CLI {@code --json}, HTTP, text scan):
     * summary, query_name, list_name, name_kind, name_score, tokens [{query, list, how, similarity, weight}],
     * name_rules [{rule, effect, detail}], features [{feature, effect, detail}]; numbers rounded to 4 places. Empty for null.
     */
    public static Map<String, Object> toMap(Explanation x) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (x == null) return m;
        m.put("summary", x.summary());
        m.put("query_name", x.queryName());
        m.put("list_name", x.listName());
        m.put("name_kind", x.nameKind().name().toLowerCase(Locale.ROOT));
        m.put("name_score", round4(x.nameScore()));
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (TokenMatch t : x.tokens()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("query", t.queryToken());
            tm.put("list", t.listToken());
            tm.put("how", t.how());
            tm.put("similarity", round4(t.similarity()));
            tm.put("weight", round4(t.weight()));
            tokens.add(tm);
        }
        m.put("tokens", tokens);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (NameRule r : x.nameRules()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("rule", r.rule());
            rm.put("effect", round4(r.effect()));
            rm.put("detail", r.detail());
            rules.add(rm);
        }
        m.put("name_rules", rules);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Feature f : x.features()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("feature", f.name());
            fm.put("effect", round4(f.effect()));
            fm.put("detail", f.detail());
            features.add(fm);
        }
        m.put("features", features);
        return m;
    }

    private static double round4(double d) {
        return Math.round(d * 10000.0) / 10000.0;
    }

    /** One line in plain words, for terminals and CSV. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(queryName).append("\" ~ ").append(nameKind.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(" \"").append(listName).append("\" ").append(String.format(Locale.ROOT, "%.2f", nameScore));
        if (!tokens.isEmpty()) {
            sb.append(" [");
            boolean first = true;
            for (TokenMatch t : tokens) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(t.queryToken().isEmpty() ? "-" : t.queryToken()).append('=')
                        .append(t.listToken().isEmpty() ? "-" : t.listToken()).append(' ').append(t.how());
            }
            sb.append(']');
        }
        for (NameRule r : nameRules) {
            sb.append("; ").append(r.rule()).append(' ').append(String.format(Locale.ROOT, "%+.2f", r.effect()))
                    .append(" (").append(r.detail()).append(')');
        }
        for (Feature f : features) {
            sb.append("; ").append(f.name()).append(' ').append(f.effect() >= 0 ? "+" : "").append(String.format(Locale.ROOT, "%.2f", f.effect()))
                    .append(" (").append(f.detail()).append(')');
        }
        return sb.toString();
    }
}
