package org.cordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;

/** Lists loaded and a screener built over them, for one command run. */
public record ScreeningContext(Path listDir, ListLoader.Loaded loaded, Screener screener, long loadMillis, long buildMillis) {

    public static ScreeningContext open(ListOptions options, PrintWriter log, boolean verbose)
            throws InputException, IOException, ListFormatException {
        Path dir = options.resolve();
        long t0 = System.nanoTime();
        ListLoader.Loaded loaded = ListLoader.load(dir);
        long t1 = System.nanoTime();
        Screener screener = Screeners.build(loaded.lists());
        long t2 = System.nanoTime();
        ScreeningContext ctx = new ScreeningContext(dir, loaded, screener, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        if (verbose) {
            log.printf("Loaded %,d entities from %d lists in %s (%,d ms), index built in %,d ms%n",
                    loaded.entityCount(), loaded.lists().size(), dir, ctx.loadMillis, ctx.buildMillis);
        }
        return ctx;
    }
}
