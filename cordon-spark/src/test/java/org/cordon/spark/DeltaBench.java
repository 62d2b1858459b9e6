package org.cordon.spark;

import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cordon.lists.ListLoader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.QueryFields;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;

/**
 * What delta mode saves, in CPU time of the screening itself (what executors spend per row), measured on one
 * thread so that the figure holds on a loaded machine: every customer screened against all entities, then only
 * against the entities added or changed since the old lists ({@link ScreenOptions#onlyEntities}), each on its own
 * screener warmed up on the same first rows, then again with every query token cached. It also checks that every delta result list is the full run's restricted to the
 * changed entities. Figures in docs/performance.md, section Spark:
 *
 * <pre>
 * java -cp "cordon-spark/target/test-classes:cordon-spark/target/classes:$(cat cp.txt)" org.cordon.spark.DeltaBench \
 *     CUSTOMERS.csv NEW_LISTS_DIR OLD_LISTS_DIR [OUT.csv]
 * </pre>
 *
 * where cp.txt is {@code mvn -o -q dependency:build-classpath -pl cordon-spark -Dmdep.outputFile=cp.txt
 * -Dmdep.includeScope=test}, and CUSTOMERS.csv has screen-file's columns (e.g. written by {@link CustomerFile#main}).
 * The captions of 100 added or changed entities are planted among the customers (seeded), so that delta runs have
 * results; OUT.csv, when given, receives that table, to run spark-screen on the same rows.
 */
public final class DeltaBench {
    private DeltaBench() {}

    public static void main(String[] args) throws Exception {
        List<String[]> rows = read(Path.of(args[0]));
        List<SanctionsList> newer = ListLoader.load(Path.of(args[1])).lists();
        ListDelta delta = ListDelta.between(ListLoader.load(Path.of(args[2])).lists(), newer);
        Set<String> changed = new HashSet<>();
        for (SanctionsList l : delta.changed()) for (Entity e : l.entities()) changed.add(e.id());
        Random rnd = new Random(20261129L);
        for (Entity e : CustomerFile.pick(delta.changed(), 100, rnd)) {
            rows.add(rnd.nextInt(rows.size() + 1), new String[] {"delta-" + e.id(), e.caption(), e.schema().ftmName(), "", ""});
        }
        if (args.length > 3) CustomerFile.write(Path.of(args[3]), rows);
        List<Query> queries = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length != 5) continue;
            try {
                queries.add(QueryFields.parse(row[1], row[2], row[3], row[4]));
            } catch (QueryFields.InvalidFieldException e) {
                // a failed row in screen-file too
            }
        }
        // One screener per mode: the candidate index caches the postings of the query tokens it has seen, so each mode
        // gets its own cache, warmed on the same first rows, and is then timed on the rest, as a batch run goes.
        IndexedScreener forFull = Screeners.build(newer);
        IndexedScreener forDelta = Screeners.build(newer);
        ScreenOptions full = ScreenOptions.of(forFull.matchThreshold(), 10);
        ScreenOptions only = full.onlyEntities(changed);
        int warm = Math.min(2000, queries.size() / 5);
        System.out.printf("%,d queries (%,d to warm up, %,d timed); %s; %,d entities in the screener%n", queries.size(), warm,
                queries.size() - warm, delta, forFull.entities().size());
        List<Query> warmUp = queries.subList(0, warm), timed = queries.subList(warm, queries.size());
        time("warm-up full ", forFull, full, warmUp);
        time("warm-up delta", forDelta, only, warmUp);
        time("full ", forFull, full, timed);
        time("delta", forDelta, only, timed);
        // Every query token is now cached in both: what is left is scoring, which the entity filter skips.
        time("full,  tokens cached ", forFull, full, timed);
        time("delta, tokens cached ", forDelta, only, timed);

        ScreenOptions wide = ScreenOptions.of(forFull.matchThreshold(), 10_000);
        int results = 0;
        for (Query q : queries) {
            List<String> expected = forFull.screen(q, wide).stream().filter(r -> changed.contains(r.entity().id())).limit(10)
                    .map(DeltaBench::row).toList();
            List<String> got = forDelta.screen(q, only).stream().map(DeltaBench::row).toList();
            if (!got.equals(expected)) throw new AssertionError(q + ": " + got + " != " + expected);
            results += got.size();
        }
        System.out.printf("delta results equal the full run's restricted to the changed entities (%,d results)%n", results);
    }

    private static void time(String label, IndexedScreener screener, ScreenOptions o, List<Query> queries) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        long n = 0;
        for (Query q : queries) n += screener.screen(q, o).size();
        double cpuS = (cpu.getCurrentThreadCpuTime() - c0) / 1e9, wallS = (System.nanoTime() - w0) / 1e9;
        System.out.printf("%-22s: %6.1f CPU-s, %6.1f s wall, %,8.0f names per CPU-s, %,d results%n", label, cpuS, wallS,
                queries.size() / cpuS, n);
    }

    private static String row(MatchResult r) {
        return r.entity().id() + " " + r.score() + " " + r.match() + " " + r.profileId();
    }

    /** The data rows of a customer CSV file. */
    static List<String[]> read(Path csv) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CsvReader in = new CsvReader(r)) {
            in.next();
            String[] row;
            while ((row = in.next()) != null) out.add(row);
        }
        return out;
    }
}
