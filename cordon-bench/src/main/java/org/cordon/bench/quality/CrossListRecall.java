package org.cordon.bench.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.NameKind;

/**
 * How often the same target's records on other lists come back above the match threshold when one
 * list's primary name is the query. Gold pairs come from the lists themselves, not from Cordon's
 * linking: an EU or UK record carrying UN reference number R ({@code unscId}) and the UN record
 * whose own number is R are the same target, as are two such EU/UK records with the same R.
 */
public final class CrossListRecall {

    /** One query record and the records of other lists that must come back for it. */
    public record Case(Entity query, List<Entity> targets) {
    }

    public record Result(int queries, int pairs, int found, int foundWithDob, List<String> misses) {
        public double recall() { return pairs == 0 ? 1.0 : (double) found / pairs; }

        public double recallWithDob() { return pairs == 0 ? 1.0 : (double) foundWithDob / pairs; }
    }

    public static List<Case> cases(List<Entity> entities) {
        Map<String, List<Entity>> byRef = new HashMap<>();
        for (Entity e : entities) {
            if (e.source().equals("un")) byRef.computeIfAbsent(e.sourceId().strip(), k -> new ArrayList<>()).add(e);
            for (String r : e.property(Entity.UN_REFERENCE)) byRef.computeIfAbsent(r.strip(), k -> new ArrayList<>()).add(e);
        }
        List<Case> out = new ArrayList<>();
        for (List<Entity> group : byRef.values()) {
            Set<String> sources = group.stream().map(Entity::source).collect(Collectors.toSet());
            if (sources.size() < 2) continue;
            for (Entity q : group) {
                List<Entity> targets = group.stream().filter(t -> !t.source().equals(q.source())).toList();
                if (!targets.isEmpty()) out.add(new Case(q, targets));
            }
        }
        out.sort((a, b) -> a.query().id().compareTo(b.query().id()));
        return out;
    }

    public static Result run(Screener screener, List<Case> cases) {
        ScreenOptions opts = ScreenOptions.of(screener.matchThreshold(), 100);
        AtomicInteger pairs = new AtomicInteger(), found = new AtomicInteger(), foundDob = new AtomicInteger();
        List<String> misses = java.util.Collections.synchronizedList(new ArrayList<>());
        cases.parallelStream().forEach(c -> {
            Entity q = c.query();
            String name = q.caption();
            Set<String> hits = ids(screener.screen(new Query(List.of(new Name(name, NameKind.PRIMARY)), q.schema(), List.of(),
                    List.of(), List.of(), null), opts));
            List<String> dobs = q.birthDates().stream().map(DateRange::toString).toList();
            Set<String> hitsDob = dobs.isEmpty() ? hits : ids(screener.screen(new Query(List.of(new Name(name, NameKind.PRIMARY)),
                    q.schema(), dobs, List.of(), List.of(), null), opts));
            for (Entity t : c.targets()) {
                pairs.incrementAndGet();
                if (hits.contains(t.id())) found.incrementAndGet();
                else if (misses.size() < 40) misses.add(q.id() + " \"" + name + "\" -> " + t.id() + " \"" + t.caption() + "\"");
                if (hitsDob.contains(t.id())) foundDob.incrementAndGet();
            }
        });
        return new Result(cases.size(), pairs.get(), found.get(), foundDob.get(), List.copyOf(misses));
    }

    private static Set<String> ids(List<MatchResult> results) {
        return results.stream().map(r -> r.entity().id()).collect(Collectors.toSet());
    }
}
