package org.cordon.bench.quality;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cordon.lists.ListLoader;
import org.cordon.match.Query;
import org.cordon.match.ScanScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;

/**
 * Rough single-thread timing of the brute-force scan, to keep the harness's run time in view (the
 * speed benchmarks proper live elsewhere): screens every 50th list caption as a query.
 */
public final class ScanTiming {
    private ScanTiming() {}

    public static void main(String[] args) throws Exception {
        ListLoader.Loaded loaded = QualityReport.load(Path.of(args.length > 0 ? args[0] : "../shared/data/lists"), System.out);
        ScanScreener s = Screeners.scan(loaded.lists());
        List<Entity> all = loaded.entities();
        ScreenOptions opts = ScreenOptions.of(s.matchThreshold(), 10);
        int n = 0;
        long hits = 0;
        for (int i = 0; i < all.size(); i += 500) {
            if (n == 20) System.gc();
            hits += s.screen(Query.of(all.get(i).caption(), all.get(i).schema(), null, null), opts).size();
            n++;
        }
        long t0 = System.nanoTime();
        int m = 0;
        for (int i = 25; i < all.size(); i += 500) {
            hits += s.screen(Query.of(all.get(i).caption(), all.get(i).schema(), null, null), opts).size();
            m++;
        }
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d queries, %.2f ms per query (%d results)%n", m, (t1 - t0) / 1e6 / m, hits);
    }
}
