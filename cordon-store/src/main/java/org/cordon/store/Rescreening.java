package org.cordon.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;

/**
 * Delta re-screening: when a list changes, screen every registered subject against only the entities
 * added or changed (in what screening reads) since an earlier version, not against the whole list again.
 * The run is recorded with its counts even when nothing was hit: that record is the proof of a no-hit run.
 */
public final class Rescreening {
    private static final int CHUNK = 500;
    /** Results per subject: an alert for every match, and no subject matches this many entries of a delta. */
    private static final int LIMIT = 100;

    /** The run, and how many entities per source the re-screening looked at. */
    public record Result(ScreeningRun run, Map<String, Integer> deltaBySource) {}

    private Rescreening() {}

    private static int indexOf(ListVersions.InUse inUse, String key) {
        for (int i = 0; i < inUse.versions().size(); i++) if (inUse.versions().get(i).version().key().equals(key)) return i;
        return -1;
    }

    /**
     * Records {@code current} as the lists in use, then screens registered subjects against what changed in
     * each of them since the matching version in {@code since} (one per source).
     */
    public static Result run(Store store, List<SanctionsList> current, List<StoredListVersion> since, String actor) {
        if (since.isEmpty()) throw new IllegalArgumentException("--since: name at least one list version to screen the changes since");
        ListVersions.InUse inUse = store.lists().recordInUse(current, actor);
        Map<String, Integer> deltaBySource = new LinkedHashMap<>();
        List<SanctionsList> deltas = new ArrayList<>();
        for (StoredListVersion old : since) {
            int i = indexOf(inUse, old.key());
            if (i < 0) {
                throw new IllegalArgumentException("--since " + old.label() + ": the list '" + old.title() + "' of source '" + old.source()
                        + "' is not among the lists loaded now, so there is nothing to compare it with");
            }
            SanctionsList now = current.get(i);
            Set<String> changed = store.lists().changedForScreening(old.id(), inUse.versions().get(i).version().id());
            List<Entity> entities = now.entities().stream().filter(e -> changed.contains(e.id())).toList();
            deltaBySource.merge(old.source(), entities.size(), Integer::sum);
            deltas.add(new SanctionsList(now.version(), entities));
        }
        int deltaCount = deltaBySource.values().stream().mapToInt(Integer::intValue).sum();
        String sinceText = since.stream().map(v -> v.source() + "=" + v.id()).collect(Collectors.joining(" "));
        BatchRun run = BatchRun.start(store, "rescreen", actor, inUse, sinceText, deltaCount);
        if (deltaCount == 0) {
            run.countWithoutResults(store.subjects().count());
            return new Result(run.finish(), deltaBySource);
        }
        Screener screener = Screeners.build(deltas);
        ScreenOptions options = ScreenOptions.of(screener.matchThreshold(), LIMIT);
        List<BatchRun.Screened> chunk = new ArrayList<>(CHUNK);
        store.subjects().forEach(s -> {
            chunk.add(new BatchRun.Screened(s, screener.screen(s.query(), options)));
            if (chunk.size() == CHUNK) {
                run.record(chunk);
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) run.record(chunk);
        return new Result(run.finish(), deltaBySource);
    }
}
