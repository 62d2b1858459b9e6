package org.cordon.store;

/**
 * A batch screening or a delta re-screening, as recorded: proof of what was screened against which
 * list versions, with its counts even when nothing was hit.
 *
 * @param kind          "batch" or "rescreen"
 * @param status        "running" (or killed before it finished) or "complete"
 * @param listVersions  the list versions screened against, e.g. "ofac=3 un=4"
 * @param sinceVersions for a re-screening, the versions it screened the changes since
 * @param subjects      subjects screened
 * @param entities      list entities screened against (for a re-screening: the added or changed ones)
 * @param hits          results at or above the match threshold
 * @param newAlerts     alerts raised (hits already alerted with both sides unchanged are not raised again)
 * @param suppressed    hits silenced by the good-guy list
 */
public record ScreeningRun(long id, String kind, String actor, String startedAt, String finishedAt, String status,
                           String listVersions, String sinceVersions, long subjects, long entities, long hits,
                           long newAlerts, long suppressed) {
}
