package org.cordon.store;

import java.util.List;
import org.cordon.match.MatchResult;

/**
 * Records a batch of screenings as it goes: each chunk of subjects, their alerts and the run's counts
 * commit together, so a run killed half-way keeps every chunk it finished and nothing of the one it was
 * in. Running the same input again registers nothing twice and raises no duplicate alert: that is how an
 * interrupted run resumes.
 */
public final class BatchRun {

    /** One subject and what screening it found. */
    public record Screened(Subject subject, List<MatchResult> results) {}

    private final Store store;
    private final long runId;
    private final String actor;
    private final ListVersions.InUse lists;
    private Alerts.Outcome totals = Alerts.Outcome.NONE;
    private long subjects;

    private BatchRun(Store store, long runId, String actor, ListVersions.InUse lists) {
        this.store = store;
        this.runId = runId;
        this.actor = actor;
        this.lists = lists;
    }

    /**
     * Starts a run against list versions already recorded (see {@link ListVersions#recordInUse}).
     *
     * @param kind     "batch" or "rescreen"
     * @param since    for a re-screening, the versions whose changes are screened; else null
     * @param entities how many list entities the subjects are screened against
     */
    public static BatchRun start(Store store, String kind, String actor, ListVersions.InUse lists, String since, long entities) {
        return new BatchRun(store, store.runs().start(kind, actor, lists.summary(), since, entities), actor, lists);
    }

    public long id() {
        return runId;
    }

    /** Registers the chunk's subjects and raises their alerts, in one transaction. */
    public Alerts.Outcome record(List<Screened> chunk) {
        return record(chunk, true);
    }

    /** Raises the alerts of subjects read from the store as they are registered (a re-screening), in one transaction. */
    Alerts.Outcome recordRegistered(List<Screened> chunk) {
        return record(chunk, false);
    }

    private Alerts.Outcome record(List<Screened> chunk, boolean register) {
        Alerts.Outcome o = store.transaction(() -> {
            if (register) store.subjects().registerAll(chunk.stream().map(Screened::subject).toList());
            Alerts.Outcome sum = Alerts.Outcome.NONE;
            for (Screened s : chunk) sum = sum.plus(store.alerts().record(s.subject(), s.results(), lists::versionOf, runId, false));
            store.runs().add(runId, chunk.size(), sum);
            return sum;
        });
        totals = totals.plus(o);
        subjects += chunk.size();
        return o;
    }

    /** Counts subjects screened without recording them (a re-screening with nothing to screen against). */
    void countWithoutResults(long n) {
        store.transaction(() -> {
            store.runs().add(runId, n, Alerts.Outcome.NONE);
            return null;
        });
        subjects += n;
    }

    public Alerts.Outcome totals() {
        return totals;
    }

    public long subjects() {
        return subjects;
    }

    /** Marks the run complete and writes its audit entry. */
    public ScreeningRun finish() {
        return store.runs().finish(runId, actor);
    }
}
