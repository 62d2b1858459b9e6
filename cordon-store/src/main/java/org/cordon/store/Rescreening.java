package org.cordon.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.cordon.match.BatchOrder;
import org.cordon.match.OrderedBatch;
import org.cordon.match.RememberingScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;

/**
 * Delta re-screening: when a list changes, screen every registered subject against only the entities
 * added or changed (in what screening reads) since an earlier version, not against the whole list again.
 * The run is recorded with its counts even when nothing was hit: that record is the proof of a no-hit run.
 *
 * <p>The subjects are screened with the screener of the whole current lists, restricted to the changed
 * entities by {@link ScreenOptions#onlyEntities}, not with a screener built over the changed entities
 * alone: how rare a name part is (token weights) is counted over every record of the lists, and profiles
 * link records across lists, so a screener over the delta alone would score the same pair differently. An
 * alert raised here therefore carries the score and explanation a full screening against the current lists
 * gives for that entity.
 *
 * <p>The subjects are screened as {@code screen-file} screens a file: a window at a time on every core (or
 * {@code threads}), each window in the order of its names' words, repeated queries answered from memory, and recorded
 * in the subjects' own order; the subjects are not registered again (they were read from the store as they are). A
 * million registered subjects against 13,212 changed OFAC SDN entities: 47-54 s one by one before, 23-24 s so on two
 * cores; against 1,304: 33-38 s before, 17-21 s (docs/performance-history.md, twenty-fourth session).
 *
 * <p>Entities removed since the earlier version are not screened (they are no longer listed) and their
 * alerts are left as they are: open ones stay in the queue for an analyst to close.
 */
public final class Rescreening {
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
     *
     * @param screener a screener built over exactly {@code current} ({@link org.cordon.match.Screeners#build}, or
     *                 read back from a snapshot of the same lists): its scores are the ones the alerts carry
     */
    public static Result run(Store store, List<SanctionsList> current, Screener screener, List<StoredListVersion> since, String actor) {
        return run(store, current, screener, since, actor, Runtime.getRuntime().availableProcessors(), done -> { });
    }

    /**
     * As {@link #run(Store, List, Screener, List, String)}, screening on {@code threads} threads; {@code recorded} is told
     * how many subjects are recorded so far after each window (on the calling thread; not called when nothing changed).
     */
    public static Result run(Store store, List<SanctionsList> current, Screener screener, List<StoredListVersion> since, String actor,
                             int threads, LongConsumer recorded) {
        return run(store, current, screener, since, actor, threads, BatchOrder.windowRows(Runtime.getRuntime().maxMemory(), LIMIT), recorded);
    }

    /** As {@link #run(Store, List, Screener, List, String, int, LongConsumer)}, screening windows of {@code windowRows} subjects. */
    static Result run(Store store, List<SanctionsList> current, Screener screener, List<StoredListVersion> since, String actor,
                      int threads, int windowRows, LongConsumer recorded) {
        if (threads < 1) throw new IllegalArgumentException("--threads: at least 1, not " + threads);
        if (windowRows < 1) throw new IllegalArgumentException("a window of at least 1 subject, not " + windowRows);
        if (since.isEmpty()) throw new IllegalArgumentException("--since: name at least one list version to screen the changes since");
        requireBuiltOver(screener, current);
        ListVersions.InUse inUse = store.lists().recordInUse(current, actor);
        Map<String, Integer> deltaBySource = new LinkedHashMap<>();
        Set<String> delta = new HashSet<>();
        for (StoredListVersion old : since) {
            int i = indexOf(inUse, old.key());
            if (i < 0) {
                throw new IllegalArgumentException("--since " + old.label() + ": the list '" + old.title() + "' of source '" + old.source()
                        + "' is not among the lists loaded now, so there is nothing to compare it with");
            }
            Set<String> changed = store.lists().changedForScreening(old.id(), inUse.versions().get(i).version().id());
            deltaBySource.merge(old.source(), changed.size(), Integer::sum);
            delta.addAll(changed);
        }
        int deltaCount = deltaBySource.values().stream().mapToInt(Integer::intValue).sum();
        String sinceText = since.stream().map(v -> v.source() + "=" + v.id()).collect(Collectors.joining(" "));
        store.alerts().relink(screener.profiles()::profileOf, actor);
        BatchRun run = BatchRun.start(store, "rescreen", actor, inUse, sinceText, deltaCount);
        if (deltaCount == 0) {
            run.countWithoutResults(store.subjects().count());
            return new Result(run.finish(), deltaBySource);
        }
        ScreenOptions options = ScreenOptions.of(screener.matchThreshold(), LIMIT).onlyEntities(delta);
        screenAll(store, RememberingScreener.forBatch(screener, options), options, threads, windowRows, run, recorded);
        return new Result(run.finish(), deltaBySource);
    }

    /**
     * Screens every registered subject and records each window's answers in the subjects' order (by id), as one thread
     * would: a window of subjects ({@link BatchOrder#windowRows}) is screened on {@code threads} threads in the order of
     * their names' words ({@link OrderedBatch}), and recorded on this thread while the pool screens the next; two windows
     * at most in memory. The store is read and written on this thread only.
     */
    private static void screenAll(Store store, Screener screener, ScreenOptions options, int threads, int windowRows, BatchRun run,
                                  LongConsumer recorded) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rescreen");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<OrderedBatch<Subject, BatchRun.Screened>> inFlight = new ArrayDeque<>();
            List<Subject> window = new ArrayList<>();
            long[] done = {0};
            store.subjects().forEach(s -> {
                window.add(s);
                if (window.size() == windowRows) {
                    inFlight.add(submit(List.copyOf(window), screener, options, pool));
                    window.clear();
                    if (inFlight.size() > 1) record(inFlight.poll(), run, done, recorded);
                }
            });
            if (!window.isEmpty()) inFlight.add(submit(List.copyOf(window), screener, options, pool));
            while (!inFlight.isEmpty()) record(inFlight.poll(), run, done, recorded);
        } finally {
            pool.shutdownNow();
        }
    }

    private static OrderedBatch<Subject, BatchRun.Screened> submit(List<Subject> subjects, Screener screener, ScreenOptions options,
                                                                 ExecutorService pool) {
        return OrderedBatch.submit(subjects, Subject::name, pool, todo -> {
            List<BatchRun.Screened> out = new ArrayList<>(todo.size());
            for (Subject s : todo) out.add(new BatchRun.Screened(s, screener.screen(s.query(), options)));
            return out;
        });
    }

    private static void record(OrderedBatch<Subject, BatchRun.Screened> window, BatchRun run, long[] done, LongConsumer recorded) {
        run.recordRegistered(answers(window));
        done[0] += window.size();
        recorded.accept(done[0]);
    }

    private static List<BatchRun.Screened> answers(OrderedBatch<Subject, BatchRun.Screened> window) {
        try {
            return window.await();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("re-screening interrupted", e);
        }
    }

    /**
     * A screener over other lists than {@code current} would miss changed entities (or score them against
     * other lists) and record a clean run that screened nothing: refuse it before anything is recorded.
     */
    private static void requireBuiltOver(Screener screener, List<SanctionsList> current) {
        Set<String> listed = new HashSet<>();
        for (SanctionsList l : current) for (Entity e : l.entities()) listed.add(e.id());
        Set<String> screened = new HashSet<>();
        for (Entity e : screener.entities()) screened.add(e.id());
        if (!screened.equals(listed)) {
            throw new IllegalArgumentException("the screener was built over " + screened.size()
                    + " entities, not over the " + listed.size() + " entities of the lists being re-screened against");
        }
    }
}
