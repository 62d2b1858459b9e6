package org.cordon.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cordon.match.index.CandidateIndex;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.score.TokenWeights;
import org.cordon.model.Entity;

/**
 * The screener Cordon uses: candidate records come from a {@link CandidateIndex} instead of a scan
 * of every record, then each is scored exactly as {@link ScanScreener} scores it, so the results
 * are the same whenever the index's guarantee applies. It applies when the name score the scan
 * needs ({@code threshold - 0.1}) is above 0.5, the most a name without a strong token pair can
 * score; for lower thresholds, and for queries carrying identifiers (an identifier match is
 * decisive whatever the name), the scan answers. Immutable; safe for concurrent use (each thread
 * gets its own probe scratch space).
 */
public final class IndexedScreener implements Screener {
    /** The scan admits a record whose best name scores at least threshold minus this. */
    static final double QUICK_MARGIN = 0.1;
    /** A name score at or below this is possible without a strong token pair, which the index requires. */
    static final double INDEX_FLOOR = 0.5;

    private final ScanScreener scan;
    private final List<CompiledEntity> compiled;
    private final CandidateIndex index;
    private final EntityScorer scorer;
    private final ThreadLocal<CandidateIndex.Probe> probes;

    IndexedScreener(ScanScreener scan, List<CompiledEntity> compiled, CandidateIndex index) {
        this.scan = scan;
        this.compiled = List.copyOf(compiled);
        this.index = index;
        this.scorer = scan.scorer();
        this.probes = ThreadLocal.withInitial(index::newProbe);
    }

    static IndexedScreener over(ScanScreener scan, List<CompiledEntity> compiled) {
        List<List<NormalisedName>> names = new ArrayList<>(compiled.size());
        for (CompiledEntity e : compiled) {
            List<NormalisedName> n = new ArrayList<>(e.names().size());
            for (CompiledName c : e.names()) n.add(c.normalised());
            names.add(n);
        }
        return new IndexedScreener(scan, compiled, CandidateIndex.build(names));
    }

    @Override
    public List<MatchResult> screen(Query query, ScreenOptions options) {
        CompiledQuery q = CompiledQuery.of(query);
        double floor = options.threshold();
        if (!q.identifiers().isEmpty() || floor - QUICK_MARGIN <= INDEX_FLOOR) return scan.screen(query, options);
        CandidateIndex.Probe probe = probes.get();
        int n = index.candidates(q.names(), probe);
        int[] recs = probe.records();
        List<MatchResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CompiledEntity e = compiled.get(recs[i]);
            if (!options.admits(e.entity().source())) continue;
            if (scorer.quickScore(q, e) < floor - QUICK_MARGIN) continue;
            EntityScorer.Scored s = scorer.score(q, e, true);
            if (s == null || s.score() < floor) continue;
            out.add(scan.result(e.entity(), s));
        }
        out.sort(Comparator.comparingDouble(MatchResult::score).reversed().thenComparing(r -> r.entity().id()));
        return out.size() > options.limit() ? List.copyOf(out.subList(0, options.limit())) : List.copyOf(out);
    }

    /** Number of candidate records the index proposes for a query (for benchmarks of candidate generation). */
    public int candidateCount(Query query) {
        CompiledQuery q = CompiledQuery.of(query);
        return index.candidates(q.names(), probes.get());
    }

    /** Scores one record against a query with this screener's weights, whether or not the record is in the lists. */
    public MatchResult score(Query query, Entity entity) {
        return scan.score(query, entity);
    }

    /** The brute-force screener over the same compiled records: the reference this one is measured against. */
    public ScanScreener scan() {
        return scan;
    }

    public CandidateIndex index() {
        return index;
    }

    @Override
    public double matchThreshold() {
        return scan.matchThreshold();
    }

    @Override
    public List<Entity> entities() {
        return scan.entities();
    }

    public Profiles profiles() {
        return scan.profiles();
    }

    public TokenWeights weights() {
        return scan.weights();
    }
}
