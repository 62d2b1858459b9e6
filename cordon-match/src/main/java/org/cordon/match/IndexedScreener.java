package org.cordon.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cordon.match.index.CandidateIndex;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.score.NameScorer;
import org.cordon.match.score.TokenWeights;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Entity;

/**
 * The screener Cordon uses: candidate records come from a {@link CandidateIndex} instead of a scan
 * of every record, then each is scored exactly as {@link ScanScreener} scores it, so the results
 * are the same whenever the index's guarantee applies. A record needs a name score of at least the
 * threshold less what the query's other evidence could add ({@code Evidence.maxGain}: nothing for
 * a name alone); the index's guarantee applies when that is above 0.5, the most a name without a
 * strong token pair can score. Among the candidates, a name is scored only when
 * {@link NameScorer#upperBound} says it could reach that floor. For lower thresholds, and for queries
 * carrying identifiers (an identifier match is decisive whatever the name), the scan answers.
 * Immutable; safe for concurrent use (each query borrows its own probe scratch space).
 */
public final class IndexedScreener implements Screener {
    /** A name score at or below this is possible without a strong token pair, which the index requires (see {@link #screen}). */
    static final double INDEX_FLOOR = 0.5;

    private final List<SanctionsList> lists;
    private final ScanScreener scan;
    private final List<CompiledEntity> compiled;
    private final CandidateIndex index;
    private final EntityScorer scorer;
    private final NameScorer names;
    /** The record each list name (in index order) belongs to. */
    private final int[] owner;
    /** Each record's first name in index order: a record's names are numbered together, in the record's order. */
    private final int[] firstName;
    private final boolean[] weakAlias;
    /**
     * Each record's schema, flat: the walk checks a new candidate record's schema before anything else of it, and
     * reading it through the record (list, compiled entity, entity) costs three cache misses where this costs one.
     */
    private final org.cordon.model.Schema[] recordSchema;
    /** Every list name's normalised forms, flat, in index order: what the walk reads of a name, without its {@link CompiledName}. */
    private final NormalisedName[] normalisedNames;
    /** Every list name's prefilter keys, one after the other (name i's from {@code keyStart[i]} to {@code keyStart[i + 1]}). */
    private final int[] keys, keyStart;
    /** Whether this screener's index holds a subset of the records (see {@link #over(java.util.Set)}). */
    private final boolean isSubset;
    /**
     * Scratch spaces not in use, the most recently used first. A query borrows one and gives it back, so there are as
     * many as queries ever ran at once, and the one a query gets is still in the processor's cache. One per thread
     * (a thread-local) made one for every thread of a server's pool, each of several megabytes, most of them cold,
     * and a new one for every thread the pool started after retiring an idle one.
     */
    private final java.util.concurrent.ConcurrentLinkedDeque<Scratch> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private IndexedScreener(List<SanctionsList> lists, ScanScreener scan, List<CompiledEntity> compiled, CompiledName[] listNames,
                            int[] owner, CandidateIndex index, boolean isSubset) {
        this.isSubset = isSubset;
        this.lists = List.copyOf(lists);
        this.scan = scan;
        this.compiled = List.copyOf(compiled);
        this.index = index;
        this.scorer = scan.scorer();
        this.names = new NameScorer(scan.weights());
        this.owner = owner;
        this.firstName = new int[this.compiled.size() + 1];
        for (int r = 0; r < this.compiled.size(); r++) firstName[r + 1] = firstName[r] + this.compiled.get(r).names().size();
        if (listNames.length > NAME_MASK) throw new IllegalArgumentException("too many list names for the index: " + listNames.length);
        this.weakAlias = new boolean[listNames.length];
        for (int i = 0; i < listNames.length; i++) weakAlias[i] = listNames[i].name().kind() == NameKind.WEAK_ALIAS;
        this.normalisedNames = new NormalisedName[listNames.length];
        for (int i = 0; i < listNames.length; i++) normalisedNames[i] = listNames[i].normalised();
        this.recordSchema = new org.cordon.model.Schema[this.compiled.size()];
        for (int r = 0; r < recordSchema.length; r++) recordSchema[r] = this.compiled.get(r).entity().schema();
        this.keyStart = new int[listNames.length + 1];
        for (int i = 0; i < listNames.length; i++) keyStart[i + 1] = keyStart[i] + listNames[i].keys().length;
        this.keys = new int[keyStart[listNames.length]];
        for (int i = 0; i < listNames.length; i++) System.arraycopy(listNames[i].keys(), 0, keys, keyStart[i], keyStart[i + 1] - keyStart[i]);
    }

    /**
     * Working space of one query at a time (borrowed, see {@link #idle}): the index probe, and the best name score per
     * record with a stamp saying it is current.
     */
    private static final class Scratch {
        final CandidateIndex.Probe probe;
        final double[] best;
        /**
         * Per record, the query name and the list name (in index order) of its best name score: the first such pair in
         * the order the scan scores them, so the record is explained as the scan explains it without scoring its other
         * names again.
         */
        final int[] bestQuery, bestName;
        final int[] stamp;
        int epoch;
        int[] touched = new int[64];
        /** Candidate names that may reach the floor, as {@link #orderKey order keys}. */
        long[] order = new long[256];
        /** The candidates' bounds, by candidate number ({@link CandidateIndex.Probe#bounds}). */
        double[] bounds = new double[1024];
        /** The best scores of the first records to reach the floor, the least on top: their k-th is a bar no other record can pass under. */
        final TopScores top = new TopScores();
        final int[] inTop;
        /** The scorer's work arrays (and its memo of token pairs) for this query. */
        final NameScorer.Scratch scoring = new NameScorer.Scratch();

        Scratch(CandidateIndex.Probe probe, int records) {
            this.probe = probe;
            this.best = new double[records];
            this.bestQuery = new int[records];
            this.bestName = new int[records];
            this.stamp = new int[records];
            this.inTop = new int[records];
        }
    }

    /**
     * The k highest of the scores offered (one per record, as first scored: a record's best only grows, so the k-th
     * of these is at most the k-th of the records' final bests), in a min-heap.
     */
    static final class TopScores {
        private double[] heap = new double[16];
        private int size, k;

        void reset(int k) {
            this.k = k;
            size = 0;
            if (heap.length < k) heap = new double[k];
        }

        /** The k-th highest score offered, or minus infinity while fewer than k were. */
        double kth() {
            return size == k ? heap[0] : Double.NEGATIVE_INFINITY;
        }

        void offer(double v) {
            if (size < k) {
                int i = size++;
                heap[i] = v;
                while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
                    swap(i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
            } else if (v > heap[0]) {
                heap[0] = v;
                for (int i = 0; ; ) {
                    int l = 2 * i + 1, r = l + 1, m = i;
                    if (l < size && heap[l] < heap[m]) m = l;
                    if (r < size && heap[r] < heap[m]) m = r;
                    if (m == i) break;
                    swap(i, m);
                    i = m;
                }
            }
        }

        private void swap(int a, int b) {
            double t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }

    /**
     * The indexed screener over compiled records; {@code scan} is built by the caller while the index
     * is built here on another thread (the two need the same compiled names and nothing of each other).
     */
    static IndexedScreener over(List<SanctionsList> lists, java.util.function.Supplier<ScanScreener> scan, List<CompiledEntity> compiled) {
        return over(lists, scan, compiled, null, false);
    }

    /** As {@link #over(List, java.util.function.Supplier, List)}, with the index read by {@code storedIndex} (given the count of names) instead of built, when not null. */
    static IndexedScreener over(List<SanctionsList> lists, java.util.function.Supplier<ScanScreener> scan, List<CompiledEntity> compiled,
                                java.util.function.IntFunction<CandidateIndex> storedIndex) {
        return over(lists, scan, compiled, storedIndex, false);
    }

    private static IndexedScreener over(List<SanctionsList> lists, java.util.function.Supplier<ScanScreener> scan, List<CompiledEntity> compiled,
                                        java.util.function.IntFunction<CandidateIndex> storedIndex, boolean subset) {
        int n = 0;
        for (CompiledEntity e : compiled) n += e.names().size();
        CompiledName[] flat = new CompiledName[n];
        int[] owner = new int[n];
        List<NormalisedName> normalised = new ArrayList<>(n);
        int k = 0;
        for (int r = 0; r < compiled.size(); r++) {
            for (CompiledName c : compiled.get(r).names()) {
                flat[k] = c;
                owner[k++] = r;
                normalised.add(c.normalised());
            }
        }
        int names = normalised.size();
        java.util.concurrent.CompletableFuture<CandidateIndex> index = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> storedIndex != null ? storedIndex.apply(names) : CandidateIndex.build(normalised));
        ScanScreener s = scan.get();
        CandidateIndex built;
        try {
            built = index.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        // the weights come with the scan (counted over the lists); the index needs them to bound candidates' scores
        NameScorer weighed = new NameScorer(s.weights());
        if (storedIndex != null) built.weighedBy(weighed::tokenWeights);
        else built.weigh(normalised, weighed::tokenWeights);
        return new IndexedScreener(lists, s, compiled, flat, owner, built, subset);
    }

    /** The screener over a subset of the records last asked for, and the ids it was asked with. */
    private record Subset(java.util.Set<String> ids, IndexedScreener screener) {
    }

    private volatile Subset subset;

    /**
     * A screener whose index holds only the names of these entities, sharing this one's scorer, weights (counted over
     * all the lists) and profiles, so that it scores exactly as this one does: delta screening against a few changed
     * entities then looks query words up in a vocabulary of thousands of words, not of all the lists. The last one
     * built is kept for the next call with the same ids.
     */
    private IndexedScreener over(java.util.Set<String> ids) {
        Subset last = subset;
        if (last != null && (last.ids == ids || last.ids.equals(ids))) {
            if (last.ids != ids) subset = new Subset(ids, last.screener); // the next call with this set is an identity check
            return last.screener;
        }
        List<CompiledEntity> keep = new ArrayList<>();
        for (CompiledEntity e : compiled) if (ids.contains(e.entity().id())) keep.add(e);
        IndexedScreener built = over(lists, () -> scan, keep, null, true);
        subset = new Subset(ids, built);
        return built;
    }

    private Scratch borrow() {
        Scratch sc = idle.pollFirst();
        return sc != null ? sc : new Scratch(index.newProbe(), compiled.size());
    }

    private void giveBack(Scratch sc) {
        idle.offerFirst(sc);
    }

    @Override
    public List<MatchResult> screen(Query query, ScreenOptions options) {
        // an entity filter (delta screening) is served by an index over those entities alone
        if (options.entityIds() != null && !isSubset) return over(options.entityIds()).screen(query, options);
        CompiledQuery q = CompiledQuery.of(query);
        double floor = options.threshold();
        // the name score a record needs: the threshold less what the query's other evidence could add
        double nameFloor = floor - Evidence.maxGain(q);
        // A name without a strong pair scores at most INDEX_FLOOR, and reaches it only when every token on both sides
        // met exactly and none of the query's was a word or number (a query of initials, particles or legal forms):
        // a floor of exactly INDEX_FLOOR is served by the index when every query form has a word or number.
        boolean indexServes = nameFloor > INDEX_FLOOR || (nameFloor == INDEX_FLOOR && wordInEveryForm(q));
        if (!q.identifiers().isEmpty() || !indexServes) return scan.screen(query, options);
        Scratch sc = borrow();
        try {
            return screen(q, options, nameFloor, sc);
        } finally {
            giveBack(sc);
        }
    }

    private List<MatchResult> screen(CompiledQuery q, ScreenOptions options, double nameFloor, Scratch sc) {
        double floor = options.threshold();
        // persons lose at least EXTRA_PERSON of the heavier side's unmatched share, organisations more; unknown: the least
        double alpha = q.schema() != null && q.schema() != org.cordon.model.Schema.PERSON ? NameScorer.EXTRA_ORG_SHARE : NameScorer.EXTRA_PERSON_SHARE;
        // at low floors (/match screens at 0.5) the index's bound needs the query words' weak band to stop anything; above,
        // names met by one word alone whose bound is under the floor are left out as the index meets them
        int n = index.candidates(q.names(), sc.probe, nameFloor < CandidateIndex.WEAK_BAND_FLOOR, nameFloor, alpha);
        int[] cand = sc.probe.records();
        if (++sc.epoch == 0) {
            java.util.Arrays.fill(sc.stamp, 0);
            java.util.Arrays.fill(sc.inTop, 0);
            sc.epoch = 1;
        }
        // The scan's quick score is the best name score over a record's names; names the index leaves
        // out score at most 0.5, below the name floor here, so the best over candidate names decides alike.
        // A name is scored only when the scorer's upper bound says it could reach the name floor and beat
        // the record's best so far: names skipped so cannot change which records reach the floor.
        // a screener over a subset holds only the records of the ids it was built for, and is asked only with those (see
        // over(Set) and screen(Query, ScreenOptions)): its records pass the entity filter without a look in the set
        boolean allRecords = options.include().isEmpty() && options.exclude().isEmpty() && (options.entityIds() == null || isSubset);
        int touched = 0;
        // A query of names alone scores a record by its best name (nothing else adds or takes): once `limit` records have
        // reached some score, a name that cannot reach it cannot put its record among the results either.
        boolean namesOnly = q.birthDates().isEmpty() && q.countries().isEmpty() && q.gender() == null;
        sc.top.reset(options.limit());
        // Every candidate name's bound from what the query's words met (most stop here, before any record is read);
        // the rest are taken best bound first, so the bar of the limit-th best record rises as early as it can, and once
        // a name's bound is under it no later name can pass either.
        int passing = 0;
        if (sc.bounds.length < n) sc.bounds = new double[Math.max(n, sc.bounds.length * 2)];
        double[] bounds = sc.bounds;
        sc.probe.bounds(alpha, weakAlias, EntityScorer.WEAK_ALIAS_FACTOR, bounds);
        for (int i = 0; i < n; i++) {
            int nameId = cand[i];
            double probeBound = bounds[i];
            if (probeBound < nameFloor) continue;
            if (passing == sc.order.length) sc.order = java.util.Arrays.copyOf(sc.order, passing * 2);
            sc.order[passing++] = orderKey(probeBound, nameId);
        }
        java.util.Arrays.sort(sc.order, 0, passing);
        for (int p = passing - 1; p >= 0; p--) {
            int nameId = (int) (sc.order[p] & NAME_MASK);
            if (boundOf(sc.order[p]) < sc.top.kth() - 1e-9) break;
            int r = owner[nameId];
            if (sc.stamp[r] != sc.epoch) {
                sc.stamp[r] = sc.epoch;
                // a record that is not admitted keeps -1 and is never scored
                sc.best[r] = EntityScorer.compatible(q.schema(), recordSchema[r]) && (allRecords || options.admits(compiled.get(r).entity())) ? -0.5 : -1;
                if (touched == sc.touched.length) sc.touched = java.util.Arrays.copyOf(sc.touched, touched * 2);
                sc.touched[touched++] = r;
            }
            if (sc.best[r] == -1) continue;
            NormalisedName ln = null;
            double factor = aliasFactor(nameId);
            for (int qi = 0; qi < q.names().size(); qi++) {
                // the keys from one flat array: most candidates stop here, before their name is read
                if (!Prefilter.intersects(q.keys().get(qi), keys, keyStart[nameId], keyStart[nameId + 1])) continue;
                if (ln == null) ln = normalisedNames[nameId];
                double bar = Math.max(Math.max(nameFloor, sc.best[r]), sc.top.kth());
                if (names.upperBound(q.names().get(qi), ln, sc.scoring) * factor < bar - 1e-9) continue;
                double s = names.score(q.names().get(qi), ln, sc.scoring) * factor;
                // on a tie the pair the scan meets first: query names in order, then the record's names in order
                if (s > sc.best[r] || s == sc.best[r] && (qi < sc.bestQuery[r] || qi == sc.bestQuery[r] && nameId < sc.bestName[r])) {
                    sc.best[r] = s;
                    sc.bestQuery[r] = qi;
                    sc.bestName[r] = nameId;
                }
                if (namesOnly && s >= nameFloor && sc.inTop[r] != sc.epoch) {
                    sc.inTop[r] = sc.epoch;
                    sc.top.offer(s);
                }
            }
        }
        // names alone: only the records at or above the limit-th best name score can be results, so only they are
        // scored in full (with their explanations)
        double cut = nameFloor;
        if (namesOnly) {
            double[] bests = new double[touched];
            int m = 0;
            for (int t = 0; t < touched; t++) if (sc.best[sc.touched[t]] >= nameFloor) bests[m++] = sc.best[sc.touched[t]];
            if (m > options.limit()) {
                java.util.Arrays.sort(bests, 0, m);
                cut = Math.max(nameFloor, bests[m - options.limit()] - 1e-9);
            }
        }
        List<MatchResult> out = new ArrayList<>();
        for (int t = 0; t < touched; t++) {
            int r = sc.touched[t];
            if (sc.best[r] < cut) continue;
            CompiledEntity e = compiled.get(r);
            // the best name pair is known: every name of the record that could score above it was scored (see above)
            EntityScorer.Scored s = scorer.scoreBestPair(q, e, sc.bestQuery[r], sc.bestName[r] - firstName[r], sc.scoring);
            if (s == null || s.score() < floor) continue;
            out.add(scan.result(e.entity(), s));
        }
        out.sort(Comparator.comparingDouble(MatchResult::score).reversed().thenComparing(r -> r.entity().id()));
        return out.size() > options.limit() ? List.copyOf(out.subList(0, options.limit())) : List.copyOf(out);
    }

    /** What a list name's score is multiplied by: less for a weak alias, as the scan scores it. */
    private double aliasFactor(int nameId) {
        return weakAlias[nameId] ? EntityScorer.WEAK_ALIAS_FACTOR : 1.0;
    }

    /** Bits of an order key that hold the name's number; the bits above hold its bound, in units of {@link #BOUND_UNIT}. */
    private static final int NAME_BITS = 24;
    private static final long NAME_MASK = (1L << NAME_BITS) - 1;
    private static final double BOUND_UNIT = 0x1p-36;

    /**
     * A candidate name and its bound in one long that sorts by the bound: the bound rounded up to a multiple of
     * {@link #BOUND_UNIT}, so the key's bound is never below the name's and a bar it fails the name fails too. Bounds
     * above {@link #MAX_KEY_BOUND} (names the index does not bound are at infinity) are kept as that: no score is above 1.
     */
    private static long orderKey(double bound, int nameId) {
        return (long) Math.ceil(Math.min(MAX_KEY_BOUND, Math.max(0.0, bound)) / BOUND_UNIT) << NAME_BITS | nameId;
    }

    /** The largest bound an order key holds: 2^36 units of 2^-36 above it would reach the sign bit. */
    private static final double MAX_KEY_BOUND = 2.0;

    private static double boundOf(long orderKey) {
        return (orderKey >>> NAME_BITS) * BOUND_UNIT;
    }

    private static boolean wordInEveryForm(CompiledQuery q) {
        for (NormalisedName n : q.names()) {
            for (org.cordon.match.normalise.Tokens t : n.forms()) {
                boolean word = false;
                for (int i = 0; i < t.size() && !word; i++) {
                    word = t.kind(i) == org.cordon.match.normalise.TokenKind.NAME || t.kind(i) == org.cordon.match.normalise.TokenKind.NUMBER;
                }
                if (!word) return false;
            }
        }
        return true;
    }

    /** Number of candidate list names the index proposes for a query (for benchmarks of candidate generation). */
    public int candidateCount(Query query) {
        CompiledQuery q = CompiledQuery.of(query);
        Scratch sc = borrow();
        try {
            return index.candidates(q.names(), sc.probe);
        } finally {
            giveBack(sc);
        }
    }

    /** Scores one record against a query with this screener's weights, whether or not the record is in the lists. */
    public MatchResult score(Query query, Entity entity) {
        return scan.score(query, entity);
    }

    /** The brute-force screener over the same compiled records: the reference this one is measured against. */
    public ScanScreener scan() {
        return scan;
    }

    /** The lists this screener was built over (versions and records), e.g. to write a snapshot. */
    public List<SanctionsList> lists() {
        return lists;
    }

    /** The compiled names of the i-th record of {@link #entities()}. */
    public List<CompiledName> compiledNames(int record) {
        return compiled.get(record).names();
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

    @Override
    public Profiles profiles() {
        return scan.profiles();
    }

    public TokenWeights weights() {
        return scan.weights();
    }
}
