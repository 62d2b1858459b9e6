package org.cordon.bench.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScanScreener;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Scripts;

/**
 * Each name a record gives in a non-Latin script (EU and UK aliases in Arabic, Persian, Cyrillic script..., the UN's
 * original script) as a query against the same record with its Latin names only: what a screening of a customer whose
 * name is written in that script finds on a list that publishes Latin names alone, as OFAC's does. The gold needs no
 * link between lists, so it covers every such record (the cross-script recall counts only targets the UN links), and
 * the publisher itself says the two names are one person's or one body's. A hit is a match at the threshold.
 */
public final class OwnLatinRecall {

    public record Result(int queries, int found, Map<String, int[]> byScriptAndSchema, List<String> misses) {
        public double recall() { return queries == 0 ? 1.0 : (double) found / queries; }
    }

    public static Result run(ScanScreener screener, List<Entity> entities) {
        Map<String, int[]> counts = new ConcurrentHashMap<>();
        List<String> misses = Collections.synchronizedList(new ArrayList<>());
        entities.parallelStream().forEach(e -> {
            Entity latin = latinOnly(e);
            if (latin == null) return;
            List<String> seen = new ArrayList<>();
            for (Name n : e.names()) {
                if (!n.isNonLatin() || seen.contains(n.full())) continue;
                seen.add(n.full());
                String key = Scripts.dominantNonLatin(n.full()).name().toLowerCase(Locale.ROOT) + " "
                        + e.schema().name().toLowerCase(Locale.ROOT);
                Query query = new Query(List.of(new Name(n.full(), NameKind.PRIMARY)), e.schema(), List.of(), List.of(), List.of(), null);
                MatchResult r = screener.score(query, latin);
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                synchronized (c) {
                    c[0]++;
                    if (r.match()) c[1]++;
                }
                if (!r.match()) misses.add(String.format(Locale.ROOT, "%.2f %s: %s", r.score(), e.id(), r.explanation().summary()));
            }
        });
        int queries = 0, found = 0;
        for (int[] c : counts.values()) {
            queries += c[0];
            found += c[1];
        }
        List<String> sorted = new ArrayList<>(misses);
        Collections.sort(sorted);
        return new Result(queries, found, new TreeMap<>(counts), sorted);
    }

    /**
     * Each organisation's name a record gives in Cyrillic letters, spelt in Latin letters by ICU's BGN rules
     * ({@code Russian-Latin/BGN}, its signs for ь and ъ kept: "Ural'skiy", "Ob"yedinennaya"), as a query against the same
     * record with its Latin names only: a customer file that holds a Russian company's name as its registration papers
     * transliterate it, against a list that gives the company in English (fifty-seventh session).
     */
    public static Result runTransliterated(ScanScreener screener, List<Entity> entities) {
        com.ibm.icu.text.Transliterator bgn = com.ibm.icu.text.Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
        return runSpelt(screener, entities, false, Character.UnicodeScript.CYRILLIC, bgn::transliterate);
    }

    /**
     * Each person's name a record gives in Cyrillic letters, spelt as {@code spelling} writes Russian names (German, French
     * or Polish: "Jewgeni Prigoschin", "Evgueni Prigojine", "Jewgienij Prigożyn"), as a query against the same record with its
     * Latin names only: a customer file kept in those languages against lists that spell the person as English does
     * (fifty-ninth session).
     */
    public static Result runWesternSpelling(ScanScreener screener, List<Entity> entities, WesternCyrillicSpellings spelling) {
        return runSpelt(screener, entities, true, Character.UnicodeScript.CYRILLIC, spelling::spell);
    }

    /**
     * Each name a record gives in {@code script} (of a person's record, or of any other's), spelt by {@code spelling}, against
     * the same record's Latin names: organisations' Cyrillic names by BGN ({@link #runTransliterated}), persons' in German,
     * French or Polish ({@link #runWesternSpelling}), persons' Hangul names in the South's Revised Romanization
     * ({@link RevisedRomanization}: "Kim Jeong-eun" against KIM JONG UN).
     */
    public static Result runSpelt(ScanScreener screener, List<Entity> entities, boolean persons, Character.UnicodeScript script,
                                  java.util.function.UnaryOperator<String> spelling) {
        int queries = 0, found = 0;
        List<String> misses = new ArrayList<>();
        for (Entity e : entities) {
            if ((e.schema() == org.cordon.model.Schema.PERSON) != persons) continue;
            Entity latin = latinOnly(e);
            if (latin == null) continue;
            List<String> seen = new ArrayList<>();
            for (Name n : e.names()) {
                if (!n.isNonLatin() || Scripts.dominantNonLatin(n.full()) != script) continue;
                String spelt = spelling.apply(n.full());
                if (seen.contains(spelt)) continue;
                seen.add(spelt);
                Query query = new Query(List.of(new Name(spelt, NameKind.PRIMARY)), e.schema(), List.of(), List.of(), List.of(), null);
                MatchResult r = screener.score(query, latin);
                queries++;
                if (r.match()) found++;
                else misses.add(String.format(Locale.ROOT, "%.2f %s: %s", r.score(), e.id(), r.explanation().summary()));
            }
        }
        Collections.sort(misses);
        return new Result(queries, found, Map.of(), misses);
    }

    /** The record with its Latin names only, or null when it has none or no name in another script. */
    static Entity latinOnly(Entity e) {
        boolean other = false;
        List<Name> latin = new ArrayList<>();
        for (Name n : e.names()) {
            if (n.isNonLatin()) other = true;
            else latin.add(n);
        }
        if (!other || latin.isEmpty()) return null;
        Entity.Builder b = Entity.builder(e.source(), e.sourceId(), e.schema());
        latin.forEach(b::name);
        return b.build();
    }
}
