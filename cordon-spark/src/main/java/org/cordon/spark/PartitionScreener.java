package org.cordon.spark;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.cordon.lists.csv.CsvReader;
import org.cordon.match.BatchOrder;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.QueryFields;
import org.cordon.match.ResultRow;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;

/**
 * Screens one partition of the customer table on an executor, a window of rows at a time as Spark pulls them (each window
 * in the order of its names' words, {@link BatchOrder}), with the screener cached in the executor's JVM. Each input row becomes its results (rank 1..n, cells as
 * {@link ResultRow} formats them), or one error row (rank 0) when it cannot be screened — the same rows
 * screen-file would list as failed, for the same reasons, since both parse through {@link QueryFields}.
 */
final class PartitionScreener implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** Output: input order and rank, then screen-file's columns; error rows have rank 0 and an error. */
    static final StructType SCHEMA;
    static final String RANK = "_rank";
    static final String ERROR = "_error";

    static {
        StructType s = new StructType()
                .add(CustomerTable.ORDER, DataTypes.LongType, false)
                .add(RANK, DataTypes.IntegerType, false);
        for (String c : ResultRow.COLUMNS) s = s.add(c, DataTypes.StringType, true);
        SCHEMA = s.add(CustomerTable.FILE, DataTypes.StringType, true).add(ERROR, DataTypes.StringType, true);
    }

    private final Broadcast<byte[]> snapshot;
    private final String snapshotKey;
    private final Broadcast<String[]> onlyEntities;
    private final Double threshold;
    private final int limit;
    private final Counters counters;

    /** Run totals, summed over tasks by Spark; a retried task counts twice, so the summary is a guide. */
    record Counters(LongAccumulator rows, LongAccumulator screened, LongAccumulator alerted, LongAccumulator failed,
                    LongAccumulator builds, LongAccumulator buildMillis) implements java.io.Serializable {}

    /**
     * @param onlyEntities delta mode: ids of the entities screened against (the added and changed ones); null screens
     *                     against all. The screener is still the one over all lists, so that scores, ranks and profile
     *                     ids are a full run's ({@link ScreenOptions#onlyEntities}); records outside the set are skipped
     *                     before they are scored.
     * @param threshold    lowest score written, or null for the screener's match threshold (as screen-file)
     */
    PartitionScreener(Broadcast<byte[]> snapshot, String snapshotKey, Broadcast<String[]> onlyEntities, Double threshold,
                      int limit, Counters counters) {
        this.snapshot = snapshot;
        this.snapshotKey = snapshotKey;
        this.onlyEntities = onlyEntities;
        this.threshold = threshold;
        this.limit = limit;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Screener screener = ScreenerCache.get(snapshotKey, snapshot::value, ms -> {
            counters.builds().add(1);
            counters.buildMillis().add(ms);
        });
        ScreenOptions all = ScreenOptions.of(threshold != null ? threshold : screener.matchThreshold(), limit);
        ScreenOptions options = all;
        if (onlyEntities != null) {
            // one options object per executor and job, whose answers the executor remembers
            ScreenerCache.Delta delta = ScreenerCache.delta(snapshotKey + " " + onlyEntities.id() + " " + all.threshold() + " " + limit,
                    screener, () -> all.onlyEntities(Set.copyOf(Arrays.asList(onlyEntities.value()))));
            screener = delta.screener();
            options = delta.options();
        }
        Screener screening = screener;
        ScreenOptions asked = options;
        int window = BatchOrder.windowRows(Runtime.getRuntime().maxMemory(), limit);
        return new Iterator<>() {
            private final List<Row> rows = new ArrayList<>(), pending = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == pending.size()) {
                    if (!input.hasNext()) return false;
                    pending.clear();
                    next = 0;
                    // a window of rows screened in the order of their names' words, as screen-file screens a window: rows
                    // sharing words read the same parts of the index one after the other. Their results leave in that
                    // order; the writers order every row by input position (ORDER) and rank.
                    rows.clear();
                    while (rows.size() < window && input.hasNext()) rows.add(input.next());
                    for (int i : BatchOrder.order(rows, r -> r.isNullAt(1) ? null : r.getString(1))) {
                        screen(screening, asked, rows.get(i), pending);
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return pending.get(next++);
            }
        };
    }

    /** The rows one customer yields; mirrors screen-file's Header.nextRow and screenBatch. */
    void screen(Screener screener, ScreenOptions options, Row in, List<Row> out) {
        counters.rows().add(1);
        long ord = in.getLong(in.fieldIndex(CustomerTable.ORDER));
        String file = in.getString(in.fieldIndex(CustomerTable.FILE));
        String rawId = in.getString(0);
        String id = rawId == null ? "" : rawId.strip();
        String malformed = in.getString(in.fieldIndex(CustomerTable.MALFORMED));
        if (malformed != null) {
            out.add(error(ord, id, file, "expected " + in.getInt(in.fieldIndex(CustomerTable.WIDTH))
                    + " cells as in the header, found " + cellCount(malformed)));
            return;
        }
        Query query;
        try {
            query = QueryFields.parse(in.getString(1), in.getString(2), in.getString(3), in.getString(4));
        } catch (QueryFields.InvalidFieldException e) {
            out.add(error(ord, id, file, e.field().equals("name") ? e.problem() : e.getMessage()));
            return;
        }
        if (id.isEmpty()) {
            out.add(error(ord, id, file, "empty id"));
            return;
        }
        List<MatchResult> results;
        try {
            results = screener.screen(query, options);
        } catch (RuntimeException e) {
            out.add(error(ord, id, file, "screening failed: " + e));
            return;
        }
        counters.screened().add(1);
        boolean hit = false;
        int rank = 1;
        for (MatchResult r : results) {
            hit |= r.match();
            Object[] values = new Object[SCHEMA.size()];
            values[0] = ord;
            values[1] = rank;
            String[] cells = ResultRow.cells(id, rank, r);
            System.arraycopy(cells, 0, values, 2, cells.length);
            values[2 + cells.length] = file;
            out.add(RowFactory.create(values));
            rank++;
        }
        if (hit) counters.alerted().add(1);
    }

    /** Cells in a raw CSV line, read as screen-file reads it. */
    static int cellCount(String line) {
        try (CsvReader csv = new CsvReader(new StringReader(line))) {
            String[] cells = csv.next();
            return cells == null ? 0 : cells.length;
        } catch (IOException | CsvReader.CsvException e) {
            return 0;
        }
    }

    private Row error(long ord, String id, String file, String message) {
        counters.failed().add(1);
        Object[] values = new Object[SCHEMA.size()];
        values[0] = ord;
        values[1] = 0;
        values[2] = id;
        values[SCHEMA.size() - 2] = file;
        values[SCHEMA.size() - 1] = message;
        return RowFactory.create(values);
    }
}
