package org.cordon.bench.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.match.Query;
import org.cordon.match.ScanScreener;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.NameKind;

/**
 * Names written in a non-Latin script (UN NAME_ORIGINAL_SCRIPT, EU/UK aliases in Cyrillic, Arabic,
 * Hangul...) used as queries against the same target's records on the other lists, which are
 * matched on their Latin names. Same gold as {@link CrossListRecall} (UN reference numbers), and the
 * query's own record never counts.
 */
public final class CrossScriptRecall {

    public record Result(int queries, int pairs, int found, Map<String, int[]> byScript, List<String> misses) {
        public double recall() { return pairs == 0 ? 1.0 : (double) found / pairs; }
    }

    /** Each target is scored directly against the query, as in {@link CrossListRecall#run}. */
    public static Result run(ScanScreener screener, List<CrossListRecall.Case> cases) {
        AtomicInteger queries = new AtomicInteger(), pairs = new AtomicInteger(), found = new AtomicInteger();
        Map<String, int[]> byScript = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> misses = java.util.Collections.synchronizedList(new ArrayList<>());
        cases.parallelStream().forEach(c -> {
            for (Name n : c.query().names()) {
                if (!n.isNonLatin()) continue;
                String script = org.cordon.model.Scripts.dominantNonLatin(n.full()).name().toLowerCase(Locale.ROOT);
                queries.incrementAndGet();
                Query query = new Query(List.of(new Name(n.full(), NameKind.PRIMARY)), c.query().schema(), List.of(), List.of(), List.of(), null);
                for (Entity t : c.targets()) {
                    pairs.incrementAndGet();
                    int[] counts = byScript.computeIfAbsent(script, k -> new int[2]);
                    org.cordon.match.MatchResult r = screener.score(query, t);
                    boolean hit = r.match();
                    synchronized (counts) {
                        counts[0]++;
                        if (hit) counts[1]++;
                    }
                    if (hit) found.incrementAndGet();
                    else if (misses.size() < 200) {
                        misses.add(String.format(java.util.Locale.ROOT, "%.2f %s -> %s: %s", r.score(), c.query().id(), t.id(), r.explanation().summary()));
                    }
                }
            }
        });
        return new Result(queries.get(), pairs.get(), found.get(), new HashMap<>(byScript), List.copyOf(misses));
    }
}
