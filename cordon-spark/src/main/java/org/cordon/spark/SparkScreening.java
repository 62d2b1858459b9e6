package org.cordon.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cordon.lists.csv.CsvWriter;
import org.cordon.match.ResultRow;
import org.cordon.match.snapshot.IndexSnapshot;
import org.cordon.model.SanctionsList;

/**
 * The spark-screen job: broadcast the lists, screen every partition of the customer table with the
 * same matcher as screen-file, write the results with screen-file's columns and formatting.
 *
 * <p>The driver compiles the index once and serialises it ({@link IndexSnapshot}, gzip), or reads it from its cache of the
 * same lists ({@link IndexBroadcast}); each executor JVM
 * reads the screener from the broadcast bytes once ({@link ScreenerCache}) and every task on it shares that
 * screener. Only results and failed rows leave the executors; they are few next to the input, so the
 * job keeps them (memory, spilling to disk) to write results and errors without screening twice.
 */
public final class SparkScreening {
    private final SparkSession spark;

    /**
     * What a run did. Counts come from Spark accumulators (a retried task counts twice). {@code millis} is the whole run,
     * {@code snapshotMillis} the part the driver spent compiling and serialising the index (or reading it from its cache,
     * {@code indexFromCache}) before any screening; {@code entities} the records in the index, -1 when it came from the
     * cache and the lists were not read.
     */
    public record Summary(long rows, long screened, long alerted, long results, long failed, long snapshotBytes,
                          int entities, long millis, long snapshotMillis, long indexBuilds, long indexBuildMillis,
                          boolean indexFromCache) {
        public double namesPerSecond() {
            return millis == 0 ? screened : screened * 1000.0 / millis;
        }
    }

    public SparkScreening(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Screens {@code input} against {@code lists} and writes {@code output}.
     *
     * @param input     customer table (CSV or Parquet, see {@link CustomerTable}), any Hadoop path
     * @param output    results: one CSV file when it ends in {@code .csv}, a Parquet directory when it ends in
     *                  {@code .parquet}, else a directory of CSV part files each with a header. Failed rows go to
     *                  {@code OUTPUT.errors.csv} (one file) when there are any.
     * @param threshold lowest score written, or null for the matcher's match threshold
     * @param limit     most results per row
     * @param partitions screening tasks; 0 leaves the input's own partitioning unless it has fewer
     *                   partitions than the cluster has cores
     */
    public Summary run(List<SanctionsList> lists, String input, CustomerTable.Format format, String output,
                       Double threshold, int limit, int partitions) throws IOException {
        return run(lists, null, input, format, output, threshold, limit, partitions);
    }

    /**
     * Delta mode when {@code delta} is given: every customer is screened only against the entities added or
     * changed since the old lists, with the screener over all new lists, so results are scored and ranked exactly
     * as in a full run, which they equal restricted to those entities ({@link org.cordon.match.ScreenOptions#onlyEntities}).
     */
    public Summary run(List<SanctionsList> lists, ListDelta delta, String input, CustomerTable.Format format, String output,
                       Double threshold, int limit, int partitions) throws IOException {
        return run(delta, () -> IndexBroadcast.compile(lists), input, format, output, threshold, limit, partitions);
    }

    /** Where a run's broadcast index comes from: compiled from the lists, or the driver's cache of it ({@link IndexBroadcast#open}). */
    @FunctionalInterface
    interface IndexSource {
        IndexBroadcast.Ready get() throws IOException;
    }

    /**
     * As {@link #run(List, ListDelta, String, CustomerTable.Format, String, Double, int, int)}, broadcasting the index
     * {@code index} gives, which is asked for once the output paths are known to be free.
     */
    Summary run(ListDelta delta, IndexSource index, String input, CustomerTable.Format format,
                String output, Double threshold, int limit, int partitions) throws IOException {
        long start = System.nanoTime();
        refuseExisting(output);
        refuseExisting(output + ".errors.csv");
        IndexBroadcast.Ready ready = index.get();
        byte[] snapshot = ready.bytes();
        long snapshotMillis = (System.nanoTime() - start) / 1_000_000;
        int entities = ready.entities();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<byte[]> broadcast = jsc.broadcast(snapshot);
        Broadcast<String[]> only = delta == null ? null : jsc.broadcast(delta.changed().stream()
                .flatMap(l -> l.entities().stream()).map(e -> e.id()).distinct().toArray(String[]::new));
        PartitionScreener.Counters counters = new PartitionScreener.Counters(
                spark.sparkContext().longAccumulator("rows"), spark.sparkContext().longAccumulator("screened"),
                spark.sparkContext().longAccumulator("alerted"), spark.sparkContext().longAccumulator("failed"),
                spark.sparkContext().longAccumulator("index builds"), spark.sparkContext().longAccumulator("index build ms"));
        try {
            Dataset<Row> customers = CustomerTable.read(spark, input, format);
            int cores = spark.sparkContext().defaultParallelism();
            int have = customers.rdd().getNumPartitions();
            if (partitions > 0 && partitions != have) {
                customers = customers.repartition(partitions);
            } else if (partitions <= 0 && have < cores) {
                // One small file is one partition: spread it so every core screens.
                customers = customers.repartition(cores * 2);
            }
            // each partition is screened a window at a time in the order of its names' words (PartitionScreener, as
            // screen-file orders a window; a sort of the whole partition by Spark cost more); the results are written in
            // input order all the same (ORDER)
            Dataset<Row> screened = customers.mapPartitions(
                    new PartitionScreener(broadcast, sha256(snapshot), only, threshold, limit, counters),
                    Encoders.row(PartitionScreener.SCHEMA)).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                Dataset<Row> results = screened.filter(col(PartitionScreener.RANK).gt(0));
                long written = write(results, output);
                Dataset<Row> errors = screened.filter(col(PartitionScreener.RANK).equalTo(0));
                if (counters.failed().value() > 0) writeErrors(errors, output + ".errors.csv");
                return new Summary(counters.rows().value(), counters.screened().value(), counters.alerted().value(), written,
                        counters.failed().value(), snapshot.length, entities, (System.nanoTime() - start) / 1_000_000, snapshotMillis,
                        counters.builds().value(), counters.buildMillis().value(), ready.source() == IndexBroadcast.Source.CACHE);
            } finally {
                screened.unpersist();
            }
        } finally {
            broadcast.destroy();
            if (only != null) only.destroy();
        }
    }

    /** Fails before any screening when a run would overwrite earlier results. */
    private void refuseExisting(String output) throws IOException {
        Path p = new Path(output);
        if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
            throw new IOException(output + ": already exists; choose another --out or remove it");
        }
    }

    /** Writes the results in input order, rank within a row; returns how many. */
    private long write(Dataset<Row> results, String output) throws IOException {
        String lower = output.toLowerCase(Locale.ROOT);
        Column[] columns = ResultRow.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
        if (lower.endsWith(".csv")) {
            Dataset<Row> ordered = results.repartition(1)
                    .sortWithinPartitions(col(CustomerTable.ORDER), col(PartitionScreener.RANK)).select(columns);
            return writeSingleCsv(ordered, ResultRow.COLUMNS, output);
        }
        Dataset<Row> ordered = results.orderBy(col(CustomerTable.ORDER), col(PartitionScreener.RANK)).select(columns);
        if (lower.endsWith(".parquet")) {
            ordered.write().mode(SaveMode.ErrorIfExists).parquet(output);
        } else {
            ordered.mapPartitions(csvLines(ResultRow.COLUMNS, true), Encoders.STRING()).write().mode(SaveMode.ErrorIfExists).text(output);
        }
        return results.count();
    }

    private void writeErrors(Dataset<Row> errors, String file) throws IOException {
        Dataset<Row> ordered = errors.repartition(1).sortWithinPartitions(col(CustomerTable.ORDER))
                .select(col(CustomerTable.FILE).as("input"), col(ResultRow.COLUMNS.get(0)), col(PartitionScreener.ERROR).as("error"));
        writeSingleCsv(ordered, List.of("input", "query_id", "error"), file);
    }

    /**
     * Writes one CSV file at {@code file}: Spark writes the single partition as text next to it, then
     * the header and that part are copied into place and the temporary directory removed. Lines are
     * formatted by Cordon's {@link CsvWriter}, not Spark's CSV writer, so quoting and formula
     * neutralising equal screen-file's byte for byte.
     */
    private long writeSingleCsv(Dataset<Row> oneSortedPartition, List<String> header, String file) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path target = new Path(file);
        FileSystem fs = target.getFileSystem(conf);
        if (fs.exists(target)) throw new IOException(file + ": already exists; choose another --out or remove it");
        Path tmp = new Path(target.getParent() == null ? new Path(".") : target.getParent(),
                "." + target.getName() + "-" + UUID.randomUUID() + ".tmp");
        oneSortedPartition.mapPartitions(csvLines(header, false), Encoders.STRING()).write().text(tmp.toString());
        long lines = 0;
        try (OutputStream out = fs.create(target, false)) {
            out.write(csvLine(header.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8));
            List<FileStatus> parts = new ArrayList<>();
            for (FileStatus s : fs.listStatus(tmp)) if (s.getPath().getName().startsWith("part-")) parts.add(s);
            parts.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            byte[] buf = new byte[1 << 16];
            for (FileStatus part : parts) {
                try (InputStream in = fs.open(part.getPath())) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        out.write(buf, 0, n);
                        for (int i = 0; i < n; i++) if (buf[i] == '\n') lines++;
                    }
                }
            }
        } finally {
            fs.delete(tmp, true);
        }
        return lines;
    }

    /**
     * Formats rows as CSV lines (without the newline, which Spark's text writer adds); with
     * {@code header}, each non-empty partition starts with the header so every part file is a CSV on
     * its own. A cell with a line break in it stays one quoted cell, as screen-file writes it.
     */
    static MapPartitionsFunction<Row, String> csvLines(List<String> header, boolean withHeader) {
        String[] head = header.toArray(String[]::new);
        return rows -> new Iterator<>() {
            boolean headerDone = !withHeader;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                if (!headerDone) {
                    headerDone = true;
                    return stripNewline(csvLine(head));
                }
                Row r = rows.next();
                String[] cells = new String[r.size()];
                for (int i = 0; i < cells.length; i++) cells[i] = r.isNullAt(i) ? "" : r.get(i).toString();
                return stripNewline(csvLine(cells));
            }
        };
    }

    static String csvLine(String[] cells) {
        StringWriter w = new StringWriter();
        try {
            new CsvWriter(w).writeRow(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static String stripNewline(String line) {
        return line.substring(0, line.length() - 1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
