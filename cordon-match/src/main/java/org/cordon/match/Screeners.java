package org.cordon.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.match.index.CandidateIndex;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.normalise.TokenKind;
import org.cordon.match.normalise.Tokens;
import org.cordon.match.score.TokenFrequencies;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.SanctionsList;

/**
 * Builds the screener the rest of Cordon uses. Everything that depends only on the lists is done
 * here, once: names normalised and their prefilter keys computed, token frequencies counted for
 * the weights, records linked into profiles.
 */
public final class Screeners {
    /**
     * The score at or above which a result is a match (an alert). Chosen on name-pairs-dev.csv for
     * the best F1 with recall kept high; see docs/matching.md for the table per score band and the
     * command that measures it.
     */
    public static final double DEFAULT_THRESHOLD = 0.80;

    private Screeners() {}

    /** The screener Cordon uses: an indexed screener over the lists with the default threshold. */
    public static IndexedScreener build(List<SanctionsList> lists) {
        // one record per id: OFAC publishes an entity on both its SDN and non-SDN lists under one uid
        List<Entity> all = SanctionsList.distinctEntities(lists);
        List<CompiledEntity> compiled = all.parallelStream().map(Screeners::compile).toList();
        return IndexedScreener.over(lists, () -> assembleScan(all, compiled, DEFAULT_THRESHOLD), compiled);
    }

    /**
     * An indexed screener from names compiled earlier (a snapshot): {@code names.get(i)} are the
     * compiled names of the i-th of {@link SanctionsList#distinctEntities}, so nothing is normalised
     * again; token weights, profiles and the index are rebuilt, which takes about a second (a snapshot that holds the
     * index reads it instead: {@link #assemble(List, List, java.util.function.IntFunction, Timings)}).
     */
    public static IndexedScreener assemble(List<SanctionsList> lists, List<List<CompiledName>> names) {
        return assemble(lists, names, Timings.NONE);
    }

    /**
     * As {@link #assemble(List, List)}, recording the steps in {@code timings}. The candidate index is
     * built on a pool thread while this thread computes the token weights and links the profiles,
     * so on two cores the restart waits for the slower of the two, the index.
     */
    public static IndexedScreener assemble(List<SanctionsList> lists, List<List<CompiledName>> names, Timings timings) {
        return assemble(lists, names, null, timings);
    }

    /**
     * As {@link #assemble(List, List, Timings)}, with the candidate index read by {@code storedIndex} (given the count of
     * list names) instead of built when it is not null: a snapshot that holds the index. Read on a pool thread while this
     * one computes the token weights and links the profiles.
     */
    public static IndexedScreener assemble(List<SanctionsList> lists, List<List<CompiledName>> names, java.util.function.IntFunction<CandidateIndex> storedIndex,
                                           Timings timings) {
        long t = System.nanoTime();
        List<Entity> all = SanctionsList.distinctEntities(lists);
        if (all.size() != names.size()) {
            throw new IllegalArgumentException(names.size() + " compiled records for " + all.size() + " list records");
        }
        List<CompiledEntity> compiled = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) compiled.add(new CompiledEntity(all.get(i), List.copyOf(names.get(i))));
        IndexedScreener s = IndexedScreener.over(lists, () -> assembleScan(all, compiled, DEFAULT_THRESHOLD, timings), compiled, storedIndex);
        timings.add(storedIndex == null ? "index built, alongside weights and profiles" : "index read, alongside weights and profiles", t);
        return s;
    }

    /** The brute-force reference: scans every record (with the prefilter). For tests, benchmarks and pair scoring. */
    public static ScanScreener scan(List<SanctionsList> lists) {
        return buildScan(lists, DEFAULT_THRESHOLD);
    }

    static ScanScreener buildScan(List<SanctionsList> lists, double threshold) {
        // one record per id: OFAC publishes an entity on both its SDN and non-SDN lists under one uid
        List<Entity> all = SanctionsList.distinctEntities(lists);
        List<CompiledEntity> compiled = all.parallelStream().map(Screeners::compile).toList();
        return assembleScan(all, compiled, threshold);
    }

    private static ScanScreener assembleScan(List<Entity> all, List<CompiledEntity> compiled, double threshold) {
        return assembleScan(all, compiled, threshold, Timings.NONE);
    }

    private static ScanScreener assembleScan(List<Entity> all, List<CompiledEntity> compiled, double threshold, Timings timings) {
        long start = System.nanoTime();
        TokenFrequencies weights = tokenFrequencies(compiled);
        timings.add("token weights", start);
        start = System.nanoTime();
        Profiles profiles = Profiles.linkCompiled(all, compiled);
        timings.add("profiles linked", start);
        return new ScanScreener(compiled, weights, profiles, threshold);
    }

    /**
     * How many records carry each name word: the words of the names' Latin readings, counted once per record so that a
     * record with twenty spellings of one name does not make it common; and the words of names written in another
     * script as written, which the scorer compares when the query is in that script too ("أبو بكر" against "أبو بكر
     * فاروق"). Few records give a name in Arabic or Cyrillic letters, so a script's word is counted as if every record
     * were written in it: its count in the records of that script, scaled by all records over those. Without that scale
     * the commonest Arabic-script words (محمد, ابو, بكر) would weigh as rare names.
     */
    static TokenFrequencies tokenFrequencies(List<CompiledEntity> compiled) {
        TokenFrequencies.Builder freq = TokenFrequencies.builder();
        Map<Character.UnicodeScript, Map<String, Integer>> byScript = new EnumMap<>(Character.UnicodeScript.class);
        Map<Character.UnicodeScript, Integer> recordsOfScript = new EnumMap<>(Character.UnicodeScript.class);
        Set<String> seen = new HashSet<>();
        Map<Character.UnicodeScript, Set<String>> seenInScript = new EnumMap<>(Character.UnicodeScript.class);
        for (CompiledEntity e : compiled) {
            seen.clear();
            seenInScript.clear();
            for (CompiledName n : e.names()) {
                Tokens t = n.normalised().primary();
                for (int i = 0; i < t.size(); i++) {
                    if (t.kind(i) == TokenKind.NAME) seen.add(t.text(i));
                }
                NormalisedName nn = n.normalised();
                // syllables (Han, Hangul) are not words: each is a part of the name however common (see NameScorer.EXTRA_SYLLABLE)
                if (nn.script() != Character.UnicodeScript.LATIN && !nn.scriptTokens().isEmpty() && !nn.scriptForm().syllabic()) {
                    Set<String> words = seenInScript.computeIfAbsent(nn.script(), k -> new HashSet<>());
                    // a Latin word inside such a name ("ООО Nord") is counted with the Latin readings already
                    for (String w : nn.scriptTokens()) if (Character.UnicodeScript.of(w.codePointAt(0)) == nn.script()) words.add(w);
                }
            }
            for (String s : seen) freq.add(s);
            seenInScript.forEach((script, words) -> {
                recordsOfScript.merge(script, 1, Integer::sum);
                Map<String, Integer> counts = byScript.computeIfAbsent(script, k -> new HashMap<>());
                for (String w : words) counts.merge(w, 1, Integer::sum);
            });
        }
        int commonest = freq.largestCount();
        byScript.forEach((script, counts) -> {
            double scale = (double) compiled.size() / recordsOfScript.get(script);
            counts.forEach((w, c) -> freq.add(w, scaledCount(c, scale, commonest)));
        });
        return freq.build();
    }

    /**
     * A word in {@code count} records of a script, counted as if all records were written in it: only what lies beyond
     * {@link TokenFrequencies#RARE} records is scaled up, since a script of few records (Greek, Hangul) gives no
     * evidence that a word seen in a handful of them is common; and never beyond the commonest Latin word, so that the
     * Latin words' weights stay as they were.
     */
    static int scaledCount(int count, double scale, int commonest) {
        if (count <= TokenFrequencies.RARE) return count;
        return (int) Math.min(commonest, TokenFrequencies.RARE + Math.round((count - TokenFrequencies.RARE) * scale));
    }

    /** Compiles one name of a record: null when it normalises to nothing. */
    public static CompiledName compile(Name n, NormalisedName nn) {
        return nn.isEmpty() ? null : new CompiledName(n, nn, Prefilter.keys(nn));
    }

    static CompiledEntity compile(Entity e) {
        List<CompiledName> names = new ArrayList<>(e.names().size());
        for (Name n : e.names()) {
            NormalisedName nn = NameNormaliser.normalise(n, e.schema());
            if (nn.isEmpty()) continue;
            names.add(new CompiledName(n, nn, Prefilter.keys(nn)));
        }
        return new CompiledEntity(e, List.copyOf(names));
    }
}
