package org.cordon.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.cordon.match.Explanation.Feature;
import org.cordon.match.score.NameScorer;
import org.cordon.match.score.TokenWeights;
import org.cordon.model.Entity;

/**
 * The reference screener: every list name of every admitted record is considered, skipping pairs
 * that share no prefilter key. It is the brute-force baseline a candidate index is measured
 * against; scans of large lists run in parallel. Immutable after construction. Its {@link #exhaustive()}
 * twin scores every pair, prefilter or not: the reference the prefilter itself is measured against.
 */
public final class ScanScreener implements Screener {
    /** Above this many records a scan is split over the common fork-join pool. */
    private static final int PARALLEL_FROM = 4096;

    private final List<Entity> entities;
    private final List<CompiledEntity> compiled;
    private final EntityScorer scorer;
    private final TokenWeights weights;
    private final Profiles profiles;
    private final double matchThreshold;
    /** Whether pairs sharing no prefilter key are skipped (every screener but the exhaustive reference). */
    private final boolean usePrefilter;

    ScanScreener(List<CompiledEntity> compiled, TokenWeights weights, Profiles profiles, double matchThreshold) {
        this(List.copyOf(compiled), compiled.stream().map(CompiledEntity::entity).toList(), weights, new EntityScorer(new NameScorer(weights)),
                profiles, matchThreshold, true);
    }

    private ScanScreener(List<CompiledEntity> compiled, List<Entity> entities, TokenWeights weights, EntityScorer scorer, Profiles profiles,
                         double matchThreshold, boolean usePrefilter) {
        this.compiled = compiled;
        this.entities = entities;
        this.weights = weights;
        this.scorer = scorer;
        this.profiles = profiles;
        this.matchThreshold = matchThreshold;
        this.usePrefilter = usePrefilter;
    }

    /**
     * The same scan scoring every list name against every query name, whether they share a prefilter key or not: a true
     * brute force, tens of times slower, for measuring what the prefilter (and so the index and the scan) leaves out.
     */
    public ScanScreener exhaustive() {
        return new ScanScreener(compiled, entities, weights, scorer, profiles, matchThreshold, false);
    }

    @Override
    public List<MatchResult> screen(Query query, ScreenOptions options) {
        CompiledQuery q = CompiledQuery.of(query);
        double floor = options.threshold();
        boolean hasIds = !q.identifiers().isEmpty();
        IntStream range = IntStream.range(0, compiled.size());
        if (compiled.size() >= PARALLEL_FROM) range = range.parallel();
        int[] hits = range.filter(i -> {
            CompiledEntity e = compiled.get(i);
            if (!options.admits(e.entity())) return false;
            // with identifiers or other evidence a name just under the floor may still pass; the full score decides
            double s = scorer.quickScore(q, e, usePrefilter);
            return hasIds ? s >= 0 || EntityScorer.compatible(q.schema(), e.entity().schema()) : s >= floor - 0.1;
        }).toArray();
        List<MatchResult> out = new ArrayList<>();
        for (int i : hits) {
            CompiledEntity e = compiled.get(i);
            EntityScorer.Scored s = scorer.score(q, e, usePrefilter && !hasIds);
            if (s == null || s.score() < floor) continue;
            out.add(result(e.entity(), s));
        }
        out.sort(Comparator.comparingDouble(MatchResult::score).reversed().thenComparing(r -> r.entity().id()));
        return out.size() > options.limit() ? List.copyOf(out.subList(0, options.limit())) : List.copyOf(out);
    }

    /** Scores one record against a query with this screener's weights, whether or not the record is in the lists. */
    public MatchResult score(Query query, Entity entity) {
        CompiledQuery q = CompiledQuery.of(query);
        EntityScorer.Scored s = scorer.score(q, Screeners.compile(entity), false);
        if (s == null) {
            Explanation ex = new Explanation(query.names().get(0).full(), entity.caption(), entity.names().get(0).kind(), 0.0,
                    List.of(), List.of(new Feature("schema", -1.0, (query.schema() == null ? "?" : query.schema().ftmName())
                    + " query cannot match a listed " + entity.schema().ftmName())));
            return new MatchResult(entity, 0.0, false, profileId(entity), ex);
        }
        return result(entity, s);
    }

    MatchResult result(Entity e, EntityScorer.Scored s) {
        Explanation ex = s.explanation();
        Profiles.Profile p = profiles.profile(e.id());
        if (p != null && p.members().size() > 1) {
            StringBuilder sb = new StringBuilder();
            for (Entity m : p.members()) {
                if (!sb.isEmpty()) sb.append(", ");
                sb.append(m.id()).append(" (").append(p.linkOf(m.id()).name().toLowerCase(Locale.ROOT)).append(')');
            }
            List<Feature> f = new ArrayList<>(ex.features());
            f.add(new Feature("profile", 0.0, p.id() + ": " + sb));
            ex = new Explanation(ex.queryName(), ex.listName(), ex.nameKind(), ex.nameScore(), ex.tokens(), ex.nameRules(), f);
        }
        return new MatchResult(e, s.score(), s.score() >= matchThreshold, profileId(e), ex);
    }

    private String profileId(Entity e) {
        String id = profiles.profileOf(e.id());
        return id == null ? e.id() : id;
    }

    @Override
    public double matchThreshold() {
        return matchThreshold;
    }

    @Override
    public List<Entity> entities() {
        return entities;
    }

    EntityScorer scorer() {
        return scorer;
    }

    List<CompiledEntity> compiled() {
        return compiled;
    }

    /** Profiles linking records of the same target across lists, computed when the screener was built. */
    @Override
    public Profiles profiles() {
        return profiles;
    }

    /** The token weights computed from the lists' names. */
    public TokenWeights weights() {
        return weights;
    }
}
