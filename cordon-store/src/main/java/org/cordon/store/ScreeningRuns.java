package org.cordon.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The record of screening runs. */
public final class ScreeningRuns {
    private final Store store;

    ScreeningRuns(Store store) {
        this.store = store;
    }

    /** Records the start of a run, committed at once so that a run killed half-way still shows as started. */
    long start(String kind, String actor, String listVersions, String since, long entities) {
        return store.transaction(() -> store.insert("INSERT INTO screening_run (kind, actor, started_at, status, list_versions, "
                        + "since_versions, entities) VALUES (?,?,?,?,?,?,?)", kind, actor, store.now(), "running",
                listVersions, since, entities));
    }

    /** Adds a chunk's counts; callers do it in the chunk's transaction, so counts always agree with the alerts stored. */
    void add(long runId, long subjects, Alerts.Outcome o) throws SQLException {
        store.update("UPDATE screening_run SET subjects = subjects + ?, hits = hits + ?, new_alerts = new_alerts + ?, "
                + "suppressed = suppressed + ? WHERE id = ?", subjects, o.hits(), o.created(), o.suppressed(), runId);
    }

    ScreeningRun finish(long runId, String actor) {
        return store.transaction(() -> {
            store.update("UPDATE screening_run SET status = 'complete', finished_at = ? WHERE id = ?", store.now(), runId);
            ScreeningRun r = get(runId).orElseThrow();
            store.audit().append(actor, "screening." + r.kind(), "run " + runId, String.format(Locale.ROOT,
                    "{\"subjects\":%d,\"entities\":%d,\"hits\":%d,\"new_alerts\":%d,\"suppressed\":%d,\"list_versions\":\"%s\"%s}",
                    r.subjects(), r.entities(), r.hits(), r.newAlerts(), r.suppressed(), r.listVersions(),
                    r.sinceVersions() == null ? "" : ",\"since\":\"" + r.sinceVersions() + "\""));
            return r;
        });
    }

    public Optional<ScreeningRun> get(long id) {
        return Optional.ofNullable(store.transaction(() -> store.queryOne("SELECT " + COLUMNS + " FROM screening_run WHERE id = ?", ScreeningRuns::run, id)));
    }

    /** The newest runs first. */
    public List<ScreeningRun> latest(int limit) {
        return store.transaction(() -> store.query("SELECT " + COLUMNS + " FROM screening_run ORDER BY id DESC LIMIT ?", ScreeningRuns::run, limit));
    }

    private static final String COLUMNS = "id, kind, actor, started_at, finished_at, status, list_versions, since_versions, subjects, "
            + "entities, hits, new_alerts, suppressed";

    private static ScreeningRun run(ResultSet rs) throws SQLException {
        return new ScreeningRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13));
    }
}
