package org.cordon.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        TokenFrequencies.Builder freq = TokenFrequencies.builder();
        for (CompiledEntity e : compiled) {
            Set<String> seen = new HashSet<>();
            for (CompiledName n : e.names()) {
                Tokens t = n.normalised().primary();
                for (int i = 0; i < t.size(); i++) {
                    if (t.kind(i) == TokenKind.NAME) seen.add(t.text(i));
                }
            }
            // counted once per record, so a record with twenty spellings of one name does not make it common
            for (String s : seen) freq.add(s);
        }
        TokenFrequencies weights = freq.build();
        timings.add("token weights", start);
        start = System.nanoTime();
        Profiles profiles = Profiles.linkCompiled(all, compiled);
        timings.add("profiles linked", start);
        return new ScanScreener(compiled, weights, profiles, threshold);
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
