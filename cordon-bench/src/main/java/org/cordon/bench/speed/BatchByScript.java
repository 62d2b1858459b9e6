package org.cordon.bench.speed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cordon.lists.ListLoader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.match.BatchOrder;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.match.index.CandidateIndex;
import org.cordon.model.Schema;
import org.cordon.model.Scripts;

/**
 * Where a batch's screening time goes, by script: a customer file's distinct rows (name and schema) screened once each in
 * file order, as {@code screen-file} meets them, on one thread, with the plain screener at the match threshold and ten
 * results (no memory of answered rows, no parsing or writing), then again ({@code --passes}); the time a query by the
 * script its name is written in. The first pass is a batch's first sight of each query (the words and pairs it meets for
 * the first time, the JIT warming up); the later ones what the same queries cost once the index's caches know their words.
 * After each pass, the index's dictionary scans in it by kind ({@link CandidateIndex#lookUpStats}): how many, their time,
 * and each one's, so that a batch's first sight is counted without instrumenting the index by hand. {@code --order words}
 * screens the distinct queries as {@code screen-file} does (each window of {@link BatchOrder#windowRows} of them in the
 * order of their names' words) instead of in file order, and {@code --order file,words} (or {@code words,file}) takes the
 * passes in turn in each, the index's look-ups forgotten before each pass, so that each measures a first sight.
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp cordon-bench/target/classes:$(cat cordon-bench/target/cp.txt) org.cordon.bench.speed.CustomerNames c1m.csv 1000000 1
 * java -Xms1g -Xmx1g -cp cordon-bench/target/classes:$(cat cordon-bench/target/cp.txt) org.cordon.bench.speed.BatchByScript \
 *     --file c1m.csv [--lists DIR] [--rows 1000000] [--script latin] [--passes 1] [--order file]
 * </pre>
 */
public final class BatchByScript {
    private BatchByScript() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        Path file = BenchOptions.customerFile(opt), lists = BenchOptions.lists(opt);
        int rowLimit = Integer.parseInt(opt.getOrDefault("rows", "1000000"));
        int passes = Integer.parseInt(opt.getOrDefault("passes", "1"));
        String only = opt.get("script");

        IndexedScreener screener = Screeners.build(ListLoader.load(lists).lists());
        List<Query> queries = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        int rows = 0;
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(file))) {
            String[] header = csv.next();
            int name = BenchOptions.column(header, "name"), schema = BenchOptions.column(header, "schema");
            Set<String> seen = new HashSet<>();
            String[] cells;
            while (rows < rowLimit && (cells = csv.next()) != null) {
                rows++;
                String schemaText = schema < 0 ? "" : cells[schema];
                if (!seen.add(cells[name] + '\u0000' + schemaText)) continue;
                String script = Scripts.dominantNonLatin(cells[name]).name().toLowerCase(Locale.ROOT);
                if (only != null && !only.equalsIgnoreCase(script)) continue;
                queries.add(Query.of(cells[name], Schema.parseOrNull(schemaText), null, null));
                scripts.add(script);
            }
        }
        List<String> orders = List.of(opt.getOrDefault("order", "file").split(","));
        for (String o : orders) if (!o.equals("words") && !o.equals("file")) throw new IllegalArgumentException("--order: words or file, not " + o);
        // screen-file's order: each window of queries by their names' words (the scripts travel with their queries)
        List<Integer> positions = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) positions.add(i);
        List<Integer> byWords = BatchOrder.inWindows(positions, i -> queries.get(i).names().getFirst().full(),
                BatchOrder.windowRows(Runtime.getRuntime().maxMemory(), 10));
        ScreenOptions options = ScreenOptions.of(screener.matchThreshold(), 10);
        System.out.printf(Locale.ROOT, "%,d rows, %,d distinct queries%s; threshold %.2f, limit 10, one thread%n", rows,
                queries.size(), only == null ? "" : " in " + only, options.threshold());
        List<CandidateIndex.ScanCount> scansBefore = screener.index().lookUpStats();
        for (int pass = 1; pass <= passes; pass++) {
            String order = orders.get((pass - 1) % orders.size());
            if (orders.size() > 1) screener.index().forgetLookUps();
            Map<String, long[]> byScript = new TreeMap<>();
            long started = System.nanoTime(), results = 0;
            for (int k = 0; k < queries.size(); k++) {
                int i = order.equals("words") ? byWords.get(k) : k;
                long t = System.nanoTime();
                results += screener.screen(queries.get(i), options).size();
                long[] v = byScript.computeIfAbsent(scripts.get(i), s -> new long[2]);
                v[0]++;
                v[1] += System.nanoTime() - t;
            }
            System.out.printf(Locale.ROOT, "pass %d (%s order): %.2f s, %,d results%n", pass, order, (System.nanoTime() - started) / 1e9, results);
            byScript.forEach((script, v) -> System.out.printf(Locale.ROOT, "  %-9s %,9d queries  %7.1f us a query  %6.2f s%n",
                    script, v[0], v[1] / 1e3 / v[0], v[1] / 1e9));
            // the index's dictionary scans in this pass (look-ups its caches did not answer), by kind
            List<CandidateIndex.ScanCount> scans = screener.index().lookUpStats();
            System.out.print(IndexScans.since(scansBefore, scans, "  "));
            scansBefore = scans;
        }
    }
}
