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
import org.cordon.match.ScanScreener;
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

    /**
     * A target "comes back" when its score for the query reaches the match threshold; each target is
     * scored directly (the same score a scan would give it), so the run costs one score per gold pair
     * rather than one scan per query.
     */
    public static Result run(ScanScreener screener, List<Case> cases) {
        AtomicInteger pairs = new AtomicInteger(), found = new AtomicInteger(), foundDob = new AtomicInteger();
        List<String> misses = java.util.Collections.synchronizedList(new ArrayList<>());
        cases.parallelStream().forEach(c -> {
            Entity q = c.query();
            String name = q.caption();
            Query byName = new Query(List.of(new Name(name, NameKind.PRIMARY)), q.schema(), List.of(), List.of(), List.of(), null);
            List<String> dobs = q.birthDates().stream().map(DateRange::toString).toList();
            Query withDob = new Query(List.of(new Name(name, NameKind.PRIMARY)), q.schema(), dobs, List.of(), List.of(), null);
            for (Entity t : c.targets()) {
                pairs.incrementAndGet();
                MatchResult r = screener.score(byName, t);
                if (r.match()) found.incrementAndGet();
                else if (misses.size() < 40) {
                    misses.add(String.format(java.util.Locale.ROOT, "%.2f %s -> %s: %s", r.score(), q.id(), t.id(), r.explanation().summary()));
                }
                if (screener.score(withDob, t).match()) foundDob.incrementAndGet();
            }
        });
        return new Result(cases.size(), pairs.get(), found.get(), foundDob.get(), List.copyOf(misses));
    }

}
