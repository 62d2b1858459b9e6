package org.cordon.bench.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Function;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScanScreener;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.Schema;

/**
 * Each listed person screened without a schema against its own record by one of its Latin names written in several
 * ways: the first name of the record for which {@code written} gives the ways (null: the name gives none; a null way: not
 * asked of this name). A hit is a match at the threshold. The measures {@link InitialsRecall} and {@link FamilyFirstRecall}
 * are built on it.
 */
final class OwnNameWritten {

    /** Per way: how many names it was asked of and found; the misses' scores and explanations, sorted. */
    record Counts(int[] asked, int[] found, List<String> misses) {}

    private OwnNameWritten() {}

    static Counts run(ScanScreener screener, List<Entity> entities, int ways, Function<Name, String[]> written) {
        AtomicIntegerArray asked = new AtomicIntegerArray(ways), found = new AtomicIntegerArray(ways);
        List<String> misses = Collections.synchronizedList(new ArrayList<>());
        entities.parallelStream().filter(e -> e.schema() == Schema.PERSON).forEach(e -> {
            for (Name n : e.names()) {
                if (n.isNonLatin()) continue;
                String[] queries = written.apply(n);
                if (queries == null) continue;
                for (int w = 0; w < ways; w++) {
                    if (queries[w] == null) continue;
                    asked.incrementAndGet(w);
                    MatchResult r = screener.score(Query.of(queries[w], null, null, null), e);
                    if (r.match()) found.incrementAndGet(w);
                    else misses.add(String.format(Locale.ROOT, "%.2f %s: %s", r.score(), e.id(), r.explanation().summary()));
                }
                return; // one name a record: the first that gives the ways
            }
        });
        int[] a = new int[ways], f = new int[ways];
        for (int w = 0; w < ways; w++) {
            a[w] = asked.get(w);
            f[w] = found.get(w);
        }
        List<String> sorted = new ArrayList<>(misses);
        Collections.sort(sorted);
        return new Counts(a, f, sorted);
    }
}
