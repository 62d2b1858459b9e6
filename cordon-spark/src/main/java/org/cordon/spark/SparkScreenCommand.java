package org.cordon.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.match.snapshot.SnapshotCache;
import org.cordon.model.SanctionsList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cordon spark-screen IN --out OUT}: screen a customer table on Spark. The main class for
 * {@code spark-submit}, and what the {@code ./cordon} launcher runs for {@code spark-screen} in local
 * mode. Lists are read on the driver from a local directory; input and output may be any Hadoop path.
 */
@Command(name = "spark-screen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Screen a customer table (CSV or Parquet; columns id,name[,schema][,birth_date][,country]) on Apache Spark",
                "with the same matcher and output as screen-file. IN and OUT may be any Hadoop path (file:, hdfs:, s3a:).",
                "OUT ending in .csv is one CSV file, in .parquet a Parquet directory, else a directory of CSV parts.",
                "Failed rows go to OUT.errors.csv. Without a Spark master (spark-submit --master, -Dspark.master or --master)",
                "it runs in local mode on all cores."})
public final class SparkScreenCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Customer table: CSV file or directory (gzip allowed), or Parquet (*.parquet).")
    String in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Results; must not exist yet.")
    String out;

    @Option(names = "--lists", paramLabel = "DIR", description = "List directory on the driver. Default: $CORDON_LISTS, else ../shared/data/lists.")
    Path lists;

    @Option(names = "--since-lists", paramLabel = "OLD_DIR",
            description = "Delta mode: screen only against entities added or changed since the lists in OLD_DIR.")
    Path sinceLists;

    @Option(names = "--threshold", paramLabel = "T", description = "Lowest score written (default: the match threshold).")
    Double threshold;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most results per row (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--input-format", paramLabel = "F", description = "csv or parquet (default: parquet when IN ends in .parquet, else csv).")
    String inputFormat;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Screening tasks (default: the input's partitions, at least twice the cores).")
    int partitions;

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "The driver's cache of the compiled index (default: $CORDON_SPARK_SNAPSHOT, else ./data/spark-index.snapshot); "
                    + "compiled again when the list files or the build of Cordon change.")
    Path snapshot;

    @Option(names = "--no-snapshot", description = "Compile the index from the list files even when a cache of them is there.")
    boolean noSnapshot;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not set by spark-submit (default local[*]).")
    String master;

    @Option(names = "--quiet", description = "No summary.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        // Spark logs every stage at INFO; a command line user wants the summary. spark-submit users keep theirs.
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("spark.master") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:cordon-spark-log4j2.properties");
        }
        CommandLine cl = new CommandLine(new SparkScreenCommand());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (e instanceof ListFormatException || e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
                err.println("cordon spark-screen: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof org.apache.spark.sql.AnalysisException a) {
                err.println("cordon spark-screen: " + a.getMessage());
                return BAD_INPUT;
            }
            err.println("cordon spark-screen: internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        if (threshold != null && (threshold < 0 || threshold > 1)) throw new IllegalArgumentException("--threshold must be in [0,1]");
        CustomerTable.Format format = format();
        Path dir = listDir();
        Path cache = snapshotFile();
        java.util.function.Consumer<String> warn = warning -> err.println("cordon spark-screen: " + warning);
        long t0 = System.nanoTime();
        // the cache's key is taken before the lists are read: a list file replaced meanwhile makes the cache stale, not wrong
        String key = cache == null || !Files.exists(dir) ? null : SnapshotCache.snapshotKey(dir);
        // A full run whose lists are cached compiled does not read them: the key holds their bytes and the code that
        // reads them, so the cache is what reading and compiling would give. Delta mode reads both versions to compare.
        IndexBroadcast.Ready cached = key == null || sinceLists != null ? null : IndexBroadcast.cached(key, cache, warn);
        List<SanctionsList> current = cached != null ? null : ListLoader.load(dir).lists();
        ListDelta delta = sinceLists == null ? null : ListDelta.between(ListLoader.load(sinceLists).lists(), current);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        SparkConf conf = new SparkConf().setAppName("cordon spark-screen");
        if (!conf.contains("spark.master")) {
            conf.setMaster(master != null ? master : "local[*]");
            conf.setIfMissing("spark.ui.enabled", "false");
        } else if (master != null) {
            conf.setMaster(master);
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            SparkScreening.IndexSource index = cached != null ? () -> cached
                    : key == null ? () -> IndexBroadcast.compile(current)
                    : () -> IndexBroadcast.open(key, current, cache, warn);
            SparkScreening.Summary s = new SparkScreening(spark).run(delta, index, in, format, out, threshold, limit, partitions);
            if (!quiet) {
                if (delta != null) {
                    err.printf(Locale.ROOT, "Delta since %s: %s; screened against the %,d added or changed only%n",
                            sinceLists, delta, delta.changedCount());
                }
                if (cached != null) {
                    err.printf(Locale.ROOT, "Lists from %s unchanged since the driver's cache %s: list files hashed and the cached index checked "
                                    + "in %,d ms; broadcast snapshot: %,d bytes; screener read %d time(s) on executors, %,d ms in all%n",
                            dir, cache, loadMillis, s.snapshotBytes(), s.indexBuilds(), s.indexBuildMillis());
                } else {
                    err.printf(Locale.ROOT, "Lists from %s loaded in %,d ms; index %s in %,d ms; broadcast snapshot of "
                                    + "%,d entities: %,d bytes; screener read %d time(s) on executors, %,d ms in all%n",
                            dir, loadMillis, s.indexFromCache() ? "read from the driver's cache " + cache : "compiled on the driver",
                            s.snapshotMillis(), s.entities(), s.snapshotBytes(), s.indexBuilds(), s.indexBuildMillis());
                }
                err.printf(Locale.ROOT, "Screened %,d of %,d rows in %.1f s (%,.0f names/s, master %s): %,d alerted, %,d results written, %,d failed%n",
                        s.screened(), s.rows(), s.millis() / 1000.0, s.namesPerSecond(), spark.sparkContext().master(),
                        s.alerted(), s.results(), s.failed());
                if (s.failed() > 0) err.printf(Locale.ROOT, "Failed rows are listed in %s.errors.csv%n", out);
            }
        }
        err.flush();
        return OK;
    }

    private CustomerTable.Format format() {
        if (inputFormat == null) return CustomerTable.formatOf(in);
        return switch (inputFormat.toLowerCase(Locale.ROOT)) {
            case "csv" -> CustomerTable.Format.CSV;
            case "parquet" -> CustomerTable.Format.PARQUET;
            default -> throw new IllegalArgumentException("--input-format: expected csv or parquet, not '" + inputFormat + "'");
        };
    }

    /** The driver's cache of the compiled index, or null with --no-snapshot. */
    private Path snapshotFile() {
        if (noSnapshot) return null;
        if (snapshot != null) return snapshot;
        String env = System.getenv("CORDON_SPARK_SNAPSHOT");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of("data", "spark-index.snapshot");
    }

    /** As the other commands resolve it: --lists, else $CORDON_LISTS, else ../shared/data/lists. */
    private Path listDir() {
        if (lists != null) return lists;
        String env = System.getenv("CORDON_LISTS");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path fallback = Path.of("../shared/data/lists");
        if (Files.isDirectory(fallback)) return fallback;
        throw new IllegalArgumentException("no list directory: pass --lists DIR or set CORDON_LISTS");
    }
}
