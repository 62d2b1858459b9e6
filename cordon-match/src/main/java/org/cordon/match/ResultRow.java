package org.cordon.match;

import java.util.List;
import java.util.Locale;
import org.cordon.model.Entity;

/**
 * One result as a row of batch screening output: the columns and value formatting that
 * {@code cordon screen-file} writes and {@code cordon spark-screen} must reproduce exactly. Both call
 * this class, so the two outputs cannot drift apart.
 */
public final class ResultRow {
    /** Output columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "query_id", "rank", "entity_id", "source", "source_id", "schema", "caption", "score", "match", "profile_id");

    private ResultRow() {}

    /**
     * The cells of one result, unescaped. The score is written with four decimals in the ROOT locale so
     * that output compares byte for byte across machines and runs.
     *
     * @param queryId the input row's id
     * @param rank    1 for the best result of that row
     */
    public static String[] cells(String queryId, int rank, MatchResult r) {
        Entity e = r.entity();
        return new String[] {queryId, Integer.toString(rank), e.id(), e.source(), e.sourceId(), e.schema().ftmName(),
                e.caption(), String.format(Locale.ROOT, "%.4f", r.score()), Boolean.toString(r.match()),
                r.profileId() == null ? "" : r.profileId()};
    }
}
