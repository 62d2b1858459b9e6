package org.cordon.bench.speed;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.lists.ListLoader;
import org.cordon.match.BatchOrder;
import org.cordon.match.IndexedScreener;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.model.Scripts;

/**
 * The end-to-end speed benchmark behind {@code cordon bench}: N generated customers (see
 * {@link CustomerNames}) screened with Cordon's index on T threads (names/s), a single-thread
 * sample for per-query latency (p50, p99), and a sample of K names screened in the same run by
 * Cordon's brute-force scan and by the whole-name Jaro-Winkler baseline: speed ratios, the recall
 * of Cordon's candidate generation against its own scan, and the recall of Cordon's results
 * against what the baseline reports above its threshold; and a smaller sample screened by the exhaustive
 * scan (every list name scored, no prefilter): the recall of the index and of the scan against a true brute force.
 */
public final class SpeedBench {

    /** What to run. */
    public record Config(Path lists, int names, long seed, int baselineSample, int threads, double baselineThreshold, int exhaustiveSample) {
    }

    private SpeedBench() {}

    public static void run(Config c, PrintStream out) throws Exception {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "machine: %d cores available, max heap %d MB, %s %s%n", rt.availableProcessors(), rt.maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        long t0 = System.nanoTime();
        ListLoader.Loaded loaded = ListLoader.load(c.lists());
        long t1 = System.nanoTime();
        IndexedScreener screener = Screeners.build(loaded.lists());
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "lists: %,d records from %s; read %d ms, index built %d ms (%s)%n", screener.entities().size(), c.lists(),
                ms(t1 - t0), ms(t2 - t1), screener.index());
        out.printf(Locale.ROOT, "heap after build (live, after GC): %d MB%n", liveHeapMb());

        List<CustomerNames.Customer> customers = CustomerNames.generate(c.names(), c.seed(), screener.entities(), 200);
        double threshold = screener.matchThreshold();
        ScreenOptions opts = ScreenOptions.of(threshold, 10);

        // warm-up: the JIT and the token cache see a first pass over a slice, as a long-running screener would
        int warm = Math.min(customers.size() / 5 + 1, 2_000);
        long w0 = System.nanoTime();
        for (int i = 0; i < warm; i++) screener.screen(query(customers.get(i)), opts);
        out.printf(Locale.ROOT, "warm-up: %,d names in %d ms (1 thread, cold token cache)%n", warm, ms(System.nanoTime() - w0));

        // the batch in screen-file's order: each window of rows by its names' words (BatchOrder), ordered before the clock
        // starts (screen-file orders a window on its main thread while the workers screen the one before)
        int window = BatchOrder.windowRows(Runtime.getRuntime().maxMemory(), opts.limit());
        List<CustomerNames.Customer> batch = BatchOrder.inWindows(customers, CustomerNames.Customer::name, window);
        AtomicInteger alerts = new AtomicInteger();
        long b0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(c.threads())) {
            List<Future<?>> jobs = new ArrayList<>();
            int chunk = 512;
            for (int from = 0; from < batch.size(); from += chunk) {
                int lo = from, hi = Math.min(batch.size(), from + chunk);
                jobs.add(pool.submit(() -> {
                    int a = 0;
                    for (int i = lo; i < hi; i++) {
                        var r = screener.screen(query(batch.get(i)), opts);
                        if (!r.isEmpty() && r.getFirst().match()) a++;
                    }
                    alerts.addAndGet(a);
                }));
            }
            for (Future<?> f : jobs) f.get();
        }
        long b1 = System.nanoTime();
        double rate = customers.size() / ((b1 - b0) / 1e9);
        out.printf(Locale.ROOT, "batch: %,d names on %d threads in %d ms = %,.0f names/s; %,d alerts (%d listed names planted); "
                        + "in screen-file's order (windows of %,d rows by their names' words)%n",
                customers.size(), c.threads(), ms(b1 - b0), rate, alerts.get(), customers.size() / 200, window);

        int latencySample = Math.min(customers.size() / 5 + 1, 2_000);
        long[] lat = new long[latencySample];
        // the same times by the script a name is written in: where the mean goes (names read from another script have
        // several romanisations and meet more list names)
        Map<Character.UnicodeScript, long[]> byScript = new TreeMap<>();
        for (int i = 0; i < latencySample; i++) {
            CustomerNames.Customer customer = customers.get(customers.size() - 1 - i);
            long s = System.nanoTime();
            screener.screen(query(customer), opts);
            lat[i] = System.nanoTime() - s;
            long[] sum = byScript.computeIfAbsent(Scripts.dominantNonLatin(customer.name()), x -> new long[2]);
            sum[0] += lat[i];
            sum[1]++;
        }
        Arrays.sort(lat);
        out.printf(Locale.ROOT, "single query (1 thread, %,d queries): p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", latencySample,
                lat[latencySample / 2] / 1e6, lat[(int) (latencySample * 0.99)] / 1e6, lat[latencySample - 1] / 1e6);
        StringBuilder scripts = new StringBuilder("single query by script (mean, queries):");
        byScript.forEach((script, sum) -> scripts.append(String.format(Locale.ROOT, " %s %.3f ms (%,d);",
                script.name().toLowerCase(Locale.ROOT), sum[0] / 1e6 / sum[1], sum[1])));
        out.println(scripts.substring(0, scripts.length() - 1));

        // same sample for every engine: up to half planted listed names (so recall has something to find), the rest spread evenly
        int k = Math.min(c.baselineSample(), customers.size());
        List<CustomerNames.Customer> sample = new ArrayList<>(k);
        for (CustomerNames.Customer x : customers) if (x.planted() && sample.size() < k / 2) sample.add(x);
        int rest = k - sample.size();
        for (int i = 0; i < rest; i++) sample.add(customers.get((int) ((long) i * customers.size() / rest)));
        CordonEngine indexed = new CordonEngine("cordon index", screener, threshold, 1000);
        CordonEngine scan = new CordonEngine("cordon scan", screener.scan(), threshold, 1000);
        JaroWinklerEngine jw = new JaroWinklerEngine(screener.entities(), c.baselineThreshold());
        List<List<String>> ri = new ArrayList<>(), rs = new ArrayList<>(), rj = new ArrayList<>();
        double ti = time(indexed, sample, ri), ts = time(scan, sample, rs), tj = time(jw, sample, rj);
        out.printf(Locale.ROOT, "sample of %d names (%d planted listed names), 1 thread, mean per query: index %.3f ms, scan %.3f ms, jaro-winkler (%,d names) %.3f ms%n",
                k, sample.stream().filter(CustomerNames.Customer::planted).count(), ti, ts, jw.listedNames(), tj);
        out.printf(Locale.ROOT, "speed ratio: index is %.0fx the jaro-winkler baseline, %.0fx cordon's own scan%n", tj / ti, ts / ti);
        int scanHits = 0, found = 0, jwHits = 0, jwFound = 0;
        // the planted names are true matches by construction (a listed record's own name): each engine either finds that
        // record or misses it; a generated name has no true match to find
        int planted = 0, plantedByCordon = 0, plantedByJw = 0, otherJwHits = 0, otherJwFound = 0, generatedJwHits = 0, generatedJwFound = 0;
        for (int i = 0; i < k; i++) {
            CustomerNames.Customer customer = sample.get(i);
            Set<String> got = new HashSet<>(ri.get(i));
            for (String id : rs.get(i)) {
                scanHits++;
                if (got.contains(id)) found++;
            }
            for (String id : rj.get(i)) {
                boolean byCordon = got.contains(id);
                jwHits++;
                if (byCordon) jwFound++;
                if (!customer.planted()) {
                    generatedJwHits++;
                    if (byCordon) generatedJwFound++;
                } else if (id.equals(customer.plantedId())) {
                    plantedByJw++;
                } else {
                    otherJwHits++;
                    if (byCordon) otherJwFound++;
                }
            }
            if (customer.planted()) {
                planted++;
                if (got.contains(customer.plantedId())) plantedByCordon++;
            }
        }
        out.printf(Locale.ROOT, "candidate recall (index vs scan, results >= %.2f): %d/%d = %.4f%n", threshold, found, scanHits,
                scanHits == 0 ? 1.0 : (double) found / scanHits);
        out.printf(Locale.ROOT, "recall of cordon (>= %.2f) against jaro-winkler (>= %.2f): %d/%d = %.4f%n", threshold, c.baselineThreshold(),
                jwFound, jwHits, jwHits == 0 ? 1.0 : (double) jwFound / jwHits);
        // what that recall is made of: the planted record itself (a true match), the other records jaro-winkler puts within its
        // threshold of a listed name (other people and companies whose whole name reads alike, not the same one), and the
        // generated names' results (no true match to find)
        out.printf(Locale.ROOT, "  of them: for the sample's %d listed names the planted record itself found by cordon %d/%d, by jaro-winkler %d/%d; "
                        + "jaro-winkler's other results there %d, cordon's too %d; for its %d generated names jaro-winkler's results %d, cordon's too %d%n",
                planted, plantedByCordon, planted, plantedByJw, planted, otherJwHits, otherJwFound, k - planted, generatedJwHits, generatedJwFound);
        exhaustiveRecall(screener, sample, Math.min(c.exhaustiveSample(), sample.size()), threshold, out);
    }

    /**
     * The index and the scan against the exhaustive scan, which scores every list name (no prefilter): the scan skips
     * pairs that share no prefilter key, and the index walks only names that do, so comparing the two with each other
     * cannot see what the prefilter leaves out. At the threshold and at 0.70 (yente's default), over {@code n} names of
     * the sample spread over it (planted listed names and generated ones alike); the pairs missed are printed.
     */
    private static void exhaustiveRecall(IndexedScreener screener, List<CustomerNames.Customer> sample, int n, double threshold, PrintStream out) {
        if (n <= 0) return;
        double[] levels = threshold > 0.70 ? new double[] {threshold, 0.70} : new double[] {threshold};
        double lowest = levels[levels.length - 1];
        ScreenOptions all = ScreenOptions.of(lowest, 1000);
        var exhaustive = screener.scan().exhaustive();
        int[] wanted = new int[levels.length], byIndex = new int[levels.length], byScan = new int[levels.length];
        List<String> missed = new ArrayList<>();
        long spent = 0;
        for (int i = 0; i < n; i++) {
            CustomerNames.Customer customer = sample.get((int) ((long) i * sample.size() / n));
            Query q = query(customer);
            long s = System.nanoTime();
            List<MatchResult> every = exhaustive.screen(q, all);
            spent += System.nanoTime() - s;
            Set<String> index = ids(screener.screen(q, all)), scan = ids(screener.scan().screen(q, all));
            for (MatchResult r : every) {
                for (int l = 0; l < levels.length; l++) {
                    if (r.score() < levels[l]) continue;
                    wanted[l]++;
                    if (index.contains(r.entity().id())) byIndex[l]++;
                    if (scan.contains(r.entity().id())) byScan[l]++;
                }
                if (!index.contains(r.entity().id()) && missed.size() < 10) {
                    missed.add(String.format(Locale.ROOT, "%s ~ %s %.2f", customer.name(), r.entity().caption(), r.score()));
                }
            }
        }
        out.printf(Locale.ROOT, "exhaustive scan (every list name scored, no prefilter): %d names of the sample, mean %.1f ms per query (on the common pool)%n",
                n, spent / 1e6 / n);
        for (int l = 0; l < levels.length; l++) {
            out.printf(Locale.ROOT, "recall against the exhaustive scan (results >= %.2f): index %d/%d = %.4f, scan %d/%d = %.4f%n", levels[l],
                    byIndex[l], wanted[l], wanted[l] == 0 ? 1.0 : (double) byIndex[l] / wanted[l], byScan[l], wanted[l],
                    wanted[l] == 0 ? 1.0 : (double) byScan[l] / wanted[l]);
        }
        for (String m : missed) out.println("  not found by the index: " + m);
    }

    private static Set<String> ids(List<MatchResult> results) {
        Set<String> out = new HashSet<>();
        for (MatchResult r : results) out.add(r.entity().id());
        return out;
    }

    private static Query query(CustomerNames.Customer c) {
        return Query.of(c.name(), c.schema(), null, null);
    }

    private static double time(Engine e, List<CustomerNames.Customer> sample, List<List<String>> results) {
        for (int i = 0; i < Math.min(20, sample.size()); i++) e.screen(sample.get(i).name(), sample.get(i).schema());
        long s = System.nanoTime();
        for (CustomerNames.Customer c : sample) results.add(e.screen(c.name(), c.schema()));
        return (System.nanoTime() - s) / 1e6 / Math.max(1, sample.size());
    }

    static long liveHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** {@code java ... org.cordon.bench.speed.SpeedBench [lists] [names] [seed] [sample] [threads] [exhaustive sample]}. */
    public static void main(String[] args) throws Exception {
        Path lists = Path.of(args.length > 0 ? args[0] : "../shared/data/lists");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int k = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
        int exhaustive = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        run(new Config(lists, n, seed, k, threads, 0.90, exhaustive), new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8));
    }
}
