package org.cordon.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cordon.lists.ListLoader;
import org.cordon.match.MatchResult;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;

/**
 * What the store costs, apart from matching: recording the real OFAC SDN list (13,821 entities), registering
 * subjects with their alerts in batch chunks, diffing two stored versions, and verifying the audit chain.
 * Prints figures; asserts nothing. Run on SQLite, and on PostgreSQL when a URL is given:
 *
 * <pre>
 * mvn -o -q -pl cordon-store -am test-compile
 * mvn -o -q -pl cordon-store dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp cordon-store/target/test-classes:cordon-store/target/classes:cordon-model/target/classes:\
 *   cordon-lists/target/classes:cordon-match/target/classes:$(cat /tmp/cp.txt) org.cordon.store.StoreBench ../shared [PG_URL]
 * </pre>
 */
public final class StoreBench {
    private static final int SUBJECTS = 20_000;

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path oldSdn = shared.resolve("data/archive/ofac/sdn_2023-12-28/sdn.csv.gz");
        SanctionsList older = ListLoader.loadFiles(List.of(oldSdn), oldSdn.getParent()).lists().getFirst();
        SanctionsList newer = ListLoader.load(shared.resolve("data/archive/ofac/sdn_2024-05-03")).lists().getFirst();
        Path dir = Files.createTempDirectory("cordon-store-bench");
        try (Store store = Store.open(StoreLocation.sqlite(dir))) {
            run("SQLite", store, older, newer);
            System.out.printf("  SQLite file: %,d bytes%n", Files.size(dir.resolve(StoreLocation.SQLITE_FILE)));
        } finally {
            StoreTarget.deleteTree(dir);
        }
        if (args.length > 1) {
            String url = args[1] + (args[1].contains("?") ? "&" : "?") + "currentSchema=bench_" + System.nanoTime();
            try (Store store = Store.open(StoreLocation.of(url))) {
                run("PostgreSQL", store, older, newer);
            }
        }
    }

    private static void run(String name, Store store, SanctionsList older, SanctionsList newer) {
        System.out.println(name + ":");
        long t0 = System.nanoTime();
        long v1 = store.lists().record(older, "bench").version().id();
        long t1 = System.nanoTime();
        long v2 = store.lists().record(newer, "bench").version().id();
        long t2 = System.nanoTime();
        System.out.printf("  record OFAC SDN 2023-12-28 (%,d entities): %,d ms; 2024-05-03 (%,d): %,d ms%n",
                older.entities().size(), ms(t0, t1), newer.entities().size(), ms(t1, t2));

        long t3 = System.nanoTime();
        ListDiff diff = store.lists().diff(v1, v2);
        long t4 = System.nanoTime();
        int delta = store.lists().changedForScreening(v1, v2).size();
        long t5 = System.nanoTime();
        System.out.printf("  stored diff: %,d ms (added %,d, removed %,d, changed %,d); delta for re-screening: %,d ms (%,d entities)%n",
                ms(t3, t4), diff.added().size(), diff.removed().size(), diff.changed().size(), ms(t4, t5), delta);

        // Every 20th subject hits one entity: a heavy alert rate for a customer base.
        ListVersions.InUse inUse = store.lists().recordInUse(List.of(newer), "bench");
        List<Entity> entities = newer.entities();
        BatchRun run = BatchRun.start(store, "batch", "bench", inUse, null, entities.size());
        long t6 = System.nanoTime();
        List<BatchRun.Screened> chunk = new ArrayList<>();
        for (int i = 0; i < SUBJECTS; i++) {
            Subject s = new Subject("S" + i, "Customer Number " + i, null, null, null, Map.of());
            List<MatchResult> hits = i % 20 == 0 ? List.of(Fixtures.hit(entities.get(i % entities.size()), 0.91)) : List.of();
            chunk.add(new BatchRun.Screened(s, hits));
            if (chunk.size() == 256) {
                run.record(chunk);
                chunk.clear();
            }
        }
        run.record(chunk);
        ScreeningRun done = run.finish();
        long t7 = System.nanoTime();
        System.out.printf("  batch run: %,d subjects registered, %,d alerts, in chunks of 256: %,d ms (%,.0f subjects/s)%n",
                done.subjects(), done.newAlerts(), ms(t6, t7), SUBJECTS * 1e9 / (t7 - t6));

        for (int i = 0; i < 2_000; i++) store.audit().append("bench", "bench.entry", "entry " + i, "{\"i\":" + i + "}");
        long t8 = System.nanoTime();
        AuditLog.Verification v = store.audit().verify();
        long t9 = System.nanoTime();
        System.out.printf("  audit: 2,000 appends %,d ms; verify %,d entries: %,d ms (%s)%n", ms(t7, t8), v.entries(), ms(t8, t9),
                v.ok() ? "intact" : "BROKEN");
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
