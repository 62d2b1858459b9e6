package org.cordon.bench.speed;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToDoubleFunction;
import org.cordon.lists.ListLoader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.match.BatchOrder;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Query;
import org.cordon.match.RememberingScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.model.Schema;

/**
 * Two builds of the matcher screening the same customer file in one JVM, their runs alternated: {@link WarmBatch}'s run
 * (the rows in memory, each window in the order of its names' words, batches of 256 rows on {@code --threads} threads
 * through a fresh {@link RememberingScreener#forBatch}, the index's look-ups forgotten first) for side A, then for side B,
 * then B, A, and so on. {@link SideBySide} does this for one query at a time; a change that alters what a batch screens
 * (which rows it answers from memory, say) or is too small for two JVMs run apart to show (they differ by 10-20 % on this
 * machine, more than most changes) is measured here, each run beside one of the other side made within a minute of it.
 * Each side is the {@code cordon-match} jar given with the rest of this class path, in a class loader of its own.
 * Reports each run's seconds, each side's median of the runs after the first (which compiles), and the median of the ratios
 * B/A of the runs paired in time. Even paired, the ratios of two builds spread over a fifth here (0.90-1.22 in eight pairs;
 * runs of one build a minute apart differ as much: thirty-sixth session's figures), so a change of a few per cent needs
 * many pairs, or a count that does not depend on the machine.
 *
 * <pre>
 * java -Xms4g -Xmx4g -XX:PerMethodTrapLimit=0 -cp cordon-bench/target/classes:$(cat cordon-bench/target/cp.txt) \
 *     org.cordon.bench.speed.BatchSideBySide --a before/cordon-match.jar --b cordon-match/target/cordon-match-0.1.0-SNAPSHOT.jar \
 *     --file c1m.csv [--lists DIR] [--runs 9] [--threads 2] [--rows N]
 * </pre>
 */
public final class BatchSideBySide {
    private BatchSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        String a = opt.get("a"), b = opt.get("b");
        if (a == null || b == null) throw new IllegalArgumentException("--a JAR and --b JAR (two builds of cordon-match) are required");
        int runs = Integer.parseInt(opt.getOrDefault("runs", "9"));
        if (runs < 2) throw new IllegalArgumentException("--runs must be 2 or more: the first run of each side compiles");
        String file = BenchOptions.customerFile(opt).toAbsolutePath().toString(), lists = BenchOptions.lists(opt).toAbsolutePath().toString();
        String threads = opt.getOrDefault("threads", "2"), rows = opt.getOrDefault("rows", String.valueOf(Integer.MAX_VALUE));

        @SuppressWarnings("unchecked")
        ToDoubleFunction<String>[] side = new ToDoubleFunction[2];
        for (int s = 0; s < 2; s++) {
            ClassLoader loader = new URLClassLoader(SideBySide.classPath(Path.of(s == 0 ? a : b)), ClassLoader.getPlatformClassLoader());
            side[s] = (ToDoubleFunction<String>) loader.loadClass(Side.class.getName())
                    .getConstructor(String.class, String.class, String.class, String.class).newInstance(lists, file, threads, rows);
        }
        double[][] seconds = new double[2][runs];
        for (int r = 0; r < runs; r++) {
            // which side goes first changes from run to run
            for (int k = 0; k < 2; k++) {
                int s = r % 2 == 0 ? k : 1 - k;
                seconds[s][r] = side[s].applyAsDouble("run");
                System.out.printf(Locale.ROOT, "run %d %s: %.2f s%n", r + 1, s == 0 ? "A" : "B", seconds[s][r]);
            }
        }
        double[] ratios = new double[runs - 1];
        for (int r = 1; r < runs; r++) ratios[r - 1] = seconds[1][r] / seconds[0][r];
        System.out.printf(Locale.ROOT, "A %s%nB %s%nmedians of runs 2-%d: A %.2f s, B %.2f s; median of the paired ratios B/A %.3f (%.3f-%.3f)%n",
                a, b, runs, SideBySide.median(seconds[0], 1), SideBySide.median(seconds[1], 1), SideBySide.median(ratios, 0), Arrays.stream(ratios).min().orElseThrow(),
                Arrays.stream(ratios).max().orElseThrow());
        System.out.printf(Locale.ROOT, "results over every run: A %,.0f, B %,.0f; rows answered from memory in the last run: A %,.0f, B %,.0f%n",
                side[0].applyAsDouble(Side.RESULTS), side[1].applyAsDouble(Side.RESULTS), side[0].applyAsDouble(Side.REMEMBERED),
                side[1].applyAsDouble(Side.REMEMBERED));
    }

    /**
     * One side: its own screener and the file's rows in screen-file's order; "run" to a run's seconds, {@link #RESULTS} to
     * the results found over every run, {@link #REMEMBERED} to the rows the last run answered from memory.
     */
    public static final class Side implements ToDoubleFunction<String> {
        static final String RESULTS = "results", REMEMBERED = "remembered";
        private final IndexedScreener screener;
        private final List<Query> ordered;
        private final int threads;
        private long results;
        private double remembered;

        public Side(String lists, String file, String threads, String rows) throws Exception {
            this.threads = Integer.parseInt(threads);
            int most = Integer.parseInt(rows);
            screener = Screeners.build(ListLoader.load(Path.of(lists)).lists());
            List<Query> read = new ArrayList<>();
            try (CsvReader csv = new CsvReader(Files.newBufferedReader(Path.of(file)))) {
                String[] header = csv.next();
                int name = BenchOptions.column(header, "name"), schema = BenchOptions.column(header, "schema");
                String[] cells;
                while (read.size() < most && (cells = csv.next()) != null) {
                    read.add(Query.of(cells[name], Schema.parseOrNull(schema < 0 ? "" : cells[schema]), null, null));
                }
            }
            // windows as screen-file's in its 1 GB heap, whatever this JVM's (two sides share it)
            ordered = BatchOrder.inWindows(read, q -> q.names().get(0).full(), BatchOrder.windowRows(1L << 30, 10));
        }

        @Override
        public double applyAsDouble(String asked) {
            if (asked.equals(RESULTS)) return results;
            if (asked.equals(REMEMBERED)) return remembered;
            screener.index().forgetLookUps();
            RememberingScreener memory = RememberingScreener.forBatch(screener);
            ScreenOptions options = ScreenOptions.of(screener.matchThreshold(), 10);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long started = System.nanoTime();
                results += WarmBatch.screenInBatches(pool, memory, ordered, options);
                double seconds = (System.nanoTime() - started) / 1e9;
                remembered = memory.remembered();
                return seconds;
            } catch (Exception e) {
                throw new IllegalStateException("a run failed", e);
            } finally {
                pool.shutdown();
            }
        }
    }
}
