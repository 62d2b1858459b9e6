package org.cordon.bench.speed;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cordon.lists.ListLoader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.match.BatchOrder;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Query;
import org.cordon.match.RememberingScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.model.Schema;
import org.cordon.model.Scripts;

/**
 * What a batch costs in a JVM that has compiled Cordon's code already, against a fresh one: a customer file's rows held in
 * memory and screened as {@code screen-file} screens them (each window of {@link BatchOrder#windowRows} rows in the order
 * of its names' words, ordered before the runs, in batches of 256 rows on {@code --threads} threads, through a
 * fresh {@link RememberingScreener#forBatch} at the match threshold with ten results; no parsing or writing timed),
 * {@code --runs} times in one process, the index's cached look-ups dropped before each run
 * ({@link org.cordon.match.index.CandidateIndex#forgetLookUps}), so that every run meets the file's words and pairs for
 * the first time. The first run pays for the JIT's compiling (C2 takes a fifth of a fresh {@code screen-file}'s CPU, see
 * docs/performance.md); the later ones show what a long-running process would take. {@code --orders file,words} takes the
 * runs in turn in file order and in screen-file's (the default, {@code words}), to measure what the order saves.
 * {@code --script han} keeps only the rows whose name is written mostly in that script ({@link Scripts#dominantNonLatin}:
 * latin, cyrillic, arabic, han, hangul, ...), to profile one script's queries alone; {@code --lists} of a list of a few
 * records measures what a query costs with nothing to match (forty-first session, docs/performance.md).
 *
 * <pre>
 * java -Xms1g -Xmx1g -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75 \
 *     -cp cordon-bench/target/classes:$(cat cordon-bench/target/cp.txt) org.cordon.bench.speed.WarmBatch \
 *     --file c1m.csv [--lists DIR] [--runs 3] [--threads 2] [--orders words] [--script han]
 * </pre>
 */
public final class WarmBatch {
    private static final int BATCH = 256;

    private WarmBatch() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        Path file = BenchOptions.customerFile(opt), lists = BenchOptions.lists(opt);
        int runs = Integer.parseInt(opt.getOrDefault("runs", "3"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
        // an unknown script's name fails here
        Character.UnicodeScript script = opt.containsKey("script") ? Character.UnicodeScript.valueOf(opt.get("script").toUpperCase(Locale.ROOT)) : null;

        IndexedScreener screener = Screeners.build(ListLoader.load(lists).lists());
        List<Query> rowsRead = new ArrayList<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(file))) {
            String[] header = csv.next();
            int name = BenchOptions.column(header, "name"), schema = BenchOptions.column(header, "schema");
            String[] cells;
            while ((cells = csv.next()) != null) {
                if (script != null && Scripts.dominantNonLatin(cells[name]) != script) continue;
                rowsRead.add(Query.of(cells[name], Schema.parseOrNull(schema < 0 ? "" : cells[schema]), null, null));
            }
        }
        List<String> orders = List.of(opt.getOrDefault("orders", "words").split(","));
        for (String o : orders) if (!o.equals("words") && !o.equals("file")) throw new IllegalArgumentException("--orders: words or file, not " + o);
        int window = BatchOrder.windowRows(Runtime.getRuntime().maxMemory(), 10);
        List<Query> ordered = BatchOrder.inWindows(rowsRead, q -> q.names().getFirst().full(), window);
        List<Query> inFileOrder = rowsRead;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ScreenOptions options = ScreenOptions.of(screener.matchThreshold(), 10);
        System.out.printf(Locale.ROOT, "%,d rows, %d threads, windows of %,d, batches of %d, threshold %.2f, limit 10%n", rowsRead.size(),
                threads, window, BATCH, options.threshold());
        for (int run = 1; run <= runs; run++) {
            String order = orders.get((run - 1) % orders.size());
            List<Query> queries = order.equals("file") ? inFileOrder : ordered;
            screener.index().forgetLookUps();
            RememberingScreener memory = RememberingScreener.forBatch(screener);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long cpu = os.getProcessCpuTime(), started = System.nanoTime();
            long results = screenInBatches(pool, memory, queries, options);
            pool.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "run %d (%s order): %.1f s (%,.0f names/s), process CPU %.1f s, %,d results, %,d rows answered from memory%n",
                    run, order, seconds, queries.size() / seconds, (os.getProcessCpuTime() - cpu) / 1e9, results, memory.remembered());
        }
    }

    /**
     * Screens {@code queries} through {@code memory} in batches of {@value #BATCH} rows on {@code pool}, as screen-file hands
     * its rows to its threads; returns the results found (also {@link BatchSideBySide}'s runs).
     */
    static long screenInBatches(ExecutorService pool, RememberingScreener memory, List<Query> queries, ScreenOptions options) throws Exception {
        List<Future<Integer>> batches = new ArrayList<>();
        for (int i = 0; i < queries.size(); i += BATCH) {
            List<Query> batch = queries.subList(i, Math.min(queries.size(), i + BATCH));
            batches.add(pool.submit(() -> {
                int results = 0;
                for (Query q : batch) results += memory.screen(q, options).size();
                return results;
            }));
        }
        long results = 0;
        for (Future<Integer> b : batches) results += b.get();
        return results;
    }
}
