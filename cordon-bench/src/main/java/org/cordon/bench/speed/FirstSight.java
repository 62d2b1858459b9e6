package org.cordon.bench.speed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cordon.lists.ListLoader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.match.index.CandidateIndex;
import org.cordon.model.Entity;
import org.cordon.model.Schema;
import org.cordon.model.Scripts;

/**
 * What a name the screener has not met costs, in-process, with {@code /match}'s options (0.5, five results): the
 * screener warmed up on listed names (the JIT, and the index's caches of the words met), then listed names not among them
 * (every other one with a letter dropped, as {@code MatchLoad}'s) and generated customers screened once each ("first
 * sight"), and again ("again"), then person names none of the customers is but made of their words (the first word of one and
 * the last of another: "customers' words in new names"), with the mean time a query by script and the index's dictionary scans in
 * each pass by kind ({@link CandidateIndex#lookUpStats}). One thread, the plain screener (no memory of answered queries), so that
 * what is measured is the index and the scorer.
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp cordon-bench/target/classes:$(cat cordon-bench/target/cp.txt) org.cordon.bench.speed.FirstSight \
 *     [--lists DIR] [--warm-up 20000] [--listed 3000] [--customers 3000] [--threshold 0.5] [--seed 1]
 * </pre>
 */
public final class FirstSight {
    private FirstSight() {
    }

    private record Asked(Query query, String script) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        Path lists = BenchOptions.lists(opt);
        int warmUp = Integer.parseInt(opt.getOrDefault("warm-up", "20000"));
        int listedCount = Integer.parseInt(opt.getOrDefault("listed", "3000"));
        int customerCount = Integer.parseInt(opt.getOrDefault("customers", "3000"));
        double threshold = Double.parseDouble(opt.getOrDefault("threshold", "0.5"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "1"));

        IndexedScreener screener = Screeners.build(ListLoader.load(lists).lists());
        List<Entity> all = new ArrayList<>(screener.entities());
        all.sort(Comparator.comparing(Entity::id));
        ScreenOptions options = ScreenOptions.of(threshold, 5);
        // the warm-up's names and the measured ones are different records (another offset in the same stride)
        for (Asked a : listed(all, warmUp, 7)) screener.screen(a.query(), options);
        List<Asked> listed = listed(all, listedCount, 0);
        List<Asked> customers = new ArrayList<>();
        for (CustomerNames.Customer c : CustomerNames.generate(customerCount, seed, all, 0)) {
            customers.add(new Asked(Query.of(c.name(), c.schema(), null, null), script(c.name())));
        }
        System.out.printf(Locale.ROOT, "%d entities; warm-up %d listed names; threshold %.2f, limit 5, one thread%n",
                all.size(), warmUp, threshold);
        for (String pass : new String[]{"first sight", "again"}) {
            report("listed names, " + pass, screener, options, listed);
        }
        for (String pass : new String[]{"first sight", "again"}) {
            report("customers, " + pass, screener, options, customers);
        }
        // names never screened whose every word was: what a server that has screened a while mostly meets
        List<String> personNames = new ArrayList<>();
        for (Asked a : customers) if (a.query().schema() == Schema.PERSON) personNames.add(a.query().names().get(0).full());
        List<Asked> recombined = new ArrayList<>();
        for (String name : CustomerNames.recombined(personNames, customerCount)) recombined.add(new Asked(Query.of(name, Schema.PERSON, null, null), script(name)));
        report("customers' words in new names, first sight", screener, options, recombined);
    }

    private static void report(String what, IndexedScreener screener, ScreenOptions options, List<Asked> asked) {
        Map<String, long[]> byScript = new TreeMap<>();
        List<CandidateIndex.ScanCount> scans = screener.index().lookUpStats();
        long started = System.nanoTime();
        for (Asked a : asked) {
            long t = System.nanoTime();
            screener.screen(a.query(), options);
            long[] v = byScript.computeIfAbsent(a.script(), k -> new long[2]);
            v[0]++;
            v[1] += System.nanoTime() - t;
        }
        long total = System.nanoTime() - started;
        StringBuilder line = new StringBuilder();
        byScript.forEach((script, v) -> line.append(String.format(Locale.ROOT, "; %s %d x %.0f us", script, v[0], v[1] / 1e3 / v[0])));
        System.out.printf(Locale.ROOT, "%s: %d queries, %.0f us a query%s%n", what, asked.size(), total / 1e3 / asked.size(), line);
        // the index's dictionary scans in the pass, by kind: what a first sight spends on words and pairs it has not met
        System.out.print(IndexScans.since(scans, screener.index().lookUpStats(), "  "));
    }

    /** {@code n} listed records' captions at an even stride from {@code offset}, every other one with a letter dropped. */
    private static List<Asked> listed(List<Entity> all, int n, int offset) {
        List<Asked> out = new ArrayList<>();
        int step = Math.max(1, all.size() / Math.max(1, n));
        for (int i = offset; i < all.size() && out.size() < n; i += step) {
            Entity e = all.get(i);
            String name = e.caption();
            if (out.size() % 2 == 1 && name.length() > 6) name = name.substring(0, name.length() / 2) + name.substring(name.length() / 2 + 1);
            out.add(new Asked(Query.of(name, e.schema(), null, null), script(name)));
        }
        return out;
    }

    /** The script a name is written in beside Latin (Latin when none), for the report. */
    static String script(String name) {
        return Scripts.dominantNonLatin(name).name().toLowerCase(Locale.ROOT);
    }
}
